// The held-out figures as Markdown tables: per group precision, recall and F2 against the issue's
// goals, the share of hard negatives masked per kind, and the column classification. Counts, types,
// forms and kinds only.
import type { HeldoutResult } from './run.js';
import { F2_GOALS, figures, GROUPS, NEGATIVES_MASKED_GOAL, negativesMasked, type Tally } from './score.js';

const f = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function recallOf(t: Tally, g: string): string {
  const c = t.groups.get(g as never);
  return c && c.gold ? f(c.found / c.gold) : '–';
}

export function groupTable(r: HeldoutResult): string {
  const lines = ['| type | gold | found | partial | masks | true masks | precision | recall | F2 | goal F2 | recall text / cells |', '|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const g of [...GROUPS, 'other' as const]) {
    const c = r.all.groups.get(g);
    if (!c) continue;
    const x = figures(c);
    const goal = F2_GOALS[g];
    const verdict = goal === undefined ? 'not judged' : `≥ ${goal} ${x.f2 >= goal ? 'met' : '**not met**'}`;
    const gold = g === 'other' ? '–' : String(c.gold);
    lines.push(`| ${g} | ${gold} | ${c.found} | ${c.partial} | ${c.predicted} | ${c.truePositive} | ${f(x.precision)} | ${g === 'other' ? '–' : f(x.recall)} | ${g === 'other' ? '–' : f(x.f2)} | ${verdict} | ${recallOf(r.text, g)} / ${recallOf(r.cells, g)} |`);
  }
  return lines.join('\n');
}

export function negativeTable(r: HeldoutResult): string {
  const lines = ['| hard negative | in text | masked | in columns | masked | share masked |', '|---|---|---|---|---|---|'];
  const kinds = [...new Set([...r.text.negatives.keys(), ...r.cells.negatives.keys()])].sort();
  for (const k of kinds) {
    const [tm, tn] = r.text.negatives.get(k) ?? [0, 0];
    const [cm, cn] = r.cells.negatives.get(k) ?? [0, 0];
    lines.push(`| ${k} | ${tn} | ${tm} | ${cn} | ${cm} | ${pct((tm + cm) / (tn + cn))} |`);
  }
  const all = negativesMasked(r.all);
  const text = negativesMasked(r.text);
  const cells = negativesMasked(r.cells);
  lines.push(`| **all** | ${text.total} | ${text.masked} (${pct(text.share)}) | ${cells.total} | ${cells.masked} (${pct(cells.share)}) | **${pct(all.share)}** (${all.masked} of ${all.total}; goal ≤ ${pct(NEGATIVES_MASKED_GOAL)}) |`);
  return lines.join('\n');
}

/** Which types the masks on hard negatives were, most frequent first. */
export function maskedAsLine(r: HeldoutResult): string {
  const top = [...r.all.maskedAs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return top.length ? `hard negatives masked as (type kind: masks): ${top.map(([k, n]) => `${k}: ${n}`).join(', ')}` : 'no hard negative masked';
}

export function columnTable(r: HeldoutResult): string {
  const lines = ['| column | true type | reported type | share of cells | right |', '|---|---|---|---|---|'];
  for (const c of r.columns) lines.push(`| ${c.name} | ${c.truth ?? `none (${c.negative})`} | ${c.reported ?? 'none'} | ${c.prevalence !== null ? pct(c.prevalence) : c.reported ? 'by its name' : '–'} | ${c.correct ? 'yes' : '**no**'} |`);
  const right = r.columns.filter((c) => c.correct).length;
  const negCols = r.columns.filter((c) => c.truth === null);
  lines.push(`| **accuracy** | | | | **${right} / ${r.columns.length}** (${pct(right / r.columns.length)}); hard-negative columns given a personal type: ${negCols.filter((c) => c.reported).length} / ${negCols.length} |`);
  return lines.join('\n');
}

/** Recall per group and form (where values were missed), for finding what fails. */
export function formTable(r: HeldoutResult, all = false): string {
  const lines = ['| type form | found | gold | recall |', '|---|---|---|---|'];
  for (const [k, [a, b]] of [...r.all.forms.entries()].sort()) if (all || a < b) lines.push(`| ${k} | ${a} | ${b} | ${f(a / b)} |`);
  return lines.join('\n');
}

export function summaryLines(r: HeldoutResult): string[] {
  const mb = (n: number) => (n / 1e6).toFixed(2);
  const cpu = (bytes: number, s?: number) => (s ? `${s.toFixed(2)} CPU-s, ${(bytes / 1e6 / s).toFixed(2)} MB per CPU-second (whole process, start-up included)` : 'CPU time not measured');
  return [
    `free text: ${r.text.units} records, ${mb(r.bytes.text)} MB; ${cpu(r.bytes.text, r.cpu.text)}; records the scorer could not align: ${r.text.unaligned}`,
    `typed CSV: ${r.columns.length} columns, ${r.cells.units} non-empty cells, ${mb(r.bytes.csv)} MB; ${cpu(r.bytes.csv, r.cpu.csv)}; cells not aligned: ${r.cells.unaligned}`,
  ];
}
