#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{parseFlags}from"./chunks/chunk-GZCKNXOV.js";import{VERSION,checks,exitCodeFor,gateSelection,logReport,parseOptions,runGate,writeReportFiles}from"./chunks/chunk-2ASJX77Q.js";import"./chunks/chunk-OLRTEJ3Q.js";import{renderJson,runIdentity,writeVerdictStatement}from"./chunks/chunk-XYEU4EYV.js";import{policySchema}from"./chunks/chunk-TRY3MOW6.js";import{writeFileAtomic}from"./chunks/chunk-73CWNYAQ.js";import{manifestSchemaFor}from"./chunks/chunk-ZDB47K7I.js";import"./chunks/chunk-BJCXIBP7.js";import"./chunks/chunk-IJ2OGUQ7.js";import"./chunks/chunk-XMCD4X7I.js";import"./chunks/chunk-HHSUCKTB.js";import"./chunks/chunk-I6DNF2QH.js";import"./chunks/chunk-3QVB2JL3.js";import"./chunks/chunk-4ADF5UZE.js";import"./chunks/chunk-HBOGSCRA.js";import"./chunks/chunk-3SP7LZY3.js";import"./chunks/chunk-SMUVUTX6.js";import"./chunks/chunk-5B4W3TQ4.js";import"./chunks/chunk-56KVYRLO.js";import"./chunks/chunk-Z626KBAZ.js";import"./chunks/chunk-MPU4UTKT.js";import{external_exports}from"./chunks/chunk-YGWUGSAD.js";import{ConfigError,errorMessage,formatLocation}from"./chunks/chunk-M7BXEBDR.js";import"./chunks/chunk-BGJ47O6Y.js";import{resolve}from"node:path";import{join}from"node:path";function jsonSchemas(){let gen=(schema2,id,title)=>({...external_exports.toJSONSchema(schema2,{io:"input",unrepresentable:"any"}),$id:`https://modelgate.dev/schemas/${id}`,title});return{"model-release.schema.json":gen(manifestSchemaFor(checks),"model-release.schema.json","ModelGate release manifest"),"policy.schema.json":gen(policySchema(checks),"policy.schema.json","ModelGate policy")}}function schemaText(schema2){return`${JSON.stringify(schema2,null,2)}
`}function writeSchemas(dir){return Object.entries(jsonSchemas()).map(([name,schema2])=>{let path=join(dir,name);return writeFileAtomic(path,schemaText(schema2)),path})}var HELP=`modelgate ${VERSION}: compliance gate for machine-learning releases

Usage:
  modelgate check [options]        run the gate on a release manifest
  modelgate pii scan [FILE...|-]   find, mask and quarantine personal data in files or a stream
                                   (modelgate pii scan --help for its options)
  modelgate schema [--write DIR]   print (or write) the JSON Schemas of the manifest and the policy
  modelgate --help | --version

Options of check:
  --manifest F      release manifest (default: model-release.yaml)
  --policy F        policy file (default: the built-in baseline)
  --checks a,b      run only these checks
  --fail-on S       lowest blocking severity: critical, high, medium, low, info
  --mode M          enforce (default) or audit (report, never fail)
  --workspace DIR   root every path must stay inside (default: current folder)
  --json F          write the JSON report
  --sarif F         write a SARIF 2.1.0 report
  --summary F       write the Markdown summary
  --verdict F       write the verdict statement (in-toto Statement v1, predicate modelgate.dev/verdict/v1)
  --format text|json  what to print on standard output (default: text)

Exit codes: 0 passed, 1 blocked by violations, 2 configuration or check error.
`;async function cli(argv,out=defaultOut){try{let[command,...rest]=argv;if(command===void 0||command==="--help"||command==="-h"||command==="help")return out.stdout(HELP),command===void 0?2:0;if(command==="--version"||command==="-v")return out.stdout(`${VERSION}
`),0;if(command==="check")return await check(rest,out);if(command==="schema")return schema(rest,out);if(command==="pii"){let[sub,...args]=rest;if(sub!=="scan")throw new ConfigError(`unknown pii command "${sub??""}"; expected pii scan (see modelgate pii scan --help)`);let{piiScanCommand}=await import("./chunks/pii-cli-SVHTINIF.js");return await piiScanCommand(args,{stdout:out.stdoutStream??out.stdout,stderr:out.stderr})}throw new ConfigError(`unknown command "${command}"; expected check, pii scan or schema (see modelgate --help)`)}catch(e){return out.stderr(`modelgate: error: ${e instanceof ConfigError?e.message:`internal error: ${errorMessage(e)}`}
`),2}}async function check(args,out){let{values}=parseFlags(args,{manifest:{type:"string"},policy:{type:"string"},checks:{type:"string"},"fail-on":{type:"string"},mode:{type:"string"},workspace:{type:"string"},json:{type:"string"},sarif:{type:"string"},summary:{type:"string"},verdict:{type:"string"},format:{type:"string"},help:{type:"boolean",short:"h"}});if(values.help)return out.stdout(HELP),0;let format=values.format??"text";if(format!=="text"&&format!=="json")throw new ConfigError(`--format: expected text or json, got "${format}"`);let opts=parseOptions({manifest:values.manifest,policy:values.policy,checks:values.checks,failOn:values["fail-on"],mode:values.mode,reportJson:values.json,sarif:values.sarif,summary:values.summary,verdict:values.verdict},{manifest:"--manifest",policy:"--policy",checks:"--checks",failOn:"--fail-on",mode:"--mode",reportJson:"--json",sarif:"--sarif",summary:"--summary",verdict:"--verdict"}),workspace=values.workspace?resolve(values.workspace):process.cwd(),log=format==="json"?out.stderr:out.stdout,report=await runGate({workspace,...gateSelection(opts),logger:{info:m=>out.stderr(`${m}
`),warning:m=>out.stderr(`warning: ${m}
`),debug:()=>{}}}),written=writeReportFiles(report,{reportJson:opts.reportJson,sarif:opts.sarif,summary:opts.summary},workspace);if(opts.verdict){let env=process.env.GITHUB_ACTIONS==="true"?process.env:{};writeVerdictStatement(report,{workspace,path:opts.verdict,...written.reportJson?{reportPath:written.reportJson}:{},run:runIdentity(report.run,env)})}format==="json"?out.stdout(renderJson(report)):logReport(report,{startGroup:n=>log(`
== ${n}
`),endGroup:()=>{},info:l=>log(`${l}
`)});for(let c of report.checks.filter(x=>x.status==="error"))for(let f of c.findings.filter(x=>x.ruleId==="gate/check-error"))out.stderr(`modelgate: ${c.optional?"warning":"error"}: ${f.location?.line?`${formatLocation(f.location)}: `:""}${f.message}
`);return exitCodeFor(report.verdict,opts.mode)}function schema(args,out){let{values}=parseFlags(args,{write:{type:"string"}});if(values.write)for(let f of writeSchemas(values.write))out.stdout(`wrote ${f}
`);else out.stdout(`${JSON.stringify(jsonSchemas(),null,2)}
`);return 0}var defaultOut={stdout:s=>{process.stdout.write(s)},stderr:s=>{process.stderr.write(s)},stdoutStream:process.stdout};process.exitCode=await cli(process.argv.slice(2));
