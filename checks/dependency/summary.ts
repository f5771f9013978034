// The job-summary section: vulnerable packages, license violations, unpinned requirements.
import { escapeCell } from '../../src/report/format.js';
import type { DependencyFacts } from './facts.js';

const MAX_ROWS = 50;

export function renderDependencySummary(facts: DependencyFacts): string {
  const out: string[] = [];
  const eco = Object.entries(facts.packages.byEcosystem).map(([k, n]) => `${n} ${escapeCell(k)}`).join(', ');
  out.push(`${facts.packages.total} package(s) (${eco || 'none'}) in ${facts.files.length} file(s); advisories: ${escapeCell(facts.advisories.source)}.`);
  if (facts.vulnerable.length) {
    out.push('', '| package | version | advisories | severity | fix | where |', '|---|---|---|---|---|---|');
    for (const v of facts.vulnerable.slice(0, MAX_ROWS)) {
      out.push(`| ${escapeCell(v.package)} | ${escapeCell(v.version)} | ${escapeCell(v.advisories.join(', '))} | ${v.severity} | ${escapeCell(v.fix ?? 'none known')} | ${escapeCell(`${v.file}:${v.line}`)} |`);
    }
    if (facts.vulnerable.length > MAX_ROWS) out.push('', `… and ${facts.vulnerable.length - MAX_ROWS} more (see the JSON report).`);
  } else {
    out.push('', 'No known vulnerable package.');
  }
  if (facts.licenses.violations.length) {
    out.push('', '**License violations**', '', '| package | version | license |', '|---|---|---|');
    for (const l of facts.licenses.violations.slice(0, MAX_ROWS)) out.push(`| ${escapeCell(l.package)} | ${escapeCell(l.version ?? '')} | ${escapeCell(l.license ?? 'unknown')} |`);
  }
  if (facts.unpinned.length) {
    out.push('', '**Unpinned requirements**', '', '| package | requirement | where |', '|---|---|---|');
    for (const u of facts.unpinned.slice(0, MAX_ROWS)) out.push(`| ${escapeCell(u.package)} | ${escapeCell(u.specifier ?? '')} | ${escapeCell(`${u.file}:${u.line}`)} |`);
  }
  const m = facts.markers;
  if (m && m.withMarkers > 0) {
    const env = m.environment ? Object.entries(m.environment).map(([k, v]) => `${k}=${v}`).join(', ') : '';
    out.push(
      '',
      m.evaluated
        ? `Environment markers evaluated for ${escapeCell(env)}: ${m.excluded.length} of ${m.withMarkers} requirement(s) with a marker not installed there, so not checked${m.undecided.length ? `; ${m.undecided.length} undecided (checked)` : ''}.`
        : `${m.withMarkers} requirement(s) carry an environment marker; no \`dependency.environment\` is set, so all of them are checked.`,
    );
  }
  return out.join('\n');
}
