#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{tuneRuntime}from"./chunks/chunk-HCTYYCH2.js";import{runnerText}from"./chunks/chunk-NHYFIQE4.js";import{checks}from"./chunks/chunk-FGTV76ZM.js";import"./chunks/chunk-MTTI5ERZ.js";import{VERSION}from"./chunks/chunk-UTHKBJ2R.js";import"./chunks/chunk-O7Q7LOKG.js";import"./chunks/chunk-AFGE2565.js";import"./chunks/chunk-VJJVW6BJ.js";import"./chunks/chunk-3QVB2JL3.js";import"./chunks/chunk-PT7KZRH4.js";import"./chunks/chunk-VURMRMSL.js";import"./chunks/chunk-R6HMUPSG.js";import"./chunks/chunk-EW4RTLNN.js";import"./chunks/chunk-PKSWNNRU.js";import"./chunks/chunk-6M76JZ6Y.js";import"./chunks/chunk-ETVSJXZX.js";import"./chunks/chunk-TKOUIOG6.js";import"./chunks/chunk-PTY3KN4E.js";import"./chunks/chunk-SQRKKT7O.js";import"./chunks/chunk-UC4OWT4D.js";import"./chunks/chunk-ZVP4RA6K.js";import"./chunks/chunk-KOOFUJ3M.js";import"./chunks/chunk-YRORHHV6.js";import"./chunks/chunk-C6UWXSVI.js";import{removeTemporariesOnExit}from"./chunks/chunk-LVRVNFQP.js";import"./chunks/chunk-63CYUDLF.js";import"./chunks/chunk-MBUVQJQY.js";import"./chunks/chunk-4INPWV22.js";import{ConfigError,errorMessage}from"./chunks/chunk-7PME3YG2.js";import"./chunks/chunk-BGJ47O6Y.js";function commandNames(){return checks.flatMap(c=>c.commands??[]).map(c=>c.help.split(/\s{2,}/)[0].replace(/\s*\[.*$/,"")).join(", ")}var HELP=`modelgate ${VERSION}: compliance gate for machine-learning releases

Usage:
  modelgate check [options]        run the gate on a release manifest
  modelgate check --shard i/n [--partial F] [options]
                                   do shard i of n of the pii and bias work and write a partial report
  modelgate merge [options] [PARTIAL...]
                                   merge the partial reports of every shard (default
                                   .modelgate/partial-*.json) into one verdict, as check reports it
  modelgate init [DIR] [--name N] [--version V] [--owner O] [--force] [options of init]
                                   write model-release.yaml from the project in DIR (MLflow, Hugging Face,
                                   DVC, model files by extension); unknowns are null placeholders
  modelgate init --update [--check] [--manifest F] [DIR]
                                   refresh the manifest's sha256 digests in place; --check: exit 1 when
                                   one is stale, write nothing
${checks.flatMap(c=>c.commands??[]).map(c=>`  modelgate ${c.help}
`).join("")}  modelgate schema [--write DIR]   print (or write) the JSON Schemas of the manifest and the policy
  modelgate --help | --version

Options of check:
  --manifest F      release manifest (default: model-release.yaml)
  --policy F        policy file in the workspace (default: the built-in baseline), or a central
                    policy owner/repo/path@ref read through the GitHub API (GITHUB_API_URL); a
                    workspace file whose name has that form is written ./owner/repo/path@ref
  --policy-token T  token for a central policy, contents: read on its repository (default: env GITHUB_TOKEN)
  --policy-from W   head (default): the workspace's policy file; base: that file at the pull
                    request's base commit (GITHUB_EVENT_PATH), read with git
  --checks a,b      run only these checks
  --fail-on S       lowest blocking severity: critical, high, medium, low, info
  --mode M          enforce (default) or audit (report, never fail)
  --workspace DIR   root every manifest and policy path must stay inside; relative output
                    paths (--json, --sarif, ...) resolve from it (default: current folder)
  --json F          write the JSON report
  --sarif F         write a SARIF 2.1.0 report (waived findings left out, at most 25,000 results)
  --sarif-include-waived  keep waived findings in the SARIF report (as suppressed results)
  --sarif-category C  set the SARIF run's automationDetails.id (code scanning's category)
  --summary F       write the Markdown summary
  --html F          write the HTML report (one self-contained file, no external requests)
  --verdict F       write the verdict statement (in-toto Statement v1, predicate modelgate.dev/verdict/v1)
  --bom F           write the release's CycloneDX 1.6 ML-BOM (JSON) from the verified facts: model, datasets,
                    dependencies, image, vulnerabilities with the policy's VEX, the verdict as declarations
  (output files may be anywhere this process can write; they are checked before the gate runs)
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

Options of init:
  --name N, --version V, --owner O   metadata the files do not say
  --label C, --prediction C | --score C, --sensitive a,b
                    the predictions file's columns (evaluation section)
  --dataset-id PATH=ID  a dataset's id in the dataset registry (repeatable)
  --force           overwrite an existing manifest

Exit codes: 0 passed, 1 blocked by violations, 2 configuration or check error, 130 or 143 stopped
by SIGINT or SIGTERM (temporary outputs removed, no verdict).
`;async function cli(argv,out=defaultOut){try{let[command,...rest]=argv;if(command===void 0||command==="--help"||command==="-h"||command==="help")return out.stdout(HELP),command===void 0?2:0;if(command==="--version"||command==="-v")return out.stdout(`${VERSION}
`),0;if(command==="check")return await(await import("./chunks/cli-check-NS6Q34Z5.js")).check(rest,out,HELP);if(command==="merge")return await(await import("./chunks/cli-check-NS6Q34Z5.js")).check(rest,out,HELP,!0);if(command==="schema")return(await import("./chunks/cli-check-NS6Q34Z5.js")).schema(rest,out);if(command==="init"&&(rest.includes("--help")||rest.includes("-h")))return out.stdout(HELP),0;if(command==="init")return await(await import("./chunks/command-FCBFOT3L.js")).initCommand(rest,out);let added=checks.flatMap(c=>c.commands??[]).find(c=>c.name===command);if(added)return await added.run(rest,{stdout:out.stdoutStream??out.stdout,stderr:out.stderr});throw new ConfigError(`unknown command "${command}"; expected check, merge, init, ${commandNames()} or schema (see modelgate --help)`)}catch(e){return out.stderr(runnerText(`modelgate: error: ${e instanceof ConfigError?e.message:`internal error: ${errorMessage(e)}`}
`)),2}}var defaultOut={stdout:s=>{process.stdout.write(s)},stderr:s=>{process.stderr.write(s)},stdoutStream:process.stdout};tuneRuntime();removeTemporariesOnExit();process.exitCode=await cli(process.argv.slice(2));
