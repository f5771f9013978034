// National identifiers of set 14, each valid by its published check: UK NINO (valid prefixes), Spanish
// DNI and NIE (mod 23 letter), Italian codice fiscale (check character), Indian Aadhaar (Verhoeff),
// Brazilian CPF (two mod-11 digits), Polish PESEL, Dutch BSN (eleven-test), Swedish personnummer
// (Luhn), Norwegian fødselsnummer (two mod-11 digits), Finnish henkilötunnus (mod 31), Belgian
// national number (mod 97), French NIR (97 key), Portuguese NIF (mod 11), Canadian SIN (Luhn), German
// Steuer-ID (ISO 7064 mod 11,10). Each comes with the cue people write before it in its own language.
import type { Rng } from '../pii-heldout/prng.js';
import { codiceFiscaleChar, cpfDigits, dniLetter, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const wsum = (s: string, w: number[]) => [...s].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
const dob = (rng: Rng) => ({ y: rng.int(1948, 2005), m: rng.int(1, 12), d: rng.int(1, 28) });

export function nino(rng: Rng): Piece {
  const first = rng.chars('ABCEGHJKLMNOPRSTWXYZ', 1);
  let second = rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(first + second)) second = 'A';
  const d = rng.digits(6);
  const suffix = rng.pick(['A', 'B', 'C', 'D']);
  const spaced = rng.chance(0.5);
  return gold('uk-nino', spaced ? 'spaced' : 'compact', spaced ? `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${first}${second}${d}${suffix}`);
}

export function dni(rng: Rng): Piece {
  const n = rng.digits(8);
  return gold('es-dni', 'dni', n + (rng.chance(0.2) ? '-' : '') + dniLetter(n));
}

export function nie(rng: Rng): Piece {
  const lead = rng.pick(['X', 'Y', 'Z']);
  const n = rng.digits(7);
  return gold('es-nie', 'nie', `${lead}${n}${dniLetter(String('XYZ'.indexOf(lead)) + n)}`);
}

const CF_MONTH = 'ABCDEHLMPRST';
export function codiceFiscale(rng: Rng): Piece {
  const { y, m, d } = dob(rng);
  const day = rng.chance(0.5) ? d : d + 40;
  const head = rng.chars('BCDFGLMNPRSTVZ', 6) + z(y % 100) + CF_MONTH[m - 1] + z(day) + rng.pick(['H501', 'F205', 'L219', 'A794', 'G273', 'D612']);
  return gold('it-fiscal-code', 'cf', head + codiceFiscaleChar(head));
}

export function aadhaar(rng: Rng): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const n = body + verhoeffDigit(body);
  const form = rng.pick(['spaced', 'spaced', 'bare', 'dashed']);
  return gold('in-aadhaar', form, form === 'bare' ? n : n.replace(/(\d{4})(\d{4})(\d{4})/, form === 'spaced' ? '$1 $2 $3' : '$1-$2-$3'));
}

export function cpf(rng: Rng): Piece {
  const nine = rng.digits(9);
  const n = nine + cpfDigits(nine);
  const dotted = rng.chance(0.7);
  return gold('br-cpf', dotted ? 'dotted' : 'bare', dotted ? `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}` : n);
}

