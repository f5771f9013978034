// Set 19's national ids, each valid by its published check: UK NINO, Spanish DNI/NIE, codice fiscale,
// Aadhaar (Verhoeff), CPF, PESEL, Swedish personnummer, Finnish HETU, Dutch BSN, Norwegian
// fødselsnummer, Belgian national number, Portuguese NIF and French NIR.
import { codiceFiscaleChar, cpfDigits, dniLetter, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const dob = (r: Rng) => ({ y: r.int(1940, 2008), m: r.int(1, 12), d: r.int(1, 28) });
const weighted = (s: string, w: number[]) => [...s].reduce((a, c, i) => a + Number(c) * w[i]!, 0);

function nino(r: Rng): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  let pre = '';
  do pre = r.pick([...first.replace('O', '')]) + r.pick([...first.replace('O', '')]); while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre));
  return `${pre}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
}
function cf(r: Rng): string {
  const { y, m, d } = dob(r);
  const head = r.chars('BCDFGLMNPRSTVZ', 3) + r.chars('BCDFGLMNPRSTVZAEIOU', 3) + z(y % 100) + 'ABCDEHLMPRST'[m - 1] + z(d + (r.chance(0.5) ? 40 : 0)) + r.pick(['F', 'H', 'L', 'A', 'G']) + r.digits(3);
  return head + codiceFiscaleChar(head);
}
function pesel(r: Rng): string {
  const { y, m, d } = dob(r);
  const b = z(y % 100) + z(m + (y >= 2000 ? 20 : 0)) + z(d) + r.digits(4);
  return b + String((10 - (weighted(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}
function personnummer(r: Rng): string {
  const { y, m, d } = dob(r);
  const b = z(y % 100) + z(m) + z(d) + r.digits(3);
  return `${b.slice(0, 6)}-${b.slice(6)}${luhnDigit(b)}`;
}
function hetu(r: Rng): string {
  const { y, m, d } = dob(r);
  const n = z(r.int(2, 899), 3);
  const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(z(d) + z(m) + z(y % 100) + n) % 31];
  return `${z(d)}${z(m)}${z(y % 100)}${y >= 2000 ? 'A' : '-'}${n}${c}`;
}
function bsn(r: Rng): string {
  for (;;) {
    const b = r.number(8);
    const c = weighted(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (c < 10) return b + c;
  }
}
function fnr(r: Rng): string {
  for (;;) {
    const { y, m, d } = dob(r);
    const b = z(d) + z(m) + z(y % 100) + z(y >= 2000 ? r.int(500, 999) : r.int(0, 499), 3);
    const k1 = (11 - (weighted(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
    if (k1 === 10) continue;
    const k2 = (11 - (weighted(b + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (k2 !== 10) return `${b}${k1}${k2}`;
  }
}
function beNn(r: Rng): string {
  const y = r.int(1945, 1999);
  const b = z(y % 100) + z(r.int(1, 12)) + z(r.int(1, 28)) + z(r.int(1, 997), 3);
  const c = 97 - Number(BigInt(b) % 97n);
  return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${z(c)}`;
}
function nif(r: Rng): string {
  const b = r.pick(['1', '2', '3']) + r.digits(7);
  const c = 11 - (weighted(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return b + (c >= 10 ? 0 : c);
}
function nir(r: Rng): string {
  const b = `${r.int(1, 2)}${z(r.int(40, 99))}${z(r.int(1, 12))}${z(r.int(1, 95))}${r.digits(3)}${r.digits(3)}`;
  const k = 97 - Number(BigInt(b) % 97n);
  return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${z(k)}`;
}

const MAKERS: Record<string, (r: Rng) => [form: string, text: string]> = {
  'uk-nino': (r) => { const s = nino(r); return r.chance(0.5) ? ['spaced', `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4, 6)} ${s.slice(6, 8)} ${s[8]}`] : ['bare', s]; },
  'es-dni': (r) => { const n = r.digits(8); return ['dni', n + dniLetter(n)]; },
  'es-nie': (r) => { const p = r.int(0, 2); const n = r.digits(7); return ['nie', 'XYZ'[p] + n + dniLetter(p + n)]; },
  'it-fiscal-code': (r) => ['bare', cf(r)],
  'in-aadhaar': (r) => { const b = String(r.int(2, 9)) + r.digits(10); const s = b + verhoeffDigit(b); return r.chance(0.7) ? ['spaced', s.match(/.{4}/g)!.join(' ')] : ['bare', s]; },
  'br-cpf': (r) => { const n = r.digits(9); const s = n + cpfDigits(n); return r.chance(0.8) ? ['dotted', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`] : ['bare', s]; },
  'pl-national-id': (r) => ['pesel', pesel(r)],
  'se-national-id': (r) => ['personnummer', personnummer(r)],
  'fi-national-id': (r) => ['hetu', hetu(r)],
  'nl-national-id': (r) => ['bsn', bsn(r)],
  'no-national-id': (r) => ['fodselsnummer', fnr(r)],
  'be-national-id': (r) => ['rijksregister', beNn(r)],
  'pt-tax-id': (r) => ['nif', nif(r)],
  'fr-national-id': (r) => ['nir', nir(r)],
};
export const NATIONAL_TYPES19 = Object.keys(MAKERS);

/** A national id of `type`, valid by its check. */
export function nationalId(rng: Rng, type: string): Piece {
  const [form, text] = MAKERS[type]!(rng);
  return gold(type, form, text);
}
