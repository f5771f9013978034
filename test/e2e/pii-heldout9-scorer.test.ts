// Held-out set 9 of the pii check (bench/pii-heldout9, issue 17) measures what it claims: the generator
// is deterministic; every gold phone is valid in its region per libphonenumber-js, over at least 30
// regions and in the regions' own written styles; every other gold value is valid for its type (check
// digits, IP syntax, MAC and NINO shapes, provider token shapes); the wrong-check-digit twins fail their
// check; digit negatives are no valid phone of their regions; no hard negative overlaps a gold value;
// names come in at least eight scripts; the scorer contract shared with sets 7 and 8 holds. Counts,
// forms and kinds only are asserted and printed: never a value.
import { isIP } from 'node:net';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { codiceFiscaleChar, cpfDigits, dniLetter, ibanValid, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { groupOf, GROUPS } from '../../bench/pii-heldout/score.js';
import { perfectMask } from '../../bench/pii-heldout4/tally.js';
import { maskSet5With, scoreMaskedSet5 } from '../../bench/pii-heldout5/tally.js';
import { generateHeldout9, SOURCES9 } from '../../bench/pii-heldout9/generate.js';
import { RUN_REGIONS9 } from '../../bench/pii-heldout9/negatives.js';
import { noPhoneIn9, PHONE_REGIONS9, validIn9 } from '../../bench/pii-heldout9/phones.js';
import { describeScorerContract, heldoutSpans } from '../helpers/pii-heldout-scorer-contract.js';

const small = { seed: 99, documents: 22 * 25, records: 120, rows: 40 };
const set = generateHeldout9(small);
const { all: units, golds, negs: negatives } = heldoutSpans(set);
const digitsOf = (s: string) => s.replace(/\D/g, '');
const ofType = (t: string) => golds.filter((g) => g.type === t);
const ofKind = (k: string) => negatives.filter((n) => n.kind === k);
/** The forms of the values that fail a check: empty when all pass (forms only, never a value). */
const failing = <V extends { form: string; text: string }>(values: V[], ok: (text: string) => boolean) => values.filter((v) => !ok(v.text)).map((v) => v.form);

const DNI_NUMBER = (t: string) => t.replace(/-/, '').slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x)));
const GOLD_RULES: Record<string, (t: string) => boolean> = {
  'credit-card': (t) => luhnValid(digitsOf(t)) && digitsOf(t).length >= 14,
  iban: (t) => ibanValid(t.replace(/ /g, '')),
  'us-ssn': (t) => /^(?!000|666|9)\d{3}[- ]?(?!00)\d\d[- ]?(?!0000)\d{4}$/.test(t),
  'in-aadhaar': (t) => /^[2-9]\d{3}([ -]?)\d{4}\1\d{4}$/.test(t) && verhoeffValid(digitsOf(t)),
  'br-cpf': (t) => cpfDigits(digitsOf(t).slice(0, 9)) === digitsOf(t).slice(9),
  'it-fiscal-code': (t) => /^[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]$/.test(t) && codiceFiscaleChar(t.slice(0, 15)) === t[15],
  'es-dni': (t) => dniLetter(DNI_NUMBER(t)) === t.slice(-1),
  'uk-nino': (t) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]$/.test(t),
  'ip-address': (t) => isIP(t.replace(/%\w+$/, '')) !== 0,
  'mac-address': (t) => /^[0-9a-f]{12}$/i.test(t.replace(/[:.-]/g, '')) && (parseInt(t.slice(0, 2), 16) & 1) === 0,
  email: (t) => /^(?:"[^"]+"|[^\s@"]+)@[^\s@]+\.[^\s@.]+$/u.test(t),
  'github-token': (t) => /^(?:gh[ps]_[A-Za-z0-9]{36}|github_pat_\w{82})$/.test(t),
  'aws-access-key-id': (t) => /^AKIA[A-Z2-7]{16}$/.test(t),
  'aws-secret-access-key': (t) => /^[A-Za-z0-9+/]{40}$/.test(t),
  jwt: (t) => t.split('.').length === 3 && JSON.parse(Buffer.from(t.split('.')[0]!, 'base64url').toString()).typ === 'JWT',
  'private-key': (t) => /^-----BEGIN ([A-Z ]+)-----\n[\s\S]+\n-----END \1-----$/.test(t),
};

