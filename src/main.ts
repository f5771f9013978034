// GitHub Action entry: inputs → gate → reporters → outputs → exit code.
import * as core from '@actions/core';
import { deliver, type Delivered } from './deliver.js';
import { ConfigError, errorMessage } from './errors.js';
import { pullRequestPayload } from './github/event.js';
import { checkOutputPaths, type OutputError, type OutputHint } from './io/output-path.js';
import { runGate } from './gate.js';
import { exitCodeFor, gateSelection, parseOptions, sarifOptions, type GateRunOptions } from './options.js';
import { fetchesPolicy, type FetchedPolicy } from './policy/source.js';
import { emitAnnotations } from './report/annotations.js';
import { commentAction, commentMarker, parseCommentMode, parseCommentTag, renderComment, renderErrorNotice, upsertComment } from './report/comment.js';
import { logReport } from './report/log.js';
import { appendErrorRecord } from './report/audit.js';
import { ecsLines } from './report/ecs-log.js';
import { DEFAULT_MANIFEST } from './manifest/load.js';
import type { Report } from './report/model.js';
import { renderSummary } from './report/summary.js';
import { jsonRunnerText, runnerText } from './report/runner-text.js';
import { checkOutputs, viewsOf } from './report/views.js';
import { registry } from './registry.js';
import type { SignedVerdict } from './verdict/attest.js';
import { DEFAULT_VERDICT_PATH, runIdentity } from './verdict/statement.js';

/** How the reporters show each check (src/report/views.ts). */
const views = viewsOf(registry);

/**
 * The step's log. Its messages carry untrusted text (column, file and package names, manifest strings):
 * every line is made inert here, the one place the action writes it (src/report/runner-text.ts).
 */
const log = {
  info: (m: string) => core.info(runnerText(m)),
  debug: (m: string) => core.debug(runnerText(m)),
  warning: (m: string, ...props: [core.AnnotationProperties?]) => core.warning(runnerText(m), ...props),
  error: (m: string, ...props: [core.AnnotationProperties?]) => core.error(runnerText(m), ...props),
  notice: (m: string, ...props: [core.AnnotationProperties?]) => core.notice(runnerText(m), ...props),
  startGroup: (name: string) => core.startGroup(runnerText(name)),
  endGroup: () => core.endGroup(),
};

const INPUTS = {
  manifest: 'manifest',
  policy: 'policy',
  policyFrom: 'policy-from',
  checks: 'checks',
  failOn: 'fail-on',
  mode: 'mode',
  reportJson: 'report-json',
  sarif: 'sarif',
  sarifIncludeWaived: 'sarif-include-waived',
  sarifCategory: 'sarif-category',
  html: 'html',
  verdict: 'verdict',
  bom: 'bom',
  auditLog: 'audit-log',
  metrics: 'metrics',
  pushgatewayUrl: 'pushgateway-url',
  logFormat: 'log-format',
} as const;
/** How messages name each option: `input "report-json"`. */
const NAMES = Object.fromEntries(Object.entries(INPUTS).map(([k, n]) => [k, `input "${n}"`]));
/** The fix an output path message suggests: a file under the runner's temporary folder. */
const HINT: OutputHint = { writer: 'the runner', folder: '${{ runner.temp }}' };

