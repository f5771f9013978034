// Held-out set 5 of the pii check (bench/pii-heldout5, issue 17) measures what it claims: the
// generator is deterministic; every gold phone is valid in its region per libphonenumber-js over at
// least 30 regions, and no phone-looking hard negative is a valid phone of its context; check digits
// are right on the gold and wrong on the bad-checksum negatives; IMEIs and barcodes carry their own
// check digits; the scorer gives a perfect masker 1.0 and a masker that masks nothing recall 0; the
// files (gzip ones too) read back unchanged; and no printed table holds a value.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { cpfDigits, codiceFiscaleChar, dniLetter, gs1Digit, ibanValid, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { figures, groupOf, GROUPS, negativesMasked } from '../../bench/pii-heldout/score.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from '../../bench/pii-heldout3/report.js';
import { readMaskedCsv, readMaskedJsonl, type MaskedSet } from '../../bench/pii-heldout4/files.js';
import { perfectMask } from '../../bench/pii-heldout4/tally.js';
import type { Unit } from '../../bench/pii-heldout4/unit.js';
import { DOCUMENTS_FILE5, writeSet5 } from '../../bench/pii-heldout5/files.js';
import { generateHeldout5 } from '../../bench/pii-heldout5/generate.js';
import { phoneValid5, plausiblePhone, REGIONS5 } from '../../bench/pii-heldout5/phones.js';
import { allUnits5, maskSet5With, scoreMaskedSet5 } from '../../bench/pii-heldout5/tally.js';

const options = { seed: 77, documents: 480, records: 180, rows: 60 };
const set = generateHeldout5(options);
const all = allUnits5(set);
const golds = all.flatMap((u) => u.gold.map((g) => ({ ...g, text: u.text.slice(g.start, g.end) })));
const negs = all.flatMap((u) => u.negatives.map((n) => ({ ...n, text: u.text.slice(n.start, n.end) })));
const digits = (s: string) => s.replace(/\D/g, '');
const by = (t: string) => golds.filter((g) => g.type === t);
const kind = (k: string) => negs.filter((n) => n.kind === k);

describe('held-out set 5: the generator', () => {
  it('is deterministic: the same seed gives the same set, another seed another', () => {
    expect(JSON.stringify(generateHeldout5(options))).toBe(JSON.stringify(set));
    expect(JSON.stringify(generateHeldout5({ ...options, seed: 78 }))).not.toBe(JSON.stringify(set));
  });

  it('writes every gold phone validly for its region, over at least 30 regions and 8 forms', () => {
    const phones = by('phone');
    expect(new Set(phones.map((p) => p.form.split(':')[0])).size).toBeGreaterThanOrEqual(30);
    expect(new Set(phones.map((p) => p.form.split(':')[1])).size).toBeGreaterThanOrEqual(8);
    for (const p of phones) {
      const region = p.form.split(':')[0] as CountryCode;
      expect(REGIONS5).toContain(region);
      expect(phoneValid5(p.text, region), `phone ${p.form}`).toBe(true);
    }
  });

  it('writes no phone-looking hard negative that is a valid phone of its context', () => {
    const phoneLike = negs.filter((n) => /^\+?\d[\d ]{6,}$/.test(n.text) && digits(n.text).length >= 7);
    expect(phoneLike.length).toBeGreaterThan(200);
    for (const n of phoneLike) expect(plausiblePhone(n.text, ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'IT', 'ES']), `${n.kind} ${n.form}`).toBe(false);
  });

  it('gives the gold right check digits and the bad-checksum negatives wrong ones', () => {
    for (const c of by('credit-card')) expect(luhnValid(digits(c.text)), c.form).toBe(true);
    for (const i of by('iban')) expect(ibanValid(i.text), i.form).toBe(true);
    for (const a of by('in-aadhaar')) expect(verhoeffValid(digits(a.text))).toBe(true);
    for (const c of by('br-cpf')) expect(cpfDigits(digits(c.text).slice(0, 9))).toBe(digits(c.text).slice(9));
    for (const f of by('it-fiscal-code')) expect(codiceFiscaleChar(f.text.slice(0, 15))).toBe(f.text[15]);
    for (const d of by('es-dni')) {
      const s = d.text.replace(/[.-]/g, '');
      expect(dniLetter(s.slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x))))).toBe(s.slice(-1));
    }
    for (const s of by('us-ssn')) expect(digits(s.text)).toMatch(/^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/);
    expect(new Set(by('iban').map((i) => i.form.split(':')[0])).size).toBeGreaterThanOrEqual(15);
    expect(new Set(by('credit-card').map((c) => c.form.split(':')[0])).size).toBeGreaterThanOrEqual(6);
    for (const c of kind('bad-card')) expect(luhnValid(digits(c.text))).toBe(false);
    for (const i of kind('bad-iban')) expect(ibanValid(i.text)).toBe(false);
    expect(kind('bad-iban').length).toBeGreaterThan(20);
  });

  it('gives IMEIs their Luhn digit and barcodes their GS1 digit, some of which also pass Luhn', () => {
    for (const i of kind('imei')) expect([i.text.length, luhnValid(i.text)]).toEqual([15, true]);
    for (const b of kind('barcode')) expect(gs1Digit(b.text.slice(0, -1))).toBe(b.text.slice(-1));
    expect(kind('barcode').some((b) => b.form.endsWith('-luhn'))).toBe(true);
  });

  it('covers every judged group and every source, and places no hard negative over a gold value', () => {
    const groups = scoreMaskedSet5(set, maskSet5With(set, perfectMask)).all.groups;
    for (const g of GROUPS) expect(groups.get(g)?.gold ?? 0, g).toBeGreaterThan(10);
    expect(new Set(set.documents.map((d) => d.source)).size).toBe(24);
    for (const u of all) for (const n of u.negatives) expect(u.gold.some((g) => g.start < n.end && n.start < g.end)).toBe(false);
    expect(new Set(negs.map((n) => n.kind)).size).toBeGreaterThanOrEqual(30);
    expect(set.tables.length).toBe(8);
    expect(set.tables.filter((t) => t.delimiter === ';').length).toBe(2);
    expect([...set.tables, ...set.recordFiles].filter((f) => f.file.endsWith('.gz')).length).toBe(2);
  });

  it('gives every judged CSV column a true type of a judged group, and its cells gold of that group', () => {
    for (const t of set.tables) {
      t.columns.forEach((c, i) => {
        if (typeof c.truth !== 'string') return;
        expect(groupOf(c.truth), c.name).not.toBe('other');
        for (const row of t.rows) expect(row[i]!.gold.map((g) => groupOf(g.type)), `${t.file} ${c.name}`).toEqual([groupOf(c.truth)]);
      });
    }
  });
});

