// Gold values of set 6 with their check digits computed (set 1's checksum functions): people and
// their e-mail addresses (IDN domains, Unicode and plus-tagged local parts), cards, IBANs of many
// countries, US SSNs, the five national ids, IPv4 and IPv6 in every written form, MACs and secrets.
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export type Lang = 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'pt' | 'cs' | 'sv' | 'en' | 'hi' | 'tr';
const NAMES: Record<Lang, [string[], string[]]> = {
  de: [['Jürgen', 'Annegret', 'Falk', 'Wiebke', 'Torsten', 'Göran'], ['Weißhaupt', 'Kröger', 'Ostermann', 'Brüggemann', 'Lindqvist-Hahn']],
  fr: [['Gaëlle', 'Thibault', 'Élodie', 'Benoît', 'Solène'], ['Lefèvre', 'Marchetti', 'Duval', 'Beaumarchais', 'Rousseau']],
  es: [['Iñaki', 'Rocío', 'Aitor', 'Nerea', 'Begoña'], ['Urquiza', 'Ibáñez', 'Castañeda', 'Olmedo', 'Zubiría']],
  it: [['Graziella', 'Ottavio', 'Benedetta', 'Ludovico', 'Ornella'], ['Scarpetta', 'Lombardini', 'Dell’Acqua', 'Ferraresi', 'Capuozzo']],
  nl: [['Joost', 'Femke', 'Sjoerd', 'Maartje', 'Ruud'], ['van der Heijden', 'Bakhuis', 'de Groot', 'Verbeek', 'Schuurman']],
  pl: [['Grzegorz', 'Małgorzata', 'Wojciech', 'Żaneta', 'Bartłomiej'], ['Wiśniewska', 'Krzyżanowski', 'Pawłowski', 'Zając', 'Szczepańska']],
  pt: [['João', 'Conceição', 'Thiago', 'Lívia', 'Gonçalo'], ['Magalhães', 'Brandão', 'Figueiredo', 'Assunção', 'Quintela']],
  cs: [['Jiří', 'Věra', 'Radek', 'Lucie', 'Ondřej'], ['Dvořáková', 'Procházka', 'Černý', 'Kučerová', 'Horák']],
  sv: [['Åsa', 'Björn', 'Linnéa', 'Måns', 'Sigrid'], ['Sjöberg', 'Lundqvist', 'Ekström', 'Håkansson', 'Nyström']],
  en: [['Oliver', 'Siobhan', 'Marcus', 'Imogen', 'Declan', 'Tamsin'], ['Fairbrother', 'Okonkwo', 'Whitlock', 'Pemberton', 'Gallagher']],
  hi: [['Ananya', 'Rohit', 'Priyanka', 'Venkatesh', 'Kavya'], ['Raghunathan', 'Chatterjee', 'Deshpande', 'Iyer', 'Bhattacharya']],
  tr: [['Ayşe', 'Oğuz', 'Gülşen', 'Emre', 'Çağla'], ['Yıldırım', 'Öztürk', 'Kılıç', 'Şahin', 'Aydoğan']],
};
export const LANGS = Object.keys(NAMES) as Lang[];
const DOMAINS = ['example.org', 'mail.example.com', 'kanzlei-example.de', 'müller-bau.example', 'université-example.fr', 'example.co.uk', 'correo.example.es', 'poczta.example.pl', 'example.com.br', 'example.in'];

