// Job summary (GITHUB_STEP_SUMMARY): verdict and the waivers applied first, checks, violations, then
// each check: its own section open when it failed, everything collapsed when it passed.
import type { CheckReport, Report, ReportFinding, WaiverRef } from './model.js';
import { SEVERITIES, allFindings } from './model.js';
import {
  type Block,
  STATUS_EMOJI,
  SEVERITY_EMOJI,
  VERDICT_EMOJI,
  appliedWaiversBlock,
  bySeverity,
  commitLabel,
  checkCounts,
  codeCell,
  describeLocation,
  escapeCell,
  escapeHtml,
  fenced,
  fitBlocks,
  formatDuration,
  plural,
  releaseLabel,
  tableRow,
  totalWaived,
} from './format.js';
import { complianceBlocks } from './compliance-md.js';
import { policySourceNote } from './policy-note.js';
import { present, type CheckViews } from './views.js';

/** GitHub accepts at most 1 MiB per step summary; keep a margin for what other steps append. */
export const SUMMARY_MAX_BYTES = 1_000_000;
const MAX_VIOLATION_ROWS = 1000;
const MAX_FINDING_ROWS_PER_CHECK = 2000;
const MAX_WAIVER_ROWS = 500;

export const TRUNCATION_NOTE =
  '\n> [!WARNING]\n> This summary was truncated to fit GitHub\'s step summary size limit. ' +
  'The full report, with every finding and fact, is in the JSON report.\n';

export interface SummaryOptions {
  maxBytes?: number;
  /** Told when a check's own section fails to render (the section is left out, the summary stands). */
  warn?: (message: string) => void;
}

export function renderSummary(report: Report, views: CheckViews, opts: SummaryOptions = {}): string {
  const blocks: Block[] = [verdictBlock(report)];
  // The waivers a pass rests on come before anything else a reviewer reads.
  const waivers = appliedWaiversBlock(report, '###', MAX_WAIVER_ROWS, 'see the JSON report');
  if (waivers) blocks.push(waivers);
  blocks.push(checksTable(report));
  if (report.violations > 0) blocks.push(violationsTable(report));
  if (report.checks.some((c) => c.findings.length > 0)) blocks.push(severityChart(report));
  blocks.push(...complianceBlocks(report.compliance));
  for (const check of report.checks) {
    // The section the check renders from its facts (per-feature tables, column profiles, charts).
    const section = present(views, check, 'summary section', (v) => v.summary, opts.warn);
    blocks.push(...checkBlocks(check, section ? dropEmptyTables(section).trim() : ''));
  }
  const all = waiverDetails(report);
  if (all) blocks.push(all);
  return fitBlocks(blocks, opts.maxBytes ?? SUMMARY_MAX_BYTES, TRUNCATION_NOTE);
}

function verdictBlock(report: Report): string {
  const title = { passed: 'passed', blocked: 'blocked', error: 'could not decide (error)' }[report.verdict];
  let s = `## ${VERDICT_EMOJI[report.verdict]} ModelGate ${title}: ${codeCell(releaseLabel(report))}${commitLabel(report.run)}\n\n`;
  const waived = totalWaived(report);
  const facts = [
    `**${plural(report.violations, 'violation')}**`,
    `${waived} waived`,
    `fails on **${report.failOn}** and above`,
    `mode **${report.mode}**`,
    formatDuration(report.durationMs),
  ];
  s += `${facts.join(' · ')}\n\n`;
  s += `Manifest ${codeCell(report.manifest)} · policy ${codeCell(report.policy)}\n\n`;
  s += policySourceNote(report);
  if (report.mode === 'audit' && report.verdict !== 'passed') {
    s += `> [!NOTE]\n> Audit mode: this ${report.verdict === 'error' ? 'error' : 'result'} is reported but did not fail the job.\n\n`;
  }
  const errored = report.checks.filter((c) => c.status === 'error' && !c.optional);
  if (report.verdict === 'error' && errored.length > 0) {
    s += `The gate fails closed: ${errored.map((c) => codeCell(c.id)).join(', ')} could not run.\n\n`;
  }
  return s;
}

function checksTable(report: Report): string {
  let s = '### Checks\n\n';
  s += tableRow(['Check', 'Status', 'Violations', 'Waived', 'Findings', 'Duration']);
  s += '| --- | --- | ---: | ---: | ---: | ---: |\n';
  for (const c of report.checks) {
    const n = checkCounts(c);
    let status = `${STATUS_EMOJI[c.status]} ${c.status}${c.optional ? ' (optional)' : ''}`;
    if (c.reason && (c.status === 'error' || c.status === 'skipped')) status += `: ${escapeCell(c.reason, 200)}`;
    s += tableRow([`${escapeCell(c.title)} (${codeCell(c.id)})`, status, String(n.violations), String(n.waived), String(n.findings), formatDuration(c.durationMs)]);
  }
  return `${s}\n`;
}

/** Message second: in a narrow column the reader sees what is wrong before the rule id and the path. */
function findingCells(f: ReportFinding): string[] {
  return [
    `${SEVERITY_EMOJI[f.severity]} ${f.severity}`,
    escapeCell(f.message),
    codeCell(f.ruleId),
    codeCell(describeLocation(f.location)),
    codeCell(f.target ?? ''),
  ];
}

const FINDING_COLUMNS = ['Severity', 'Message', 'Rule', 'Location', 'Target'];

