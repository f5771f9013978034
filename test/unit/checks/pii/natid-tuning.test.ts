// National ids of more countries (issue 17): PESEL, henkilötunnus, personnummer, fødselsnummer, T.C.
// Kimlik No, BSN, Portuguese NIF, Chinese resident id, French NIR, Belgian national number — their
// validators on the specifications' specimen numbers, their tuning cases (test/helpers/pii-natid-tuning.ts:
// cues in their own languages, cued columns, hard negatives of the same shapes), the bare runs' rate of
// chance matches without a cue, and the columns named for them. Prints counts and lengths only.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import * as ids from '../../../../checks/pii/detectors/national-ids-more.js';
import { nameHint } from '../../../../checks/pii/vocab.js';
import { beNumber, cnResidentId, fodselsnummer, hetu, natidTuningSet, NATID_TYPES, nir, pesel, personnummer, tckn } from '../../../helpers/pii-natid-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { cpf } from '../../../helpers/pii-tuning-set.js';
import { chars, int, rng } from '../../../helpers/personal-data.js';

const j = (...parts: string[]): string => parts.join('');
const found = (text: string, context?: string): Array<[string, number]> => detectPii(text, context !== undefined ? { context } : {}).map((m) => [m.type, m.end - m.start]);

describe('validators, on the specimen numbers the specifications publish (built from parts)', () => {
  it.each([
    ['henkilötunnus', ids.hetuValid, j('1310', '52-', '308T')],
    ['PESEL', ids.peselValid, j('4405', '1401359')],
    ['BSN', ids.bsnValid, j('111', '222', '333')],
    ['resident id', ids.cnResidentIdValid, j('110105', '19491231', '002X')],
    ['T.C. Kimlik No', ids.tcknValid, j('10000', '000146')],
    ['national number', ids.beNationalNumberValid, j('85.07.30', '-033.28')],
    ['personnummer', ids.personnummerValid, j('811218', '-9876')],
  ] as const)('%s', (_, valid, v) => {
    expect(valid(v)).toBe(true);
    // The check digit changed: rejected.
    expect(valid(v.slice(0, -1) + (v.endsWith('9') ? '8' : v.endsWith('X') || v.endsWith('T') ? '1' : String(Number(v.slice(-1)) + 1)))).toBe(false);
  });
  it('dates: 31 February, month 13 and day 32 are no birth dates', () => {
    expect(ids.validDate(2000, 2, 29)).toBe(true);
    expect(ids.validDate(1900, 2, 29)).toBe(false);
    expect(ids.validDate(1985, 13, 1)).toBe(false);
    expect(ids.validDate(1985, 1, 32)).toBe(false);
  });
});

describe('the tuning cases (seeds 1–10): every id found with its type, no national id in a hard negative', () => {
  const cases = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((s) => natidTuningSet(s));
  it.each([...new Set(cases.map((c) => c.kind))])('%s', (kind) => {
    const of = cases.filter((c) => c.kind === kind);
    const wrong = of.filter((c) => {
      const got = detectPii(c.text, c.context !== undefined ? { context: c.context } : {}).filter((m) => NATID_TYPES.has(m.type));
      const want = c.want.map((w) => [w.type, c.text.indexOf(w.value), w.value.length]);
      return JSON.stringify(got.map((m) => [m.type, m.start, m.end - m.start])) !== JSON.stringify(want);
    });
    console.log(`${kind}: ${of.length - wrong.length}/${of.length}`);
    expect(wrong.map((c) => `${c.kind} ${c.context ?? ''} ${c.text.length}`)).toEqual([]);
  });
});

describe('bare digit runs without a cue', () => {
  it('20,000 random runs of 9, 10, 11 and 18 digits after a neutral word: only an eighteen-digit run that happens to be a resident id', () => {
    const r = rng(77);
    const hits: string[] = [];
    for (let i = 0; i < 5000; i++) {
      for (const n of [9, 10, 11, 18]) {
        const v = String(int(r, 1, 9)) + chars(r, '0123456789', n - 1);
        hits.push(...detectPii(`Order ${v} shipped`).filter((m) => NATID_TYPES.has(m.type)).map((m) => `${m.type}:${n}`));
      }
    }
    console.log(`random runs read as a national id: ${hits.length}/20000 ${JSON.stringify(hits)}`);
    // A region digit, a birth date of 1900–2099 and the check: about 7 in 100,000 random eighteen-digit runs.
    expect(hits.every((h) => h === 'cn-resident-id:18')).toBe(true);
    expect(hits.length).toBeLessThanOrEqual(2);
  });
  it('valid bare PESEL, T.C. Kimlik No and fødselsnummer after a neutral word: none', () => {
    const r = rng(78);
    for (let i = 0; i < 200; i++) for (const v of [pesel(r), tckn(r), fodselsnummer(r)]) expect(found(`Order ${v} shipped`).filter(([t]) => NATID_TYPES.has(t))).toEqual([]);
  });
  it('random eleven-digit numbers in an `order_id` column: none; under a `patient_id` (a fødselsnummer\'s cue) about one in 800', () => {
    const r = rng(79);
    const hits = { order_id: 0, patient_id: 0 };
    for (let i = 0; i < 20000; i++) {
      const v = String(int(r, 1, 9)) + chars(r, '0123456789', 10);
      for (const c of ['order_id', 'patient_id'] as const) if (found(v, c).some(([t]) => NATID_TYPES.has(t))) hits[c]++;
    }
    console.log(`random eleven-digit cells read as a national id: ${JSON.stringify(hits)} of 20000`);
    expect(hits.order_id).toBe(0);
    expect(hits.patient_id).toBeLessThan(40);
  });
});

