// The sticky PR comment: one per gate (per manifest), updated in place on every run.
import { ConfigError } from '../errors.js';
import { GITHUB_CALL_TIMEOUT_MS, githubClient, httpStatus, timedOut } from '../github/client.js';
import type { Report, Verdict } from './model.js';
import { allFindings } from './model.js';
import { complianceLines } from './compliance-md.js';
import {
  type Block,
  appliedWaiversBlock,
  commitLabel,
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
const MAX_WAIVERS = 20;
/** A tag names a gate to people and to the marker: one line, short. */
const MAX_TAG_LENGTH = 100;

/** When the sticky comment is posted: `true` and `false` (and the other boolean spellings) stay accepted. */
export const COMMENT_MODES = ['always', 'on-failure', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** The `comment` input or flag: always | on-failure | never, or a boolean (true = always, false = never); empty = always. */
export function parseCommentMode(value: string, name = 'input "comment"'): CommentMode {
  const v = value.trim().toLowerCase();
  if (v === '' || /^(true|yes|on|1)$/.test(v)) return 'always';
  if (/^(false|no|off|0)$/.test(v)) return 'never';
  if ((COMMENT_MODES as readonly string[]).includes(v)) return v as CommentMode;
  throw new ConfigError(`${name}: expected always, on-failure or never (or true / false), got "${value.trim()}"`);
}

/** The `comment-tag` input or flag: undefined when empty (the marker stays as it always was). */
export function parseCommentTag(value: string, name = 'input "comment-tag"'): string | undefined {
  const tag = value.trim();
  if (tag === '') return undefined;
  if (/[\r\n]/.test(tag) || tag.length > MAX_TAG_LENGTH) throw new ConfigError(`${name}: expected one line of at most ${MAX_TAG_LENGTH} characters`);
  return tag;
}

/**
 * What to do with the sticky comment for this verdict. `on-failure` creates no comment for a pass, but
 * updates one an earlier failing run left, so that a "blocked" comment does not outlive its fix.
 */
export type CommentAction = 'upsert' | 'update-only' | 'none';

export function commentAction(mode: CommentMode, verdict: Verdict): CommentAction {
  if (mode === 'never') return 'none';
  if (mode === 'always' || verdict !== 'passed') return 'upsert';
  return 'update-only';
}

/**
 * Hidden marker that identifies this gate's comment among the others on the PR: one per manifest path,
 * and per tag when two gates run on one manifest. Without a tag it is exactly the marker of earlier
 * versions, so their comments are still found; a tagged marker never contains the untagged one.
 */
export function commentMarker(manifest: string, tag?: string): string {
  const where = manifest.replace(/--/g, '- -');
  return tag === undefined ? `<!-- modelgate-gate: ${where} -->` : `<!-- modelgate-gate (${encodeTag(tag)}): ${where} -->`;
}

/**
 * The tag, percent-encoded so that distinct tags stay distinct and none can end the HTML comment or the
 * parentheses: encodeURIComponent leaves ( ) ! ' * ~ and "--" as they are, so those are encoded too.
 */
function encodeTag(tag: string): string {
  return encodeURIComponent(tag)
    .replace(/[()!'*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/--/g, '-%2D');
}

/** The summary and comment of a run that stopped before a verdict: the message, never a stale "passed". */
export function renderErrorNotice(message: string, run: Report['run']): string {
  return `### ${VERDICT_EMOJI.error} ModelGate could not decide (error)${commitLabel(run)}\n\nThe gate stopped before reaching a verdict and fails closed:\n\n${fenced(message)}`;
}

export function runUrl(report: Report): string | undefined {
  const { serverUrl, repository, runId } = report.run;
  return serverUrl && repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined;
}

export interface CommentOptions {
  /** The gate's comment-tag: goes into the marker and the heading. */
  tag?: string;
}

/**
 * The sticky comment: verdict and commit first, then the waivers that made a pass possible, the checks
 * and the violations (message second, so it stays visible in a narrow PR column).
 */
export function renderComment(report: Report, opts: CommentOptions = {}): string {
  const url = runUrl(report);
  const tag = opts.tag === undefined ? '' : ` (${codeCell(opts.tag)})`;
  const head =
    `${commentMarker(report.manifest, opts.tag)}\n` +
    `### ${VERDICT_EMOJI[report.verdict]} ModelGate ${report.verdict}: ${codeCell(releaseLabel(report))}${tag}${commitLabel(report.run)}\n\n` +
    `**${plural(report.violations, 'violation')}** · ${totalWaived(report)} waived · fails on **${report.failOn}** and above · ` +
    `mode ${report.mode}${report.mode === 'audit' && report.verdict !== 'passed' ? ' (did not fail the job)' : ''} · ${formatDuration(report.durationMs)}\n\n`;

  let checks = `${tableRow(['Check', 'Status', 'Violations', 'Waived', 'Findings'])}| --- | --- | ---: | ---: | ---: |\n`;
  for (const c of report.checks) {
    const n = checkCounts(c);
    checks += tableRow([codeCell(c.id), `${STATUS_EMOJI[c.status]} ${c.status}`, String(n.violations), String(n.waived), String(n.findings)]);
  }

  const blocks: Block[] = [head];
  const waivers = appliedWaiversBlock(report, '####', MAX_WAIVERS, 'see the job summary');
  if (waivers) blocks.push(waivers);
  blocks.push(`${checks}\n`);
  const violations = allFindings(report).filter((f) => f.violation);
  if (violations.length > 0) {
    const shown = violations.slice(0, MAX_VIOLATIONS);
    const more = violations.length - shown.length;
    blocks.push({
      open: `#### Violations\n\n${tableRow(['Severity', 'Message', 'Rule', 'Location', 'Target'])}| --- | --- | --- | --- | --- |\n`,
      rows: shown.map((f) =>
        tableRow([`${SEVERITY_EMOJI[f.severity]} ${f.severity}`, escapeCell(f.message, 200), codeCell(f.ruleId), codeCell(describeLocation(f.location)), codeCell(f.target ?? '')]),
      ),
      close: more > 0 ? `\n…and ${plural(more, 'more violation')}: see the job summary.\n\n` : '\n',
    });
  }
  const compliance = complianceLines(report);
  if (compliance) blocks.push(compliance);
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
  /** false: only update this gate's comment if there is one (commentAction's `update-only`). Default true. */
  create?: boolean;
}

export interface UpsertResult {
  /** `skipped`: nothing to update and `create: false`. */
  action: 'created' | 'updated' | 'skipped' | 'failed';
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
    if (opts.create === false) return { action: 'skipped' };
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
