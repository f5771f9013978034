// The third held-out evaluation of the pii check (bench/pii-heldout3, issue 17) measures what it
// claims: the generator is deterministic; every gold phone is valid for its region by
// libphonenumber-js's metadata; cards, IBANs, Aadhaar, CPF, DNI/NIE and codice fiscale carry right
// check characters and the bad-checksum negatives wrong ones; barcodes and ISBNs valid check digits;
// hard negatives never overlap a gold value; the files written for the CLI read back unchanged; and
// the scorer gives a masker that masks exactly the gold 1.0 everywhere, one that masks nothing 0.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { codiceFiscaleChar, cpfDigits, dniLetter, gs1Digit, ibanValid, isbn10Char, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { figures, GROUPS, negativesMasked } from '../../bench/pii-heldout/score.js';
import type { Unit } from '../../bench/pii-heldout3/doc.js';
import { DOCUMENTS_FILE, readMaskedCsv, readMaskedJsonl, RECORDS_FILE, writeSet } from '../../bench/pii-heldout3/files.js';
import { allUnits, generateHeldout3 } from '../../bench/pii-heldout3/generate.js';
import { PHONE_REGIONS } from '../../bench/pii-heldout3/phones.js';
import { applyMasks, maskSetWith, scoreMaskedSet } from '../../bench/pii-heldout3/tally.js';

const set = generateHeldout3({ seed: 1703, documents: 500, records: 150, rows: 80 });
const units = allUnits(set);

function spans(kind: 'gold' | 'negatives'): Array<{ what: string; form: string; text: string }> {
  const out: Array<{ what: string; form: string; text: string }> = [];
  for (const u of units) {
    if (kind === 'gold') for (const g of u.gold) out.push({ what: g.type, form: g.form, text: u.text.slice(g.start, g.end) });
    else for (const n of u.negatives) out.push({ what: n.kind, form: n.form, text: u.text.slice(n.start, n.end) });
  }
  return out;
}
const gold = spans('gold');
const negatives = spans('negatives');
const of = (list: typeof gold, what: string) => list.filter((x) => x.what === what);
const digits = (s: string) => s.replace(/\D/g, '');

