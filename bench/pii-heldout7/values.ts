// Set 7's gold values, written from each format's own rules: e-mail of RFC 5322/6531 (IDN domains,
// Unicode and quoted local parts), card numbers of the schemes' IIN ranges with a Luhn digit, IBANs of
// the SWIFT registry's lengths with mod-97 digits, SSNs of the SSA's valid areas, IPs of RFC 4291/5952
// forms, the five national ids with their check characters, MACs of IEEE's written forms. Each returns
// a gold piece with its form.
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const LOCALS = ['maria.santos', 'j.okafor', 'li.wei', 'anna-lena.koch', 'tkowalski', 'h.nguyen', 'priya.r', 'oleksandr.b', 'yael.cohen', 'sakura.ito', 'minjun.park', 'dewi.lestari', 'lucas_martin', 'sofia.rossi', 'erik.lund'];
const DOMAINS = ['acme-logistics.com', 'stadtwerke-nord.de', 'mairie-lyon.fr', 'uni-wien.ac.at', 'kontor.co.uk', 'transportes.com.br', 'fpt.com.vn', 'telkom.co.id', 'ukr.net', 'naver.com', 'qq.com', 'walla.co.il', 'outlook.com', 'gmail.com', 'studio-bianchi.it'];
const IDN = [['jürgen.müller', 'bäckerei-köln.de'], ['zoë.brontë', 'maison-élan.fr'], ['søren', 'kø.dk'], ['иван.петров', 'почта.рф'], ['用户', '例子.中国'], ['josé.núñez', 'correo.es']] as const;

export function email(rng: Rng): Piece {
  const local = rng.pick(LOCALS);
  const domain = rng.pick(DOMAINS);
  const form = rng.weighted([['plain', 6], ['plus-tag', 1], ['upper', 1], ['idn-domain', 1], ['unicode-local', 1], ['quoted-local', 0.5], ['subdomain', 1]] as const);
  const [ul, ud] = rng.pick(IDN);
  switch (form) {
    case 'plus-tag': return gold('email', form, `${local}+${rng.pick(['crm', 'news', 'jobs'])}@${domain}`);
    case 'upper': return gold('email', form, `${local.toUpperCase()}@${domain.toUpperCase()}`);
    case 'idn-domain': return gold('email', form, `${local}@${ud}`);
    case 'unicode-local': return gold('email', form, `${ul}@${ud}`);
    case 'quoted-local': return gold('email', form, `"${local.replace(/[._]/, ' ')}"@${domain}`);
    case 'subdomain': return gold('email', form, `${local}@mail.${rng.pick(['eu', 'corp', 'hr'])}.${domain}`);
    default: return gold('email', form, `${local}${rng.chance(0.3) ? rng.int(1, 99) : ''}@${domain}`);
  }
}

const CARD_RANGES: Array<[string, string, number]> = [['visa', '4', 16], ['mastercard', '51', 16], ['mastercard-2', '2221', 16], ['amex', '37', 15], ['discover', '6011', 16], ['jcb', '3528', 16], ['diners', '36', 14], ['unionpay', '62', 19], ['maestro', '6759', 16]];

export function cardDigits(rng: Rng): { digits: string; scheme: string } {
  const [scheme, iin, len] = rng.pick(CARD_RANGES);
  const body = iin + rng.digits(len - iin.length - 1);
  return { digits: body + luhnDigit(body), scheme };
}

export function card(rng: Rng): Piece {
  const { digits, scheme } = cardDigits(rng);
  const style = rng.pick(['spaced', 'dashed', 'compact']);
  const sep = style === 'spaced' ? ' ' : style === 'dashed' ? '-' : '';
  const groups = scheme === 'amex' ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)] : scheme === 'diners' ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)] : digits.match(/.{1,4}/g)!;
  return gold('credit-card', `${scheme}-${style}`, groups.join(sep));
}

// Country, BBAN pattern (a: upper letter, n: digit, c: letter or digit, count after), from the IBAN registry.
export const IBAN_FORMATS: Record<string, string> = {
  DE: 'n18', GB: 'a4n14', FR: 'n10c11n2', ES: 'n20', IT: 'a1n10c12', NL: 'a4n10', BE: 'n12', AT: 'n16', CH: 'n5c12', PL: 'n24', PT: 'n21', IE: 'a4n14', SE: 'n20', DK: 'n14', NO: 'n11', FI: 'n14', LU: 'n3c13', CZ: 'n20', BR: 'n23a1c1', TR: 'n5n1c16', UA: 'n6c19', IL: 'n19', AE: 'n19', SA: 'n2c18', RO: 'a4c16',
};

export function bban(rng: Rng, country: string): string {
  let s = '';
  for (const [, k, n] of IBAN_FORMATS[country]!.matchAll(/([anc])(\d+)/g)) s += rng.chars(k === 'a' ? UPPER : k === 'n' ? DIGITS : UPPER + DIGITS, Number(n));
  return s;
}

export const paper = (compact: string): string => compact.replace(/(.{4})(?=.)/g, '$1 ');

export function ibanCompact(rng: Rng, country = rng.pick(Object.keys(IBAN_FORMATS))): string {
  const b = bban(rng, country);
  return country + ibanCheck(country, b) + b;
}

export function iban(rng: Rng, country?: string): Piece {
  const c = ibanCompact(rng, country);
  return rng.chance(0.55) ? gold('iban', `${c.slice(0, 2)}-paper`, paper(c)) : gold('iban', `${c.slice(0, 2)}-compact`, c);
}

