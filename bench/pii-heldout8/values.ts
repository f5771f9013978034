// Set 8's gold values, each drawn from a seed with its check digits computed: e-mail addresses (some
// with internationalised domains or local parts), payment cards, IBANs, US SSNs, IP addresses in v4 and
// v6 forms, MAC addresses in five notations and the five national ids (NINO, DNI/NIE, codice fiscale,
// Aadhaar, CPF). Names are gold `person` (reported only).
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const GIVEN = ['Annika', 'Bastien', 'Chiara', 'Dmitri', 'Eun-ji', 'Farah', 'Gustavo', 'Haruto', 'Ines', 'Jomo', 'Katarzyna', 'Lars', 'Mariam', 'Nikhil', 'Oona', 'Pedro', 'Qing', 'Rasmus', 'Soo-ah', 'Tomasz'];
const FAMILY = ['Lindqvist', 'Moreau', 'Bianchi', 'Volkov', 'Park', 'Haddad', 'Ribeiro', 'Sato', 'Herrera', 'Otieno', 'Nowak', 'Eriksen', 'Saleh', 'Iyer', 'Virtanen', 'Alves', 'Zhou', 'Holm', 'Jung', 'Kowalczyk'];
export const given = (rng: Rng) => rng.pick(GIVEN);
export const family = (rng: Rng) => rng.pick(FAMILY);
export const person = (rng: Rng, g = given(rng), f = family(rng)): Piece => gold('person', 'full-name', `${g} ${f}`);

const DOMAINS = ['northwind-supply.com', 'kontor-elbe.de', 'atelier-rhone.fr', 'tidewater.co.uk', 'sakura-trading.co.jp', 'hanbit-logis.co.kr', 'mercado-sul.com.br', 'fjordmed.no', 'pk-holding.pl', 'delta-clinic.org'];
const IDN_DOMAINS = ['müller-bau.de', 'café-lumière.fr', 'bücher.example.ch', '例え.jp', '한국물류.kr', 'пример.рф', 'ελλάδα.gr', 'شركة.مصر'];
const IDN_LOCALS = ['jörg', 'zoë', 'françois', 'søren', 'jürgen.weiß'];

export function email(rng: Rng, local?: string): Piece {
  const form = rng.weighted([['ascii', 6], ['idn-domain', 2], ['idn-local', 1], ['plus-tag', 1]] as const);
  const base = local ?? `${given(rng).toLowerCase().replace(/[^a-z]/g, '')}${rng.pick(['.', '_', ''])}${family(rng).toLowerCase()}`;
  const l = form === 'idn-local' ? rng.pick(IDN_LOCALS) : form === 'plus-tag' ? `${base}+${rng.pick(['orders', 'edi', 'cal', 'npm'])}` : base;
  const d = form === 'idn-domain' || form === 'idn-local' ? rng.pick(IDN_DOMAINS) : rng.pick(DOMAINS);
  return gold('email', form, `${l}@${d}`);
}

const CARD_PREFIX: Array<[string, string, number]> = [['visa', '4', 16], ['mastercard', '5', 16], ['mastercard-2', '22', 16], ['amex', '37', 15], ['discover', '6011', 16], ['jcb', '35', 16], ['unionpay', '62', 16]];
export function cardDigits(rng: Rng): { brand: string; digits: string } {
  const [brand, prefix, len] = rng.pick(CARD_PREFIX);
  const body = prefix + (brand === 'mastercard' ? String(rng.int(1, 5)) : '') + rng.digits(len - prefix.length - 1 - (brand === 'mastercard' ? 1 : 0));
  return { brand, digits: body + luhnDigit(body) };
}
export function card(rng: Rng): Piece {
  const { brand, digits } = cardDigits(rng);
  const spaced = rng.chance(0.4);
  const text = spaced ? (digits.length === 15 ? `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}` : digits.replace(/(\d{4})(?=\d)/g, '$1 ')) : digits;
  return gold('credit-card', `${brand}:${spaced ? 'spaced' : 'plain'}`, text);
}

// BBAN shapes: n digits, a letters, c alphanumerics (ISO 13616 registry).
const BBAN: Record<string, string> = { DE: '18n', FR: '10n11c2n', GB: '4a14n', NL: '4a10n', ES: '20n', IT: '1a10n12c', BE: '12n', AT: '16n', CH: '5n12c', PL: '24n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', IE: '4a14n', PT: '21n', LU: '3n13c', SA: '2n18c', AE: '19n', TR: '5n1n16c' };
export function ibanOf(rng: Rng, country: string): string {
  const bban = [...BBAN[country]!.matchAll(/(\d+)([nac])/g)].map(([, n, t]) => rng.chars(t === 'n' ? DIGITS : t === 'a' ? UPPER : UPPER + DIGITS, Number(n))).join('');
  return `${country}${ibanCheck(country, bban)}${bban}`;
}
export function iban(rng: Rng, country: string = rng.pick(Object.keys(BBAN)), form: 'electronic' | 'print' = rng.pick(['electronic', 'print'])): Piece {
  const raw = ibanOf(rng, country);
  return gold('iban', `${country}:${form}`, form === 'print' ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw);
}