function violationsTable(report: Report): Block {
  const violations = allFindings(report).filter((f) => f.violation);
  const rows = violations.slice(0, MAX_VIOLATION_ROWS).map((f) => tableRow(findingCells(f)));
  const more = violations.length - rows.length;
  return {
    open: `### Violations\n\n${tableRow(FINDING_COLUMNS)}| --- | --- | --- | --- | --- |\n`,
    rows,
    close: more > 0 ? `\n…and ${plural(more, 'more violation')}: see the JSON report.\n\n` : '\n',
  };
}

function severityChart(report: Report): string {
  const slices = SEVERITIES.filter((s) => report.counts[s] > 0).map((s) => `    "${s}" : ${report.counts[s]}\n`);
  if (slices.length === 0) return '';
  return `### Findings by severity\n\n${fenced(`pie showData\n${slices.join('')}`, 'mermaid')}\n`;
}

/**
 * A check's part of the summary. A check that failed or errored shows its own section under its title,
 * then its findings collapsed; a check that passed or was skipped is one collapsed section holding all
 * of it, so that the summary stays as long as its problems. Facts are not dumped: the JSON report has them.
 */
function checkBlocks(check: CheckReport, section: string): Block[] {
  const n = checkCounts(check);
  const summary = `${STATUS_EMOJI[check.status]} ${escapeHtml(check.title)} — ${check.status}: ${plural(n.findings, 'finding')}, ${plural(n.violations, 'violation')}`;
  const reason = check.reason ? `${check.status === 'error' ? 'Error' : 'Note'}: ${escapeCell(check.reason, 1000)}\n\n` : '';
  const outputs = outputsList(check);
  const expanded = check.status === 'failed' || check.status === 'error';
  const lead = expanded && section ? `### ${escapeCell(check.title)}\n\n${section}\n\n` : '';
  const inside = `${reason}${expanded || !section ? '' : `${section}\n\n`}${outputs}`;
  const head = `${lead}<details><summary>${summary}</summary>\n\n${inside}`;
  // Inside a collapsed section the check's own part says enough (its <summary> counts the findings).
  if (check.findings.length === 0) return [`${head}${expanded || !section ? 'No findings.\n\n' : ''}</details>\n\n`];
  const sorted = bySeverity(check.findings);
  const rows = sorted.slice(0, MAX_FINDING_ROWS_PER_CHECK).map((f) => tableRow([...findingCells(f), findingStatus(f), codeCell(f.evidence ?? '', 120)]));
  const more = sorted.length - rows.length;
  return [
    {
      open: `${head}${tableRow([...FINDING_COLUMNS, 'Status', 'Evidence (masked)'])}| --- | --- | --- | --- | --- | --- | --- |\n`,
      rows,
      close: `${more > 0 ? `\n…and ${plural(more, 'more finding')}: see the JSON report.\n` : ''}\n</details>\n\n`,
    },
  ];
}

function findingStatus(f: ReportFinding): string {
  if (f.violation) return '**violation**';
  if (f.waiver) return `waived: ${escapeCell(f.waiver.reason, 150)} (${escapeCell(f.waiver.owner, 60)}, until ${escapeCell(f.waiver.expires, 20)})`;
  return 'does not block';
}

function outputsList(check: CheckReport): string {
  if (check.outputs.length === 0) return '';
  const items = check.outputs.map((o) => `- ${codeCell(o.path)} (${escapeCell(o.kind)})${o.description ? `: ${escapeCell(o.description)}` : ''}\n`);
  return `**Output files**\n\n${items.join('')}\n`;
}

const TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * A check's section without its row-less tables: a header with nothing under it reads as a broken
 * table. (Code fences are left alone: a Mermaid chart is not a table.)
 */
export function dropEmptyTables(md: string): string {
  const lines = md.split('\n');
  const out: string[] = [];
  let fence = false;
  let dropped = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const next = lines[i + 1];
    const header = !fence && line.trimStart().startsWith('|') && next !== undefined && TABLE_SEPARATOR.test(next.trim());
    if (header && !(lines[i + 2] ?? '').trimStart().startsWith('|')) {
      i++; // the separator goes with its header
      dropped = true;
      continue;
    }
    out.push(line);
  }
  return dropped ? out.join('\n').replace(/\n{3,}/g, '\n\n') : md;
}

function waiverDetails(report: Report): Block | undefined {
  const { applied, unused, expired } = report.waivers;
  const rows = [
    ...expired.map((w) => waiverRow('❌ expired', w)),
    ...applied.map((w) => waiverRow('applied', w)),
    ...unused.map((w) => waiverRow('unused', w)),
  ];
  if (rows.length === 0) return undefined;
  return {
    open:
      `<details><summary>Waivers: ${applied.length} applied, ${unused.length} unused, ${expired.length} expired</summary>\n\n` +
      `${tableRow(['State', 'Rule', 'Target', 'Reason', 'Owner', 'Expires', 'Written at'])}| --- | --- | --- | --- | --- | --- | --- |\n`,
    rows,
    close: '\n</details>\n\n',
  };
}

function waiverRow(state: string, w: WaiverRef): string {
  return tableRow([state, codeCell(w.rule), codeCell(w.target ?? ''), escapeCell(w.reason), escapeCell(w.owner, 80), escapeCell(w.expires, 20), codeCell(describeLocation(w.location))]);
}
