// Held-out set 10 of the pii check (bench/pii-heldout10, issue 17) measures what it claims: the
// generator is deterministic; every gold phone is valid in its region per libphonenumber-js, over at
// least 30 regions; every other gold value is valid for its type (check digits, card BINs inside the
// schemes' published ranges, IP syntax, unicast MAC shape, NINO rules, provider token shapes); the
// wrong-check-digit twins fail their check; digit negatives are no valid phone of their file's regions;
// no hard negative overlaps a gold value; names come in at least nine scripts; the scorer contract
// shared with sets 7–9 holds. Counts, forms and kinds only are asserted and printed: never a value.
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { codiceFiscaleChar, cpfDigits, dniLetter, ibanValid, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { GROUPS } from '../../bench/pii-heldout/score.js';
import { recordUnits } from '../../bench/pii-heldout4/files.js';
import { perfectMask } from '../../bench/pii-heldout4/tally.js';
import type { Unit } from '../../bench/pii-heldout4/unit.js';
import { maskSet5With, scoreMaskedSet5 } from '../../bench/pii-heldout5/tally.js';
import { generateHeldout10, SOURCES10 } from '../../bench/pii-heldout10/generate.js';
import { noPhoneIn10, phoneValidIn, REGIONS10 } from '../../bench/pii-heldout10/phones.js';
import { regionsOf10 } from '../../bench/pii-heldout10/regions.js';
import { describeScorerContract, heldoutSpans, itIsDeterministic, itTypesJudgedColumns, itWritesValidPhones } from '../helpers/pii-heldout-scorer-contract.js';

const small = { seed: 99, documents: 40 * 10, records: 80, rows: 30 };
const set = generateHeldout10(small);
const spans = heldoutSpans(set);
const [units, golds, negatives] = [spans.all, spans.golds, spans.negs];
/** Spans by gold type or by negative kind. */
const ofType = (type: string) => golds.filter((g) => g.type === type);
const ofKind = (kind: string) => negatives.filter((x) => x.kind === kind);
const digitsOf = (text: string) => text.replace(/[^0-9]/g, '');
/** The forms of the values a rule rejects: empty when all pass (forms only, never a value). */
const failing = (values: Array<{ form: string; text: string }>, ok: (text: string) => boolean) => values.flatMap((v) => (ok(v.text) ? [] : [v.form]));

/** The schemes' published BIN ranges as given in the issue (prefix pattern, allowed lengths). */
const SCHEMES: Array<[RegExp, number[]]> = [
  [/^4/, [13, 16, 19]], [/^5[1-5]/, [16]], [/^(?:222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, [16]], [/^3[47]/, [15]],
  [/^(?:6011|64[4-9]|65)/, [16]], [/^35(?:2[89]|[3-8]\d)/, [16]], [/^3(?:0[0-5]|6|[89])/, [14]], [/^62/, [16, 17, 18, 19]],
  [/^220[0-4]/, [16]], [/^(?:60|65|8[12]|508)/, [16]], [/^(?:5018|5020|5038|6304|6759|676[1-3])/, [12, 13, 14, 15, 16, 17, 18, 19]],
];
const binPublished = (d: string) => SCHEMES.some(([re, lengths]) => re.test(d) && lengths.includes(d.length));

const DNI_NUMBER = (t: string) => t.slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x)));
const NINO = /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]$/;
const SSN = /^(?!000|666|9)\d{3}([- ]?)(?!00)\d\d\1(?!0000)\d{4}$/;
const AT = /&#64;|&#x40;|&commat;/;
const GOLD_RULES: Record<string, (t: string) => boolean> = {
  'credit-card': (t) => luhnValid(digitsOf(t)) && binPublished(digitsOf(t)) && /^\d+(?:[ -]\d+)*$/.test(t),
  iban: (t) => /^[A-Z]{2}\d\d[A-Z0-9 ]+$/.test(t) && ibanValid(t.replace(/ /g, '')),
  'us-ssn': (t) => SSN.test(t),
  'in-aadhaar': (t) => /^[2-9]\d{3}([ -]?)\d{4}\1\d{4}$/.test(t) && verhoeffValid(digitsOf(t)),
  'br-cpf': (t) => /^(?:\d{3}\.\d{3}\.\d{3}-\d\d|\d{11})$/.test(t) && cpfDigits(digitsOf(t).slice(0, 9)) === digitsOf(t).slice(9),
  'it-fiscal-code': (t) => /^[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]$/.test(t) && codiceFiscaleChar(t.slice(0, 15)) === t[15],
  'es-dni': (t) => /^(?:\d{8}|[XYZ]\d{7})[A-Z]$/.test(t) && dniLetter(DNI_NUMBER(t)) === t.slice(-1),
  'uk-nino': (t) => NINO.test(t),
  'ip-address': (t) => isIP(t.replace(/%[\w.]+$/, '')) !== 0,
  'mac-address': (t) => /^(?:[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}|[0-9a-f]{12})$/i.test(t) && (parseInt(t.slice(0, 2), 16) & 1) === 0,
  email: (t) => /^(?:"[^"]+"|[^\s@"]+)@[^\s@]+\.[^\s@.]+$/u.test(t.replace(AT, '@')),
  'github-token': (t) => /^(?:gh[pso]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$/.test(t),
  'gitlab-token': (t) => /^glpat-[\w-]{20}$/.test(t),
  'slack-token': (t) => /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(t),
  'stripe-secret-key': (t) => /^[rs]k_live_[A-Za-z0-9]{24,99}$/.test(t),
  'google-api-key': (t) => /^AIza[\w-]{35}$/.test(t),
  'npm-token': (t) => /^npm_[A-Za-z0-9]{36}$/.test(t),
  'sendgrid-api-key': (t) => /^SG\.[\w-]{22}\.[\w-]{43}$/.test(t),
  'aws-access-key-id': (t) => /^(?:AKIA|ASIA)[A-Z2-7]{16}$/.test(t),
  'aws-secret-access-key': (t) => /^[A-Za-z0-9+/]{40}$/.test(t),
  jwt: (t) => t.split('.').length === 3 && JSON.parse(Buffer.from(t.split('.')[0]!, 'base64url').toString()).typ === 'JWT',
  'private-key': (t) => /^-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----$/.test(t),
  password: (t) => t.length >= 8 && !/\s/.test(t),
};