export interface Person { given: string; family: string; lang: Lang }
export function person(rng: Rng, lang: Lang = rng.pick(LANGS)): Person {
  const [g, f] = NAMES[lang];
  return { given: rng.pick(g), family: rng.pick(f), lang };
}
export const fullName = (p: Person, form: 'given-family' | 'family-comma-given' = 'given-family'): Piece =>
  gold('person', `${p.lang}:${form}`, form === 'given-family' ? `${p.given} ${p.family}` : `${p.family}, ${p.given}`);

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ł]/g, 'l').replace(/[ß]/g, 'ss').replace(/[ıİ]/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();

/** An e-mail address of a person (form: local shape + `idn` when the domain is not ASCII). */
export function email(rng: Rng, p: Person = person(rng)): Piece {
  const domain = rng.weighted(DOMAINS.map((d, i) => [d, i < 3 ? 4 : 1] as const));
  const shape = rng.weighted([['given.family', 5], ['g.family', 2], ['family+tag', 1], ['unicode', 1], ['role', 1]] as const);
  const local = {
    'given.family': `${fold(p.given)}.${fold(p.family)}`,
    'g.family': `${fold(p.given)[0]}.${fold(p.family)}${rng.chance(0.3) ? rng.int(1, 99) : ''}`,
    'family+tag': `${fold(p.family)}+${rng.pick(['invoices', 'newsletter', 'jira'])}`,
    unicode: `${p.given.toLowerCase()}.${p.family.toLowerCase().replace(/[ ’]/g, '')}`,
    role: `${fold(p.family)}_${rng.pick(['hr', 'buchhaltung', 'compta', 'ops'])}`,
  }[shape];
  return gold('email', /[^ -~]/.test(domain) ? `${shape}+idn` : shape, `${local}@${domain}`);
}

export function cardDigits(rng: Rng): { digits: string; brand: string } {
  const brand = rng.weighted([['visa', 5], ['mastercard', 4], ['amex', 2], ['discover', 1], ['maestro', 1]] as const);
  const prefix = { visa: '4', mastercard: rng.chance(0.7) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720)), amex: rng.pick(['34', '37']), discover: '6011', maestro: rng.pick(['6759', '5018']) }[brand];
  const len = brand === 'amex' ? 15 : brand === 'maestro' ? rng.pick([16, 19]) : 16;
  const body = prefix + rng.digits(len - 1 - prefix.length);
  return { digits: body + luhnDigit(body), brand };
}
export function card(rng: Rng): Piece {
  const { digits, brand } = cardDigits(rng);
  const sep = rng.weighted([[' ', 4], ['', 3], ['-', 1]] as const);
  const groups = digits.length === 15 ? [4, 6, 5] : digits.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  let at = 0;
  const text = groups.map((n) => digits.slice(at, (at += n))).join(sep);
  return gold('credit-card', `${brand}:${sep === ' ' ? 'spaced' : sep === '' ? 'bare' : 'dashed'}`, text);
}

// BBAN layouts of the IBAN registry: n digits, a upper-case letters, c alphanumerics.
const BBAN: Record<string, string> = {
  DE: '18n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', PL: '24n', BE: '12n', AT: '16n', CH: '5n12c', PT: '21n', CZ: '20n', SE: '20n', GB: '4a14n', IE: '4a14n',
  LU: '3n13c', DK: '14n', FI: '14n', NO: '11n', GR: '7n16c', HU: '24n', SK: '20n', HR: '17n', RO: '4a16c', SI: '15n', BG: '4a6n8c', LT: '16n', EE: '16n', TR: '5n1n16c', SA: '2n18c', BR: '23n1a1c',
};
export const IBAN_COUNTRIES = Object.keys(BBAN);
export function bban(rng: Rng, country: string): string {
  return [...BBAN[country]!.matchAll(/(\d+)([nac])/g)].map(([, n, k]) => rng.chars(k === 'n' ? DIGITS : k === 'a' ? UPPER : UPPER + DIGITS, Number(n))).join('');
}
export const paper = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
export function ibanText(rng: Rng, country = rng.pick(IBAN_COUNTRIES)): string {
  const b = bban(rng, country);
  return country + ibanCheck(country, b) + b;
}
export function iban(rng: Rng, country = rng.pick(IBAN_COUNTRIES), printed = rng.chance(0.5)): Piece {
  const e = ibanText(rng, country);
  return gold('iban', `${country}:${printed ? 'paper' : 'electronic'}`, printed ? paper(e) : e);
}

