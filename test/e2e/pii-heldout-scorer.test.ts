// The held-out evaluation of the pii check (bench/pii-heldout, issue 17) measures what it claims:
// the generator is deterministic, its gold values are valid in their own formats (numbering plans
// through libphonenumber-js's metadata, check digits from their published definitions) and its hard
// negatives are not, and the scorer recovers masked spans exactly: a masker that masks exactly the
// gold scores 1.0 everywhere with no hard negative masked; partial masks and masks on negatives count.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { maskedSpans } from '../../bench/pii-heldout/align.js';
import { gs1Digit, ibanValid, isbn10Char, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { generateHeldout, type HeldoutSet } from '../../bench/pii-heldout/generate.js';
import { scoreCells, scoreText } from '../../bench/pii-heldout/run.js';
import { figures, GROUPS, negativesMasked, newTally, scoreUnit } from '../../bench/pii-heldout/score.js';

const set = generateHeldout({ seed: 4242, records: 1500, rows: 120 });

/** Every gold and hard-negative value of the free text and the table, with its type or kind and form. */
function values(s: HeldoutSet): Array<{ what: string; form: string; text: string }> {
  const out: Array<{ what: string; form: string; text: string }> = [];
  for (const r of s.records) {
    for (const g of r.spans) out.push({ what: g.type, form: g.form, text: r.text.slice(g.start, g.end) });
    for (const n of r.negatives) out.push({ what: `not ${n.kind}`, form: n.form, text: r.text.slice(n.start, n.end) });
  }
  s.table.rows.forEach((row) => row.forEach((c, j) => {
    const col = s.table.columns[j]!;
    if (c.text) out.push({ what: col.type ?? `not ${col.negative}`, form: c.form, text: c.text });
  }));
  return out;
}

const label = (type: string) => `[${type.toUpperCase().replace(/-/g, '_')}]`;

/** The text with the given spans replaced by placeholders, as the CLI writes them. */
function maskWith(text: string, spans: Array<{ start: number; end: number; type: string }>): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) [out, at] = [out + text.slice(at, s.start) + label(s.type), s.end];
  return out + text.slice(at);
}

describe('the held-out generator', () => {
  it('is deterministic: the same seed gives the same set, another seed another', () => {
    expect(JSON.stringify(generateHeldout({ seed: 4242, records: 200, rows: 20 }))).toBe(JSON.stringify(generateHeldout({ seed: 4242, records: 200, rows: 20 })));
    expect(JSON.stringify(generateHeldout({ seed: 4243, records: 200, rows: 20 }))).not.toBe(JSON.stringify(generateHeldout({ seed: 4242, records: 200, rows: 20 })));
  });

  it('writes every type and every hard-negative kind, in many languages and phone regions', () => {
    const v = values(set);
    expect(new Set(v.map((x) => x.what)).size).toBeGreaterThanOrEqual(16 + 20);
    expect(new Set(set.records.map((r) => r.lang)).size).toBeGreaterThanOrEqual(10);
    const regions = new Set(v.filter((x) => x.what === 'phone').map((x) => x.form.split(':')[0]));
    expect(regions.size).toBeGreaterThanOrEqual(30);
  });

  it('places spans on values: non-empty, no edge spaces, gold and negatives never overlap', () => {
    for (const r of set.records) {
      const all = [...r.spans, ...r.negatives].sort((a, b) => a.start - b.start);
      all.forEach((s, i) => {
        const t = r.text.slice(s.start, s.end);
        expect(t.length).toBeGreaterThan(0);
        expect(t.trim()).toBe(t);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
      });
    }
  });

  it('gold phones are valid numbers of their region by its numbering plan (libphonenumber metadata)', () => {
    const bad = values(set)
      .filter((x) => x.what === 'phone')
      .filter((x) => {
        const [region, form] = x.form.split(':') as [string, string];
        const text = x.text.replace(/[\u00a0\u202f]/g, ' ').replace(/^00/, '+');
        return !parsePhoneNumberFromString(text, form.startsWith('intl') ? undefined : (region as CountryCode))?.isValid();
      });
    expect(bad.map((x) => x.form)).toEqual([]);
  });

  it('gold cards, IBANs and Aadhaar numbers pass their checks; the typo\'d ones and the barcodes are what they claim', () => {
    const digits = (s: string) => s.replace(/\D/g, '');
    const v = values(set);
    const fails = (what: string, ok: (t: string) => boolean) => v.filter((x) => x.what === what && !ok(x.text)).map((x) => `${what} ${x.form}`);
    expect([
      ...fails('credit-card', (t) => luhnValid(digits(t))),
      ...fails('not bad-card', (t) => !luhnValid(digits(t))),
      ...fails('iban', ibanValid),
      ...fails('not bad-iban', (t) => !ibanValid(t)),
      ...fails('in-aadhaar', (t) => verhoeffValid(digits(t))),
      ...fails('not barcode', (t) => gs1Digit(t.slice(0, -1)) === t.slice(-1)),
      ...fails('not isbn', (t) => {
        const c = t.replace(/-/g, '');
        return c.length === 10 ? isbn10Char(c.slice(0, 9)) === c[9] : gs1Digit(c.slice(0, 12)) === c[12];
      }),
    ]).toEqual([]);
    // Some barcodes pass Luhn as well: a card detector must not take them.
    expect(v.filter((x) => x.what === 'not barcode' && luhnValid(x.text)).length).toBeGreaterThan(10);
  });
});

