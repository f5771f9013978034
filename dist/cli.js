#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{parseFlags}from"./chunks/chunk-GZCKNXOV.js";import{appendAuditRecord,appendErrorRecord,buildAuditRecord,ecsLines,ecsLogger,exitCodeFor,gateSelection,logReport,parseOptions,writeReportFiles}from"./chunks/chunk-HMPS7EZ7.js";import{renderJson,runIdentity,writeVerdictStatement}from"./chunks/chunk-TI342UR5.js";import{checks,runGate}from"./chunks/chunk-YASPHE7Z.js";import{policySchema}from"./chunks/chunk-6SLDBTVQ.js";import"./chunks/chunk-HBOGSCRA.js";import{writeFileAtomic}from"./chunks/chunk-3CPDU6L5.js";import"./chunks/chunk-6UNPWWE2.js";import"./chunks/chunk-3SP7LZY3.js";import{VERSION}from"./chunks/chunk-K7GOXD57.js";import{DEFAULT_MANIFEST}from"./chunks/chunk-NP7UPYDX.js";import{manifestSchemaFor}from"./chunks/chunk-ZDB47K7I.js";import"./chunks/chunk-SMUVUTX6.js";import"./chunks/chunk-L2BLT6ZB.js";import"./chunks/chunk-5B4W3TQ4.js";import"./chunks/chunk-G6VOPTJX.js";import"./chunks/chunk-IJ2OGUQ7.js";import"./chunks/chunk-XMCD4X7I.js";import"./chunks/chunk-HHSUCKTB.js";import"./chunks/chunk-I6DNF2QH.js";import"./chunks/chunk-3QVB2JL3.js";import"./chunks/chunk-4ADF5UZE.js";import"./chunks/chunk-56KVYRLO.js";import"./chunks/chunk-MPU4UTKT.js";import"./chunks/chunk-HXHYCE3Y.js";import{external_exports}from"./chunks/chunk-YGWUGSAD.js";import{ConfigError,errorMessage,formatLocation}from"./chunks/chunk-M7BXEBDR.js";import"./chunks/chunk-BGJ47O6Y.js";import{resolve}from"node:path";import{join}from"node:path";function jsonSchemas(){let gen=(schema2,id,title)=>({...external_exports.toJSONSchema(schema2,{io:"input",unrepresentable:"any"}),$id:`https://modelgate.dev/schemas/${id}`,title});return{"model-release.schema.json":gen(manifestSchemaFor(checks),"model-release.schema.json","ModelGate release manifest"),"policy.schema.json":gen(policySchema(checks),"policy.schema.json","ModelGate policy")}}function schemaText(schema2){return`${JSON.stringify(schema2,null,2)}
`}function writeSchemas(dir){return Object.entries(jsonSchemas()).map(([name,schema2])=>{let path=join(dir,name);return writeFileAtomic(path,schemaText(schema2)),path})}var HELP=`modelgate ${VERSION}: compliance gate for machine-learning releases

Usage:
  modelgate check [options]        run the gate on a release manifest
  modelgate check --shard i/n [--partial F] [options]
                                   do shard i of n of the pii and bias work and write a partial report
  modelgate merge [options] [PARTIAL...]
                                   merge the partial reports of every shard (default
                                   .modelgate/partial-*.json) into one verdict, as check reports it
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
  --html F          write the HTML report (one self-contained file, no external requests)
  --verdict F       write the verdict statement (in-toto Statement v1, predicate modelgate.dev/verdict/v1)
  --format text|json  what to print on standard output (default: text)
  --log-format text|ecs  the log as text (default) or as JSON lines with Elastic Common Schema
                    fields on standard error (one per check, finding and run)
  --audit-log F     append the run's audit record (one JSON line, schema modelgate.dev/audit/v1)
  --metrics F       write Prometheus metrics (text exposition format 0.0.4)
  --pushgateway URL push the same metrics to a Prometheus Pushgateway (a failure is a warning)
  --shard i/n       a matrix job: do shard i of n of the pii and bias work (parts of CSV files, blocks of records)
                    and write a partial report; other checks and the verdict wait for the merge.
                    Exit 0 when written, 2 when a share could not be done
  --partial F       where the shard job writes it (default .modelgate/partial-<i>-of-<n>.json)
  (merge takes the options of check except --shard and --partial; every shard and the merge must
  use the same manifest, policy and checks)

