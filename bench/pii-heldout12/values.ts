// Gold values of set 12 other than phones, names and secrets, each valid by its published definition:
// e-mails, cards of the BINs the schemes publish (Luhn), IBANs with national check digits where the
// country has them (countries without a computable national key are left out), US SSNs of issued
// ranges, public IPv4/IPv6, MACs, and the judged national ids (NINO, DNI/NIE, codice fiscale, Aadhaar, CPF).
import { codiceFiscaleChar, cpfDigits, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import { login, person, type Person } from './people.js';

const DOMAINS = ['gmail.com', 'outlook.com', 'wp.pl', 'seznam.cz', 'freemail.hu', 'yahoo.ro', 'otenet.gr', 'hotmail.com.tr', 'luukku.fi', 'telia.se', 'online.no', 'mail.dk', 'yahoo.com.vn', 'gmail.co.th', 'yahoo.co.id', 'proton.me', 'web.de', 'orange.fr', 'libero.it', 'sapo.pt', 'uol.com.br', 'gmx.at', 'bluewin.ch', 'icloud.com'];
const ORGS = ['klinika-zdrowie.pl', 'nemocnice-brno.cz', 'szolgaltato.hu', 'firma.ro', 'dimos-patron.gr', 'belediye.bel.tr', 'yritys.fi', 'kommune.no', 'region.dk', 'congty.vn', 'perusahaan.co.id', 'chuo.ac.tz', 'example-clinic.org', 'stadtwerke-ulm.de', 'mairie-lyon.fr', 'acme-logistics.com'];

export function email(rng: Rng, p: Person = person(rng)): Piece {
  const work = rng.chance(0.35);
  const text = `${login(rng, p)}@${rng.pick(work ? ORGS : DOMAINS)}`;
  return gold('email', work ? 'work' : text.includes('+') ? 'plus-tag' : 'personal', rng.chance(0.08) ? text.replace(/^./, (c) => c.toUpperCase()) : text);
}

/** [scheme, prefix generator, length] per BIN range the schemes publish. */
const SCHEMES: Array<[string, (r: Rng) => string, number]> = [
  ['visa', () => '4', 16],
  ['mastercard', (r) => String(r.int(51, 55)), 16],
  ['mastercard-2series', (r) => String(r.int(2221, 2720)), 16],
  ['amex', (r) => r.pick(['34', '37']), 15],
  ['discover', (r) => r.pick(['6011', String(r.int(644, 649)), '65']), 16],
  ['jcb', (r) => String(r.int(3528, 3589)), 16],
  ['diners', (r) => r.pick(['36', '38', String(r.int(300, 305))]), 14],
  ['unionpay', () => '62', 16],
  ['mir', (r) => String(r.int(2200, 2204)), 16],
  ['rupay', (r) => r.pick(['6070', '6080', '6521', '6522', '81', '82']), 16],
];

export function card(rng: Rng): Piece {
  const [scheme, prefix, len] = rng.pick(SCHEMES);
  const p = prefix(rng);
  const body = p + rng.digits(len - 1 - p.length);
  const n = body + luhnDigit(body);
  const style = rng.pick(['spaced', 'dashed', 'compact']);
  let text = n;
  if (style !== 'compact') {
    const sep = style === 'spaced' ? ' ' : '-';
    text = len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : len === 14 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : n.match(/.{1,4}/g)!.join(sep);
  }
  return gold('credit-card', `${scheme}:${style}`, text);
}

const ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
const esDc = (ten: string) => { const d = 11 - ([...ten].reduce((a, c, i) => a + Number(c) * ES_W[i]!, 0) % 11); return d === 11 ? 0 : d === 10 ? 1 : d; };

/** BBAN per country; national keys computed for FR (clé RIB), ES (dígitos de control) and BE (mod 97). */
const BBANS: Record<string, (r: Rng) => string> = {
  DE: (r) => r.number(8) + r.digits(10),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
  AT: (r) => r.number(5) + r.digits(11),
  CH: (r) => '00' + r.digits(3) + r.digits(12),
  IE: (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14),
  DK: (r) => r.number(4) + r.digits(10),
  RO: (r) => r.pick(['BTRL', 'RNCB', 'BRDE', 'INGB']) + r.chars(UPPER + '0123456789', 16),
  GR: (r) => r.pick(['011', '014', '017', '026']) + r.digits(4) + r.digits(16),
  TR: (r) => r.number(5) + '0' + r.digits(16),
  FR: (r) => {
    const b = r.number(5), g = r.digits(5), c = r.digits(11);
    const key = 97 - ((89 * Number(b) + 15 * Number(g) + 3 * Number(c)) % 97);
    return b + g + c + String(key).padStart(2, '0');
  },
  ES: (r) => { const e = r.digits(4), o = r.digits(4), c = r.digits(10); return `${e}${o}${esDc('00' + e + o)}${esDc(c)}${c}`; },
  BE: (r) => { const ten = r.number(3) + r.digits(7); const k = Number(ten) % 97 || 97; return ten + String(k).padStart(2, '0'); },
};
export const IBAN_COUNTRIES12 = Object.keys(BBANS);

export function iban(rng: Rng, country: string = rng.pick(IBAN_COUNTRIES12)): Piece {
  const bban = BBANS[country]!(rng);
  const s = country + ibanCheck(country, bban) + bban;
  const print = rng.chance(0.6);
  return gold('iban', `${country}:${print ? 'print' : 'electronic'}`, print ? s.match(/.{1,4}/g)!.join(' ') : s);
}

export function ssn(rng: Rng): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const s = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  const form = rng.pick(['dashed', 'dashed', 'spaced', 'compact']);
  return gold('us-ssn', form, s.join(form === 'dashed' ? '-' : form === 'spaced' ? ' ' : ''));
}

