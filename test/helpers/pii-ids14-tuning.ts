// Tuning cases for the id and phone classes held-out set 14 showed (issue 17): the Canadian SIN after
// its labels (English and French, spaced, dashed, compact), a BSN or NIF after its own label or under a
// record's kind field where an SSN reading also fits, a "+" number in a URL query (`%2B` too), a
// country code in brackets, bare SSNs and phones under a `|` table's header (pipe-separated and psql).
// In other words, languages and forms than the set's, with hard negatives of the same shapes: a SIN
// that fails Luhn, `Sin embargo` (Spanish) before a Luhn number, a query key that names no phone, a `|`
// table whose header names no SSN. Values are built at run time by a seeded PRNG.
import { int, pad, pick, rng } from './personal-data.js';
import { bsn, ptNif } from './pii-natid-tuning.js';
import type { TuningCase } from './pii-tuning-set.js';

type R = () => number;

/** Luhn over nine digits (weights 1,2,1,…): the check digit making the body valid. */
function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const x = Number(body[i]) * (i % 2 === 1 ? 2 : 1);
    sum += x > 9 ? x - 9 : x;
  }
  return (10 - (sum % 10)) % 10;
}

/** A SIN's nine digits (first 1–7 or 9), Luhn-valid; `broken`: the check digit off by one. */
export function sinDigits(r: R, broken = false): string {
  const body = String(pick(r, [1, 2, 3, 4, 5, 6, 7, 9])) + pad(int(r, 0, 9999999), 7);
  return body + ((luhnDigit(body) + (broken ? 1 : 0)) % 10);
}
const spaced = (d: string, sep = ' '): string => `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;

/** An SSN's nine digits (area 001–665, 667–899; group, serial non-zero). */
function ssnDigits(r: R): string {
  let area = int(r, 1, 898);
  if (area >= 666) area++;
  return pad(area, 3) + pad(int(r, 1, 99)) + pad(int(r, 1, 9999), 4);
}

/** International mobile numbers of regions other than set 14's, as E.164 digits (after the "+"). */
function mobile(r: R): { e164: string; bracketed: string } {
  const kind = int(r, 0, 4);
  if (kind === 4) {
    // Thirteen digits with the country code: read as a national number, brackets and all, it was too long.
    const n = `1${pick(r, ['38', '39', '86'])}${pad(int(r, 0, 99999999), 8)}`;
    return { e164: `86${n}`, bracketed: `(+86) ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}` };
  }
  if (kind === 0) {
    const n = `6${pick(r, [0, 1, 2, 4, 5, 6, 7, 8])}${pad(int(r, 0, 9999999), 7)}`;
    return { e164: `33${n}`, bracketed: `(+33) ${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}` };
  }
  if (kind === 1) {
    const n = `6${pad(int(r, 10000000, 99999999), 8)}`;
    return { e164: `34${n}`, bracketed: `(+34) ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` };
  }
  if (kind === 2) {
    const n = `3${pick(r, ['20', '33', '38', '47'])}${pad(int(r, 1000000, 9999999), 7)}`;
    return { e164: `39${n}`, bracketed: `(+39) ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` };
  }
  const n = `7400${pad(int(r, 100000, 999999), 6)}`;
  return { e164: `44${n}`, bracketed: `(+44) ${n.slice(0, 4)} ${n.slice(4)}` };
}

/** A US number's ten digits (area and exchange 2–9 first, not N11 nor 555). */
function usDigits(r: R): string {
  return `${int(r, 2, 9)}${int(r, 0, 8)}${int(r, 2, 9)}${int(r, 2, 9)}${int(r, 0, 8)}${int(r, 2, 9)}${pad(int(r, 0, 9999), 4)}`;
}

/** Seeded cases: positives of each class (want their type and value), hard negatives (want none of these types). */
export function ids14TuningSet(seed: number): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  const sin = (kind: string, make: (v: string) => string, v: string): void => void out.push({ kind, text: make(v), want: [{ type: 'ca-sin-id', value: v }] });
  sin('sin label', (v) => `Employee onboarding: SIN ${v}, start date Monday`, spaced(sinDigits(r)));
  sin('sin label', (v) => `NAS : ${v} (vérifié)`, spaced(sinDigits(r)));
  sin('sin label', (v) => `Social Insurance Number: ${v}`, spaced(sinDigits(r), '-'));
  sin('sin label', (v) => `T4 slip — employee's S.I.N. ${v}`, sinDigits(r));
  sin('sin label', (v) => `numéro d'assurance sociale ${v}`, spaced(sinDigits(r)));
  sin('sin label', (v) => `{"idType":"SIN","idNumber":"${v}"}`, spaced(sinDigits(r)));
  // A BSN or a NIF that also reads as an SSN: its own label or its record's kind decides.
  const both = (gen: (r: R) => string): string => {
    for (;;) {
      const v = gen(r);
      if (Number(v.slice(0, 3)) < 900 && v.slice(3, 5) !== '00' && v.slice(5) !== '0000' && v.slice(0, 3) !== '666') return v;
    }
  };
  for (const [type, gen, make] of [
    ['nl-bsn-id', bsn, (v: string) => `Klant (BSN: ${v}) heeft gebeld`],
    ['nl-bsn-id', bsn, (v: string) => `{"document":{"type":"BSN","value":"${v}"}}`],
    ['pt-nif', ptNif, (v: string) => `Contribuinte NIF ${v} — fatura emitida`],
    ['pt-nif', ptNif, (v: string) => `{"taxId":{"kind":"NIF","value":"${v}"}}`],
  ] as const) {
    const v = both(gen);
    out.push({ kind: `${type} over ssn`, text: make(v), context: make(v).startsWith('{') ? 'identity' : undefined, want: [{ type, value: v }] });
  }
  const m = mobile(r);
  out.push({ kind: 'query phone', text: `GET /v2/contacts/verify?msisdn=+${m.e164} 204 18ms`, want: [{ type: 'phone', value: `+${m.e164}` }] });
  const m2 = mobile(r);
  out.push({ kind: 'query phone', text: `https://shop.example/checkout?step=2&mobile_number=%2B${m2.e164}&lang=fr`, want: [{ type: 'phone', value: `%2B${m2.e164}` }] });
  const m3 = mobile(r);
  out.push({ kind: 'bracketed code', text: `Contacto de emergencia: ${m3.bracketed}`, want: [{ type: 'phone', value: m3.bracketed }] });
  const m4 = mobile(r);
  out.push({ kind: 'bracketed code', text: `"mobile": "${m4.bracketed}",`, want: [{ type: 'phone', value: m4.bracketed }] });
  const s1 = ssnDigits(r);
  const p1 = usDigits(r);
  const psql = ` emp_id | full_name   | cell_phone | ssn\n--------+-------------+------------+-----------\n ${int(r, 10, 99)}     | Dana Whitby | ${p1} | ${s1}\n`;
  out.push({ kind: 'pipe header', text: psql, want: [{ type: 'phone', value: p1 }, { type: 'us-ssn', value: s1 }] });
  const s2 = ssnDigits(r);
  out.push({ kind: 'pipe header', text: `ID|Nombre|Social Security|Alta\n${int(r, 100, 999)}|Marta Ruiz|${s2}|2024-03-0${int(r, 1, 9)}\n`, want: [{ type: 'us-ssn', value: s2 }] });
  // Hard negatives: the same shapes with nothing naming them.
  // Kind `negative <type>`: no value of that type wanted (another detector's reading of the shape is not this set's).
  const neg = (type: string, text: string): void => void out.push({ kind: `negative ${type}`, text, want: [] });
  neg('ca-sin-id', `SIN ${spaced(sinDigits(r, true))} rejected by the payroll system`);
  neg('ca-sin-id', `Sin embargo, el pedido ${spaced(sinDigits(r))} llegó tarde`);
  neg('ca-sin-id', `Pedido enviado sin ${spaced(sinDigits(r))} de referencia`);
  neg('ca-sin-id', `Phone: ${spaced(sinDigits(r))}`);
  neg('phone', `GET /v2/orders?ref=+${mobile(r).e164} 200 12ms`);
  neg('phone', `https://example.org/track?parcel=%2B${mobile(r).e164}&step=2`);
  neg('us-ssn', `Order #|Item|Ref|Qty\n${int(r, 100, 999)}|Lamp|${ssnDigits(r)}|2\n`);
  neg('us-ssn', `{"document":{"kind":"BSN","value":"${both(bsn)}"}}`);
  return out;
}

/** The types these cases are about. */
export const IDS14_TYPES: ReadonlySet<string> = new Set(['ca-sin-id', 'nl-bsn-id', 'pt-nif', 'us-ssn', 'phone']);