export async function run(): Promise<number> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  // Known once the gate has run: a later failure (writing, signing) still reports what must halt.
  let report: Report | undefined;
  const done: Delivered = { files: {}, failures: [] };
  // Read apart from the other inputs: a run stopped by a bad input still leaves its audit line.
  const auditPath = core.getInput('audit-log').trim();
  try {
    const raw = Object.fromEntries(Object.entries(INPUTS).map(([k, name]) => [k, core.getInput(name)]));
    const opts = parseOptions(raw, NAMES);
    const commentMode = parseCommentMode(core.getInput('comment'));
    const tag = parseCommentTag(core.getInput('comment-tag'));
    const attest = parseBoolean(core.getInput('attest') || 'false', 'attest');
    const token = core.getInput('github-token');
    // A central policy or the base commit's file: read here, before the gate, which reads no network.
    const policyText = await policyInEffect(workspace, opts, token);

    // Sharding (src/shard/, loaded only when used): a shard job writes a partial report and stops there.
    const shard = core.getInput('shard').trim();
    const merge = parseBoolean(core.getInput('merge') || 'false', 'merge');
    const sharding = shard || merge ? await import('./merge-cli.js') : undefined;
    if (sharding && shard) {
      if (merge) throw new ConfigError('input "shard" and input "merge" exclude each other: shard jobs write partial reports, one merge job reads them');
      const job = await sharding.shardJob({ workspace, opts, policyText, shard, shardName: 'input "shard"', partial: core.getInput('partial').trim(), partialName: 'input "partial"', hint: HINT, logger: log, error: (m) => log.error(m) });
      core.setOutput('partial', job.path);
      if (job.code !== 0) core.setFailed('ModelGate: this shard could not do its share of the work (errors above); the merge will fail closed');
      return job.code;
    }

    // Before the gate: a run that cannot write what was asked for says so before it spends its time.
    const verdictPath = opts.verdict ?? DEFAULT_VERDICT_PATH;
    checkOutputPaths(workspace, { reportJson: opts.reportJson, sarif: opts.sarif, html: opts.html, verdict: verdictPath, bom: opts.bom, auditLog: auditPath || undefined, metrics: opts.metrics }, NAMES, HINT);
    report = await runGate({
      workspace,
      ...gateSelection(opts),
      ...(policyText ? { policyText } : {}),
      logger: log,
      run: runContext(),
      ...(sharding ? { partials: sharding.partialsFor(workspace, core.getInput('partials').split(/[\s,]+/).filter(Boolean)) } : {}),
    });
    const run = runIdentity(report.run);
    if (opts.logFormat === 'ecs') for (const l of ecsLines(report, views, run)) log.info(jsonRunnerText(l));
    else logReport(report, { startGroup: log.startGroup, endGroup: log.endGroup, info: log.info });
    emitAnnotations(report, log);
    // What signing returned (the attestation's id and URL), for the outputs.
    let signed: SignedVerdict | undefined;
    // Every run records its verdict; a statement that cannot be written or signed fails the run (exit 2).
    await deliver(
      report,
      {
        workspace,
        views,
        run,
        logger: log,
        files: { reportJson: opts.reportJson, sarif: opts.sarif, html: opts.html },
        sarif: sarifOptions(opts),
        verdict: verdictPath,
        bom: opts.bom,
        ...(policyText ? { policyText } : {}),
        // The signing stack (Sigstore, OIDC) is loaded only when asked for.
        ...(attest ? { sign: async (st) => (signed = await (await import('./verdict/attest.js')).attestVerdict(st.statement, { workspace, statementPath: st.path, ...(token ? { token } : {}), log: log.info })).bundlePath } : {}),
        metrics: opts.metrics,
        pushgatewayUrl: opts.pushgatewayUrl,
        auditLog: auditPath || undefined,
        publish: async () => {
          if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report!, views, { warn: log.warning })).write();
        },
      },
      done,
    );
    // Outputs, summary and report files are all written before the one network call.
    setOutputs(report, done, signed);
    reportFailures(done.failures);
    const action = commentAction(commentMode, report.verdict);
    if (action !== 'none' && token) await postComment(token, commentMarker(report.manifest, tag), renderComment(report, { tag }), action === 'upsert');
    else if (action !== 'none') commentWithoutToken();
    return finish(report, opts.mode, done.failures.length);
  } catch (e) {
    // Configuration errors: one line at the offending file:line:column, no stack trace.
    const loc = e instanceof ConfigError ? e.location : undefined;
    log.error(e instanceof ConfigError ? e.detail : `internal error: ${errorMessage(e)}`, {
      title: 'ModelGate configuration error',
      ...(loc?.file && loc.file !== 'baseline' ? { file: loc.file } : {}),
      ...(loc?.line ? { startLine: loc.line } : {}),
      ...(loc?.column ? { startColumn: loc.column } : {}),
    });
    // Outputs that failed before the step that threw (signing) are still named, each on its line.
    reportFailures(done.failures);
    core.setOutput('verdict', 'error');
    core.setOutput('violations', 0);
    core.setOutput('verdict-statement', done.statement?.path ?? '');
    core.setOutput('verdict-bundle', '');
    core.setOutput('bom', done.bom ?? '');
    core.setOutput('attestation-id', '');
    core.setOutput('attestation-url', '');
    for (const [name, value] of Object.entries(checkOutputs(report, views))) core.setOutput(name, value);
    if (auditPath) auditError(workspace, auditPath, report, done.statement?.path ?? '', e);
    await reportError(report, e);
    return 2;
  }
}

