// Shared by the reporters: labels, counts, durations, Markdown escaping and byte-bounded assembly.
import { formatLocation } from '../errors.js';
import type { CheckReport, CheckStatus, Location, Report, ReportFinding, RunContext, Severity, Verdict, WaiverRef } from './model.js';
import { severityRank } from './model.js';

export const SEVERITY_EMOJI: Record<Severity, string> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  info: '⬜',
};

export const VERDICT_EMOJI: Record<Verdict, string> = { passed: '✅', blocked: '❌', error: '⚠️' };

export const STATUS_EMOJI: Record<CheckStatus, string> = {
  passed: '✅',
  failed: '❌',
  error: '⚠️',
  skipped: '⏭️',
};

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** 12 ms, 1.2 s, 2 min 5 s. */
/** Bytes in binary units: 512 B, 1.5 KiB, 20.0 MiB, 2.00 GiB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** file:line:col, plus the data record and field when the finding points inside a dataset. */
export function describeLocation(loc: Location | undefined): string {
  if (!loc) return '';
  let s = formatLocation(loc);
  if (loc.record !== undefined) s += ` record ${loc.record}`;
  if (loc.field !== undefined) s += ` field ${loc.field}`;
  return s;
}

/** The finding's message followed by what it concerns, as lines; evidence is already masked by the check. */
export function findingDetails(f: ReportFinding): string[] {
  const lines = [f.message];
  if (f.target) lines.push(`Target: ${f.target}`);
  const loc = f.location;
  if (loc?.record !== undefined) lines.push(`Record: ${loc.record}${loc.field !== undefined ? `, field ${loc.field}` : ''}`);
  if (f.evidence) lines.push(`Evidence (masked): ${f.evidence}`);
  return lines;
}

export function releaseLabel(report: Report): string {
  const { name, version } = report.release;
  if (!name) return report.manifest;
  return version ? `${name}@${version}` : name;
}

/** The commit a run looked at, shortened, so that a reader can tell a stale comment or summary from a current one. */
export function commitLabel(run: RunContext): string {
  return run.sha ? ` · commit ${codeCell(run.sha.slice(0, 7))}` : '';
}

export function isWaived(f: ReportFinding): boolean {
  return f.waiver !== undefined;
}

export interface CheckCounts {
  violations: number;
  waived: number;
  findings: number;
}

export function checkCounts(check: CheckReport): CheckCounts {
  let violations = 0;
  let waived = 0;
  for (const f of check.findings) {
    if (f.violation) violations++;
    if (isWaived(f)) waived++;
  }
  return { violations, waived, findings: check.findings.length };
}

export function totalWaived(report: Report): number {
  return report.checks.reduce((n, c) => n + checkCounts(c).waived, 0);
}

/** One waiver as the reports name it: its rule, target and where it is written. */
function waiverKey(w: WaiverRef): string {
  return JSON.stringify([w.rule, w.target ?? '', describeLocation(w.location)]);
}

/**
 * The applied waivers, each with the findings it covered and how many of those would block without
 * it (severity at or above failOn): the waivers a reviewer must read before trusting a pass.
 */
export function appliedWaivers(report: Report): Array<{ waiver: WaiverRef; covered: number; wouldBlock: number }> {
  const rows = new Map(report.waivers.applied.map((w) => [waiverKey(w), { waiver: w, covered: 0, wouldBlock: 0 }]));
  for (const f of report.checks.flatMap((c) => c.findings)) {
    const row = f.waiver && rows.get(waiverKey(f.waiver));
    if (!row) continue;
    row.covered++;
    if (severityRank(f.severity) >= severityRank(report.failOn)) row.wouldBlock++;
  }
  return [...rows.values()];
}

/**
 * The table of applied waivers that leads the summary and the comment (rule, target, owner, expiry,
 * reason, findings covered), or undefined when none applied. Every cell is escaped: waivers are
 * written in a policy that a pull request may change.
 */
export function appliedWaiversBlock(report: Report, heading: string, maxRows: number, more: string): Block | undefined {
  const applied = appliedWaivers(report);
  if (applied.length === 0) return undefined;
  const blocking = applied.reduce((n, a) => n + a.wouldBlock, 0);
  const lead =
    report.verdict === 'passed' && blocking > 0
      ? `The release passed because of these waivers: without them, ${plural(blocking, 'finding')} would block it.\n\n`
      : '';
  const shown = applied.slice(0, maxRows);
  const left = applied.length - shown.length;
  return {
    open: `${heading} Waivers applied (${applied.length})\n\n${lead}${tableRow(['Rule', 'Target', 'Owner', 'Expires', 'Reason', 'Findings'])}| --- | --- | --- | --- | --- | ---: |\n`,
    rows: shown.map(({ waiver: w, covered }) =>
      tableRow([codeCell(w.rule), codeCell(w.target ?? ''), escapeCell(w.owner, 80), escapeCell(w.expires, 20), escapeCell(w.reason, 300), String(covered)]),
    ),
    close: left > 0 ? `\n…and ${plural(left, 'more waiver')}: ${more}.\n\n` : '\n',
  };
}

