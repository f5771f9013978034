// Scoring by span overlap. A gold value is found when the masks of its group cover at least 80 % of
// its letters and digits (a mask that leaves most of an address readable did not protect it); a mask
// is a true positive when it overlaps a gold value of its group. A hard negative counts as masked
// when any mask overlaps it. Only counts, types, forms and kinds are kept: never a value.
import type { MaskedSpan } from './align.js';
import type { GoldSpan, NegativeSpan } from './records.js';

export const GROUPS = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'national-id', 'mac', 'secret', 'person'] as const;
export type Group = (typeof GROUPS)[number] | 'other';

/** The issue's goals: F2 per group (person is reported, not judged here). */
export const F2_GOALS: Partial<Record<Group, number>> = { email: 0.95, phone: 0.95, card: 0.95, iban: 0.95, ssn: 0.95, ip: 0.95, 'national-id': 0.9, mac: 0.9, secret: 0.9 };
export const NEGATIVES_MASKED_GOAL = 0.01;
export const COVERAGE = 0.8;

const NATIONAL = new Set(['uk-nino', 'es-dni', 'it-fiscal-code', 'in-aadhaar', 'br-cpf']);

/** A gold type or a placeholder's label (lower case, dashes) → the group the goals are stated for. */
export function groupOf(type: string): Group {
  switch (type) {
    case 'email': return 'email';
    case 'phone': return 'phone';
    case 'credit-card': return 'card';
    case 'iban': return 'iban';
    case 'us-ssn': return 'ssn';
    case 'ip-address': return 'ip';
    case 'mac-address': return 'mac';
    case 'person': return 'person';
  }
  if (NATIONAL.has(type) || /^(?!us-)[a-z]{2}-(?:[a-z]+-)*(?:id|nino|dni|nie|nif|cpf|fiscal-code|aadhaar|national-id|tax-id)$/.test(type)) return 'national-id';
  if (/^(?:aws|github|gitlab|slack|stripe|google|jwt|private-key|generic-secret|url-credentials|secret)|token|secret|api-key|password/.test(type)) return 'secret';
  return 'other';
}

export interface GroupCounts {
  gold: number;
  found: number;
  /** Gold values a mask of their group touched but left mostly readable. */
  partial: number;
  predicted: number;
  truePositive: number;
}

export interface Tally {
  groups: Map<Group, GroupCounts>;
  /** Recall per `group form` (e.g. `phone DE:national-slash`): [found, gold]. */
  forms: Map<string, [number, number]>;
  negatives: Map<string, [number, number]>;
  /** Masks of a scored group that overlap a hard negative, per `group kind`. */
  maskedAs: Map<string, number>;
  unaligned: number;
  units: number;
}

export function newTally(): Tally {
  return { groups: new Map(), forms: new Map(), negatives: new Map(), maskedAs: new Map(), unaligned: 0, units: 0 };
}

function counts(t: Tally, g: Group): GroupCounts {
  let c = t.groups.get(g);
  if (!c) t.groups.set(g, (c = { gold: 0, found: 0, partial: 0, predicted: 0, truePositive: 0 }));
  return c;
}

function bump<K>(m: Map<K, [number, number]>, k: K, hit: boolean): void {
  const v = m.get(k) ?? [0, 0];
  m.set(k, [v[0] + (hit ? 1 : 0), v[1] + 1]);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Share of the letters and digits of `text[g]` under the spans `masks`. */
function coverage(text: string, g: { start: number; end: number }, masks: MaskedSpan[]): number {
  let all = 0;
  let covered = 0;
  for (let i = g.start; i < g.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    all++;
    if (masks.some((m) => m.start <= i && i < m.end)) covered++;
  }
  return all === 0 ? 1 : covered / all;
}

/** Adds one record or cell: its original text, gold, hard negatives and recovered masks (undefined: unaligned). */
export function scoreUnit(t: Tally, text: string, gold: readonly GoldSpan[], negatives: readonly NegativeSpan[], masks: MaskedSpan[] | undefined): void {
  t.units++;
  if (!masks) t.unaligned++;
  const m = masks ?? [];
  for (const g of gold) {
    const group = groupOf(g.type);
    const mine = m.filter((x) => groupOf(x.label) === group && overlaps(x, g));
    const found = mine.length > 0 && coverage(text, g, mine) >= COVERAGE;
    const c = counts(t, group);
    c.gold++;
    if (found) c.found++;
    else if (mine.length) c.partial++;
    bump(t.forms, `${group} ${group === 'national-id' || group === 'secret' ? `${g.type}:` : ''}${g.form}`, found);
  }
  for (const x of m) {
    const group = groupOf(x.label);
    const c = counts(t, group);
    c.predicted++;
    if (gold.some((g) => groupOf(g.type) === group && overlaps(x, g))) c.truePositive++;
  }
  for (const n of negatives) {
    const hits = m.filter((x) => overlaps(x, n));
    bump(t.negatives, n.kind, hits.length > 0);
    for (const h of hits) t.maskedAs.set(`${groupOf(h.label)} ${n.kind}`, (t.maskedAs.get(`${groupOf(h.label)} ${n.kind}`) ?? 0) + 1);
  }
}

export function merge(into: Tally, from: Tally): void {
  for (const [g, c] of from.groups) {
    const d = counts(into, g);
    for (const k of Object.keys(c) as Array<keyof GroupCounts>) d[k] += c[k];
  }
  for (const [k, [a, b]] of from.forms) into.forms.set(k, [(into.forms.get(k)?.[0] ?? 0) + a, (into.forms.get(k)?.[1] ?? 0) + b]);
  for (const [k, [a, b]] of from.negatives) into.negatives.set(k, [(into.negatives.get(k)?.[0] ?? 0) + a, (into.negatives.get(k)?.[1] ?? 0) + b]);
  for (const [k, n] of from.maskedAs) into.maskedAs.set(k, (into.maskedAs.get(k) ?? 0) + n);
  into.unaligned += from.unaligned;
  into.units += from.units;
}

export interface Figures {
  precision: number;
  recall: number;
  f2: number;
}

export function figures(c: GroupCounts): Figures {
  const precision = c.predicted ? c.truePositive / c.predicted : c.gold ? 1 : 0;
  const recall = c.gold ? c.found / c.gold : 1;
  const f2 = precision + recall ? (5 * precision * recall) / (4 * precision + recall) : 0;
  return { precision, recall, f2 };
}

/** The share of hard negatives masked, over all kinds. */
export function negativesMasked(t: Tally): { masked: number; total: number; share: number } {
  let masked = 0;
  let total = 0;
  for (const [a, b] of t.negatives.values()) [masked, total] = [masked + a, total + b];
  return { masked, total, share: total ? masked / total : 0 };
}
