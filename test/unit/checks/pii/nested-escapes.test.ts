// A string inside a nested JSON Lines field (an object or array) is read by every detector as the same
// string in a plain text cell: a value after a line break, a tab, a quote, a backslash or a control
// character — written as an escape sequence in the JSON text (`\n`, `\t`, `\"`, `\\`, `\u0001`) — is
// found as at the start of a line, with the same span (src/io/json-mask.ts detectorText). Material: the
// pii tuning sets (formats, look-alikes), person sentences and log lines; counts and kinds only are
// printed, never a value.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { detectorText } from '../../../../src/io/json-mask.js';
import { personSentences } from '../../../helpers/person-sentences.js';
import { compactTuningSet } from '../../../helpers/pii-compact-tuning.js';
import { logTuningSet } from '../../../helpers/pii-log-tuning.js';
import { maskJsonlRecords } from '../../../helpers/pii-mask-jsonl.js';
import { tuningSet } from '../../../helpers/pii-tuning-set.js';

/** What JSON writes as an escape sequence: line breaks, a tab, a form feed, a quote, a backslash, a control character. */
const SEPARATORS = ['\n', '\r\n', '\t', '\f', '"', '\\', '\u0001'];

const CASES: Array<{ kind: string; text: string }> = [
  ...tuningSet(17),
  ...compactTuningSet(17),
  ...personSentences(300, 3).map((s) => ({ kind: 'person-sentence', text: s.full_text })),
  ...logTuningSet(17, 400).map((l) => ({ kind: `log-${l.format}`, text: l.text })),
];

/** The case between two lines, the separator before and after it. */
const leafOf = (text: string, sep: string) => `first line${sep}${text}${sep}last line`;

describe('detectors on a nested field read each string as a plain text cell', () => {
  it.each(SEPARATORS.map((s) => [JSON.stringify(s), s]))('after %s: the same matches, at the same places in the string', (_name, sep) => {
    const differ = new Map<string, number>();
    for (const c of CASES) {
      const leaf = leafOf(c.text, sep);
      const plain = detectPii(leaf).map((m) => `${m.type}:${m.start}-${m.end}`);
      const text = detectorText({ ticket: { id: 7, lines: [leaf] } });
      const at = text.indexOf(leaf);
      expect(at).toBeGreaterThan(0); // the string is in the text as it is
      const nested = detectPii(text)
        .filter((m) => m.start >= at && m.end <= at + leaf.length)
        .map((m) => `${m.type}:${m.start - at}-${m.end - at}`);
      if (JSON.stringify(nested) !== JSON.stringify(plain)) differ.set(c.kind, (differ.get(c.kind) ?? 0) + 1);
    }
    expect({ cases: CASES.length, differ: [...differ] }).toEqual({ cases: CASES.length, differ: [] });
  });
});

describe('pii scan --mask: a nested string is masked as the same string in a plain cell', () => {
  it('every case after every separator: the nested copy equals the top-level cell, character for character', async () => {
    const leaves = CASES.map((c, i) => leafOf(c.text, SEPARATORS[i % SEPARATORS.length]!));
    const records = leaves.map((leaf, i) => ({ text: leaf, note: { id: i, lines: ['x', { body: leaf }] } }));
    const clean = (await maskJsonlRecords(records)) as Array<{ text: string; note: { id: number; lines: [string, { body: string }] } }>;
    const differ = new Map<string, number>();
    clean.forEach((rec, i) => {
      const key = `${CASES[i]!.kind} ${JSON.stringify(SEPARATORS[i % SEPARATORS.length])}`;
      if (rec.note.lines[1].body !== rec.text) differ.set(key, (differ.get(key) ?? 0) + 1);
    });
    const masked = clean.filter((rec, i) => rec.text !== leaves[i]).length;
    console.log(`${clean.length} records, ${masked} with a masked value`);
    expect(masked).toBeGreaterThan(500); // the cases hold values: the comparison is not of unmasked copies
    expect([...differ]).toEqual([]);
  });
});
