// Held-out set 4 of the pii check (bench/pii-heldout4, issue 17) measures what it claims: the
// generator is deterministic, every gold phone is valid in its region per libphonenumber-js, check
// digits are right on the gold and wrong on the bad-checksum hard negatives, no hard negative overlaps
// a gold value, and the scorer gives a perfect masker 1.0 and a masker that masks nothing recall 0.
// Counts and kinds only are asserted and printed: never a value.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanValid, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { figures, groupOf, GROUPS, negativesMasked } from '../../bench/pii-heldout/score.js';
import { DOCUMENTS_FILE, maskedLeaf, readMaskedCsv, readMaskedJsonl, RECORDS_FILE, recordUnits, writeSet, type MaskedSet } from '../../bench/pii-heldout4/files.js';
import { generateHeldout4, type HeldoutSet4 } from '../../bench/pii-heldout4/generate.js';
import { PHONE_REGIONS, phoneValid } from '../../bench/pii-heldout4/phones.js';
import { maskSet4With, perfectMask, scoreMaskedSet4 } from '../../bench/pii-heldout4/tally.js';
import type { Unit } from '../../bench/pii-heldout4/unit.js';

const options = { seed: 99, documents: 540, records: 200, rows: 60 };
const set = generateHeldout4(options);

function units(s: HeldoutSet4): Unit[] {
  return [...s.documents.map((d) => d.unit), ...s.records.flatMap((r) => [...recordUnits(r).values()]), ...s.tables.flatMap((t) => t.rows.flat())];
}
const all = units(set);
const golds = all.flatMap((u) => u.gold.map((g) => ({ ...g, text: u.text.slice(g.start, g.end) })));
const negs = all.flatMap((u) => u.negatives.map((n) => ({ ...n, text: u.text.slice(n.start, n.end) })));
const digits = (s: string) => s.replace(/\D/g, '');

describe('held-out set 4: the generator', () => {
  it('is deterministic: the same seed gives the same set, another seed another', () => {
    expect(JSON.stringify(generateHeldout4(options))).toBe(JSON.stringify(set));
    expect(JSON.stringify(generateHeldout4({ ...options, seed: 100 }))).not.toBe(JSON.stringify(set));
  });

  it('writes every gold phone validly for its region, over at least 20 regions and several forms', () => {
    const phones = golds.filter((g) => g.type === 'phone');
    const regions = new Set(phones.map((p) => p.form.split(':')[0]));
    expect(regions.size).toBeGreaterThanOrEqual(20);
    expect(new Set(phones.map((p) => p.form.split(':')[1])).size).toBeGreaterThanOrEqual(4);
    for (const p of phones) {
      const region = p.form.split(':')[0] as CountryCode;
      expect(PHONE_REGIONS).toContain(region);
      expect(phoneValid(p.text, region), `phone ${p.form}`).toBe(true);
    }
  });

  it('gives the gold right check digits and the bad-checksum negatives wrong ones', () => {
    const by = (t: string) => golds.filter((g) => g.type === t);
    for (const c of by('credit-card')) expect(luhnValid(digits(c.text))).toBe(true);
    for (const i of by('iban')) expect(ibanValid(i.text)).toBe(true);
    for (const a of by('in-aadhaar')) expect(verhoeffValid(digits(a.text))).toBe(true);
    for (const c of by('br-cpf')) expect(cpfDigits(digits(c.text).slice(0, 9))).toBe(digits(c.text).slice(9));
    for (const f of by('it-fiscal-code')) expect(codiceFiscaleChar(f.text.slice(0, 15))).toBe(f.text[15]);
    for (const d of by('es-dni')) {
      const s = d.text.replace(/[.-]/g, '');
      const n = s.slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x)));
      expect(dniLetter(n)).toBe(s.slice(-1));
    }
    const bad = (k: string) => negs.filter((n) => n.kind === k);
    expect(bad('bad-card').length).toBeGreaterThan(20);
    expect(bad('bad-iban').length).toBeGreaterThan(20);
    for (const c of bad('bad-card')) expect(luhnValid(digits(c.text))).toBe(false);
    for (const i of bad('bad-iban')) expect(ibanValid(i.text)).toBe(false);
  });

  it('covers every judged group, every source, and places no hard negative over a gold value', () => {
    const groups = scoreMaskedSet4(set, maskSet4With(set, perfectMask)).all.groups;
    for (const g of GROUPS) expect(groups.get(g)?.gold ?? 0, g).toBeGreaterThan(10);
    expect(new Set(set.documents.map((d) => d.source)).size).toBe(20);
    for (const u of all) for (const n of u.negatives) expect(u.gold.some((g) => g.start < n.end && n.start < g.end)).toBe(false);
    expect(new Set(negs.map((n) => n.kind)).size).toBeGreaterThanOrEqual(35);
    expect(set.tables.filter((t) => t.delimiter === ';').length).toBeGreaterThanOrEqual(2);
    expect(set.records.some((r) => 'upload' in r && 'credentials' in r)).toBe(true);
  });

  it('gives every judged column a true type of a judged group, and the gold of its cells that group', () => {
    const judged = [...set.recordFields, ...set.tables.flatMap((t) => t.columns)].filter((c) => typeof c.truth === 'string');
    expect(judged.length).toBeGreaterThanOrEqual(20);
    for (const c of judged) expect(groupOf(c.truth!), c.name).not.toBe('other');
    for (const t of set.tables) {
      t.columns.forEach((c, i) => {
        if (typeof c.truth !== 'string') return;
        for (const row of t.rows) expect(row[i]!.gold.map((g) => groupOf(g.type)), `${t.file} ${c.name}`).toEqual([groupOf(c.truth)]);
      });
    }
  });
});