/** The policy the front door reads itself (src/policy/fetch.ts, loaded only then); undefined: the gate reads the workspace's file. */
async function policyInEffect(workspace: string, opts: GateRunOptions, githubToken: string): Promise<FetchedPolicy | undefined> {
  if (!fetchesPolicy(opts.policy, opts.policyFrom)) return undefined;
  const policyToken = core.getInput('policy-token').trim();
  if (policyToken) core.setSecret(policyToken);
  const { fetchPolicy } = await import('./policy/fetch.js');
  return fetchPolicy({
    workspace,
    spec: opts.policy,
    from: opts.policyFrom,
    token: policyToken || githubToken,
    apiUrl: process.env.GITHUB_API_URL,
    eventPath: process.env.GITHUB_EVENT_PATH,
    names: { policy: NAMES.policy!, token: policyToken || !githubToken ? 'input "policy-token"' : 'input "github-token" (policy-token is empty)', from: NAMES.policyFrom! },
    log: log.info,
  });
}

/**
 * A run that ended in a configuration error says so where its verdict would have been: the job summary
 * and the sticky comment (so a comment that said "passed" on an earlier commit does not stand).
 */
async function reportError(report: Report | undefined, e: unknown): Promise<void> {
  try {
    const text = renderErrorNotice(e instanceof ConfigError ? e.message : `internal error: ${errorMessage(e)}`, report?.run ?? runContext());
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text).write();
    const token = core.getInput('github-token');
    if (token && errorCommentWanted()) {
      const tag = parseCommentTag(core.getInput('comment-tag'));
      await postComment(token, commentMarker(report?.manifest ?? manifestInput(), tag), text, true);
    }
  } catch (err) {
    log.warning(`could not report the error in the summary or the PR comment: ${errorMessage(err)}`);
  }
}

/** Whether the comment input asks for a comment on an error (a bad input here is already being reported). */
function errorCommentWanted(): boolean {
  try {
    return commentAction(parseCommentMode(core.getInput('comment')), 'error') !== 'none';
  } catch {
    return false;
  }
}

