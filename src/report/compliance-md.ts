// The compliance section in Markdown (job summary) and its one line per framework (PR comment). Every
// string from the report passes escapeCell/codeCell: control titles are ours, but evidence sentences
// quote column, feature and image names from the data.
import { codeCell, escapeCell, plural, tableRow, type Block } from './format.js';
import type { ComplianceSection, ControlStatus, FrameworkResult, Report } from './model.js';

export const CONTROL_STATUS_EMOJI: Record<ControlStatus, string> = { violated: '❌', waived: '⚠️', satisfied: '✅', 'not-assessed': '➖' };

/** "5 satisfied, 2 violated, 0 waived, 10 not assessed". */
export function frameworkCounts(f: FrameworkResult): string {
  const c = f.counts;
  return `${c.satisfied} satisfied, ${c.violated} violated, ${c.waived} waived, ${c['not-assessed']} not assessed`;
}

/** The comment's lines: one per framework. */
export function complianceLines(report: Report): string {
  const section = report.compliance;
  if (!section || section.frameworks.length === 0) return '';
  return `**Compliance** (evidence, not legal advice)\n\n${section.frameworks.map((f) => `- ${escapeCell(f.title)}: ${frameworkCounts(f)}\n`).join('')}\n`;
}

const MAX_EVIDENCE = 3;

/** The summary's section: the counts, then a collapsible table per framework (open when a control is violated). */
export function complianceBlocks(section: ComplianceSection | undefined): Block[] {
  if (!section || section.frameworks.length === 0) return [];
  const head = `### Compliance\n\nEach control's status from the rules that provide evidence for it (docs/compliance.md); evidence, not legal advice.${section.required.length ? ` Required: ${section.required.map((id) => codeCell(id)).join(', ')}.` : ''}\n\n`;
  return [
    head,
    ...section.frameworks.map((f): Block => ({
      open: `<details${f.counts.violated > 0 ? ' open' : ''}><summary>${escapeCell(f.title)}: ${frameworkCounts(f)}</summary>\n\n${tableRow(['Control', 'Title', 'Status', 'Rules', 'Evidence'])}| --- | --- | --- | --- | --- |\n`,
      rows: f.controls.map((c) => {
        const evidence = c.evidence.slice(0, MAX_EVIDENCE).map((e) => escapeCell(e, 160));
        if (c.evidence.length > MAX_EVIDENCE) evidence.push(`…and ${c.evidence.length - MAX_EVIDENCE} more`);
        const findings = c.findingCount ? ` (${plural(c.findingCount, 'finding')})` : '';
        const status = c.status === 'not-assessed' && c.checks.length ? `not assessed: needs ${c.checks.map((x) => codeCell(x)).join(', ')}` : `${c.status}${findings}`;
        return tableRow([`${codeCell(c.id)} ${escapeCell(c.ref)}`, escapeCell(c.title, 200), `${CONTROL_STATUS_EMOJI[c.status]} ${status}`, c.rules.slice(0, 6).map((r) => codeCell(r)).join(' ') + (c.rules.length > 6 ? ` +${c.rules.length - 6}` : ''), evidence.join('<br>')]);
      }),
      close: '\n</details>\n\n',
    })),
  ];
}
