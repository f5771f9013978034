// Command-line entry: the same gate as the action, with flags instead of inputs. The gate's commands
// live in cli-check.ts, loaded when one of them runs; the checks' own commands (`pii scan`) start
// without the gate.
import { ConfigError, errorMessage } from './errors.js';
import { registry } from './registry.js';
import { runnerText } from './report/runner-text.js';
import { VERSION } from './version.js';

/** The checks' commands as the error for an unknown command names them ("pii scan"). */
function commandNames(): string {
  return registry.flatMap((c) => c.commands ?? []).map((c) => c.help.split(/\s{2,}/)[0]!.replace(/\s*\[.*$/, '')).join(', ');
}

const HELP = `modelgate ${VERSION}: compliance gate for machine-learning releases

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
${registry.flatMap((c) => c.commands ?? []).map((c) => `  modelgate ${c.help}\n`).join('')}  modelgate schema [--write DIR]   print (or write) the JSON Schemas of the manifest and the policy
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
`;

export type Out = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The real stream behind stdout, when there is one: `pii scan --mask -` needs its backpressure. */
  stdoutStream?: NodeJS.WritableStream & import('node:stream').Writable;
};

export async function cli(argv: string[], out: Out = defaultOut): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      out.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await (await import('./cli-check.js')).check(rest, out, HELP);
    if (command === 'merge') return await (await import('./cli-check.js')).check(rest, out, HELP, true);
    if (command === 'schema') return (await import('./cli-check.js')).schema(rest, out);
    if (command === 'init' && (rest.includes('--help') || rest.includes('-h'))) {
      out.stdout(HELP);
      return 0;
    }
    if (command === 'init') return await (await import('./init/command.js')).initCommand(rest, out);
    // Commands the checks add (`pii scan`), each loaded when called.
    const added = registry.flatMap((c) => c.commands ?? []).find((c) => c.name === command);
    if (added) return await added.run(rest, { stdout: out.stdoutStream ?? out.stdout, stderr: out.stderr });
    throw new ConfigError(`unknown command "${command}"; expected check, merge, init, ${commandNames()} or schema (see modelgate --help)`);
  } catch (e) {
    out.stderr(runnerText(`modelgate: error: ${e instanceof ConfigError ? e.message : `internal error: ${errorMessage(e)}`}\n`));
    return 2;
  }
}

const defaultOut: Out = { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s), stdoutStream: process.stdout };
