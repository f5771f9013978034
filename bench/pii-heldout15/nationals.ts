// Set 15's national identifiers, each valid by its published check rule, with the cue its own
// language writes before it: NINO, DNI/NIE, codice fiscale, Aadhaar, CPF, PESEL, personnummer, BSN,
// henkilötunnus, fødselsnummer, SIN, NIR, Belgian national number, Portuguese NIF, T.C. kimlik, RUT.
import type { Rng } from '../pii-heldout/prng.js';
import { codiceFiscaleChar, cpfDigits, dniLetter, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const wsum = (s: string, w: number[]) => [...s].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
const mod = (s: string, m: number) => [...s].reduce((r, c) => (r * 10 + Number(c)) % m, 0);
const birth = (rng: Rng) => ({ y: rng.int(1940, 2005), m: rng.int(1, 12), d: rng.int(1, 28) });

const nino = (r: Rng) => `${r.pick([...'ABCEGHJKLMNOPRSTWXYZ'])}${r.pick([...'ABCEGHJKLMNPRSTWXYZ'])}`.replace(/^(BG|GB|KN|NK|NT|TN|ZZ)$/, 'AB');
function ukNino(r: Rng): string {
  const d = r.digits(6);
  return r.chance(0.5) ? `${nino(r)}${d}${r.pick(['A', 'B', 'C', 'D'])}` : `${nino(r)} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`;
}
const esDni = (r: Rng) => { const n = r.digits(8); return r.chance(0.7) ? n + dniLetter(n) : `${n}-${dniLetter(n)}`; };
const esNie = (r: Rng) => { const x = r.int(0, 2); const n = r.digits(7); return `${'XYZ'[x]}${n}${dniLetter(`${x}${n}`)}`; };
const MONTHS_CF = 'ABCDEHLMPRST';
function itCf(r: Rng): string {
  const b = birth(r);
  const f15 = r.chars('BCDFGLMNPRSTVZ', 3) + r.chars('BCDFGLMNPRSTVZ', 3) + z(b.y % 100) + MONTHS_CF[b.m - 1] + z(b.d + (r.chance(0.5) ? 40 : 0)) + r.pick(['H', 'F', 'L', 'A', 'G']) + z(r.int(1, 999), 3);
  return f15 + codiceFiscaleChar(f15);
}
const inAadhaar = (r: Rng) => { const b = String(r.int(2, 9)) + r.digits(10); const n = b + verhoeffDigit(b); return r.chance(0.7) ? n.replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3') : n; };
const brCpf = (r: Rng) => { const n = r.digits(9); const d = cpfDigits(n); return r.chance(0.8) ? `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}-${d}` : n + d; };
function plPesel(r: Rng): string {
  const b = birth(r);
  const body = z(b.y % 100) + z(b.m + (b.y >= 2000 ? 20 : 0)) + z(b.d) + r.digits(4);
  return body + String((10 - (wsum(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}
function sePnr(r: Rng): string {
  const b = birth(r);
  const nine = z(b.y % 100) + z(b.m) + z(b.d) + r.digits(3);
  const full = nine + luhnDigit(nine);
  return r.chance(0.5) ? `${full.slice(0, 6)}-${full.slice(6)}` : `${Math.floor(b.y / 100)}${full.slice(0, 6)}-${full.slice(6)}`;
}
function nlBsn(r: Rng): string {
  for (;;) {
    const e = String(r.int(1, 6)) + r.digits(7);
    const s = wsum(e, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (s < 10) return e + String(s);
  }
}
function fiHetu(r: Rng): string {
  const b = birth(r);
  const n = r.int(2, 899);
  const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${z(b.d)}${z(b.m)}${z(b.y % 100)}${z(n, 3)}`) % 31];
  return `${z(b.d)}${z(b.m)}${z(b.y % 100)}${b.y >= 2000 ? 'A' : '-'}${z(n, 3)}${c}`;
}
function noFnr(r: Rng): string {
  for (;;) {
    const b = birth(r);
    const nine = z(b.d) + z(b.m) + z(b.y % 100) + (b.y >= 2000 ? String(r.int(500, 999)) : z(r.int(0, 499), 3));
    const k1 = 11 - (wsum(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
    const c1 = k1 === 11 ? 0 : k1;
    const k2 = 11 - (wsum(nine + c1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    const c2 = k2 === 11 ? 0 : k2;
    if (c1 < 10 && c2 < 10) return `${nine}${c1}${c2}`;
  }
}
const caSin = (r: Rng) => { const b = r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7); const n = b + luhnDigit(b); return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`; };
function frNir(r: Rng): string {
  const b = birth(r);
  const body = `${r.int(1, 2)}${z(b.y % 100)}${z(b.m)}${z(r.int(1, 95))}${z(r.int(1, 999), 3)}${z(r.int(1, 999), 3)}`;
  const key = z(97 - mod(body, 97));
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
}
function beRrn(r: Rng): string {
  const b = birth(r);
  const nine = `${z(b.y % 100)}${z(b.m)}${z(b.d)}${z(r.int(1, 997), 3)}`;
  const c = z(97 - mod((b.y >= 2000 ? '2' : '') + nine, 97));
  return `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6)}.${c}`;
}
function ptNif(r: Rng): string {
  const e = String(r.pick([1, 2, 3])) + r.digits(7);
  const c = 11 - (wsum(e, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return e + String(c >= 10 ? 0 : c);
}
function trTc(r: Rng): string {
  const d = (String(r.int(1, 9)) + r.digits(8)).split('').map(Number);
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
  return d.join('') + d10 + d11;
}
function clRut(r: Rng): string {
  const n = String(r.int(5_000_000, 25_999_999));
  const s = [...n].reverse().reduce((a, c, i) => a + Number(c) * [2, 3, 4, 5, 6, 7][i % 6]!, 0);
  const v = 11 - (s % 11);
  return `${n.replace(/\B(?=(\d{3})+$)/g, '.')}-${v === 11 ? '0' : v === 10 ? 'K' : String(v)}`;
}

/** Each id: gold type, the generator, and cues in its own language. */
export const NATIONAL_IDS: Record<string, { type: string; make: (r: Rng) => string; cues: string[] }> = {
  nino: { type: 'uk-nino', make: ukNino, cues: ['National Insurance number', 'NI No.', 'NINO'] },
  dni: { type: 'es-dni', make: esDni, cues: ['DNI', 'N.º de DNI', 'Documento Nacional de Identidad'] },
  nie: { type: 'es-nie', make: esNie, cues: ['NIE', 'Número de Identidad de Extranjero'] },
  cf: { type: 'it-fiscal-code', make: itCf, cues: ['Codice Fiscale', 'C.F.', 'cod. fisc.'] },
  aadhaar: { type: 'in-aadhaar', make: inAadhaar, cues: ['Aadhaar No.', 'आधार संख्या', 'UID'] },
  cpf: { type: 'br-cpf', make: brCpf, cues: ['CPF', 'CPF nº', 'Cadastro de Pessoa Física'] },
  pesel: { type: 'pl-national-id', make: plPesel, cues: ['PESEL', 'nr PESEL'] },
  pnr: { type: 'se-national-id', make: sePnr, cues: ['Personnummer', 'Pnr'] },
  bsn: { type: 'nl-national-id', make: nlBsn, cues: ['BSN', 'Burgerservicenummer'] },
  hetu: { type: 'fi-national-id', make: fiHetu, cues: ['Henkilötunnus', 'HETU', 'Hetu'] },
  fnr: { type: 'no-national-id', make: noFnr, cues: ['Fødselsnummer', 'F.nr.'] },
  sin: { type: 'ca-national-id', make: caSin, cues: ['SIN', 'Social Insurance Number', "NAS (numéro d'assurance sociale)"] },
  nir: { type: 'fr-national-id', make: frNir, cues: ['N° de sécurité sociale', 'NIR', 'N° INSEE'] },
  rrn: { type: 'be-national-id', make: beRrn, cues: ['Rijksregisternummer', 'N° de registre national', 'NN'] },
  nif: { type: 'pt-tax-id', make: ptNif, cues: ['NIF', 'Nº de contribuinte'] },
  tc: { type: 'tr-national-id', make: trTc, cues: ['T.C. Kimlik No', 'TCKN'] },
  rut: { type: 'cl-tax-id', make: clRut, cues: ['RUT', 'R.U.T.'] },
};

export type IdKind = keyof typeof NATIONAL_IDS;

export function nid(rng: Rng, kind: IdKind = rng.pick(Object.keys(NATIONAL_IDS))): Piece {
  const k = NATIONAL_IDS[kind]!;
  return gold(k.type, kind, k.make(rng));
}

/** `Cue: value` with the id's own cue. */
export function cuedId(rng: Rng, kind: IdKind = rng.pick(Object.keys(NATIONAL_IDS))): Array<Piece | string> {
  return [`${rng.pick(NATIONAL_IDS[kind]!.cues)}: `, nid(rng, kind)];
}
