// HTML section of the endpoints check: the halt list, totals per rule, and the fleet table (one row
// per endpoint, one column per rule), failing endpoints first.
import type { EndpointsFacts } from './facts.js';
import { EMPTY, badge, html, table, type Html, type Value } from '../../src/report/html/markup.js';

/** Rows beyond this are in the JSON report (a fleet can list thousands of endpoints). */
const MAX_ROWS = 2000;

export function endpointsSection(f: EndpointsFacts): Html {
  const platforms = Object.entries(f.byPlatform).map(([k, n]) => `${n} ${k}`).join(', ');
  const intro = html`<p>${f.endpoints} endpoint(s) (${platforms || 'none'}) from ${f.files} file(s); <strong>${f.failing} failing</strong>.</p>
`;
  const halt = f.halt?.length
    ? table(
        'Halt: endpoints violating a rule marked halt: true (to be scaled to zero)',
        ['Endpoint', 'Platform', 'Rules', 'Where'],
        f.halt.slice(0, MAX_ROWS).map((h) => [h.endpoint, h.platform, h.rules.join(', '), `${h.file}:${h.line}`]),
      )
    : EMPTY;
  const rules = table(
    'Rules',
    ['Rule', 'Severity', 'Halt', { label: 'Failing', numeric: true }, { label: 'Passing', numeric: true }, { label: 'Not applicable', numeric: true }],
    f.rules.map((r) => [r.id, r.severity, r.halt ? 'yes' : 'no', r.failing, r.passing, r.notApplicable]),
  );
  const keys = f.rules.map((r) => r.key);
  const sorted = [...f.table].sort((a, b) => b.failed.length - a.failed.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const cell = (e: EndpointsFacts['table'][number], k: string): Value =>
    e.failed.includes(k) ? badge('fail', 'fail') : e.notApplicable.includes(k) ? 'n/a' : badge('ok', 'pass');
  const fleet = table(
    'Endpoints against each rule',
    ['Endpoint', 'Platform', 'Where', ...keys],
    sorted.slice(0, MAX_ROWS).map((e) => [e.name, e.platform, `${e.file}:${e.line}`, ...keys.map((k) => cell(e, k))]),
    'fleet',
  );
  const more = sorted.length > MAX_ROWS ? html`<p>…and ${sorted.length - MAX_ROWS} more endpoints in the JSON report.</p>` : EMPTY;
  return html`${intro}${halt}${rules}${fleet}${more}`;
}