/** The manifest as the input names it, workspace-relative as a report would name it. */
function manifestInput(): string {
  return (core.getInput('manifest') || DEFAULT_MANIFEST).replace(/\\/g, '/').replace(/^\.\//, '');
}

function setOutputs(report: Report, done: Delivered, signed: SignedVerdict | undefined): void {
  core.setOutput('verdict', report.verdict);
  core.setOutput('violations', report.violations);
  core.setOutput('report-json', done.files.reportJson ?? '');
  core.setOutput('sarif', done.files.sarif ?? '');
  core.setOutput('html', done.files.html ?? '');
  core.setOutput('verdict-statement', done.statement?.path ?? '');
  core.setOutput('verdict-bundle', done.bundle ?? '');
  core.setOutput('attestation-id', signed?.attestationId ?? '');
  core.setOutput('attestation-url', signed?.attestationUrl ?? '');
  core.setOutput('audit-log', done.auditLog ?? '');
  core.setOutput('metrics', done.metrics ?? '');
  core.setOutput('bom', done.bom ?? '');
  // What the checks add (the endpoints check's halt list).
  for (const [name, value] of Object.entries(checkOutputs(report, views))) core.setOutput(name, value);
}

/** An output not written after the verdict: its own error line, the verdict outputs untouched. */
function reportFailures(failures: readonly OutputError[]): void {
  for (const f of failures) log.error(f.message, { title: 'ModelGate output not written' });
}

function finish(report: Report, mode: 'enforce' | 'audit', failures: number): number {
  const what = `ModelGate: ${report.verdict} (${report.violations} violation${report.violations === 1 ? '' : 's'})`;
  if (failures > 0) {
    // Fail closed on evidence that was asked for and not kept, without calling the release an error.
    core.setFailed(`${what}; exit 2 because ${failures} requested output${failures === 1 ? '' : 's'} could not be written (errors above)`);
    return 2;
  }
  const code = exitCodeFor(report.verdict, mode);
  if (code !== 0) core.setFailed(what);
  else if (report.verdict !== 'passed') log.warning(`${what}; audit mode does not fail the job`);
  else log.info(what);
  return code;
}

/** The audit line of a run that ended in error. */
function auditError(workspace: string, path: string, report: Report | undefined, statementPath: string, e: unknown): void {
  const written = appendErrorRecord(
    path,
    {
      workspace,
      ...(report ? { report } : {}),
      manifest: core.getInput('manifest') || DEFAULT_MANIFEST,
      policy: core.getInput('policy') || 'baseline',
      run: runIdentity(report?.run ?? runContext()),
      ...(statementPath ? { verdictStatement: statementPath } : {}),
    },
    e,
    log.warning,
  );
  if (written) core.setOutput('audit-log', written);
}

function parseBoolean(v: string, name: string): boolean {
  if (/^(true|yes|on|1)$/i.test(v.trim())) return true;
  if (/^(false|no|off|0)$/i.test(v.trim())) return false;
  throw new ConfigError(`input "${name}": expected true or false, got "${v}"`);
}

/** The run as the runner describes it in its environment (what @actions/github's context reads too). */
function runContext() {
  const env = process.env;
  return {
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    eventName: env.GITHUB_EVENT_NAME,
    runId: env.GITHUB_RUN_ID,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    workflow: env.GITHUB_WORKFLOW,
  };
}

function pullRequestNumber(): number | undefined {
  const n = pullRequestPayload(process.env.GITHUB_EVENT_PATH)?.number;
  return typeof n === 'number' ? n : undefined;
}

/**
 * comment is on but the token is empty: github-token defaults to the job's token, so it was emptied
 * on purpose or is a secret this run cannot read (a pull request from a fork gets no secrets). On a
 * pull request, say so and how to have the comment; elsewhere there is no comment to miss.
 */
function commentWithoutToken(): void {
  if (pullRequestNumber() === undefined) {
    log.debug('not a pull request event: no PR comment');
    return;
  }
  log.warning(
    'no pull-request comment: input "comment" asks for one but input "github-token" is empty (a secret this run cannot read, as on a pull request from a fork, is empty). ' +
      'Leave github-token at its default (the job\'s token) or pass a token, and give the job `permissions: pull-requests: write`; or set comment: never.',
  );
}

async function postComment(token: string, marker: string, body: string, create: boolean): Promise<void> {
  const number = pullRequestNumber();
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (number === undefined || !owner || !repo) {
    log.debug('not a pull request event: no PR comment');
    return;
  }
  const res = await upsertComment({
    token,
    owner,
    repo,
    issueNumber: number,
    body,
    marker,
    create,
    ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    warn: log.warning,
  });
  if (res.url) log.info(`PR comment ${res.action}: ${res.url}`);
}
