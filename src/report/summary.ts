// Job summary (GITHUB_STEP_SUMMARY): verdict first, checks, violations, then collapsible details.
import type { CheckReport, Report, ReportFinding, WaiverRef } from './model.js';
import { SEVERITIES, allFindings } from './model.js';
import {
  type Block,
  STATUS_EMOJI,
  SEVERITY_EMOJI,
  VERDICT_EMOJI,
  bySeverity,
  byteLength,
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
import { policySourceNote } from './policy-note.js';
import { present, type CheckViews } from './views.js';

/** GitHub accepts at most 1 MiB per step summary; keep a margin for what other steps append. */
export const SUMMARY_MAX_BYTES = 1_000_000;
const MAX_VIOLATION_ROWS = 1000;
const MAX_FINDING_ROWS_PER_CHECK = 2000;
const MAX_FACTS_BYTES = 20_000;

export const TRUNCATION_NOTE =
  '\n> [!WARNING]\n> This summary was truncated to fit GitHub\'s step summary size limit. ' +
  'The full report, with every finding and fact, is in the JSON report.\n';

export interface SummaryOptions {
  maxBytes?: number;
  /** Told when a check's own section fails to render (the section is left out, the summary stands). */
  warn?: (message: string) => void;
}

export function renderSummary(report: Report, views: CheckViews, opts: SummaryOptions = {}): string {
  const blocks: Block[] = [verdictBlock(report), checksTable(report)];
  if (report.violations > 0) blocks.push(violationsTable(report));
  if (report.checks.some((c) => c.findings.length > 0)) blocks.push(severityChart(report));
  // Sections the checks rendered from their facts (per-feature tables, column profiles, charts).
  for (const check of report.checks) {
    const section = present(views, check, 'summary section', (v, facts) => v.summary?.(facts), opts.warn);
    if (section) blocks.push(`### ${escapeHtml(check.title)}\n\n${section.trimEnd()}\n\n`);
  }
  for (const check of report.checks) blocks.push(...checkDetails(check));
  const waivers = waiverDetails(report);
  if (waivers) blocks.push(waivers);
  return fitBlocks(blocks, opts.maxBytes ?? SUMMARY_MAX_BYTES, TRUNCATION_NOTE);
}

function verdictBlock(report: Report): string {
  const title = { passed: 'passed', blocked: 'blocked', error: 'could not decide (error)' }[report.verdict];
  let s = `## ${VERDICT_EMOJI[report.verdict]} ModelGate ${title}: ${codeCell(releaseLabel(report))}\n\n`;
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

function findingCells(f: ReportFinding): string[] {
  return [
    `${SEVERITY_EMOJI[f.severity]} ${f.severity}`,
    codeCell(f.ruleId),
    codeCell(describeLocation(f.location)),
    codeCell(f.target ?? ''),
    escapeCell(f.message),
  ];
}

function violationsTable(report: Report): Block {
  const violations = allFindings(report).filter((f) => f.violation);
  const rows = violations.slice(0, MAX_VIOLATION_ROWS).map((f) => tableRow(findingCells(f)));
  const more = violations.length - rows.length;
  return {
    open: `### Violations\n\n${tableRow(['Severity', 'Rule', 'Location', 'Target', 'Message'])}| --- | --- | --- | --- | --- |\n`,
    rows,
    close: more > 0 ? `\n…and ${plural(more, 'more violation')}: see the JSON report.\n\n` : '\n',
  };
}

function severityChart(report: Report): string {
  const slices = SEVERITIES.filter((s) => report.counts[s] > 0).map((s) => `    "${s}" : ${report.counts[s]}\n`);
  if (slices.length === 0) return '';
  return `### Findings by severity\n\n${fenced(`pie showData\n${slices.join('')}`, 'mermaid')}\n`;
}

function checkDetails(check: CheckReport): Block[] {
  const n = checkCounts(check);
  const summary = `${STATUS_EMOJI[check.status]} ${escapeHtml(check.title)} — ${check.status}: ${plural(n.findings, 'finding')}, ${plural(n.violations, 'violation')}`;
  const blocks: Block[] = [];
  const head = `<details><summary>${summary}</summary>\n\n`;
  const reason = check.reason ? `${check.status === 'error' ? 'Error' : 'Note'}: ${escapeCell(check.reason, 1000)}\n\n` : '';
  if (check.findings.length > 0) {
    const sorted = bySeverity(check.findings);
    const rows = sorted.slice(0, MAX_FINDING_ROWS_PER_CHECK).map((f) => tableRow([...findingCells(f), findingStatus(f), codeCell(f.evidence ?? '', 120)]));
    const more = sorted.length - rows.length;
    blocks.push({
      open: `${head}${reason}${tableRow(['Severity', 'Rule', 'Location', 'Target', 'Message', 'Status', 'Evidence (masked)'])}| --- | --- | --- | --- | --- | --- | --- |\n`,
      rows,
      close: `${more > 0 ? `\n…and ${plural(more, 'more finding')}: see the JSON report.\n` : ''}\n</details>\n\n`,
    });
  } else {
    blocks.push(`${head}${reason}No findings.\n\n</details>\n\n`);
  }
  // Facts and outputs get their own section so that a very long findings table cannot push them out.
  const extras = [factsBlock(check), outputsList(check)].filter(Boolean).join('\n');
  if (extras) blocks.push(`<details><summary>${escapeHtml(check.title)} — facts and outputs</summary>\n\n${extras}\n</details>\n\n`);
  return blocks;
}

function findingStatus(f: ReportFinding): string {
  if (f.violation) return '**violation**';
  if (f.waiver) return `waived: ${escapeCell(f.waiver.reason, 150)} (${escapeCell(f.waiver.owner, 60)}, until ${escapeCell(f.waiver.expires, 20)})`;
  return 'does not block';
}

function factsBlock(check: CheckReport): string {
  if (Object.keys(check.facts).length === 0) return '';
  let json = JSON.stringify(check.facts, null, 2);
  let note = '';
  if (byteLength(json) > MAX_FACTS_BYTES) {
    // Cut at a line boundary, within the byte cap (multi-byte characters count as several bytes).
    const lines = json.split('\n');
    const kept: string[] = [];
    let size = 0;
    for (const line of lines) {
      size += byteLength(line) + 1;
      if (size > MAX_FACTS_BYTES) break;
      kept.push(line);
    }
    json = `${kept.join('\n')}\n…`;
    note = `Facts truncated (${plural(lines.length - kept.length, 'line')} not shown): see the JSON report.\n`;
  }
  return `**Facts**\n\n${fenced(json, 'json')}${note}`;
}

function outputsList(check: CheckReport): string {
  if (check.outputs.length === 0) return '';
  const items = check.outputs.map((o) => `- ${codeCell(o.path)} (${escapeCell(o.kind)})${o.description ? `: ${escapeCell(o.description)}` : ''}\n`);
  return `**Output files**\n\n${items.join('')}`;
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
