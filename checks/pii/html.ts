// HTML section of the pii check: files scanned, the column classification table, totals by category,
// k-anonymity. From the facts only: counts and classifications, never a value.
import type { PiiFacts } from './facts.js';
import { prevalenceLabel, runnerUpLabel } from './summary.js';
import { formatBytes } from '../../src/report/format.js';
import { EMPTY, html, table, yesNo, type Html } from '../../src/report/html/markup.js';

export function piiSection(f: PiiFacts): Html {
  const t = f.totals;
  const files = table(
    'Files scanned',
    ['File', 'Format', { label: 'Records', numeric: true }, { label: 'Size', numeric: true }, { label: 'Clean', numeric: true }, { label: 'Quarantined', numeric: true }, { label: 'Masked', numeric: true }],
    f.files.map((x) => [x.path, `${x.format}${x.gzip ? ' (gzip)' : ''}`, x.records, formatBytes(x.bytes), x.recordsClean, x.recordsQuarantined, x.recordsMasked]),
  );
  const columns = f.files.flatMap((x) => x.columns.filter((col) => col.type || col.quasiIdentifier).map((col) => ({ file: x.path, col, names: x.columns.map((c) => c.name) })));
  const columnTable = columns.length
    ? table(
        'Columns holding personal data or secrets',
        ['Column', 'File', 'Type', 'Category', { label: 'Prevalence', numeric: true }, { label: 'Confidence', numeric: true }, 'Sensitivity', 'Quasi-identifier', 'Action', 'Runner-up'],
        columns.map(({ file, col, names }) => [
          col.name,
          file,
          col.type ?? '–',
          col.category ?? '–',
          prevalenceLabel(col, names),
          col.confidence.toFixed(2),
          col.sensitivity,
          yesNo(col.quasiIdentifier),
          col.action ?? 'none',
          runnerUpLabel(col),
        ]),
        'pii-columns',
      )
    : html`<p>No column was classified as personal data or a secret.</p>`;
  const cats = Object.entries(t.byCategory).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const catTable = cats.length ? table('Values found by category', ['Category', { label: 'Values', numeric: true }], cats) : EMPTY;
  const k = f.files.filter((x) => x.kAnonymity);
  const kTable = k.length
    ? table(
        'k-anonymity over the quasi-identifiers',
        ['File', 'Quasi-identifiers', { label: 'k', numeric: true }, { label: 'Groups', numeric: true }],
        k.map((x) => [x.path, x.kAnonymity!.columns.join(', '), x.kAnonymity!.k ?? 'n/a', x.kAnonymity!.groups ?? 'n/a']),
      )
    : EMPTY;
  return html`<p>Scanned <strong>${f.files.length}</strong> file(s), <strong>${t.records}</strong> record(s): ${t.recordsMasked} masked, ${t.recordsQuarantined} quarantined.</p>
${files}${columnTable}${catTable}${kTable}`;
}