describe('held-out set 9: the generator', () => {
  it('gives the same set for the same seed and another for another seed', () => {
    const [again, other] = [small.seed, small.seed + 1].map((seed) => JSON.stringify(generateHeldout9({ ...small, seed })));
    expect([again === JSON.stringify(set), other === JSON.stringify(set)]).toEqual([true, false]);
  });

  it('writes every gold phone validly for its region, over at least 30 regions and the regions’ own styles', () => {
    const phones = ofType('phone');
    const regions = new Set(phones.map((p) => p.form.split(':')[0]));
    const styles = new Set(phones.map((p) => p.form.split(':')[1]));
    expect(regions.size).toBeGreaterThanOrEqual(30);
    expect([...styles].sort()).toEqual(['dotted', 'e164', 'extension', 'international', 'national', 'national-nbsp', 'slash', 'tel-uri', 'trunk-in-brackets']);
    for (const p of phones) {
      const region = p.form.split(':')[0] as CountryCode;
      expect(PHONE_REGIONS9).toContain(region);
      expect(validIn9(p.text, region), p.form).toBe(true);
    }
  });

  it('writes every other gold value validly for its type', () => {
    for (const [type, ok] of Object.entries(GOLD_RULES)) {
      expect(ofType(type).length, type).toBeGreaterThan(4);
      expect(failing(ofType(type), ok), type).toEqual([]);
    }
    expect(new Set(ofType('email').map((e) => e.form)).size).toBe(6);
    expect(new Set(ofType('ip-address').map((e) => e.form)).size).toBe(7);
  });

  it('gives the wrong-check-digit twins a check that fails', () => {
    const twins: Record<string, (t: string) => boolean> = {
      'bad-card': (t) => luhnValid(digitsOf(t)),
      'bad-iban': ibanValid,
      'bad-cpf': (t) => cpfDigits(digitsOf(t).slice(0, 9)) === digitsOf(t).slice(9),
      'bad-aadhaar': (t) => verhoeffValid(digitsOf(t)),
      'bad-nino': GOLD_RULES['uk-nino']!,
      'bad-ssn': GOLD_RULES['us-ssn']!,
    };
    for (const [kind, passes] of Object.entries(twins)) {
      expect(ofKind(kind).length, kind).toBeGreaterThan(4);
      expect(ofKind(kind).filter((n) => passes(n.text)).length, kind).toBe(0);
    }
  });

  it('draws digit negatives that none of their regions reads as a valid phone number', () => {
    const runs = negatives.filter((n) => RUN_REGIONS9.has(n.kind));
    expect(new Set(runs.map((r) => r.kind)).size).toBeGreaterThanOrEqual(15);
    for (const r of runs) expect(noPhoneIn9(digitsOf(r.text), RUN_REGIONS9.get(r.kind)!), r.kind).toBe(true);
  });

  it('covers every group, every source, 35+ negative kinds and 8+ scripts of names, with no negative over a gold value', () => {
    const groups = scoreMaskedSet5(set, maskSet5With(set, perfectMask)).all.groups;
    for (const g of GROUPS) expect(groups.get(g)?.gold ?? 0, g).toBeGreaterThan(10);
    expect(new Set(set.documents.map((d) => d.source))).toEqual(new Set(Object.keys(SOURCES9)));
    expect(new Set(negatives.map((n) => n.kind)).size).toBeGreaterThanOrEqual(35);
    expect(new Set(ofType('person').map((p) => p.form)).size).toBeGreaterThanOrEqual(8);
    const overlapping = units.filter((u) => u.negatives.some((n) => u.gold.some((g) => g.start < n.end && n.start < g.end)));
    expect(overlapping.length).toBe(0);
    expect([set.tables.length, set.tables.filter((t) => t.delimiter === ';').length, set.tables.filter((t) => t.file.endsWith('.gz')).length]).toEqual([7, 2, 1]);
    expect(set.recordFiles.filter((f) => f.file.endsWith('.gz')).length).toBe(1);
  });

  it('fills every judged column with values of its true group only, and its null columns with none', () => {
    const judged = set.tables.flatMap((t) => t.columns.map((c, i) => ({ t, c, i }))).filter(({ c }) => c.truth !== undefined);
    expect(judged.length).toBeGreaterThanOrEqual(40);
    for (const { t, c, i } of judged) {
      const want = c.truth === null ? [] : [groupOf(c.truth!)];
      if (c.truth) expect(groupOf(c.truth), c.name).not.toBe('other');
      const wrong = t.rows.filter((row) => JSON.stringify(row[i]!.gold.map((g) => groupOf(g.type))) !== JSON.stringify(want));
      expect(wrong.length, `${t.file} ${c.name}`).toBe(0);
    }
  });
});

describeScorerContract(9, set);