/** A public IPv4 (first octet outside private, loopback, multicast and documentation ranges). */
export function ipv4(rng: Rng): Piece {
  const a = rng.pick([31, 37, 46, 62, 78, 81, 85, 89, 91, 94, 109, 141, 151, 176, 185, 188, 195, 212, 217, 41, 102, 103, 110, 113, 171, 186, 200]);
  return gold('ip-address', 'v4', `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`);
}

export function ipv6(rng: Rng): Piece {
  const h = () => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const pre = rng.pick(['2a02', '2001:41d0', '2a01:4f8', '2600:1f18', '2405:200', '2804:14c', '2c0f:fe38']);
  const groups = pre.split(':');
  while (groups.length < 4) groups.push(h());
  const iid = [h(), h(), h(), h()];
  const full = rng.chance(0.3);
  return gold('ip-address', full ? 'v6-full' : 'v6-compressed', full ? [...groups, ...iid].join(':') : `${groups.slice(0, 3).join(':')}::${iid.slice(2).join(':')}`);
}

export const ip = (rng: Rng): Piece => (rng.chance(0.7) ? ipv4(rng) : ipv6(rng));

export function mac(rng: Rng): Piece {
  const b = [rng.int(0, 127) * 2, ...Array.from({ length: 5 }, () => rng.int(0, 255))].map((x) => x.toString(16).padStart(2, '0'));
  const form = rng.pick(['colon', 'colon-upper', 'dash', 'cisco']);
  const text = form === 'colon' ? b.join(':') : form === 'colon-upper' ? b.join(':').toUpperCase() : form === 'dash' ? b.join('-').toUpperCase() : [b[0]! + b[1], b[2]! + b[3], b[4]! + b[5]].join('.');
  return gold('mac-address', form, text);
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
export function nino(rng: Rng): Piece {
  let pre = '';
  do pre = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
  const d = rng.digits(6);
  const suf = rng.pick(['A', 'B', 'C', 'D']);
  const spaced = rng.chance(0.5);
  return gold('uk-nino', spaced ? 'spaced' : 'compact', spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`);
}

export function dni(rng: Rng): Piece {
  if (rng.chance(0.3)) {
    const x = rng.pick(['X', 'Y', 'Z']);
    const d = rng.digits(7);
    return gold('es-nie', 'nie', `${x}${d}${dniLetter(String('XYZ'.indexOf(x)) + d)}`);
  }
  const d = rng.number(8);
  return gold('es-dni', rng.chance(0.2) ? 'dni-dash' : 'dni', rng.chance(0.2) ? `${d}-${dniLetter(d)}` : `${d}${dniLetter(d)}`);
}

export function codiceFiscale(rng: Rng): Piece {
  const cons = 'BCDFGLMNPRSTVZ';
  const day = rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0);
  const first15 = rng.chars(cons, 6) + rng.digits(2) + rng.pick([...'ABCDEHLMPRST']) + String(day).padStart(2, '0') + rng.pick(['H', 'F', 'L', 'A', 'G', 'D']) + rng.digits(3);
  return gold('it-fiscal-code', 'cf', first15 + codiceFiscaleChar(first15));
}

export function aadhaar(rng: Rng): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const n = body + verhoeffDigit(body);
  const spaced = rng.chance(0.6);
  return gold('in-aadhaar', spaced ? 'spaced' : 'compact', spaced ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n);
}

export function cpf(rng: Rng): Piece {
  const nine = rng.digits(9);
  const n = nine + cpfDigits(nine);
  const dotted = rng.chance(0.7);
  return gold('br-cpf', dotted ? 'dotted' : 'compact', dotted ? `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}` : n);
}

export const nationalId = (rng: Rng): Piece => rng.pick([nino, dni, codiceFiscale, aadhaar, cpf])(rng);
