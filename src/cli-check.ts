// The gate's commands of the command line (`check`, `merge`, `schema`), loaded by src/cli.ts only when
// one of them is run: the gate, its reporters and the manifest and policy readers are no part of the
// start-up of the checks' own commands (`pii scan`, a pipeline stage started once per file).
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseFlags } from './cli-args.js';
import type { Out } from './cli.js';
import { deliver } from './deliver.js';
import { ConfigError, formatLocation } from './errors.js';
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

/** `check` (or `merge`): the gate on a release manifest; `help` is printed for --help. */
export async function check(args: string[], out: Out, help: string, merge = false): Promise<number> {
  try {
    return await checkRun(args, out, help, merge);
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

async function checkRun(args: string[], out: Out, help: string, merge: boolean): Promise<number> {
  // `merge` takes the partial reports as arguments; `check` takes none.
  const { values, positionals } = parseFlags(args, CHECK_FLAGS, merge);
  if (values.help) {
    out.stdout(help);
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

/** `schema`: the JSON Schemas of the manifest and the policy, printed or written. */
export function schema(args: string[], out: Out): number {
  const { values } = parseFlags(args, { write: { type: 'string' } });
  if (values.write) {
    for (const f of writeSchemas(values.write)) out.stdout(`wrote ${f}\n`);
  } else {
    out.stdout(`${JSON.stringify(jsonSchemas(), null, 2)}\n`);
  }
  return 0;
}
