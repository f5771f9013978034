// The reference beside the CLI's figures: shape-only regular expressions, the kind a grep-based
// scan runs (no checksum, no numbering plan, no context word), scored on the same set by the same
// scorer. No accuracy reference tool (Presidio) is installed here; this floor shows how much of the
// set a scan without validators gets right and how many hard negatives it masks.
import type { HeldoutSet } from './generate.js';
import { scoreCells, scoreText, type HeldoutResult } from './run.js';
import { merge, newTally } from './score.js';

const SHAPES: ReadonlyArray<readonly [string, RegExp]> = [
  ['SECRET', /AKIA[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82}|xox[abposr]-[A-Za-z0-9-]{10,}|[sr]k_live_[A-Za-z0-9]{24,}/g],
  ['EMAIL', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  ['IBAN', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g],
  ['US_SSN', /\b\d{3}-\d{2}-\d{4}\b/g],
  ['BR_CPF', /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g],
  ['IT_FISCAL_CODE', /\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b/g],
  ['UK_NINO', /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g],
  ['ES_DNI', /\b\d{8}-?[A-Z]\b/g],
  ['MAC_ADDRESS', /\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b/g],
  ['IP_ADDRESS', /\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}\b/g],
  ['CREDIT_CARD', /\b(?:\d[ -]?){12,18}\d\b/g],
  ['IN_AADHAAR', /\b\d{4} \d{4} \d{4}\b/g],
  ['PHONE', /(?<![\w.])\+?(?:\(\d{1,4}\)|\d{1,4})(?:[ ./-]?\d{2,4}){2,4}(?![\w.])/g],
];

/** The text with every shape match replaced by its placeholder (earlier shapes win an overlap). */
export function maskShapes(text: string): string {
  const taken: Array<{ start: number; end: number; label: string }> = [];
  for (const [label, re] of SHAPES) {
    for (const m of text.matchAll(re)) {
      const s = { start: m.index, end: m.index + m[0].length, label };
      if (!taken.some((t) => t.start < s.end && s.start < t.end)) taken.push(s);
    }
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const t of taken) [out, at] = [`${out}${text.slice(at, t.start)}[${t.label}]`, t.end];
  return out + text.slice(at);
}

export function baselineResult(set: HeldoutSet): HeldoutResult {
  const text = scoreText(set, set.records.map((r) => JSON.stringify({ text: maskShapes(r.text) })));
  const cells = scoreCells(set, set.table.rows.map((row) => row.map((c) => maskShapes(c.text))));
  const all = newTally();
  merge(all, text);
  merge(all, cells);
  return { text, cells, all, columns: [], cpu: {}, bytes: { text: 0, csv: 0 } };
}
