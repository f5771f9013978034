// The sticky PR comment: one per gate (per manifest), updated in place on every run.
import { GITHUB_CALL_TIMEOUT_MS, githubClient, httpStatus, timedOut } from '../github/client.js';
import type { Report } from './model.js';
import { allFindings } from './model.js';
import {
  type Block,
  STATUS_EMOJI,
  SEVERITY_EMOJI,
  VERDICT_EMOJI,
  checkCounts,
  codeCell,
  describeLocation,
  escapeCell,
  fenced,
  fitBlocks,
  formatDuration,
  plural,
  releaseLabel,
  tableRow,
  totalWaived,
} from './format.js';

/** GitHub rejects comment bodies over 65 536 characters; UTF-8 bytes are never fewer than characters. */
export const COMMENT_MAX_BYTES = 65_000;
const MAX_VIOLATIONS = 20;

/** Hidden marker that identifies this gate's comment among the others on the PR: one per manifest path. */
export function commentMarker(manifest: string): string {
  return `<!-- modelgate-gate: ${manifest.replace(/--/g, '- -')} -->`;
}

/** The commit a run looked at, shortened, so that a reader can tell a stale comment from a current one. */
function commitLabel(run: Report['run']): string {
  return run.sha ? ` · commit ${codeCell(run.sha.slice(0, 7))}` : '';
}

/** The summary and comment of a run that stopped before a verdict: the message, never a stale "passed". */
export function renderErrorNotice(message: string, run: Report['run']): string {
  return `### ${VERDICT_EMOJI.error} ModelGate could not decide (error)${commitLabel(run)}\n\nThe gate stopped before reaching a verdict and fails closed:\n\n${fenced(message)}`;
}

export function runUrl(report: Report): string | undefined {
  const { serverUrl, repository, runId } = report.run;
  return serverUrl && repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined;
}

export function renderComment(report: Report): string {
  const url = runUrl(report);
  const head =
    `${commentMarker(report.manifest)}\n` +
    `### ${VERDICT_EMOJI[report.verdict]} ModelGate ${report.verdict}: ${codeCell(releaseLabel(report))}${commitLabel(report.run)}\n\n` +
    `**${plural(report.violations, 'violation')}** · ${totalWaived(report)} waived · fails on **${report.failOn}** and above · ` +
    `mode ${report.mode}${report.mode === 'audit' && report.verdict !== 'passed' ? ' (did not fail the job)' : ''} · ${formatDuration(report.durationMs)}\n\n`;

  let checks = `${tableRow(['Check', 'Status', 'Violations', 'Waived', 'Findings'])}| --- | --- | ---: | ---: | ---: |\n`;
  for (const c of report.checks) {
    const n = checkCounts(c);
    checks += tableRow([codeCell(c.id), `${STATUS_EMOJI[c.status]} ${c.status}`, String(n.violations), String(n.waived), String(n.findings)]);
  }

  const blocks: Block[] = [head, `${checks}\n`];
  const violations = allFindings(report).filter((f) => f.violation);
  if (violations.length > 0) {
    const shown = violations.slice(0, MAX_VIOLATIONS);
    const more = violations.length - shown.length;
    blocks.push({
      open: `#### Violations\n\n${tableRow(['Severity', 'Rule', 'Location', 'Target', 'Message'])}| --- | --- | --- | --- | --- |\n`,
      rows: shown.map((f) =>
        tableRow([`${SEVERITY_EMOJI[f.severity]} ${f.severity}`, codeCell(f.ruleId), codeCell(describeLocation(f.location)), codeCell(f.target ?? ''), escapeCell(f.message, 200)]),
      ),
      close: more > 0 ? `\n…and ${plural(more, 'more violation')}: see the job summary.\n\n` : '\n',
    });
  }
  const footer = [url ? `[Job summary and logs](${url})` : '', `manifest ${codeCell(report.manifest)}`, `policy ${codeCell(report.policy)}`];
  blocks.push(`<sub>${footer.filter(Boolean).join(' · ')}</sub>\n`);
  const note = `\n_Comment shortened to fit GitHub's size limit${url ? `: see the [full run](${url})` : ''}._\n`;
  return fitBlocks(blocks, COMMENT_MAX_BYTES, note);
}

export interface UpsertCommentOptions {
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  marker: string;
  apiUrl?: string;
  warn: (msg: string) => void;
  /** Time one API call may take (default 30 s). */
  timeoutMs?: number;
  /** Retries of a call that failed with a 5xx, a timeout or a rate limit (default 2). */
  retries?: number;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'failed';
  url?: string;
}

/** Creates this gate's comment, or updates it in place. Never throws: a failed comment must not fail the gate. */
export async function upsertComment(opts: UpsertCommentOptions): Promise<UpsertResult> {
  const body = opts.body.includes(opts.marker) ? opts.body : `${opts.marker}\n${opts.body}`;
  const where = { owner: opts.owner, repo: opts.repo };
  const timeoutMs = opts.timeoutMs ?? GITHUB_CALL_TIMEOUT_MS;
  try {
    const octokit = await githubClient(opts.token, { apiUrl: opts.apiUrl, timeoutMs, retries: opts.retries });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: opts.issueNumber, per_page: 100 });
    const ours = comments.filter((c) => c.body?.includes(opts.marker));
    // Someone may quote the marker; the comment we wrote ourselves is a bot's (GITHUB_TOKEN) or the token owner's.
    const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
      return { action: 'updated', url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: opts.issueNumber, body });
    return { action: 'created', url: data.html_url };
  } catch (e) {
    opts.warn(commentFailure(e, timeoutMs));
    return { action: 'failed' };
  }
}

function commentFailure(e: unknown, timeoutMs: number): string {
  if (timedOut(e)) return `cannot post the PR comment: GitHub gave no answer within ${timeoutMs / 1000} s (after retries); the verdict is unchanged`;
  const status = httpStatus(e);
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (status === 403 || status === 404) {
    return (
      'cannot post the PR comment: the token lacks `pull-requests: write` (add `permissions: pull-requests: write` to the job; ' +
      `on pull requests from forks the token is read-only). GitHub answered ${status}: ${detail}`
    );
  }
  return `cannot post the PR comment: ${status ? `GitHub answered ${status}: ` : ''}${detail}`;
}
