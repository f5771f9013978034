// The job-summary section: totals per rule, the halt list, and the fleet table (endpoints as rows,
// rules as columns), failing endpoints first, passing ones collapsed. Compact at 500+ rows.
import { codeCell, escapeCell } from '../../src/report/format.js';
import type { EndpointsFacts } from './facts.js';

const MAX_FAILING_ROWS = 500;
const MAX_PASSING_ROWS = 500;
const MAX_HALT_ROWS = 200;

/** Short column headers for the fleet table. */
const SHORT: Record<string, string> = {
  'authentication-required': 'auth',
  'tls-required': 'tls',
  'no-public-exposure': 'public',
  'model-source-allowed': 'source',
  'model-pinned': 'pinned',
  'model-verdict': 'verdict',
  'encryption-key': 'kms',
  'request-logging': 'log',
  'resource-limits': 'limits',
  'owner-label': 'owner',
  'min-replicas': 'replicas',
};

export function renderEndpointsSummary(f: EndpointsFacts): string {
  const out: string[] = [];
  const platforms = Object.entries(f.byPlatform).map(([k, n]) => `${n} ${escapeCell(k)}`).join(', ');
  out.push(
    `${f.endpoints} endpoint(s) (${platforms || 'none'}) from ${f.files} file(s), ${f.routes} Service/Ingress route(s); ` +
      `**${f.failing} failing**, ${f.endpoints - f.failing} passing${f.verdictStore ? `; verdict store ${codeCell(f.verdictStore.dir)} (${f.verdictStore.files} statement(s))` : ''}.`,
  );
  if (f.halt.length) {
    out.push('', `**Halt (${f.halt.length})**: endpoints violating a rule marked \`halt: true\`, to be scaled to zero.`, '', '| endpoint | platform | rules | where |', '|---|---|---|---|');
    for (const h of f.halt.slice(0, MAX_HALT_ROWS)) out.push(`| ${codeCell(h.endpoint)} | ${h.platform} | ${escapeCell(h.rules.join(', '))} | ${escapeCell(`${h.file}:${h.line}`)} |`);
    if (f.halt.length > MAX_HALT_ROWS) out.push('', `… and ${f.halt.length - MAX_HALT_ROWS} more in the \`halt\` output and the JSON report.`);
  }

  out.push('', '| rule | column | severity | halt | failing | passing | n/a |', '|---|---|---|---|---:|---:|---:|');
  for (const r of f.rules) out.push(`| ${codeCell(r.id)} | ${column(r.key)} | ${r.severity} | ${r.halt ? 'yes' : ''} | ${r.failing} | ${r.passing} | ${r.notApplicable} |`);

  const keys = f.rules.map((r) => r.key);
  const header = `| endpoint | platform | ${keys.map(column).join(' | ')} |`;
  const sep = `|---|---|${keys.map(() => ':-:').join('|')}|`;
  const row = (e: EndpointsFacts['table'][number]): string => {
    const failed = new Set(e.failed);
    const na = new Set(e.notApplicable);
    return `| ${codeCell(e.name)} | ${e.platform} | ${keys.map((k) => (failed.has(k) ? '✗' : na.has(k) ? '·' : '✓')).join(' | ')} |`;
  };
  const failing = f.table.filter((e) => e.failed.length > 0).sort((a, b) => b.failed.length - a.failed.length || (a.name < b.name ? -1 : 1));
  const passing = f.table.filter((e) => e.failed.length === 0);
  if (failing.length) {
    out.push('', `**Failing endpoints (${failing.length})**; ✓ pass, ✗ fail, · not applicable`, '', header, sep);
    for (const e of failing.slice(0, MAX_FAILING_ROWS)) out.push(row(e));
    if (failing.length > MAX_FAILING_ROWS) out.push('', `… and ${failing.length - MAX_FAILING_ROWS} more failing endpoints in the JSON report.`);
  } else if (f.endpoints) {
    out.push('', 'Every endpoint passes every enabled rule.');
  }
  if (passing.length) {
    out.push('', `<details><summary>${passing.length} passing endpoint(s)</summary>`, '', header, sep);
    for (const e of passing.slice(0, MAX_PASSING_ROWS)) out.push(row(e));
    if (passing.length > MAX_PASSING_ROWS) out.push('', `… and ${passing.length - MAX_PASSING_ROWS} more in the JSON report.`);
    out.push('', '</details>');
  }
  const unknown = Object.entries(f.unknownKinds);
  if (unknown.length) out.push('', `Unsupported kinds (findings): ${unknown.map(([k, n]) => `${escapeCell(k)} × ${n}`).join(', ')}.`);
  const ignored = Object.entries(f.ignoredKinds);
  if (ignored.length) out.push('', `Ignored by endpoints.ignoreKinds: ${ignored.map(([k, n]) => `${escapeCell(k)} × ${n}`).join(', ')}.`);
  return out.join('\n');
}

function column(key: string): string {
  return SHORT[key] ?? escapeCell(key.replace(/^custom-/, '+'), 40);
}