Exit codes: 0 passed, 1 blocked by violations, 2 configuration or check error.
`;async function cli(argv,out=defaultOut){try{let[command,...rest]=argv;if(command===void 0||command==="--help"||command==="-h"||command==="help")return out.stdout(HELP),command===void 0?2:0;if(command==="--version"||command==="-v")return out.stdout(`${VERSION}
`),0;if(command==="check")return await check(rest,out);if(command==="merge")return await check(rest,out,!0);if(command==="schema")return schema(rest,out);if(command==="pii"){let[sub,...args]=rest;if(sub!=="scan")throw new ConfigError(`unknown pii command "${sub??""}"; expected pii scan (see modelgate pii scan --help)`);let{piiScanCommand}=await import("./chunks/pii-cli-L4FTALW7.js");return await piiScanCommand(args,{stdout:out.stdoutStream??out.stdout,stderr:out.stderr})}throw new ConfigError(`unknown command "${command}"; expected check, merge, pii scan or schema (see modelgate --help)`)}catch(e){return out.stderr(`modelgate: error: ${e instanceof ConfigError?e.message:`internal error: ${errorMessage(e)}`}
`),2}}async function check(args,out,merge=!1){try{return await checkRun(args,out,merge)}catch(e){let{values}=parseFlags(args,CHECK_FLAGS,merge),path=values["audit-log"]?.trim();if(path){let workspace=values.workspace?resolve(values.workspace):process.cwd(),run=runIdentity({},process.env.GITHUB_ACTIONS==="true"?process.env:{}),inputs={workspace,manifest:values.manifest??DEFAULT_MANIFEST,policy:values.policy??"baseline",run};appendErrorRecord(path,inputs,e,m=>out.stderr(`modelgate: warning: ${m}
`))}throw e}}var CHECK_FLAGS={manifest:{type:"string"},policy:{type:"string"},checks:{type:"string"},"fail-on":{type:"string"},mode:{type:"string"},workspace:{type:"string"},json:{type:"string"},sarif:{type:"string"},summary:{type:"string"},html:{type:"string"},verdict:{type:"string"},format:{type:"string"},"log-format":{type:"string"},"audit-log":{type:"string"},metrics:{type:"string"},pushgateway:{type:"string"},shard:{type:"string"},partial:{type:"string"},help:{type:"boolean",short:"h"}};async function checkRun(args,out,merge){let{values,positionals}=parseFlags(args,CHECK_FLAGS,merge);if(values.help)return out.stdout(HELP),0;let format=values.format??"text";if(format!=="text"&&format!=="json")throw new ConfigError(`--format: expected text or json, got "${format}"`);let opts=parseOptions({manifest:values.manifest,policy:values.policy,checks:values.checks,failOn:values["fail-on"],mode:values.mode,reportJson:values.json,sarif:values.sarif,summary:values.summary,html:values.html,verdict:values.verdict,auditLog:values["audit-log"],metrics:values.metrics,pushgatewayUrl:values.pushgateway,logFormat:values["log-format"]},{manifest:"--manifest",policy:"--policy",checks:"--checks",failOn:"--fail-on",mode:"--mode",reportJson:"--json",sarif:"--sarif",summary:"--summary",html:"--html",verdict:"--verdict",auditLog:"--audit-log",metrics:"--metrics",pushgatewayUrl:"--pushgateway",logFormat:"--log-format"}),workspace=values.workspace?resolve(values.workspace):process.cwd(),log=format==="json"?out.stderr:out.stdout,ecs=opts.logFormat==="ecs",logger=ecs?ecsLogger(l=>out.stderr(`${l}
`),VERSION):{info:m=>out.stderr(`${m}
`),warning:m=>out.stderr(`warning: ${m}
`),debug:()=>{}},sharding=merge||values.shard!==void 0||values.partial!==void 0?await import("./chunks/merge-cli-L2WRZPDL.js"):void 0;if(sharding&&!merge){if(values.shard===void 0)throw new ConfigError("--partial needs --shard i/n");return sharding.refuseReportFlags(opts,{reportJson:"--json",sarif:"--sarif",summary:"--summary",html:"--html",verdict:"--verdict",auditLog:"--audit-log",metrics:"--metrics",pushgatewayUrl:"--pushgateway"}),(await sharding.shardJob({workspace,opts,shard:values.shard,shardName:"--shard",partial:values.partial,logger,error:m=>out.stderr(`modelgate: error: ${m}
`)})).code}if(merge&&(values.shard!==void 0||values.partial!==void 0))throw new ConfigError("merge takes partial reports as arguments, not --shard or --partial");let report=await runGate({workspace,...gateSelection(opts),logger,...sharding?{partials:sharding.partialsFor(workspace,positionals)}:{}}),written=writeReportFiles(report,{reportJson:opts.reportJson,sarif:opts.sarif,summary:opts.summary,html:opts.html},workspace),run=runIdentity(report.run,process.env.GITHUB_ACTIONS==="true"?process.env:{}),statement=opts.verdict?writeVerdictStatement(report,{workspace,path:opts.verdict,...written.reportJson?{reportPath:written.reportJson}:{},run}):void 0;if(opts.metrics||opts.pushgatewayUrl){let{deliverMetrics}=await import("./chunks/metrics-WMZBBZTA.js");await deliverMetrics(report,{workspace,path:opts.metrics,pushgatewayUrl:opts.pushgatewayUrl,repository:run.repository,warn:logger.warning,info:logger.info})}if(opts.auditLog&&appendAuditRecord(workspace,opts.auditLog,buildAuditRecord({workspace,report,run,reportPath:written.reportJson,verdictStatement:statement?.path})),format==="json"&&out.stdout(renderJson(report)),ecs)for(let l of ecsLines(report,run))out.stderr(`${l}
`);else format!=="json"&&logReport(report,{startGroup:n=>log(`
== ${n}
`),endGroup:()=>{},info:l=>log(`${l}
`)});for(let c of report.checks.filter(x=>x.status==="error"))for(let f of c.findings.filter(x=>x.ruleId==="gate/check-error"))out.stderr(`modelgate: ${c.optional?"warning":"error"}: ${f.location?.line?`${formatLocation(f.location)}: `:""}${f.message}
`);return exitCodeFor(report.verdict,opts.mode)}function schema(args,out){let{values}=parseFlags(args,{write:{type:"string"}});if(values.write)for(let f of writeSchemas(values.write))out.stdout(`wrote ${f}
`);else out.stdout(`${JSON.stringify(jsonSchemas(),null,2)}
`);return 0}var defaultOut={stdout:s=>{process.stdout.write(s)},stderr:s=>{process.stderr.write(s)},stdoutStream:process.stdout};process.exitCode=await cli(process.argv.slice(2));
