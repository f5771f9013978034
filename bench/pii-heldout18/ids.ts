// Set 18's national identifiers, each valid by its published check (written here from the
// definitions): US SSN, UK NINO, Spanish DNI/NIE, codice fiscale, Aadhaar, CPF, and Swedish, Finnish,
// Norwegian, Polish, Dutch, Turkish, Israeli, South African, Chilean, Croatian, Greek, Estonian,
// Romanian, Bulgarian ids and Argentinian CUIT, with the cue people of the country write before them.
import type { Rng } from '../pii-heldout/prng.js';

import { codiceFiscaleChar, cpfDigits, dniLetter, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const z2 = (x: number) => String(x).padStart(2, '0');
const wsum = (s: string, w: number[]) => s.split('').reduce((a, d, i) => a + Number(d) * w[i]!, 0);
/** A birth date: [day, month, two-digit year, full year]. */
const birth = (rng: Rng): [number, number, number, number] => { const y = rng.int(1941, 2008); return [rng.int(1, 28), rng.int(1, 12), y % 100, y]; };

function ssn(rng: Rng): Piece {
  let area: number;
  do area = rng.int(1, 899); while (area === 666);
  const s = [String(area).padStart(3, '0'), z2(rng.int(1, 99)), String(rng.int(1, 9999)).padStart(4, '0')];
  const form = rng.pick(['dashed', 'dashed', 'spaced', 'bare']);
  return gold('us-ssn', form, s.join(form === 'dashed' ? '-' : form === 'spaced' ? ' ' : ''));
}

function nino(rng: Rng): Piece {
  let p: string;
  do p = rng.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + rng.chars('ABCEGHJKLMNPRSTWXYZ', 1); while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
  const d = rng.digits(6);
  const c = rng.chars('ABCD', 1);
  return rng.chance(0.5) ? gold('uk-nino', 'spaced', `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${c}`) : gold('uk-nino', 'bare', p + d + c);
}

/** A DNI (eight digits) or, one time in three, an NIE (X/Y/Z read as 0/1/2 for the letter). */
function dni(rng: Rng): Piece {
  const nie = rng.chance(0.35);
  const lead = nie ? rng.int(0, 2) : -1;
  const body = rng.digits(nie ? 7 : 8);
  const letter = dniLetter(nie ? `${lead}${body}` : body);
  const dash = !nie && rng.chance(0.3);
  return gold(nie ? 'es-nie' : 'es-dni', nie ? 'nie' : dash ? 'dni-dash' : 'dni', `${nie ? 'XYZ'[lead] : ''}${body}${dash ? '-' : ''}${letter}`);
}

function codiceFiscale(rng: Rng): Piece {
  const cons = 'BCDFGHLMNPRSTVZ';
  const [d, m, y] = birth(rng);
  const first = rng.chars(cons, 3) + rng.chars(cons, 3) + z2(y) + 'ABCDEHLMPRST'[m - 1] + z2(d + (rng.chance(0.5) ? 40 : 0)) + rng.pick(['H501', 'F205', 'L219', 'A662', 'G273', 'D612', 'C351']);
  return gold('it-fiscal-code', 'standard', first + codiceFiscaleChar(first));
}

function aadhaar(rng: Rng): Piece {
  const b = String(rng.int(2, 9)) + rng.digits(10);
  const s = b + verhoeffDigit(b);
  return rng.chance(0.7) ? gold('in-aadhaar', 'spaced', s.replace(/(\d{4})(?=\d)/g, '$1 ')) : gold('in-aadhaar', 'bare', s);
}

function cpf(rng: Rng): Piece {
  const b = rng.digits(9);
  const s = b + cpfDigits(b);
  return rng.chance(0.75) ? gold('br-cpf', 'dotted', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`) : gold('br-cpf', 'bare', s);
}

function sePnr(rng: Rng): Piece {
  const [d, m, y] = birth(rng);
  const b = z2(y) + z2(m) + z2(d) + rng.digits(3);
  return gold('se-national-id', 'personnummer', `${b.slice(0, 6)}${rng.chance(0.8) ? '-' : ''}${b.slice(6)}${luhnDigit(b)}`);
}

function fiHetu(rng: Rng): Piece {
  const [d, m, y, full] = birth(rng);
  const nnn = String(rng.int(2, 899)).padStart(3, '0');
  const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(z2(d) + z2(m) + z2(y) + nnn) % 31];
  return gold('fi-national-id', 'hetu', `${z2(d)}${z2(m)}${z2(y)}${full >= 2000 ? 'A' : '-'}${nnn}${c}`);
}

function noFnr(rng: Rng): Piece | undefined {
  const [d, m, y] = birth(rng);
  const b = z2(d) + z2(m) + z2(y) + rng.digits(3);
  const k = (s: string, w: number[]) => { const r = 11 - (wsum(s, w) % 11); return r === 11 ? 0 : r; };
  const k1 = k(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === 10) return undefined;
  const k2 = k(b + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k2 === 10 ? undefined : gold('no-national-id', 'fodselsnummer', `${b}${k1}${k2}`);
}

function pesel(rng: Rng): Piece {
  const [d, m, y, full] = birth(rng);
  const b = z2(y) + z2(m + (full >= 2000 ? 20 : 0)) + z2(d) + rng.digits(4);
  return gold('pl-national-id', 'pesel', b + String((10 - (wsum(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10));
}

function bsn(rng: Rng): Piece | undefined {
  const b = String(rng.int(1, 6)) + rng.digits(7);
  const c = wsum(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return c === 10 ? undefined : gold('nl-national-id', 'bsn', b + c);
}

function tcKimlik(rng: Rng): Piece {
  const d = [rng.int(1, 9), ...rng.digits(8).split('').map(Number)];
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
  return gold('tr-national-id', 'tckn', d.join('') + d10 + d11);
}

const teudat = (rng: Rng): Piece => { const b = rng.digits(8); return gold('il-national-id', 'teudat-zehut', b + luhnDigit(b)); };

function zaId(rng: Rng): Piece {
  const [d, m, y] = birth(rng);
  const b = z2(y) + z2(m) + z2(d) + rng.digits(4) + rng.pick(['0', '1']) + '8';
  return gold('za-national-id', 'rsa-id', b + luhnDigit(b));
}

function rut(rng: Rng): Piece {
  const body = String(rng.int(5_000_000, 26_000_000));
  const s = [...body].reverse().reduce((a, dd, i) => a + Number(dd) * (2 + (i % 6)), 0);
  const r = 11 - (s % 11);
  const dv = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return gold('cl-national-id', 'rut', `${body.replace(/\B(?=(\d{3})+$)/g, '.')}-${dv}`);
}

function oib(rng: Rng): Piece {
  const b = rng.number(10);
  let a = 10;
  for (const ch of b) { a = (a + Number(ch)) % 10; if (a === 0) a = 10; a = (a * 2) % 11; }
  const c = 11 - a;
  return gold('hr-national-id', 'oib', b + (c === 10 ? 0 : c));
}

function amka(rng: Rng): Piece {
  const [d, m, y] = birth(rng);
  const b = z2(d) + z2(m) + z2(y) + rng.digits(4);
  return gold('gr-national-id', 'amka', b + luhnDigit(b));
}

function isikukood(rng: Rng): Piece {
  const [d, m, y, full] = birth(rng);
  const b = String((full >= 2000 ? 5 : 3) + rng.int(0, 1)) + z2(y) + z2(m) + z2(d) + rng.digits(3);
  let c = wsum(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (c === 10) c = wsum(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10;
  return gold('ee-national-id', 'isikukood', b + c);
}

function cnp(rng: Rng): Piece {
  const [d, m, y, full] = birth(rng);
  const b = String((full >= 2000 ? 5 : 1) + rng.int(0, 1)) + z2(y) + z2(m) + z2(d) + z2(rng.int(1, 46)) + rng.digits(3);
  const c = wsum(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return gold('ro-national-id', 'cnp', b + (c === 10 ? 1 : c));
}

function egn(rng: Rng): Piece {
  const [d, m, y, full] = birth(rng);
  const b = z2(y) + z2(m + (full >= 2000 ? 40 : 0)) + z2(d) + rng.digits(3);
  const c = wsum(b, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return gold('bg-national-id', 'egn', b + (c === 10 ? 0 : c));
}

function cuit(rng: Rng): Piece | undefined {
  const b = rng.pick(['20', '27', '23']) + String(rng.int(10_000_000, 45_000_000));
  const r = 11 - (wsum(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  if (r === 10) return undefined;
  const c = r === 11 ? 0 : r;
  return gold('ar-tax-id', 'cuit', `${b.slice(0, 2)}-${b.slice(2)}-${c}`);
}

/** Each id type's generator (undefined: draw again) and the cues written before it in its country. */
export const IDS: Record<string, { make: (rng: Rng) => Piece | undefined; cues: string[]; lang: string; region: string }> = {
  ssn: { make: ssn, cues: ['SSN', 'Social Security No.', 'SSN (for tax reporting)'], lang: 'en', region: 'US' },
  nino: { make: nino, cues: ['National Insurance number', 'NI No.', 'NINO'], lang: 'en', region: 'GB' },
  dni: { make: dni, cues: ['DNI/NIE', 'N.º de documento', 'NIF'], lang: 'es', region: 'ES' },
  cf: { make: codiceFiscale, cues: ['Codice fiscale', 'C.F.'], lang: 'it', region: 'IT' },
  aadhaar: { make: aadhaar, cues: ['Aadhaar No.', 'आधार संख्या', 'UID'], lang: 'hi', region: 'IN' },
  cpf: { make: cpf, cues: ['CPF', 'CPF do titular'], lang: 'pt', region: 'BR' },
  se: { make: sePnr, cues: ['Personnummer', 'Pnr'], lang: 'sv', region: 'SE' },
  fi: { make: fiHetu, cues: ['Henkilötunnus', 'Hetu'], lang: 'fi', region: 'FI' },
  no: { make: noFnr, cues: ['Fødselsnummer', 'F.nr.'], lang: 'da', region: 'NO' },
  pl: { make: pesel, cues: ['PESEL', 'Nr PESEL'], lang: 'pl', region: 'PL' },
  nl: { make: bsn, cues: ['BSN', 'Burgerservicenummer'], lang: 'nl', region: 'NL' },
  tr: { make: tcKimlik, cues: ['T.C. Kimlik No', 'TCKN'], lang: 'tr', region: 'TR' },
  il: { make: teudat, cues: ['מספר זהות', 'ת.ז.', 'Teudat Zehut'], lang: 'he', region: 'IL' },
  za: { make: zaId, cues: ['ID number', 'SA ID No.'], lang: 'sw', region: 'ZA' },
  cl: { make: rut, cues: ['RUT', 'R.U.T.'], lang: 'es', region: 'CL' },
  hr: { make: oib, cues: ['OIB'], lang: 'hr', region: 'HR' },
  gr: { make: amka, cues: ['ΑΜΚΑ', 'A.M.K.A.'], lang: 'el', region: 'GR' },
  ee: { make: isikukood, cues: ['Isikukood', 'Isikukood (ID)'], lang: 'fi', region: 'EE' },
  ro: { make: cnp, cues: ['CNP', 'Cod numeric personal'], lang: 'ro', region: 'RO' },
  bg: { make: egn, cues: ['ЕГН', 'EGN'], lang: 'bg', region: 'BG' },
  ar: { make: cuit, cues: ['CUIT', 'C.U.I.T.'], lang: 'es', region: 'AR' },
};
export const ID_KEYS = Object.keys(IDS);

/** A gold national id of `key` (drawn when absent), redrawn until its check digit exists. */
export function nationalId(rng: Rng, key: string = rng.pick(ID_KEYS)): Piece {
  for (;;) {
    const p = IDS[key]!.make(rng);
    if (p) return p;
  }
}

/** `cue: value` as written in the id's country: the cue text and the gold piece. */
export const cuedId = (rng: Rng, key: string = rng.pick(ID_KEYS)): [string, Piece] => [`${rng.pick(IDS[key]!.cues)}: `, nationalId(rng, key)];