describe('the held-out scorer', () => {
  it('recovers masked spans, adjacent placeholders and hash pseudonyms included', () => {
    expect(maskedSpans('call 555 0100 or 555 0100 now', 'call [PHONE] or [PHONE] now')).toEqual([
      { label: 'phone', start: 5, end: 13 },
      { label: 'phone', start: 17, end: 25 },
    ]);
    expect(maskedSpans('ab', '[X][Y]')).toEqual([{ label: 'x', start: 0, end: 1 }, { label: 'y', start: 1, end: 2 }]);
    expect(maskedSpans('mail a@b.example.', `mail [EMAIL:${'a'.repeat(20)}].`)).toEqual([{ label: 'email', start: 5, end: 16 }]);
    expect(maskedSpans('unchanged', 'unchanged')).toEqual([]);
    expect(maskedSpans('one text', 'another [PHONE]')).toBeUndefined();
  });

  it('scores a masker that masks exactly the gold at 1.0 for every type, with no hard negative masked', () => {
    const text = scoreText(set, set.records.map((r) => JSON.stringify({ text: maskWith(r.text, r.spans) })));
    const cells = scoreCells(set, set.table.rows.map((row, i) => row.map((c, j) => {
      const type = set.table.columns[j]!.type;
      return type && c.text ? label(type) : set.table.rows[i]![j]!.text;
    })));
    for (const t of [text, cells]) {
      expect(t.unaligned).toBe(0);
      for (const g of GROUPS) {
        const c = t.groups.get(g);
        if (c) expect({ g, ...figures(c) }).toEqual({ g, precision: 1, recall: 1, f2: 1 });
      }
      expect(negativesMasked(t).masked).toBe(0);
      expect(negativesMasked(t).total).toBeGreaterThan(100);
    }
  });

  it('counts a mask that leaves most of a value readable as a miss, and any mask on a hard negative', () => {
    const t = newTally();
    const text = 'mail jürgen.müller@example.de, build 10.2.31.7';
    const gold = [{ type: 'email', form: 'unicode-local', start: 5, end: 29 }];
    const negatives = [{ kind: 'version' as const, form: '4-part', start: 37, end: 46 }];
    scoreUnit(t, text, gold, negatives, maskedSpans(text, 'mail jürgen.mü[EMAIL], build [IP_ADDRESS]'));
    expect(t.groups.get('email')).toEqual({ gold: 1, found: 0, partial: 1, predicted: 1, truePositive: 1 });
    expect(t.groups.get('ip')).toEqual({ gold: 0, found: 0, partial: 0, predicted: 1, truePositive: 0 });
    expect(negativesMasked(t)).toEqual({ masked: 1, total: 1, share: 1 });
    expect(t.maskedAs.get('ip version')).toBe(1);
  });
});