describe('held-out set 4: the scorer', () => {
  it('scores a perfect masker 1.0 in every group with no hard negative masked', () => {
    const s = scoreMaskedSet4(set, maskSet4With(set, perfectMask));
    for (const [g, c] of s.all.groups) {
      const f = figures(c);
      expect([g, f.precision, f.recall, f.f2]).toEqual([g, 1, 1, 1]);
    }
    expect(negativesMasked(s.all).masked).toBe(0);
    expect(s.all.unaligned).toBe(0);
  });

  it('scores masking nothing recall 0 and masking a hard negative as masked', () => {
    const none = scoreMaskedSet4(set, maskSet4With(set, (u) => u.text));
    for (const [, c] of none.all.groups) expect(c.found).toBe(0);
    const overMask = (u: Unit) => perfectMask({ ...u, gold: [...u.gold, ...u.negatives.map((n) => ({ type: 'phone', form: 'x', start: n.start, end: n.end }))] });
    const s = scoreMaskedSet4(set, maskSet4With(set, overMask));
    expect(negativesMasked(s.all).share).toBe(1);
    expect(figures(s.all.groups.get('phone')!).precision).toBeLessThan(0.5);
  });

  it('counts a mask leaving more than 20 % of a value readable as partial, not found', () => {
    const half = (u: Unit) => perfectMask({ ...u, gold: u.gold.map((g) => ({ ...g, end: g.start + Math.floor((g.end - g.start) / 2) })) });
    const s = scoreMaskedSet4(set, maskSet4With(set, half));
    const email = s.all.groups.get('email')!;
    expect(email.found).toBe(0);
    expect(email.partial).toBe(email.gold);
  });
});

describe('held-out set 4: files written and read back', () => {
  it('reads the written files back into every unit unchanged (documents, nested record leaves, cells)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-heldout4-test-'));
    try {
      writeSet(dir, set);
      const read = (f: string) => readFileSync(join(dir, f), 'utf8');
      const back: MaskedSet = {
        documents: readMaskedJsonl(read(DOCUMENTS_FILE), false).map((m) => m.get('text')),
        records: readMaskedJsonl(read(RECORDS_FILE), true),
        tables: set.tables.map((t) => readMaskedCsv(read(t.file), t.delimiter, t.columns.length)),
      };
      const s = scoreMaskedSet4(set, back);
      expect(s.all.unaligned).toBe(0);
      expect(s.all.units).toBe(all.length);
      for (const [, c] of s.all.groups) expect([c.found, c.predicted]).toEqual([0, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a nested object the CLI wrote as JSON text, and a field masked whole, leaf by leaf', () => {
    const line = JSON.stringify({ user: JSON.stringify({ email: '[EMAIL]', n: 5 }), device: '[MAC_ADDRESS]', ts: 17 });
    const [m] = readMaskedJsonl(line, true);
    expect(maskedLeaf(m, 'user.email')).toBe('[EMAIL]');
    expect(maskedLeaf(m, 'user.n')).toBe('5');
    expect(maskedLeaf(m, 'device.wifi_bssid')).toBe('[MAC_ADDRESS]');
    expect(maskedLeaf(m, 'ts')).toBe('17');
    expect(maskedLeaf(m, 'geo.lat_lon')).toBeUndefined();
    expect(readMaskedCsv('a;b\n"x;""y""";[EMAIL]\n', ';', 2)).toEqual([['x;"y"', '[EMAIL]']]);
    expect(readMaskedCsv('a,b\nx,[PHONE]\n', ';', 2)).toEqual([['x', '[PHONE]']]);
  });
});