/** Violations first, then most severe; stable otherwise. */
export function bySeverity<T extends ReportFinding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) => Number(b.violation) - Number(a.violation) || severityRank(b.severity) - severityRank(a.severity),
  );
}

/** First `max` characters (code points, so no surrogate pair is split), with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

// Outside code, GitHub acts on text itself: @user and @org/team notify people, #123 and owner/repo#123
// link (and cross-reference the other issue), bare URLs (http://, https://, ftp://, www.) and e-mail
// addresses become links. A zero-width space where each would start defuses it; the text reads the same.
const ZWSP = '\u200b';

function defuseAutolinks(s: string): string {
  return s
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/(www)\./gi, `$1${ZWSP}.`);
}

// An underscore between two letters or digits opens no emphasis (snake_case stays as written); any other may.
const LIVE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// What makes a line a heading, list item, rule or setext underline when it starts one.
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|[-=](?=[-=\s]*$))/;
const ORDERED_ITEM = /^(\s*\d{1,9})([.)])(?=\s|$)/;

/**
 * Untrusted text as inline Markdown (a table cell, a heading, a line of prose), one line: no HTML (it
 * is shown as text), no emphasis, link, image, code span or math (`$…$`, which GitHub renders), nothing
 * that leaves a table cell, no block (heading, list, rule) at a line's start, and no mention, reference
 * or autolink (see defuseAutolinks).
 */
export function escapeCell(s: string, max = 300): string {
  const text = clip(s, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/([*~[\]$])/g, '\\$1')
    .replace(LIVE_UNDERSCORE, '\\_')
    .replace(BLOCK_START, '$1\\$2')
    .replace(ORDERED_ITEM, '$1\\$2');
  return defuseAutolinks(text).replace(/\r?\n|\r/g, '<br>');
}

/** Text inside an HTML element such as <summary>, where Markdown is not rendered (GitHub still links and mentions). */
export function escapeHtml(s: string, max = 300): string {
  const text = clip(s, max).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return defuseAutolinks(text).replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * An inline code span usable in a table cell: fence longer than any backtick run, pipes escaped. A
 * backslash before a pipe would escape the escape (`\\|` ends the cell in GFM), so a zero-width space
 * stands between them. Code is never linked, mentioned or rendered, so nothing else needs defusing.
 */
export function codeCell(s: string, max = 200): string {
  if (s === '') return '';
  const text = clip(s, max).replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text.replace(/\\(?=\|)/g, `\\${ZWSP}`).replace(/\|/g, '\\|')}${pad}${ticks}`;
}

/** A fenced code block whose fence cannot be closed by the content. */
export function fenced(content: string, lang = ''): string {
  const longest = Math.max(2, ...(content.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${content}${content.endsWith('\n') ? '' : '\n'}${fence}\n`;
}

/**
 * Text for a double-quoted string of a Mermaid chart (a title, an axis label): one line of letters,
 * digits and plain punctuation. Quotes become apostrophes and angle brackets look-alikes; anything
 * Mermaid reads as syntax (`%%{init}%%` directives, `#…;` entities, brackets, semicolons) becomes `_`.
 */
export function mermaidLabel(s: string, max = 40): string {
  return clip(s, max)
    .replace(/\s+/g, ' ')
    .replace(/["`]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[^\p{L}\p{M}\p{N} .,:_+\-/()'*?!=@‹›·…]/gu, '_');
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * A piece of Markdown that is complete on its own. A plain string is kept whole or dropped;
 * a section can be cut between rows and is then closed properly (`open` + some rows + `close`).
 */
export type Block = string | { open: string; rows: readonly string[]; close: string };

/**
 * Joins blocks, keeping the result within maxBytes (UTF-8). When something must be cut, the cut
 * falls between blocks or rows, so no <details> or fence is left open, and `note` is appended.
 */
export function fitBlocks(blocks: readonly Block[], maxBytes: number, note: string): string {
  const whole = blocks.map((b) => (typeof b === 'string' ? b : b.open + b.rows.join('') + b.close));
  const total = whole.reduce((n, s) => n + byteLength(s), 0);
  if (total <= maxBytes) return whole.join('');

  const budget = maxBytes - byteLength(note);
  if (budget < 0) return '';
  const out: string[] = [];
  let used = 0;
  for (const [i, block] of blocks.entries()) {
    const text = whole[i] ?? '';
    const size = byteLength(text);
    if (used + size <= budget) {
      out.push(text);
      used += size;
      continue;
    }
    if (typeof block !== 'string') {
      let partial = byteLength(block.open) + byteLength(block.close);
      const rows: string[] = [];
      for (const row of block.rows) {
        const n = byteLength(row);
        if (used + partial + n > budget) break;
        rows.push(row);
        partial += n;
      }
      if (rows.length > 0) out.push(block.open + rows.join('') + block.close);
    }
    break;
  }
  return out.join('') + note;
}
