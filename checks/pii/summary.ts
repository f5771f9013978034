// The pii section of the job summary: files, a column table, totals by category. Facts only (no values).
import type { FileFacts, PiiFacts } from './facts.js';
import { escapeCell } from '../../src/report/format.js';
import { nameHint } from './vocab.js';

type ColumnFacts = FileFacts['columns'][number];

/**
 * The prevalence cell of a classified column: the share of its values that matched the type, or, when
 * none did (the values cannot show it: a sex or age column is classified by what it is called), how it
 * was classified instead: "by name" when its name suggests the type, else "declared" (the policy's
 * pii.columns). The facts do not record the declaration itself; a column declared as what its name
 * already suggests reads "by name", which is still why it holds that type.
 */
export function prevalenceLabel(c: ColumnFacts, siblings?: readonly string[]): string {
  if (!c.type) return '–';
  const p = c.prevalence[c.type];
  if (p !== undefined) return p > 0 && p < 0.0005 ? '<0.1%' : `${(p * 100).toFixed(1)}%`;
  return nameHint(c.name, siblings)?.type === c.type ? 'by name' : 'declared';
}

/** The runner-up type and its share ("phone 6.3%"), or "–". */
export function runnerUpLabel(c: ColumnFacts): string {
  return c.runnerUp ? `${c.runnerUp.type} ${(c.runnerUp.share * 100).toFixed(1)}%` : '–';
}

export function renderPiiSummary(f: PiiFacts): string {
  const out: string[] = [];
  out.push(`Scanned **${f.files.length}** file(s), **${f.totals.records}** record(s): ${f.totals.recordsMasked} masked, ${f.totals.recordsQuarantined} quarantined.`);
  out.push('');
  out.push('| file | format | records | bytes | clean | quarantined | masked |');
  out.push('|---|---|---:|---:|---:|---:|---:|');
  for (const file of f.files) {
    out.push(`| ${escapeCell(file.path)} | ${file.format} | ${file.records} | ${file.bytes} | ${file.recordsClean} | ${file.recordsQuarantined} | ${file.recordsMasked} |`);
  }
  const rows = f.files.flatMap((file) => file.columns.filter((c) => c.type).map((c) => ({ file: file.path, c, names: file.columns.map((x) => x.name) })));
  if (rows.length > 0) {
    out.push('', '| file | column | type | category | prevalence | confidence | sensitivity | action | runner-up |', '|---|---|---|---|---:|---:|---|---|---|');
    for (const { file, c, names } of rows) {
      out.push(`| ${escapeCell(file)} | ${escapeCell(c.name)} | ${escapeCell(c.type ?? '')} | ${c.category} | ${prevalenceLabel(c, names)} | ${c.confidence.toFixed(2)} | ${c.sensitivity} | ${c.action ?? ''} | ${escapeCell(runnerUpLabel(c))} |`);
    }
  }
  const cued = f.files.flatMap((file) => file.columns.filter((c) => c.valueCue).map((c) => `${escapeCell(file.path)} ${escapeCell(c.name)} (${escapeCell(c.valueCue!)})`));
  if (cued.length > 0) out.push('', `Columns whose first values cued their type (bare SSNs or MAC addresses under a neutral name; their valid cells are protected as a named column's): ${cued.join(', ')}.`);
  const shaped = f.files.flatMap((file) => file.columns.filter((c) => c.shape).map((c) => ({ file: file.path, c })));
  if (shaped.length > 0) {
    out.push('', 'Columns of non-personal values (left alone):', '', '| file | column | shape | runner-up |', '|---|---|---|---|');
    for (const { file, c } of shaped) out.push(`| ${escapeCell(file)} | ${escapeCell(c.name)} | ${c.shape} | ${escapeCell(runnerUpLabel(c))} |`);
  }
  const cats = Object.entries(f.totals.byCategory);
  if (cats.length > 0) {
    out.push('', '| category | values |', '|---|---:|');
    for (const [k, v] of cats.sort()) out.push(`| ${escapeCell(k)} | ${v} |`);
  }
  const k = f.files.filter((x) => x.kAnonymity);
  if (k.length > 0) {
    out.push('', '| file | quasi-identifiers | k | groups |', '|---|---|---:|---:|');
    for (const x of k) out.push(`| ${escapeCell(x.path)} | ${escapeCell(x.kAnonymity!.columns.join(', '))} | ${x.kAnonymity!.k ?? 'n/a'} | ${x.kAnonymity!.groups ?? 'n/a'} |`);
  }
  return out.join('\n');
}