export function pesel(rng: Rng): Piece {
  const { y, m, d } = dob(rng);
  const body = z(y % 100) + z(y >= 2000 ? m + 20 : m) + z(d) + rng.digits(4);
  const c = (10 - (wsum(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return gold('pl-national-id', 'pesel', body + c);
}

export function bsn(rng: Rng): Piece {
  for (;;) {
    const b = String(rng.int(1, 6)) + rng.digits(7);
    const s = wsum(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (s === 10) continue;
    return gold('nl-national-id', 'bsn', b + s);
  }
}

export function personnummer(rng: Rng): Piece {
  const { y, m, d } = dob(rng);
  const body = z(y % 100) + z(m) + z(d) + rng.digits(3);
  const n = body + luhnDigit(body);
  const long = rng.chance(0.4);
  return gold('se-national-id', long ? 'twelve-digit' : 'ten-digit', `${long ? String(y).slice(0, 2) : ''}${n.slice(0, 6)}-${n.slice(6)}`);
}

export function fodselsnummer(rng: Rng): Piece {
  for (;;) {
    const { y, m, d } = dob(rng);
    const indiv = y >= 2000 ? rng.int(500, 999) : rng.int(0, 499);
    const b = z(d) + z(m) + z(y % 100) + z(indiv, 3);
    const k1 = (11 - (wsum(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
    if (k1 === 10) continue;
    const k2 = (11 - (wsum(b + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (k2 === 10) continue;
    return gold('no-national-id', 'fnr', b + k1 + k2);
  }
}

export function henkilotunnus(rng: Rng): Piece {
  const { y, m, d } = dob(rng);
  const indiv = z(rng.int(2, 899), 3);
  const n = Number(z(d) + z(m) + z(y % 100) + indiv);
  return gold('fi-national-id', 'hetu', `${z(d)}${z(m)}${z(y % 100)}${y >= 2000 ? 'A' : '-'}${indiv}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}`);
}

export function belgianNn(rng: Rng): Piece {
  const { y, m, d } = dob(rng);
  const b = z(y % 100) + z(m) + z(d) + z(rng.int(1, 997), 3);
  const k = 97 - Number(BigInt((y >= 2000 ? '2' : '') + b) % 97n);
  const n = b + z(k);
  return gold('be-national-id', 'rrn', rng.chance(0.5) ? `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}` : n);
}

export function nir(rng: Rng): Piece {
  const { y, m } = dob(rng);
  const b = String(rng.int(1, 2)) + z(y % 100) + z(m) + z(rng.pick([75, 69, 13, 33, 59, 67])) + z(rng.int(1, 999), 3) + z(rng.int(1, 999), 3);
  const k = 97 - Number(BigInt(b) % 97n);
  const spaced = rng.chance(0.6);
  return gold('fr-national-id', spaced ? 'spaced' : 'compact', spaced ? `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${z(k)}` : b + z(k));
}

export function ptNif(rng: Rng): Piece {
  const b = rng.pick(['1', '2', '3']) + rng.digits(7);
  const r = wsum(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return gold('pt-nif', 'nif', b + (r < 2 ? 0 : 11 - r));
}

export function sin(rng: Rng): Piece {
  const b = String(rng.pick([1, 2, 3, 4, 5, 6, 7, 9])) + rng.digits(7);
  const n = b + luhnDigit(b);
  return gold('ca-national-id', 'sin', `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`);
}

/** Steuerliche Identifikationsnummer: 11 digits, exactly one digit twice in the first ten, ISO 7064 mod 11,10. */
export function steuerId(rng: Rng): Piece {
  for (;;) {
    const b = String(rng.int(1, 9)) + rng.digits(9);
    const counts = new Map<string, number>();
    for (const c of b) counts.set(c, (counts.get(c) ?? 0) + 1);
    const reps = [...counts.values()].filter((v) => v > 1);
    if (reps.length !== 1 || reps[0] !== 2) continue;
    let p = 10;
    for (const c of b) {
      let s = (Number(c) + p) % 10;
      if (s === 0) s = 10;
      p = (s * 2) % 11;
    }
    const chk = (11 - p) % 10;
    return gold('de-tax-id', 'steuer-idnr', b + chk);
  }
}

/** [cue in its own language, generator] for each national id. */
export const NATIONAL_IDS14: Array<[string, (rng: Rng) => Piece]> = [
  ['National Insurance No.', nino], ['DNI', dni], ['NIE', nie], ['Codice fiscale', codiceFiscale], ['आधार संख्या / Aadhaar', aadhaar], ['CPF', cpf], ['PESEL', pesel], ['BSN', bsn],
  ['Personnummer', personnummer], ['Fødselsnummer', fodselsnummer], ['Henkilötunnus', henkilotunnus], ['Rijksregisternummer', belgianNn], ['N° de sécurité sociale', nir], ['NIF', ptNif], ['SIN', sin], ['Steuer-IdNr.', steuerId],
];

export const anyNationalId = (rng: Rng): [string, Piece] => { const [cue, f] = rng.pick(NATIONAL_IDS14); return [cue, f(rng)]; };
