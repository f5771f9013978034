// Command-line entry: the same gate as the action, with flags instead of inputs.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseFlags } from './cli-args.js';
import { deliver } from './deliver.js';
import { ConfigError, errorMessage, formatLocation } from './errors.js';
import { checkOutputPaths, type OutputHint } from './io/output-path.js';
import { runGate } from './gate.js';
import { exitCodeFor, gateSelection, parseOptions, sarifOptions, type GateRunOptions } from './options.js';
import { fetchesPolicy, type FetchedPolicy } from './policy/source.js';
import { logReport } from './report/log.js';
import { appendErrorRecord } from './report/audit.js';
import { ecsLines, ecsLogger } from './report/ecs-log.js';
import { DEFAULT_MANIFEST } from './manifest/load.js';
import { renderJson } from './report/json.js';
import { writeSchemas, jsonSchemas } from './schemas.js';
import { registry } from './registry.js';
import { jsonRunnerText, runnerText } from './report/runner-text.js';
import { viewsOf } from './report/views.js';
import { runIdentity } from './verdict/statement.js';
import { VERSION } from './version.js';

/** How the reporters show each check (src/report/views.ts). */
const views = viewsOf(registry);

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

type Out = {
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
    if (command === 'check') return await check(rest, out);
    if (command === 'merge') return await check(rest, out, true);
    if (command === 'schema') return schema(rest, out);
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

async function check(args: string[], out: Out, merge = false): Promise<number> {
  try {
    return await checkRun(args, out, merge);
  } catch (e) {
    // A run stopped by a configuration error still leaves its audit line when --audit-log was given.
    const { values } = parseFlags(args, CHECK_FLAGS, merge);
    const path = values['audit-log']?.trim();
    if (path) {
      const workspace = values.workspace ? resolve(values.workspace) : process.cwd();
      const run = runIdentity({}, process.env.GITHUB_ACTIONS === 'true' ? process.env : {});
      const inputs = { workspace, manifest: values.manifest ?? DEFAULT_MANIFEST, policy: values.policy ?? 'baseline', run };
      appendErrorRecord(path, inputs, e, (m) => out.stderr(runnerText(`modelgate: warning: ${m}\n`)));
    }
    throw e;
  }
}

const CHECK_FLAGS = {
  manifest: { type: 'string' },
  policy: { type: 'string' },
  'policy-token': { type: 'string' },
  'policy-from': { type: 'string' },
  checks: { type: 'string' },
  'fail-on': { type: 'string' },
  mode: { type: 'string' },
  workspace: { type: 'string' },
  json: { type: 'string' },
  sarif: { type: 'string' },
  summary: { type: 'string' },
  'sarif-include-waived': { type: 'boolean' },
  'sarif-category': { type: 'string' },
  html: { type: 'string' },
  verdict: { type: 'string' },
  bom: { type: 'string' },
  format: { type: 'string' },
  'log-format': { type: 'string' },
  'audit-log': { type: 'string' },
  metrics: { type: 'string' },
  pushgateway: { type: 'string' },
  shard: { type: 'string' },
  partial: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** How messages name each option. */
const CHECK_NAMES = {
  manifest: '--manifest',
  policy: '--policy',
  policyFrom: '--policy-from',
  checks: '--checks',
  failOn: '--fail-on',
  mode: '--mode',
  reportJson: '--json',
  sarif: '--sarif',
  summary: '--summary',
  sarifIncludeWaived: '--sarif-include-waived',
  sarifCategory: '--sarif-category',
  html: '--html',
  verdict: '--verdict',
  bom: '--bom',
  auditLog: '--audit-log',
  metrics: '--metrics',
  pushgatewayUrl: '--pushgateway',
  logFormat: '--log-format',
  partial: '--partial',
};

/** The fix an output path message suggests: a file in the system's temporary folder. */
const HINT: OutputHint = { writer: 'this process', folder: tmpdir() };

async function checkRun(args: string[], out: Out, merge: boolean): Promise<number> {
  // `merge` takes the partial reports as arguments; `check` takes none.
  const { values, positionals } = parseFlags(args, CHECK_FLAGS, merge);
  if (values.help) {
    out.stdout(HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new ConfigError(`--format: expected text or json, got "${format}"`);
  const opts = parseOptions(
    {
      manifest: values.manifest,
      policy: values.policy,
      policyFrom: values['policy-from'],
      checks: values.checks,
      failOn: values['fail-on'],
      mode: values.mode,
      reportJson: values.json,
      sarif: values.sarif,
      summary: values.summary,
      sarifIncludeWaived: values['sarif-include-waived'] ? 'true' : undefined,
      sarifCategory: values['sarif-category'],
      html: values.html,
      verdict: values.verdict,
      bom: values.bom,
      auditLog: values['audit-log'],
      metrics: values.metrics,
      pushgatewayUrl: values.pushgateway,
      logFormat: values['log-format'],
    },
    CHECK_NAMES,
  );
  const workspace = values.workspace ? resolve(values.workspace) : process.cwd();
  // With --format json, standard output carries only the report; progress goes to standard error.
  // Text that may reach a workflow's log is made inert where it is written (src/report/runner-text.ts).
  const log = (s: string) => (format === 'json' ? out.stderr : out.stdout)(runnerText(s));
  // In ECS mode standard error carries only ECS lines: the checks' progress messages too.
  const ecs = opts.logFormat === 'ecs';
  const logger = ecs
    ? ecsLogger((l) => out.stderr(`${jsonRunnerText(l)}\n`), VERSION)
    : { info: (m: string) => out.stderr(runnerText(`${m}\n`)), warning: (m: string) => out.stderr(runnerText(`warning: ${m}\n`)), debug: () => {} };
  // A central policy or the base commit's file: read here, before the gate, which reads no network.
  const policyText = await policyInEffect(workspace, opts, values['policy-token'], logger.info);
  // Sharding (src/shard/, loaded only when used): a shard job writes a partial report and stops there.
  const sharding = merge || values.shard !== undefined || values.partial !== undefined ? await import('./merge-cli.js') : undefined;
  if (sharding && !merge) {
    if (values.shard === undefined) throw new ConfigError('--partial needs --shard i/n');
    sharding.refuseReportFlags(opts, { reportJson: '--json', sarif: '--sarif', summary: '--summary', html: '--html', verdict: '--verdict', bom: '--bom', auditLog: '--audit-log', metrics: '--metrics', pushgatewayUrl: '--pushgateway' });
    const job = await sharding.shardJob({ workspace, opts, policyText, shard: values.shard, shardName: '--shard', partial: values.partial, partialName: '--partial', hint: HINT, logger, error: (m) => out.stderr(runnerText(`modelgate: error: ${m}\n`)) });
    return job.code;
  }
  if (merge && (values.shard !== undefined || values.partial !== undefined)) throw new ConfigError('merge takes partial reports as arguments, not --shard or --partial');
  // Before the gate: a run that cannot write what was asked for says so before it spends its time.
  const { reportJson, sarif, summary, html, verdict, bom, auditLog, metrics } = opts;
  checkOutputPaths(workspace, { reportJson, sarif, summary, html, verdict, bom, auditLog, metrics }, CHECK_NAMES, HINT);
  const report = await runGate({
    workspace,
    ...gateSelection(opts),
    ...(policyText ? { policyText } : {}),
    logger,
    ...(sharding ? { partials: sharding.partialsFor(workspace, positionals) } : {}),
  });
  // Inside a GitHub Actions job the statement and the audit record name the run; elsewhere the run identity is empty.
  const run = runIdentity(report.run, process.env.GITHUB_ACTIONS === 'true' ? process.env : {});
  const done = await deliver(report, {
    workspace,
    views,
    run,
    logger,
    files: { reportJson: opts.reportJson, sarif: opts.sarif, summary: opts.summary, html: opts.html },
    sarif: sarifOptions(opts),
    verdict: opts.verdict,
    bom: opts.bom,
    ...(policyText ? { policyText } : {}),
    metrics: opts.metrics,
    pushgatewayUrl: opts.pushgatewayUrl,
    auditLog: opts.auditLog,
  });
  if (format === 'json') out.stdout(jsonRunnerText(renderJson(report)));
  if (ecs) for (const l of ecsLines(report, views, run)) out.stderr(`${jsonRunnerText(l)}\n`);
  else if (format !== 'json') logReport(report, { startGroup: (n) => log(`\n== ${n}\n`), endGroup: () => {}, info: (l) => log(`${l}\n`) });
  // A check that could not run is an error of this run: say so where errors go, one line each.
  for (const c of report.checks.filter((x) => x.status === 'error')) {
    for (const f of c.findings.filter((x) => x.ruleId === 'gate/check-error')) {
      out.stderr(runnerText(`modelgate: ${c.optional ? 'warning' : 'error'}: ${f.location?.line ? `${formatLocation(f.location)}: ` : ''}${f.message}\n`));
    }
  }
  // An output not written after the verdict: its own error line; the verdict printed above stands.
  for (const f of done.failures) out.stderr(runnerText(`modelgate: error: ${f.message}\n`));
  if (done.failures.length > 0) {
    const n = done.failures.length;
    out.stderr(`modelgate: the verdict is ${report.verdict}; exit 2 because ${n} requested output${n === 1 ? '' : 's'} could not be written\n`);
    return 2;
  }
  return exitCodeFor(report.verdict, opts.mode);
}

/** The policy the front door reads itself (src/policy/fetch.ts, loaded only then); undefined: the gate reads the workspace's file. */
async function policyInEffect(workspace: string, opts: GateRunOptions, flagToken: string | undefined, log: (m: string) => void): Promise<FetchedPolicy | undefined> {
  if (!fetchesPolicy(opts.policy, opts.policyFrom)) return undefined;
  const { fetchPolicy } = await import('./policy/fetch.js');
  const env = process.env;
  return fetchPolicy({
    workspace,
    spec: opts.policy,
    from: opts.policyFrom,
    token: flagToken?.trim() || env.GITHUB_TOKEN,
    apiUrl: env.GITHUB_API_URL,
    eventPath: env.GITHUB_EVENT_PATH,
    names: { policy: '--policy', token: flagToken?.trim() ? '--policy-token' : '--policy-token (or env GITHUB_TOKEN)', from: '--policy-from' },
    log,
  });
}

function schema(args: string[], out: Out): number {
  const { values } = parseFlags(args, { write: { type: 'string' } });
  if (values.write) {
    for (const f of writeSchemas(values.write)) out.stdout(`wrote ${f}\n`);
  } else {
    out.stdout(`${JSON.stringify(jsonSchemas(), null, 2)}\n`);
  }
  return 0;
}

const defaultOut: Out = { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s), stdoutStream: process.stdout };