/** Every unit with the regions of the file it is written into. */
function unitsWithRegions(): Array<[Unit, readonly string[]]> {
  return [
    ...set.documents.map((d): [Unit, readonly string[]] => [d.unit, regionsOf10(d.source)]),
    ...set.tables.flatMap((t) => t.rows.flat().map((u): [Unit, readonly string[]] => [u, regionsOf10(t.file)])),
    ...set.recordFiles.flatMap((f) => f.records.flatMap((r) => [...recordUnits(r).values()].map((u): [Unit, readonly string[]] => [u, regionsOf10(f.file)]))),
  ];
}

describe('held-out set 10: the generator', () => {
  itIsDeterministic(generateHeldout10, small, set, small.seed + 1);
  itWritesValidPhones(golds, REGIONS10, phoneValidIn, 8, 'eight or more written forms');

  it('writes every other gold value validly for its type, card numbers only inside the published BIN ranges', () => {
    for (const [type, ok] of Object.entries(GOLD_RULES)) {
      expect(ofType(type).length, type).toBeGreaterThanOrEqual(3);
      expect(failing(ofType(type), ok), type).toEqual([]);
    }
    expect(new Set(golds.map((g) => g.type)).size).toBe(Object.keys(GOLD_RULES).length + 2);
    expect(new Set(ofType('email').map((e) => e.form)).size).toBe(7);
    expect(new Set(ofType('ip-address').map((e) => e.form)).size).toBe(7);
    expect(new Set(ofType('mac-address').map((e) => e.form)).size).toBe(5);
    expect(new Set(ofType('credit-card').map((e) => e.form.split(':')[0])).size).toBeGreaterThanOrEqual(9);
    expect(new Set(ofType('iban').map((e) => e.form.split(':')[0])).size).toBeGreaterThanOrEqual(8);
  });

  it('gives the wrong-check-digit twins a check that fails: the rule of the gold type they imitate', () => {
    const imitates: Record<string, string> = { 'bad-card': 'credit-card', 'bad-iban': 'iban', 'bad-cpf': 'br-cpf', 'bad-aadhaar': 'in-aadhaar', 'bad-nino': 'uk-nino', 'bad-ssn': 'us-ssn', 'bad-dni': 'es-dni', 'bad-codice-fiscale': 'it-fiscal-code' };
    const seen = Object.entries(imitates).map(([kind, type]) => [kind, ofKind(kind).length >= 5, ofKind(kind).filter((n) => GOLD_RULES[type]!(n.text)).length]);
    expect(seen).toEqual(Object.keys(imitates).map((kind) => [kind, true, 0]));
  });

  it('draws digit negatives that no region of their file reads as a valid phone number', () => {
    const checked = new Set<string>();
    const phones: string[] = [];
    for (const [u, regions] of unitsWithRegions()) {
      for (const n of u.negatives) {
        const text = u.text.slice(n.start, n.end);
        if (digitsOf(text).length < 5) continue;
        checked.add(n.kind);
        const rs = regions as Parameters<typeof noPhoneIn10>[1];
        if (!noPhoneIn10(digitsOf(text), rs) || !noPhoneIn10(text, rs)) phones.push(n.kind);
      }
    }
    expect(checked.size).toBeGreaterThanOrEqual(40);
    expect(phones).toEqual([]);
  });

  it('covers every group, every source, 50+ negative kinds and 9+ scripts of names, with no negative over a gold value', () => {
    const groups = scoreMaskedSet5(set, maskSet5With(set, perfectMask)).all.groups;
    for (const g of GROUPS) expect(groups.get(g)?.gold ?? 0, g).toBeGreaterThan(10);
    expect(new Set(set.documents.map((d) => d.source))).toEqual(new Set(Object.keys(SOURCES10)));
    expect(Object.keys(SOURCES10).length).toBeGreaterThanOrEqual(24);
    expect(new Set(negatives.map((n) => n.kind)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(ofType('person').map((p) => p.form)).size).toBeGreaterThanOrEqual(9);
    const overlapping = units.filter((u) => u.negatives.some((n) => u.gold.some((g) => g.start < n.end && n.start < g.end)));
    expect(overlapping.length).toBe(0);
    const tables = set.tables;
    expect([tables.length >= 7, tables.filter((t) => t.delimiter === ';').length >= 1, tables.filter((t) => t.file.endsWith('.csv.gz')).length]).toEqual([true, true, 1]);
    expect(set.recordFiles.filter((f) => f.file.endsWith('.gz')).length).toBe(1);
  });

  it('writes a sheet with neutral column names holding bare SSNs, bare lower-case MACs, grouped Aadhaar and negative shapes', () => {
    const neutral = set.tables.find((t) => t.columns.every((c) => /^c\d+$/.test(c.name)))!;
    expect(neutral).toBeDefined();
    const column = (name: string) => neutral.rows.map((r) => r[neutral.columns.findIndex((c) => c.name === name)]!);
    const only = (name: string, type: string, shape: RegExp) => column(name).filter((u) => u.gold.length !== 1 || u.gold[0]!.type !== type || !shape.test(u.text)).length;
    expect([only('c1', 'us-ssn', /^\d{9}$/), only('c2', 'mac-address', /^[0-9a-f]{12}$/), only('c3', 'in-aadhaar', /^\d{4} \d{4} \d{4}$/)]).toEqual([0, 0, 0]);
    expect(column('c4').filter((u) => u.gold.length !== 0 || u.negatives.length !== 1).length).toBe(0);
  });

  itTypesJudgedColumns(set);
});

describeScorerContract(10, set);