export function ssn(rng: Rng, sep = rng.weighted([['-', 5], ['', 1], [' ', 1]] as const)): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const parts = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', sep === '-' ? 'dashed' : sep === '' ? 'bare' : 'spaced', parts.join(sep));
}

export function nino(rng: Rng, spaced = rng.chance(0.5)): Piece {
  let pre = '';
  do pre = rng.chars('ABCEGHJKLMNPRSTWXYZ', 1) + rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre));
  const d = rng.digits(6);
  const s = rng.chars('ABCD', 1);
  return gold('uk-nino', spaced ? 'spaced' : 'compact', spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${pre}${d}${s}`);
}

export function dni(rng: Rng): Piece {
  if (rng.chance(0.35)) {
    const x = rng.pick(['X', 'Y', 'Z']);
    const n = rng.digits(7);
    const letter = dniLetter(String('XYZ'.indexOf(x)) + n);
    return gold('es-dni', 'nie', rng.chance(0.5) ? `${x}${n}${letter}` : `${x}-${n}-${letter}`);
  }
  const n = rng.number(8);
  const letter = dniLetter(n);
  return rng.chance(0.3) ? gold('es-dni', 'dni-dotted', `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}-${letter}`) : gold('es-dni', 'dni', `${n}${letter}`);
}

export function codiceFiscale(rng: Rng): Piece {
  const day = rng.int(1, 31) + (rng.chance(0.5) ? 40 : 0);
  const first = rng.chars('BCDFGLMNPRSTVZ', 3) + rng.chars('BCDFGLMNPRSTVZAEIOU', 3) + rng.digits(2) + rng.pick([...'ABCDEHLMPRST']) + String(day).padStart(2, '0') + rng.pick([...'ABCDEFGHILMZ']) + rng.digits(3);
  return gold('it-fiscal-code', 'standard', first + codiceFiscaleChar(first));
}

export function cpf(rng: Rng): Piece {
  const nine = rng.digits(9);
  const d = nine + cpfDigits(nine);
  return rng.chance(0.7) ? gold('br-cpf', 'formatted', `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`) : gold('br-cpf', 'bare', d);
}

export function aadhaar(rng: Rng): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const d = body + verhoeffDigit(body);
  return rng.chance(0.7) ? gold('in-aadhaar', 'spaced', `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`) : gold('in-aadhaar', 'bare', d);
}

export const NATIONAL = { 'uk-nino': nino, 'es-dni': dni, 'it-fiscal-code': codiceFiscale, 'br-cpf': cpf, 'in-aadhaar': aadhaar, 'us-ssn': ssn } as const;

export function ipv4(rng: Rng, range = rng.pick(['public', 'rfc1918', 'documentation'] as const)): Piece {
  const o = () => rng.int(1, 254);
  const text = {
    public: `${rng.pick([31, 62, 81, 93, 145, 178, 185, 212])}.${o()}.${o()}.${o()}`,
    rfc1918: rng.pick([`10.${o()}.${o()}.${o()}`, `192.168.${o()}.${o()}`, `172.${rng.int(16, 31)}.${o()}.${o()}`]),
    documentation: `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${o()}`,
  }[range];
  return gold('ip-address', `v4:${range}`, text);
}

const h16 = (rng: Rng) => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
export type V6Form = 'compressed' | 'full' | 'link-local-zone' | 'mapped' | 'loopback-free-upper';
export function ipv6(rng: Rng, form: V6Form = rng.pick(['compressed', 'full', 'link-local-zone', 'mapped', 'loopback-free-upper'] as const)): Piece {
  const text = {
    compressed: `2001:db8:${h16(rng)}:${h16(rng)}::${h16(rng)}`,
    full: `2a02:${Array.from({ length: 7 }, () => rng.chars(HEX, 4)).join(':')}`,
    'link-local-zone': `fe80::${h16(rng)}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${h16(rng)}%${rng.pick(['eth0', 'en0', 'wlan0', 'ens192'])}`,
    mapped: `::ffff:${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    'loopback-free-upper': `2001:DB8:${rng.chars('0123456789ABCDEF', 4)}:${rng.chars('0123456789ABCDEF', 4)}::${rng.chars('0123456789ABCDEF', 3)}`,
  }[form];
  return gold('ip-address', `v6:${form}`, text);
}
export const ip = (rng: Rng): Piece => (rng.chance(0.6) ? ipv4(rng) : ipv6(rng));