describe('held-out set 5: the scorer', () => {
  it('scores a perfect masker 1.0 in every group with no hard negative masked', () => {
    const s = scoreMaskedSet5(set, maskSet5With(set, perfectMask));
    for (const [g, c] of s.all.groups) expect([g, ...Object.values(figures(c))]).toEqual([g, 1, 1, 1]);
    expect(negativesMasked(s.all).masked).toBe(0);
    expect(s.all.unaligned).toBe(0);
  });

  it('scores masking nothing recall 0, and masking every hard negative as all masked', () => {
    const none = scoreMaskedSet5(set, maskSet5With(set, (u) => u.text));
    for (const [, c] of none.all.groups) expect([c.found, c.predicted]).toEqual([0, 0]);
    const overMask = (u: Unit) => perfectMask({ ...u, gold: [...u.gold, ...u.negatives.map((n) => ({ type: 'phone', form: 'x', start: n.start, end: n.end }))] });
    const s = scoreMaskedSet5(set, maskSet5With(set, overMask));
    expect(negativesMasked(s.all).share).toBe(1);
    expect(figures(s.all.groups.get('phone')!).precision).toBeLessThan(0.5);
  });

  it('counts a mask leaving more than 20 % of a value readable as partial, not found', () => {
    const half = (u: Unit) => perfectMask({ ...u, gold: u.gold.map((g) => ({ ...g, end: g.start + Math.floor((g.end - g.start) / 2) })) });
    const email = scoreMaskedSet5(set, maskSet5With(set, half)).all.groups.get('email')!;
    expect([email.found, email.partial]).toEqual([0, email.gold]);
  });

  it('prints tables that hold no gold value and no hard negative', () => {
    const overMask = (u: Unit) => perfectMask({ ...u, gold: [...u.gold.filter((_, i) => i % 2 === 0), ...u.negatives.map((n) => ({ type: 'iban', form: 'x', start: n.start, end: n.end }))] });
    const s = scoreMaskedSet5(set, maskSet5With(set, overMask));
    const columns = set.tables.flatMap((t) => t.columns.map((c) => ({ file: t.file, column: c.name, truth: c.truth ?? null, reported: null })));
    const printed = [groupTable(s), negativeTable(s), maskedAsLine(s), sourceTable(s), formTable(s, true), columnTable(columns)].join('\n');
    const leaked = [...golds, ...negs].filter((v) => v.text.length >= 8 && printed.includes(v.text));
    expect(leaked.map((v) => ('type' in v ? v.type : v.kind))).toEqual([]);
  });
});

describe('held-out set 5: files written and read back', () => {
  it('reads the written files, gzip ones included, back into every unit unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-heldout5-test-'));
    try {
      writeSet5(dir, set);
      const read = (f: string) => (f.endsWith('.gz') ? gunzipSync(readFileSync(join(dir, f))) : readFileSync(join(dir, f))).toString('utf8');
      const back: MaskedSet = {
        documents: readMaskedJsonl(read(DOCUMENTS_FILE5), false).map((m) => m.get('text')),
        records: set.recordFiles.flatMap((f) => readMaskedJsonl(read(f.file), true)),
        tables: set.tables.map((t) => readMaskedCsv(read(t.file), t.delimiter, t.columns.length)),
      };
      const s = scoreMaskedSet5(set, back);
      expect([s.all.unaligned, s.all.units]).toEqual([0, all.length]);
      for (const [, c] of s.all.groups) expect([c.found, c.predicted]).toEqual([0, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
