// Scoring of the second held-out set by span overlap. The masked text is aligned with the input (each
// placeholder such as [EMAIL] stands for the input characters between its neighbouring literal pieces);
// a labelled value counts as found when masks cover at least 80 % of its letters and digits (a partial
// mask leaks the rest, so it is a miss); a hard negative counts as masked when any of its letters or
// digits is covered. Only counts, types and kinds leave this module: never a value.
import type { PiiType, Span } from './documents.js';

const PLACEHOLDER = /\[([A-Z][A-Z0-9_]*)(?::[a-p]+)?\]/g;
const ALNUM = /[\p{L}\p{N}]/u;
export const FOUND_SHARE = 0.8;

/** The CLI's placeholder names, mapped to the types scored here; any other name is a credential. */
const GROUP: Record<string, PiiType> = { EMAIL: 'email', PHONE: 'phone', CREDIT_CARD: 'credit-card', IBAN: 'iban', US_SSN: 'us-ssn', IP_ADDRESS: 'ip-address', MAC_ADDRESS: 'mac-address', UK_NINO: 'national-id', ES_DNI: 'national-id', IT_FISCAL_CODE: 'national-id', IN_AADHAAR: 'national-id', BR_CPF: 'national-id', DE_TAX_ID: 'national-id', PERSON: 'person', ADDRESS: 'street-address', STREET_ADDRESS: 'street-address', SECRET: 'secret', DATE_OF_BIRTH: 'date-of-birth' };
export const groupOf = (placeholder: string): PiiType => GROUP[placeholder] ?? 'secret';

export interface Masked { start: number; end: number; placeholder: string }

/** Where the placeholders of `masked` lie in `original`; undefined when the two do not align. */
export function align(original: string, masked: string): Masked[] | undefined {
  if (original === masked) return [];
  const names: string[] = [];
  let pattern = '^';
  let last = 0;
  for (const m of masked.matchAll(PLACEHOLDER)) {
    pattern += `${escape(masked.slice(last, m.index))}([\\s\\S]+?)`;
    names.push(m[1] as string);
    last = m.index + m[0].length;
  }
  if (names.length === 0) return undefined; // changed without a placeholder: not a masker we can score
  if (!inOrder(original, masked.split(PLACEHOLDER).filter((_, i) => i % 2 === 0))) return undefined; // fail fast, before the regex backtracks
  const hit = new RegExp(`${pattern}${escape(masked.slice(last))}$`, 'd').exec(original);
  if (!hit?.indices) return undefined;
  return names.map((placeholder, i) => { const [start, end] = hit.indices?.[i + 1] ?? [0, 0]; return { start, end, placeholder }; });
}
/** Whether the literal pieces occur in this order, each after at least one masked character. */
function inOrder(original: string, pieces: string[]): boolean {
  if (!original.startsWith(pieces[0] ?? '') || !original.endsWith(pieces[pieces.length - 1] ?? '')) return false;
  let at = (pieces[0] ?? '').length;
  for (const piece of pieces.slice(1)) {
    const i = original.indexOf(piece, at + 1);
    if (i < 0) return false;
    at = i + piece.length;
  }
  return true;
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TypeTally { positives: number; found: number; masks: number; masksOnValues: number; typeConfused: number }
export interface Result { types: Record<string, TypeTally>; negatives: Record<string, { total: number; masked: number }>; fields: number; misaligned: number; unknownPlaceholders: string[] }

export class Scorer {
  readonly result: Result = { types: {}, negatives: {}, fields: 0, misaligned: 0, unknownPlaceholders: [] };

  private type(t: string): TypeTally { return (this.result.types[t] ??= { positives: 0, found: 0, masks: 0, masksOnValues: 0, typeConfused: 0 }); }

  /** One field (a JSON Lines text or a CSV cell): its labelled spans, and what the masker made of it. */
  add(original: string, spans: readonly Span[], masked: string | undefined): void {
    this.result.fields++;
    const ranges = masked === undefined ? [{ start: 0, end: original.length, placeholder: 'DROPPED' }] : align(original, masked);
    if (!ranges) { this.result.misaligned++; return; }
    const covered = new Uint8Array(original.length);
    for (const m of ranges) covered.fill(1, m.start, m.end);
    for (const s of spans) {
      let letters = 0, hit = 0;
      for (let i = s.start; i < s.end; i++) if (ALNUM.test(original[i] as string)) { letters++; hit += covered[i] as number; }
      if (s.negative) {
        const n = (this.result.negatives[s.label] ??= { total: 0, masked: 0 });
        n.total++; if (hit > 0) n.masked++;
      } else {
        const t = this.type(s.label);
        t.positives++; if (letters > 0 && hit / letters >= FOUND_SHARE) t.found++;
      }
    }
    for (const m of ranges) this.mask(m, spans, masked === undefined);
  }

  private mask(m: Masked, spans: readonly Span[], dropped: boolean): void {
    const on = spans.filter((s) => !s.negative && s.start < m.end && m.start < s.end);
    const group = dropped ? (on[0]?.label ?? 'dropped') : groupOf(m.placeholder);
    if (!dropped && !(m.placeholder in GROUP) && !this.result.unknownPlaceholders.includes(m.placeholder)) this.result.unknownPlaceholders.push(m.placeholder);
    const t = this.type(group);
    t.masks++;
    if (on.length) { t.masksOnValues++; if (!on.some((s) => s.label === group)) t.typeConfused++; }
  }
}

export interface Row { type: string; positives: number; found: number; masks: number; precision: number; recall: number; f2: number; typeConfused: number }
export function rows(r: Result): Row[] {
  return Object.entries(r.types).sort(([a], [b]) => a.localeCompare(b)).map(([type, t]) => {
    const precision = t.masks ? t.masksOnValues / t.masks : 1;
    const recall = t.positives ? t.found / t.positives : 1;
    const f2 = precision + recall ? (5 * precision * recall) / (4 * precision + recall) : 0;
    return { type, positives: t.positives, found: t.found, masks: t.masks, precision, recall, f2, typeConfused: t.typeConfused };
  });
}

/** Shares of hard negatives masked, per kind and over all kinds. */
export function negativeShares(r: Result): { kinds: Array<{ kind: string; total: number; masked: number; share: number }>; total: number; masked: number; share: number } {
  const kinds = Object.entries(r.negatives).sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => ({ kind, ...n, share: n.total ? n.masked / n.total : 0 }));
  const total = kinds.reduce((a, k) => a + k.total, 0), masked = kinds.reduce((a, k) => a + k.masked, 0);
  return { kinds, total, masked, share: total ? masked / total : 0 };
}