export type MacForm = 'colon-lower' | 'colon-upper' | 'dash' | 'cisco-dot' | 'bare';
export function mac(rng: Rng, form: MacForm = rng.pick(['colon-lower', 'colon-upper', 'dash', 'cisco-dot', 'bare'] as const)): Piece {
  const b = Array.from({ length: 6 }, (_, i) => (i === 0 ? (rng.int(0, 63) * 4).toString(16).padStart(2, '0') : rng.chars(HEX, 2)));
  const text = { 'colon-lower': b.join(':'), 'colon-upper': b.join(':').toUpperCase(), dash: b.join('-').toUpperCase(), 'cisco-dot': [0, 2, 4].map((i) => b[i]! + b[i + 1]!).join('.'), bare: b.join('') }[form];
  return gold('mac-address', form, text);
}

const B64URL = ALNUM + '-_';
const b64url = (s: string) => Buffer.from(s).toString('base64url');
export function awsPair(rng: Rng): { id: Piece; secret: Piece } {
  return { id: gold('aws-access-key-id', rng.chance(0.8) ? 'AKIA' : 'ASIA', rng.pick(['AKIA', 'ASIA']) + rng.chars(UPPER + '234567', 16)), secret: gold('aws-secret-access-key', 'base64-40', rng.chars(ALNUM + '+/', 40)) };
}
export function jwt(rng: Rng): Piece {
  const head = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: rng.number(7), iat: 1760000000 + rng.int(0, 9999999), scope: 'read write' }));
  return gold('jwt', 'three-part', `${head}.${body}.${rng.chars(B64URL, 43)}`);
}
export function privateKey(rng: Rng): Piece {
  const kind = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 9) }, () => rng.chars(ALNUM + '+/', 64));
  return gold('private-key', kind.toLowerCase().replace(/ /g, '-'), `-----BEGIN ${kind}-----\n${lines.join('\n')}\n${rng.chars(ALNUM, 20)}==\n-----END ${kind}-----`);
}
export function providerToken(rng: Rng): Piece {
  const kind = rng.pick(['github', 'github-fine', 'gitlab', 'slack', 'stripe', 'google', 'sendgrid', 'npm'] as const);
  const text = {
    github: `gh${rng.pick(['p', 'o', 's'])}_${rng.chars(ALNUM, 36)}`,
    'github-fine': `github_pat_${rng.chars(ALNUM, 22)}_${rng.chars(ALNUM, 59)}`,
    gitlab: `glpat-${rng.chars(ALNUM + '-_', 20)}`,
    slack: `xox${rng.pick(['b', 'p'])}-${rng.number(11)}-${rng.number(12)}-${rng.chars(ALNUM, 24)}`,
    stripe: `sk_live_${rng.chars(ALNUM, rng.pick([24, 99]))}`,
    google: `AIza${rng.chars(ALNUM + '-_', 35)}`,
    sendgrid: `SG.${rng.chars(B64URL, 22)}.${rng.chars(B64URL, 43)}`,
    npm: `npm_${rng.chars(ALNUM, 36)}`,
  }[kind];
  const type = { github: 'github-token', 'github-fine': 'github-token', gitlab: 'gitlab-token', slack: 'slack-token', stripe: 'stripe-secret-key', google: 'google-api-key', sendgrid: 'sendgrid-api-key', npm: 'npm-token' }[kind];
  return gold(type, kind, text);
}
export const lower = (rng: Rng, n: number): string => rng.chars(LOWER, n);
