// The reference floor: shape-only regular expressions (no validator, no context), what a `grep` for
// each type would find, masked and scored exactly as the CLI's output is. Written here for this set
// (set 1's floor is not read), from the types' written shapes.
import type { Unit } from './doc.js';
import { applyMasks } from './tally.js';

// Highest priority first: a match overlapping an earlier type's match is dropped.
const SHAPES: Array<[string, RegExp]> = [
  ['private-key', /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g],
  ['aws-access-key-id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['github-token', /\bgh[pousr]_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{82}\b/g],
  ['slack-token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/g],
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  ['iban', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g],
  ['it-fiscal-code', /\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b/g],
  ['mac-address', /\b(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}\b|\b[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\b/g],
  ['ip-address', /(?:::ffff:)?\b(?:\d{1,3}\.){3}\d{1,3}\b|(?:[0-9a-fA-F]{1,4}:){1,7}(?::[0-9a-fA-F]{1,4}){1,6}|(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|fe80::[0-9a-fA-F:]+/g],
  ['br-cpf', /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g],
  ['us-ssn', /\b\d{3}-\d{2}-\d{4}\b/g],
  ['in-aadhaar', /\b[2-9]\d{3} \d{4} \d{4}\b/g],
  ['credit-card', /\b\d(?:[ -]?\d){12,18}\b/g],
  ['uk-nino', /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g],
  ['es-dni', /\b[XYZ]-?\d{7}-?[A-Z]\b|\b\d{2}\.?\d{3}\.?\d{3}-?[A-Z]\b/g],
  ['phone', /(?:\+|\b00)?\(?\d[\d ()./-]{6,17}\d\b/g],
];

export const FLOOR_TYPES = SHAPES.map(([t]) => t);

/** The floor's spans over a text. */
export function floorSpans(text: string): Array<{ type: string; start: number; end: number }> {
  const taken: Array<{ type: string; start: number; end: number }> = [];
  for (const [type, re] of SHAPES) {
    for (const m of text.matchAll(re)) {
      const s = { type, start: m.index, end: m.index + m[0].length };
      if (!taken.some((x) => x.start < s.end && s.start < x.end)) taken.push(s);
    }
  }
  return taken;
}

export const floorMask = (unit: Unit): string => applyMasks(unit.text, floorSpans(unit.text));
