// The HTML report's compliance section: a table per framework, each control linking to the findings
// behind it (their rows in the check sections carry the anchors findingAnchor names).
import { frameworkCounts } from '../compliance-md.js';
import type { ControlResult, Report } from '../model.js';
import { EMPTY, Html, badge, html, section, slug, table, type Value } from './markup.js';

/** Id of a finding's row in its check's section: `checks[check].findings[index]`. */
export function findingAnchor(check: string, index: number): string {
  return `finding-${slug(check)}-${index}`;
}

const STATUS_BADGE = { violated: 'fail', waived: 'warn', satisfied: 'ok', 'not-assessed': 'skipped' } as const;
const MAX_LINKS = 10;

/** `shown`: the anchors the check sections carry (findings beyond their row limit have none). */
export function complianceSection(report: Report, shown: ReadonlySet<string>): Html {
  const compliance = report.compliance;
  if (!compliance || compliance.frameworks.length === 0) return EMPTY;
  const tables = compliance.frameworks.map((f) => {
    const caption = `${f.title}: ${frameworkCounts(f)}`;
    return html`<h3 id="compliance-${slug(f.id)}">${f.title}</h3><p>${f.source}</p>
${table(caption, ['Control', 'Title', 'Status', 'Findings', 'Rules', 'Evidence'], f.controls.map((ctl) => row(ctl, shown)), 'compliance')}`;
  });
  return section(
    'compliance',
    'Compliance',
    html`<p>Each control's status from the rules that provide evidence for it: violated (a violation maps to it), waived (only waived findings do), satisfied (a check that evidences it ran and passed it), not assessed (no such check ran). Evidence, not legal advice.</p>
${tables}`,
  );
}

function row(c: ControlResult, shown: ReadonlySet<string>): Value[] {
  const links = c.findings.slice(0, MAX_LINKS).map((f, i) => {
    const id = findingAnchor(f.check, f.index);
    const label = `${f.ruleId}${f.violation ? ' (violation)' : f.waived ? ' (waived)' : ''}`;
    return html`${i ? ', ' : ''}${shown.has(id) ? html`<a href="#${id}">${label}</a>` : label}`;
  });
  const more = c.findingCount - Math.min(c.findings.length, MAX_LINKS);
  const status = c.status === 'not-assessed' && c.checks.length ? `not assessed (needs ${c.checks.join(', ')})` : c.status;
  return [
    html`<code>${c.id}</code> ${c.ref}`,
    c.title,
    badge(STATUS_BADGE[c.status], status),
    c.findingCount ? html`${links}${more > 0 ? ` …and ${more} more` : ''}` : '–',
    c.rules.length ? html`${c.rules.map((r, i) => html`${i ? ' ' : ''}<code>${r}</code>`)}` : '–',
    c.evidence.length ? html`${c.evidence.map((e, i) => html`${i ? new Html('<br>') : ''}${e}`)}` : '–',
  ];
}