export function ssn(rng: Rng, form: 'dashed' | 'spaced' | 'plain' = rng.pick(['dashed', 'spaced', 'plain'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0'), g = String(rng.int(1, 99)).padStart(2, '0'), s = String(rng.int(1, 9999)).padStart(4, '0');
  return gold('us-ssn', form, form === 'dashed' ? `${a}-${g}-${s}` : form === 'spaced' ? `${a} ${g} ${s}` : `${a}${g}${s}`);
}

const v6group = (rng: Rng) => rng.int(1, 0xffff).toString(16);
export function ip(rng: Rng, form = rng.pick(['v4-public', 'v4-private', 'v6-full', 'v6-compressed', 'v4-mapped', 'v6-link-local'])): Piece {
  const octet = () => rng.int(0, 255);
  const text = form === 'v4-public' ? `${rng.pick([81, 89, 93, 141, 185, 203, 213])}.${octet()}.${octet()}.${rng.int(1, 254)}`
    : form === 'v4-private' ? rng.pick([`10.${octet()}.${octet()}.${rng.int(1, 254)}`, `192.168.${octet()}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${octet()}.${rng.int(1, 254)}`])
    : form === 'v6-full' ? `2a02:${Array.from({ length: 7 }, () => v6group(rng).padStart(4, '0')).join(':')}`
    : form === 'v6-compressed' ? `2001:db8:${v6group(rng)}::${v6group(rng)}:${v6group(rng)}`
    : form === 'v4-mapped' ? `::ffff:${rng.int(11, 223)}.${octet()}.${octet()}.${rng.int(1, 254)}`
    : `fe80::${v6group(rng)}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${v6group(rng)}`;
  return gold('ip-address', form, text);
}

export function mac(rng: Rng, form = rng.pick(['colon', 'colon-upper', 'dash', 'cisco-dotted', 'bare'])): Piece {
  const b = Array.from({ length: 6 }, () => rng.chars(HEX, 2));
  b[0] = (parseInt(b[0]!, 16) & 0xfc).toString(16).padStart(2, '0');
  const text = form === 'colon' ? b.join(':') : form === 'colon-upper' ? b.join(':').toUpperCase() : form === 'dash' ? b.join('-').toUpperCase() : form === 'cisco-dotted' ? `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}` : b.join('');
  return gold('mac-address', form, text);
}

export function nino(rng: Rng): Piece {
  const first = rng.chars('ABCEGHJKLMNOPRSTWXYZ', 1), second = rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const spaced = rng.chance(0.5), d = rng.digits(6), suffix = rng.chars('ABCD', 1);
  return gold('uk-nino', spaced ? 'spaced' : 'plain', spaced ? `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${first}${second}${d}${suffix}`);
}

export function dni(rng: Rng): Piece {
  if (rng.chance(0.3)) {
    const x = rng.pick(['X', 'Y', 'Z']), d = rng.digits(7);
    return gold('es-dni', 'nie', `${x}${d}${dniLetter(String('XYZ'.indexOf(x)) + d)}`);
  }
  const d = String(rng.int(10000000, 99999999));
  return gold('es-dni', 'dni', `${d}${dniLetter(d)}`);
}

const CF_MONTHS = 'ABCDEHLMPRST';
export function codiceFiscale(rng: Rng): Piece {
  const day = rng.int(1, 31) + (rng.chance(0.5) ? 40 : 0);
  const body = `${rng.chars('BCDFGLMNPRSTVZ', 3)}${rng.chars('BCDFGLMNPRSTVZ', 3)}${rng.digits(2)}${rng.chars(CF_MONTHS, 1)}${String(day).padStart(2, '0')}${rng.pick(['H', 'F', 'L', 'A'])}${rng.digits(3)}`;
  return gold('it-fiscal-code', 'plain', body + codiceFiscaleChar(body));
}

export function aadhaar(rng: Rng): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const d = body + verhoeffDigit(body);
  const spaced = rng.chance(0.6);
  return gold('in-aadhaar', spaced ? 'spaced' : 'plain', spaced ? `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}` : d);
}

export function cpf(rng: Rng): Piece {
  const nine = rng.digits(9);
  const d = nine + cpfDigits(nine);
  const dotted = rng.chance(0.6);
  return gold('br-cpf', dotted ? 'dotted' : 'plain', dotted ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d);
}

/** A national id with its cue in its own language. */
export function nationalId(rng: Rng): Array<string | Piece> {
  return rng.pick([
    () => [rng.pick(['National Insurance number: ', 'NI No. ', 'NINO ']), nino(rng)],
    () => [rng.pick(['DNI: ', 'NIE: ', 'Documento nacional de identidad ']), dni(rng)],
    () => [rng.pick(['Codice fiscale: ', 'C.F. ', 'cod. fiscale ']), codiceFiscale(rng)],
    () => [rng.pick(['Aadhaar No: ', 'आधार संख्या: ', 'UIDAI Aadhaar ']), aadhaar(rng)],
    () => [rng.pick(['CPF: ', 'CPF nº ', 'Cadastro de Pessoa Física ']), cpf(rng)],
  ])();
}
export const lowerWord = (rng: Rng, n: number) => rng.chars(LOWER, n);