export function ssn(rng: Rng, style = rng.pick(['dashed', 'dashed', 'spaced', 'compact'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(rng.int(1, 99)).padStart(2, '0');
  const s = String(rng.int(1, 9999)).padStart(4, '0');
  return gold('us-ssn', style, style === 'dashed' ? `${a}-${g}-${s}` : style === 'spaced' ? `${a} ${g} ${s}` : a + g + s);
}

export const ipv4Text = (rng: Rng): string => [rng.pick([23, 34, 52, 81, 88, 91, 103, 141, 176, 185, 188, 203, 212, 217]), rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)].join('.');
const h16 = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An IPv4 address; `v4-private` one of RFC 1918's ranges (an instance's address in a plan). */
export function ipv4(rng: Rng, form = 'v4'): Piece {
  const priv = () => rng.pick([`10.${rng.int(0, 255)}`, `172.${rng.int(16, 31)}`, `192.168`]) + `.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  return gold('ip-address', form, form === 'v4-private' ? priv() : ipv4Text(rng));
}

export function ipv6(rng: Rng): Piece {
  const form = rng.pick(['v6-compressed', 'v6-full', 'v6-upper', 'v6-mapped-v4', 'v6-link-local', 'v6-short']);
  const groups = [rng.pick(['2001', '2a02', '2a00', '2600', '2607', '2804', '240e']), ...Array.from({ length: 7 }, () => h16(rng))];
  switch (form) {
    case 'v6-full': return gold('ip-address', form, groups.map((g) => g.padStart(4, '0')).join(':'));
    case 'v6-upper': return gold('ip-address', form, `${groups.slice(0, 3).join(':')}::${groups.slice(6).join(':')}`.toUpperCase());
    case 'v6-mapped-v4': return gold('ip-address', form, `::ffff:${ipv4Text(rng)}`);
    case 'v6-link-local': return gold('ip-address', form, `fe80::${groups.slice(4).join(':')}`);
    case 'v6-short': return gold('ip-address', form, `${groups[0]}:${groups[1]}::${groups[7]}`);
    default: return gold('ip-address', form, `${groups.slice(0, 4).join(':')}::${groups.slice(5).join(':')}`);
  }
}

export const ip = (rng: Rng): Piece => (rng.chance(0.6) ? ipv4(rng) : ipv6(rng));

export function nino(rng: Rng): Piece {
  const first = rng.pick([...'ABCEGHJKLMNOPRSTWXYZ'].filter((c) => c !== 'O'));
  const second = rng.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  const d = rng.digits(6);
  const suffix = rng.pick(['A', 'B', 'C', 'D']);
  return rng.chance(0.5) ? gold('uk-nino', 'spaced', `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`) : gold('uk-nino', 'compact', `${first}${second}${d}${suffix}`);
}

export function dni(rng: Rng): Piece {
  if (rng.chance(0.3)) {
    const x = rng.pick(['X', 'Y', 'Z']);
    const d = rng.digits(7);
    return gold('es-dni', 'nie', `${x}${d}${dniLetter(String('XYZ'.indexOf(x)) + d)}`);
  }
  const d = rng.number(8);
  const l = dniLetter(d);
  return rng.chance(0.4) ? gold('es-dni', 'dotted', `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}-${l}`) : gold('es-dni', 'compact', d + l);
}

const MONTHS = 'ABCDEHLMPRST';
export function codiceFiscale(rng: Rng): Piece {
  const cons = 'BCDFGLMNPRSTVZ';
  const day = rng.int(1, 31) + (rng.chance(0.5) ? 40 : 0);
  const body = rng.chars(cons, 6) + rng.digits(2) + rng.pick([...MONTHS]) + String(day).padStart(2, '0') + rng.pick(['A', 'F', 'H', 'L', 'G']) + rng.digits(3);
  return gold('it-fiscal-code', 'standard', body + codiceFiscaleChar(body));
}

export function aadhaar(rng: Rng): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const n = body + verhoeffDigit(body);
  const style = rng.pick(['spaced', 'spaced', 'compact', 'dashed']);
  const g = n.match(/.{4}/g)!;
  return gold('in-aadhaar', style, style === 'spaced' ? g.join(' ') : style === 'dashed' ? g.join('-') : n);
}

export function cpf(rng: Rng): Piece {
  const nine = rng.digits(9);
  const n = nine + cpfDigits(nine);
  return rng.chance(0.7) ? gold('br-cpf', 'dotted', `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`) : gold('br-cpf', 'compact', n);
}

export function mac(rng: Rng, form = rng.pick(['colon-lower', 'colon-upper', 'dash-upper', 'cisco-dotted', 'bare'])): Piece {
  const h = rng.chars(HEX, 12);
  const pairs = h.match(/../g)!;
  switch (form) {
    case 'colon-upper': return gold('mac-address', form, pairs.join(':').toUpperCase());
    case 'dash-upper': return gold('mac-address', form, pairs.join('-').toUpperCase());
    case 'cisco-dotted': return gold('mac-address', form, h.match(/..../g)!.join('.'));
    case 'bare': return gold('mac-address', form, rng.chance(0.5) ? h.toUpperCase() : h);
    default: return gold('mac-address', form, pairs.join(':'));
  }
}

export const lower = (rng: Rng, n: number): string => rng.chars(LOWER + DIGITS, n);
