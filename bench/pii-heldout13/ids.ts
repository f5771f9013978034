// Set 13's national identifiers, each with its own check rule from the published definition and in
// the form its country prints it: UK NINO, Spanish DNI and NIE, Italian codice fiscale, Aadhaar
// (Verhoeff), Brazilian CPF, Dutch BSN (11-proof), Swedish personnummer (Luhn), Finnish henkilötunnus
// (mod 31), Norwegian fødselsnummer (two mod-11 digits), Polish PESEL, French NIR (key 97), German
// Steuer-IdNr (ISO 7064 mod 11,10), Chinese resident id (mod 11-2), Portuguese NIF, Belgian national
// number, Turkish T.C. kimlik no. The type names follow the scorer's national-id pattern.
import { DIGITS, type Rng } from '../pii-heldout/prng.js';
import { codiceFiscaleChar, cpfDigits, dniLetter, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const z2 = (n: number) => String(n).padStart(2, '0');
const birth = (rng: Rng) => ({ y: rng.int(1946, 2006), m: rng.int(1, 12), d: rng.int(1, 28) });
const weighted = (s: string, w: number[]) => [...s].reduce((a, c, i) => a + Number(c) * w[i]!, 0);

function nino(rng: Rng): Piece {
  const first = rng.chars('ABCEGHJKLMNOPRSTWXYZ', 1);
  let second = rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(first + second)) second = 'A';
  const d = rng.digits(6);
  const s = rng.chars('ABCD', 1);
  return rng.chance(0.5) ? gold('uk-nino', 'spaced', `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`) : gold('uk-nino', 'compact', `${first}${second}${d}${s}`);
}

function dni(rng: Rng): Piece {
  const n = rng.digits(8);
  return gold('es-dni', 'compact', `${n}${rng.chance(0.2) ? '-' : ''}${dniLetter(n)}`);
}

function nie(rng: Rng): Piece {
  const lead = rng.int(0, 2);
  const n = rng.digits(7);
  return gold('es-nie', 'compact', `${'XYZ'[lead]}${n}${dniLetter(String(lead) + n)}`);
}

const CF_MONTHS = 'ABCDEHLMPRST';
function codiceFiscale(rng: Rng): Piece {
  const b = birth(rng);
  const day = b.d + (rng.chance(0.5) ? 40 : 0);
  const first15 = rng.chars('BCDFGLMNPRSTVZ', 3) + rng.chars('BCDFGLMNPRSTVZ', 2) + rng.chars('AEIO', 1) + z2(b.y % 100) + CF_MONTHS[b.m - 1] + z2(day) + rng.pick(['H', 'F', 'L', 'A', 'G']) + rng.digits(3);
  return gold('it-fiscal-code', 'compact', first15 + codiceFiscaleChar(first15));
}

function aadhaar(rng: Rng): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const n = body + verhoeffDigit(body);
  return rng.chance(0.7) ? gold('in-aadhaar', 'spaced', n.match(/.{4}/g)!.join(' ')) : gold('in-aadhaar', 'compact', n);
}

function cpf(rng: Rng): Piece {
  const nine = rng.digits(9);
  const n = nine + cpfDigits(nine);
  return rng.chance(0.75) ? gold('br-cpf', 'dotted', `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`) : gold('br-cpf', 'compact', n);
}

function bsn(rng: Rng): Piece {
  for (;;) {
    const eight = String(rng.int(1, 6)) + rng.digits(7);
    const r = weighted(eight, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (r !== 10) return gold('nl-bsn-id', 'compact', eight + r);
  }
}

function personnummer(rng: Rng): Piece {
  const b = birth(rng);
  const body = z2(b.y % 100) + z2(b.m) + z2(b.d) + rng.digits(3);
  const full = body + luhnDigit(body);
  return gold('se-personal-id', 'dashed', `${full.slice(0, 6)}${b.y < 1950 && rng.chance(0.5) ? '+' : '-'}${full.slice(6)}`);
}

function henkilotunnus(rng: Rng): Piece {
  const b = birth(rng);
  const ind = String(rng.int(2, 899)).padStart(3, '0');
  const date = z2(b.d) + z2(b.m) + z2(b.y % 100);
  const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(date + ind) % 31];
  return gold('fi-personal-id', 'dashed', `${date}${b.y >= 2000 ? 'A' : '-'}${ind}${c}`);
}

