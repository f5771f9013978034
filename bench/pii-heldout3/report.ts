// Markdown tables of a scored run: counts, types, forms, kinds and column names only, never a value.
import { F2_GOALS, figures, groupOf, GROUPS, NEGATIVES_MASKED_GOAL, negativesMasked, type Group, type Tally } from '../pii-heldout/score.js';
import type { ColumnVerdict } from './run.js';
import type { Scored } from './tally.js';

const f3 = (x: number): string => x.toFixed(3);
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const recallOf = (t: Tally, g: Group): string => {
  const c = t.groups.get(g);
  return c && c.gold ? f3(c.found / c.gold) : '–';
};

export function groupTable(s: Scored): string {
  const rows = ['| type | values | found | partial | masks | true masks | precision | recall | F2 | goal F2 | recall documents / records / cells |', '|---|---|---|---|---|---|---|---|---|---|---|'];
  // Dates of birth score under `other` (gold and masks alike): reported, not judged.
  for (const g of [...GROUPS, 'other'] as Group[]) {
    const c = s.all.groups.get(g);
    if (!c) continue;
    const f = figures(c);
    const goal = F2_GOALS[g];
    const judged = goal === undefined ? 'not judged' : `≥ ${goal} ${f.f2 >= goal ? 'met' : '**not met**'}`;
    rows.push(`| ${g} | ${c.gold} | ${c.found} | ${c.partial} | ${c.predicted} | ${c.truePositive} | ${f3(f.precision)} | ${c.gold ? f3(f.recall) : '–'} | ${c.gold ? f3(f.f2) : '–'} | ${judged} | ${recallOf(s.documents, g)} / ${recallOf(s.records, g)} / ${recallOf(s.cells, g)} |`);
  }
  return rows.join('\n');
}

export function negativeTable(s: Scored): string {
  const kinds = [...s.all.negatives.keys()].sort();
  const rows = ['| hard negative | in documents | masked | in records | masked | in cells | masked | share masked |', '|---|---|---|---|---|---|---|---|'];
  const cell = (t: Tally, k: string) => t.negatives.get(k) ?? [0, 0];
  for (const k of kinds) {
    const [dm, dn] = cell(s.documents, k);
    const [rm, rn] = cell(s.records, k);
    const [cm, cn] = cell(s.cells, k);
    rows.push(`| ${k} | ${dn} | ${dm} | ${rn} | ${rm} | ${cn} | ${cm} | ${pct(dm + rm + cm, dn + rn + cn)} |`);
  }
  const all = negativesMasked(s.all);
  const d = negativesMasked(s.documents);
  const r = negativesMasked(s.records);
  const c = negativesMasked(s.cells);
  rows.push(`| **all** | ${d.total} | ${d.masked} (${pct(d.masked, d.total)}) | ${r.total} | ${r.masked} (${pct(r.masked, r.total)}) | ${c.total} | ${c.masked} (${pct(c.masked, c.total)}) | **${pct(all.masked, all.total)}** (${all.masked} of ${all.total}; goal ≤ ${pct(NEGATIVES_MASKED_GOAL, 1)}) |`);
  return rows.join('\n');
}

export function maskedAsLine(s: Scored, top = 15): string {
  const items = [...s.all.maskedAs.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return items.length ? `Masks on hard negatives by type and kind (most first): ${items.map(([k, n]) => `${k.replace(' ', ' on ')} ${n}`).join(', ')}.` : 'No mask touched a hard negative.';
}

export function sourceTable(s: Scored): string {
  const rows = ['| document source | documents | values | found | recall | hard negatives | masked |', '|---|---|---|---|---|---|---|'];
  for (const [src, t] of [...s.bySource.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    let gold = 0;
    let found = 0;
    for (const [g, c] of t.groups) {
      if (g === 'person' || g === 'other') continue;
      gold += c.gold;
      found += c.found;
    }
    const n = negativesMasked(t);
    rows.push(`| ${src} | ${t.units} | ${gold} | ${found} | ${gold ? f3(found / gold) : '–'} | ${n.total} | ${n.masked} (${pct(n.masked, n.total)}) |`);
  }
  return rows.join('\n');
}

export function formTable(s: Scored, all: boolean): string {
  const rows = ['| type form | values | found | recall |', '|---|---|---|---|'];
  for (const [k, [found, gold]] of [...s.all.forms.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!all && found === gold) continue;
    rows.push(`| ${k} | ${gold} | ${found} | ${f3(found / gold)} |`);
  }
  return rows.join('\n');
}

/** Right: both non-personal, or both personal of the same group. */
export const columnRight = (c: ColumnVerdict): boolean => (c.truth === null ? c.reported === null : !!c.reported && groupOf(c.reported) === groupOf(c.truth));

export function columnTable(columns: ColumnVerdict[]): string {
  const right = columns.filter(columnRight).length;
  const rows = [`${right} of ${columns.length} columns right (personal columns: ${columns.filter((c) => c.truth !== null && columnRight(c)).length} of ${columns.filter((c) => c.truth !== null).length}; non-personal: ${columns.filter((c) => c.truth === null && columnRight(c)).length} of ${columns.filter((c) => c.truth === null).length}).`, '', '| file | column | true type | reported type | |', '|---|---|---|---|---|'];
  for (const c of columns) rows.push(`| ${c.file} | ${c.column} | ${c.truth ?? 'none'} | ${c.reported === undefined ? '(missing)' : c.reported ?? 'none'} | ${columnRight(c) ? 'right' : '**wrong**'} |`);
  return rows.join('\n');
}