describe('pii-heldout3 generator', () => {
  it('is deterministic and covers every type, at least 20 phone regions, 8 languages and 6 exports', () => {
    const again = generateHeldout3({ seed: 1703, documents: 500, records: 150, rows: 80 });
    expect(allUnits(again).map((u) => u.text)).toEqual(units.map((u) => u.text));
    const types = new Set(gold.map((g) => g.what));
    for (const t of ['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address', 'mac-address', 'uk-nino', 'es-dni', 'it-fiscal-code', 'in-aadhaar', 'br-cpf', 'aws-access-key-id', 'aws-secret-access-key', 'github-token', 'slack-token', 'private-key']) expect(types).toContain(t);
    const regions = new Set(of(gold, 'phone').map((p) => p.form.split(':')[0]));
    expect(regions.size).toBeGreaterThanOrEqual(20);
    expect(PHONE_REGIONS.length).toBeGreaterThanOrEqual(20);
    const forms = new Set(of(gold, 'phone').map((p) => p.form.split(':')[1]));
    expect([...forms].some((f) => f!.startsWith('national'))).toBe(true);
    expect([...forms].some((f) => f!.startsWith('intl'))).toBe(true);
    expect(new Set(set.documents.map((d) => d.lang)).size).toBeGreaterThanOrEqual(6);
    expect(set.tables.length).toBeGreaterThanOrEqual(4);
    expect(set.tables.some((t) => t.columns.every((c) => /^[a-z]\d+$/.test(c.name)))).toBe(true);
  });

  it('writes every gold phone so that libphonenumber-js reads it as a valid number of its region', () => {
    const phones = of(gold, 'phone');
    expect(phones.length).toBeGreaterThan(100);
    for (const p of phones) {
      const region = p.form.split(':')[0] as CountryCode;
      const parsed = parsePhoneNumberFromString(p.text.replace(' (0)', ' '), region);
      expect(parsed?.isValid(), `a ${p.form} phone`).toBe(true);
      expect(parsed?.country, `a ${p.form} phone`).toBe(region);
    }
  });

  it('gives positives right check characters and the bad-checksum negatives wrong ones', () => {
    for (const c of of(gold, 'credit-card')) expect(luhnValid(digits(c.text)), c.form).toBe(true);
    for (const i of of(gold, 'iban')) expect(ibanValid(i.text), i.form).toBe(true);
    for (const a of of(gold, 'in-aadhaar')) expect(verhoeffValid(digits(a.text))).toBe(true);
    for (const c of of(gold, 'br-cpf')) expect(cpfDigits(digits(c.text).slice(0, 9))).toBe(digits(c.text).slice(9));
    for (const cf of of(gold, 'it-fiscal-code')) expect(codiceFiscaleChar(cf.text.slice(0, 15))).toBe(cf.text[15]);
    for (const d of of(gold, 'es-dni')) {
      const s = d.text.replace(/[.-]/g, '');
      const num = /^[XYZ]/.test(s) ? String('XYZ'.indexOf(s[0]!)) + s.slice(1, 8) : s.slice(0, 8);
      expect(dniLetter(num), d.form).toBe(s[s.length - 1]);
    }
    for (const c of of(negatives, 'bad-card')) expect(luhnValid(digits(c.text))).toBe(false);
    for (const i of of(negatives, 'bad-iban')) expect(ibanValid(i.text)).toBe(false);
    for (const b of of(negatives, 'barcode')) expect(gs1Digit(b.text.slice(0, -1))).toBe(b.text.slice(-1));
    for (const b of of(negatives, 'isbn')) {
      const d = b.text.replace(/-/g, '');
      expect(d.length === 13 ? gs1Digit(d.slice(0, 12)) : isbn10Char(d.slice(0, 9))).toBe(d.slice(-1));
    }
    expect(of(negatives, 'bad-card').length + of(negatives, 'bad-iban').length).toBeGreaterThan(20);
  });

  it('never lets a hard negative overlap a gold value, and every span holds letters or digits', () => {
    let checked = 0;
    for (const u of units) {
      for (const n of u.negatives) {
        expect(u.gold.some((g) => g.start < n.end && n.start < g.end)).toBe(false);
        checked++;
      }
      for (const s of [...u.gold, ...u.negatives]) expect(/[\p{L}\p{N}]/u.test(u.text.slice(s.start, s.end))).toBe(true);
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('writes files that read back to the same texts (JSON Lines fields and CSV cells)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-heldout3-'));
    try {
      writeSet(dir, set);
      const docs = readMaskedJsonl(readFileSync(join(dir, DOCUMENTS_FILE), 'utf8'), 'text').map((o) => o?.text);
      expect(docs).toEqual(set.documents.map((d) => d.unit.text));
      const recs = readMaskedJsonl(readFileSync(join(dir, RECORDS_FILE), 'utf8'));
      expect(recs.length).toBe(set.records.length);
      for (const t of set.tables) expect(readMaskedCsv(readFileSync(join(dir, t.file), 'utf8'))).toEqual(t.rows.map((r) => r.map((u) => u.text)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pii-heldout3 scorer', () => {
  it('scores a masker that masks exactly the gold 1.0 for every type, with no hard negative masked', () => {
    const perfect = (u: Unit) => applyMasks(u.text, u.gold);
    const s = scoreMaskedSet(set, maskSetWith(set, perfect));
    expect(s.all.unaligned).toBe(0);
    for (const g of GROUPS) {
      const c = s.all.groups.get(g)!;
      expect(c.gold, g).toBeGreaterThan(0);
      expect(figures(c), g).toEqual({ precision: 1, recall: 1, f2: 1 });
    }
    expect(negativesMasked(s.all).masked).toBe(0);
  });

  it('scores a masker that masks nothing recall 0, and one that masks the negatives precision 0', () => {
    const none = scoreMaskedSet(set, maskSetWith(set, (u) => u.text));
    for (const g of GROUPS) expect(figures(none.all.groups.get(g)!).recall, g).toBe(0);
    expect(negativesMasked(none.all).masked).toBe(0);
    const wrong = scoreMaskedSet(set, maskSetWith(set, (u) => applyMasks(u.text, u.negatives.map((n) => ({ type: 'phone', start: n.start, end: n.end })))));
    expect(figures(wrong.all.groups.get('phone')!).precision).toBe(0);
    expect(negativesMasked(wrong.all).share).toBe(1);
  });

  it('counts a mask that leaves most of a value readable as a miss (partial)', () => {
    const half = (u: Unit) => applyMasks(u.text, u.gold.filter((g) => g.type === 'email').map((g) => ({ type: 'email', start: g.start, end: g.start + Math.floor((g.end - g.start) / 2) })));
    const c = scoreMaskedSet(set, maskSetWith(set, half)).all.groups.get('email')!;
    expect(c.found).toBe(0);
    expect(c.partial).toBe(c.gold);
  });
});