function fodselsnummer(rng: Rng): Piece {
  for (;;) {
    const b = birth(rng);
    const nine = z2(b.d) + z2(b.m) + z2(b.y % 100) + rng.digits(3);
    const k1 = 11 - (weighted(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
    const d1 = k1 === 11 ? 0 : k1;
    if (d1 === 10) continue;
    const k2 = 11 - (weighted(nine + d1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    const d2 = k2 === 11 ? 0 : k2;
    if (d2 !== 10) return gold('no-personal-id', 'compact', `${nine}${d1}${d2}`);
  }
}

function pesel(rng: Rng): Piece {
  const b = birth(rng);
  const ten = z2(b.y % 100) + z2(b.m + (b.y >= 2000 ? 20 : 0)) + z2(b.d) + rng.digits(4);
  const c = (10 - (weighted(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return gold('pl-pesel-id', 'compact', ten + c);
}

function nir(rng: Rng): Piece {
  const b = birth(rng);
  const thirteen = String(rng.int(1, 2)) + z2(b.y % 100) + z2(b.m) + z2(rng.int(1, 95)) + rng.digits(3) + rng.digits(3);
  const key = z2(97 - Number(BigInt(thirteen) % 97n));
  const t = thirteen;
  return gold('fr-nir-id', 'spaced', `${t[0]} ${t.slice(1, 3)} ${t.slice(3, 5)} ${t.slice(5, 7)} ${t.slice(7, 10)} ${t.slice(10)} ${key}`);
}

function steuerId(rng: Rng): Piece {
  // Ten digits, the first not 0: one digit twice, one digit missing; then the ISO 7064 mod 11,10 digit.
  const digits = [...DIGITS];
  for (let i = digits.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [digits[i], digits[j]] = [digits[j]!, digits[i]!];
  }
  const ten = digits.slice(0, 9);
  ten.splice(rng.int(1, 9), 0, ten[rng.int(0, 8)]!);
  if (ten[0] === '0') [ten[0], ten[1]] = [ten[1]!, ten[0]!];
  let p = 10;
  for (const c of ten) {
    let s = (Number(c) + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  const check = (11 - p) % 10;
  const n = ten.join('') + check;
  return rng.chance(0.5) ? gold('de-tax-id', 'compact', n) : gold('de-tax-id', 'spaced', `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}`);
}

function chinaId(rng: Rng): Piece {
  const b = birth(rng);
  const seventeen = rng.pick(['110105', '310115', '440305', '510104', '330106']) + String(b.y) + z2(b.m) + z2(b.d) + rng.digits(3);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return gold('cn-resident-id', 'compact', seventeen + '10X98765432'[weighted(seventeen, w) % 11]);
}

function nif(rng: Rng): Piece {
  const eight = rng.pick(['1', '2', '3']) + rng.digits(7);
  const r = weighted(eight, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return gold('pt-nif', 'compact', eight + (r < 2 ? 0 : 11 - r));
}

function belgian(rng: Rng): Piece {
  const b = birth(rng);
  const nine = z2(b.y % 100) + z2(b.m) + z2(b.d) + String(rng.int(1, 997)).padStart(3, '0');
  const base = b.y >= 2000 ? BigInt('2' + nine) : BigInt(nine);
  const c = z2(97 - Number(base % 97n));
  return gold('be-national-id', 'dotted', `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6)}.${c}`);
}

function kimlik(rng: Rng): Piece {
  const d = [rng.int(1, 9), ...Array.from({ length: 8 }, () => rng.int(0, 9))];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
  return gold('tr-national-id', 'compact', d.join('') + d10 + d11);
}

export const NATIONAL13 = { nino, dni, nie, codiceFiscale, aadhaar, cpf, bsn, personnummer, henkilotunnus, fodselsnummer, pesel, nir, steuerId, chinaId, nif, belgian, kimlik };
export type NationalKind = keyof typeof NATIONAL13;

/** A national id of `kind` (any by default). */
export const nationalId13 = (rng: Rng, kind: NationalKind = rng.pick(Object.keys(NATIONAL13) as NationalKind[])): Piece => NATIONAL13[kind](rng);