describe('forms that stand alone: a date, separators and a check', () => {
  it('henkilötunnus, dashed personnummer, spaced NIR, dotted national number, resident id in a sentence without a cue', () => {
    const r = rng(80);
    for (let i = 0; i < 50; i++) {
      for (const [type, v] of [['fi-personal-id', hetu(r)], ['fr-nir-id', nir(r)], ['be-national-id', beNumber(r)], ['cn-resident-id', cnResidentId(r)]] as const) {
        expect(found(`Patient Maria Lind, ${v}, admitted`).filter(([t]) => NATID_TYPES.has(t))).toEqual([[type, v.length]]);
      }
      const se = personnummer(r);
      expect(found(`Patient Maria Lind, ${se}, admitted`).filter(([t]) => NATID_TYPES.has(t)).length).toBe(1);
    }
  });
  it('a fødselsnummer after an `ID:` label or under an `"id"` key', () => {
    const v = fodselsnummer(rng(81));
    expect(found(`Pasient: Kari Nordmann  ID: ${v}`)).toContainEqual(['no-personal-id', 11]);
    expect(found(`{"id": "${v}", "ward": 4}`)).toContainEqual(['no-personal-id', 11]);
    expect(found(v, 'patient.id')).toEqual([['no-personal-id', 11]]);
    expect(found(`{"order_id": "${v}", "ward": 4}`).filter(([t]) => NATID_TYPES.has(t))).toEqual([]);
  });
});

describe('a compact CPF after `documento` or a `doc=` key', () => {
  it('is found; a bare one after a neutral key is not', () => {
    const c = cpf(rng(82));
    expect(found(`Documento do titular: ${c}`)).toEqual([['br-cpf', 11]]);
    expect(found(`titular="Ana" doc=${c} status=OK`)).toContainEqual(['br-cpf', 11]);
    expect(found(`titular="Ana" ref=${c} status=OK`).filter(([t]) => t === 'br-cpf')).toEqual([]);
  });
});

describe('columns', () => {
  it('person names by their export names: Billing Name, Shipping Name, Kontoinhaber, family_given; Turkish Ad beside Soyad', () => {
    for (const c of ['Billing Name', 'Shipping Name', 'Kontoinhaber', 'Karteninhaberin', 'family_given']) expect(nameHint(c)?.type).toBe('person');
    expect(nameHint('Ad', ['Ad', 'Soyad', 'TC Kimlik No'])?.type).toBe('person');
    expect(nameHint('Adı', ['Adı', 'Soyadı'])?.type).toBe('person');
    expect(nameHint('Ad')).toBeUndefined();
    expect(nameHint('ad', ['ad', 'campaign', 'clicks'])).toBeUndefined();
    expect(nameHint('billing_address')?.type).not.toBe('person');
  });
  it('columns named PESEL, Henkilötunnus, T.C. Kimlik No, BSN, fødselsnummer are typed and masked', async () => {
    const scanned = await scanGeneratedTable(83, { PESEL: pesel, Henkilötunnus: hetu, 'T.C. Kimlik No': tckn, Fødselsnummer: fodselsnummer, Ad: () => 'Ayşe', Soyad: () => 'Yılmaz' }, 120);
    const got = Object.fromEntries(scanned.map((c) => [c.column, [c.cls.type ?? null, c.masked]]));
    console.log(JSON.stringify(got));
    expect(got).toEqual({ PESEL: ['pl-pesel-id', 120], Henkilötunnus: ['fi-personal-id', 120], 'T.C. Kimlik No': ['tr-national-id', 120], Fødselsnummer: ['no-personal-id', 120], Ad: ['person', 120], Soyad: ['person', 120] });
  });
});
