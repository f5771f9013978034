// Tuning cases for the national ids of more countries (issue 17): PESEL, henkilötunnus, personnummer,
// fødselsnummer, T.C. Kimlik No, BSN, Portuguese NIF, Chinese resident id, French NIR, Belgian national
// number. Written from the numbers' specifications (their check digits computed here, apart from the
// validators), in labels, languages and forms of their own countries; and hard negatives of the same
// shapes: a cue with a number that fails the check, the bare shapes without a cue, dates, phones, order
// and tracking numbers. Values are built at run time by a seeded PRNG.
import { int, pad, pick, rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';

type R = () => number;

/** A birth date from 1930 to 2019 (day ≤ 28: valid in every month). */
function birth(r: R): { y: number; m: number; d: number } {
  return { y: int(r, 1930, 2019), m: int(r, 1, 12), d: int(r, 1, 28) };
}
const digitsOf = (s: string): number[] => [...s].map(Number);
const weighted = (d: number[], w: number[]): number => w.reduce((s, x, i) => s + x * d[i]!, 0);

export function pesel(r: R): string {
  const { y, m, d } = birth(r);
  const body = pad(y % 100) + pad(m + (y >= 2000 ? 20 : 0)) + pad(d) + pad(int(r, 0, 9999), 4);
  return body + ((10 - (weighted(digitsOf(body), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}

export function hetu(r: R): string {
  const { y, m, d } = birth(r);
  const sign = y >= 2000 ? pick(r, ['A', 'B', 'C', 'D', 'E', 'F']) : pick(r, ['-', '-', 'Y', 'X', 'W', 'V', 'U']);
  const n = pad(int(r, 2, 899), 3);
  const body = pad(d) + pad(m) + pad(y % 100);
  return body + sign + n + '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(body + n) % 31];
}

/** A personnummer: `YYMMDD-NNNN`, or with the century (`YYYYMMDD-NNNN`) when `long`. */
export function personnummer(r: R, long = false, sep = '-'): string {
  const { y, m, d } = birth(r);
  const body = pad(y % 100) + pad(m) + pad(d) + pad(int(r, 0, 999), 3);
  let sum = 0;
  digitsOf(body).forEach((x, i) => {
    const v = i % 2 === 0 ? x * 2 : x;
    sum += v > 9 ? v - 9 : v;
  });
  const full = body + ((10 - (sum % 10)) % 10);
  return (long ? String(Math.floor(y / 100)) : '') + full.slice(0, 6) + sep + full.slice(6);
}

export function fodselsnummer(r: R): string {
  for (;;) {
    const { y, m, d } = birth(r);
    const body = pad(d) + pad(m) + pad(y % 100) + pad(int(r, 0, 999), 3);
    const k1 = (11 - (weighted(digitsOf(body), [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
    if (k1 === 10) continue;
    const k2 = (11 - (weighted(digitsOf(body + k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (k2 !== 10) return body + k1 + k2;
  }
}

export function tckn(r: R): string {
  const d = [int(r, 1, 9), ...Array.from({ length: 8 }, () => int(r, 0, 9))];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((7 * odd - even) % 10) + 10) % 10;
  return d.join('') + d10 + ((odd + even + d10) % 10);
}

export function bsn(r: R): string {
  for (;;) {
    const body = String(int(r, 1, 9)) + pad(int(r, 0, 9999999), 7);
    const d9 = weighted(digitsOf(body), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (d9 < 10) return body + d9;
  }
}

export function ptNif(r: R): string {
  const body = String(int(r, 1, 3)) + pad(int(r, 0, 9999999), 7);
  const c = 11 - (weighted(digitsOf(body), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return body + (c >= 10 ? 0 : c);
}

export function cnResidentId(r: R): string {
  const { y, m, d } = birth(r);
  const body = String(int(r, 1, 6)) + pad(int(r, 10000, 99999), 5) + y + pad(m) + pad(d) + pad(int(r, 0, 999), 3);
  const w = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
  return body + '10X98765432'[weighted(digitsOf(body), w) % 11];
}

/** A NIR, spaced as on the card (`s yy mm dd ccc ooo kk`) or compact; Corsica's departments 2A/2B now and then. */
export function nir(r: R, spaced = true): string {
  const { y, m } = birth(r);
  const dept = r() < 0.1 ? pick(r, ['2A', '2B']) : pad(int(r, 1, 95));
  const parts = [String(int(r, 1, 2)), pad(y % 100), pad(m), dept, pad(int(r, 1, 999), 3), pad(int(r, 1, 999), 3)];
  const n = BigInt(parts.join('').replace('2A', '19').replace('2B', '18'));
  parts.push(pad(97 - Number(n % 97n)));
  return parts.join(spaced ? ' ' : '');
}

/** A Belgian national number, dotted `yy.mm.dd-sss.cc` or compact. */
export function beNumber(r: R, dotted = true): string {
  const { y, m, d } = birth(r);
  const body = pad(y % 100) + pad(m) + pad(d) + pad(int(r, 1, 997), 3);
  const check = pad(97 - ((y >= 2000 ? 2_000_000_000 : 0) + Number(body)) % 97);
  return dotted ? `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${check}` : body + check;
}

/** A henkilötunnus whose check character is a letter. */
function lettered(r: R): string {
  for (;;) {
    const v = hetu(r);
    if (/[A-Z]$/.test(v)) return v;
  }
}

/** Changes the last digit (the check): the number then fails its check. */
function broken(v: string): string {
  const last = v[v.length - 1]!;
  return v.slice(0, -1) + (/\d/.test(last) ? String((Number(last) + 1) % 10) : '0');
}

/** [type, generator, texts with a cue ({v}), a column name that is a cue] per id. */
const IDS: ReadonlyArray<[string, (r: R) => string, string[], string]> = [
  ['pl-pesel-id', pesel, ['Numer PESEL: {v}', 'PESEL pacjenta {v}, ur. w Krakowie', 'pesel={v}'], 'nr_pesel'],
  ['fi-personal-id', hetu, ['Henkilötunnus: {v}', 'Asiakkaan hetu {v}', 'Potilas Aino Virtanen ({v}) saapui', 'personbeteckning {v}'], 'henkilotunnus'],
  ['se-personal-id', (r) => personnummer(r, true), ['Personnummer: {v}', 'pers.nr {v}', 'Patient {v} remitterad'], 'personnummer'],
  ['se-personal-id', (r) => personnummer(r), ['Personnummer {v}', 'Kund: Lars Berg, {v}'], 'personnr'],
  ['no-personal-id', fodselsnummer, ['Fødselsnummer: {v}', 'fnr {v}', 'Oppgi fødselsnr. {v} ved oppmøte'], 'fodselsnummer'],
  ['tr-national-id', tckn, ['TC Kimlik No: {v}', 'T.C. Kimlik Numarası {v}', 'TCKN {v} ile kayıt'], 'tc_kimlik_no'],
  ['nl-bsn-id', bsn, ['BSN: {v}', 'Burgerservicenummer {v}', 'uw BSN is {v}.'], 'bsn'],
  ['pt-nif', ptNif, ['NIF: {v}', 'Número de contribuinte {v}', 'Fatura com NIF {v}'], 'nif'],
  ['cn-resident-id', cnResidentId, ['身份证号码：{v}', 'Resident ID {v}', 'Passenger Li Wei, ID {v}'], 'shenfenzheng'],
  ['fr-nir-id', (r) => nir(r), ['N° de sécurité sociale : {v}', 'Assuré {v} — carte Vitale', 'NIR {v}'], 'numero_secu'],
  ['fr-nir-id', (r) => nir(r, false), ['NIR : {v}', 'numéro de sécurité sociale {v}'], 'nir'],
  ['be-national-id', (r) => beNumber(r), ['Rijksregisternummer: {v}', 'NISS {v}', 'Patiënt {v} opgenomen'], 'rijksregisternummer'],
  ['be-national-id', (r) => beNumber(r, false), ['INSZ {v}', 'Numéro national : {v}'], 'niss'],
];

/** The types this tuning set is about. */
export const NATID_TYPES: ReadonlySet<string> = new Set(IDS.map(([t]) => t));

/** Texts with no national id: the shapes without a cue, or a cue before a number that fails the check. */
function negatives(r: R): string[] {
  const any = (n: number): string => String(int(r, 1, 9)) + Array.from({ length: n - 1 }, () => int(r, 0, 9)).join('');
  return [
    `Order ${any(11)} shipped`,
    `Invoice no. ${any(9)} due`,
    `Tracking ${any(18)}`,
    `ref ${any(6)}-${any(4)}`,
    `Booking ${any(2)}.${any(2)}.${any(2)}-${any(3)}.${any(2)}`,
    `Account ${any(1)} ${any(2)} ${any(2)} ${any(2)} ${any(3)} ${any(3)} ${any(2)}`,
    `PESEL: ${broken(pesel(r))}`,
    // A check letter (with a digit, a broken henkilötunnus may be a valid dashed personnummer by chance).
    `Henkilötunnus ${broken(lettered(r))}`,
    `Personnummer ${broken(personnummer(r))}`,
    `Fødselsnummer ${broken(fodselsnummer(r))}`,
    `TC Kimlik No ${broken(tckn(r))}`,
    `BSN ${broken(bsn(r))}`,
    `NIF ${broken(ptNif(r))}`,
    `身份证 ${broken(cnResidentId(r))}`,
    `Sécurité sociale ${broken(nir(r))}`,
    `Rijksregisternummer ${broken(beNumber(r))}`,
    `Measured on ${pad(int(r, 1, 28))}.${pad(int(r, 1, 12))}.${pad(int(r, 0, 99))} at 14:${pad(int(r, 0, 59))}`,
    `Run ${any(10)} finished in ${int(r, 2, 90)} s`,
    // Bare numbers that pass a check by chance, without a cue: counted for the share masked.
    `Order ${pesel(r)} shipped`,
    `Order ${tckn(r)} shipped`,
    `Item ${bsn(r)} in stock`,
    `Invoice ${ptNif(r)}`,
    `Serial ${fodselsnummer(r)}`,
    `Batch ${beNumber(r, false)}`,
  ];
}

/** Seeded cases: every id in each of its cue texts and as a cell of a cued column; the negatives (want nothing). */
export function natidTuningSet(seed: number): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  for (const [type, gen, texts, column] of IDS) {
    for (const t of texts) {
      const v = gen(r);
      out.push({ kind: `${type} text`, text: t.replace('{v}', v), want: [{ type, value: v }] });
    }
    const v = gen(r);
    out.push({ kind: `${type} column`, text: v, context: column, want: [{ type, value: v }] });
  }
  for (const text of negatives(r)) out.push({ kind: 'negative', text, want: [] });
  return out;
}
