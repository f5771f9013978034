// Set 9's gold values, drawn from a seed with their check digits computed by the formats' own rules
// (ISO/IEC 7812 Luhn, ISO 13616 mod 97, Verhoeff for Aadhaar, the CPF and codice fiscale algorithms, the
// DNI letter table, HMRC's NINO prefixes, the SSA's excluded SSN areas): e-mail addresses (RFC 5321
// dot-atoms, RFC 6531 Unicode local parts, IDNA domains, RFC 5321 quoted local parts, sub-addresses),
// cards, IBANs, SSNs, IPs (RFC 4291/5952 forms), MACs (IEEE 802 notations) and people's names in nine
// scripts (gold `person`, reported only).
import { codiceFiscaleChar, cpfDigits, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

/** Given and family names by script: the same person is written in one script. */
const NAMES: Record<string, [string[], string[]]> = {
  latin: [['Amélie', 'Bogdan', 'Cristina', 'Dag', 'Elif', 'Fionn', 'Graciela', 'Henrik', 'Itzel', 'Joaquim', 'Kwame', 'Leilani'], ['Abernathy', 'Brănescu', 'Castellanos', 'Dahlgren', 'Yıldız', 'Ó Briain', 'Quispe', 'Mertens', 'Nwosu', 'Teixeira', 'Vasquez', 'Wojciechowski']],
  cyrillic: [['Алексей', 'Светлана', 'Олег', 'Ирина', 'Богдан'], ['Кузнецова', 'Смирнов', 'Шевченко', 'Петров', 'Ковальчук']],
  greek: [['Νικόλαος', 'Ελένη', 'Γιώργος'], ['Παπαδόπουλος', 'Κωνσταντίνου', 'Αντωνίου']],
  arabic: [['محمد', 'فاطمة', 'يوسف', 'ليلى'], ['الحسيني', 'العتيبي', 'منصور', 'حداد']],
  hebrew: [['נועה', 'איתי', 'מיכל'], ['כהן', 'לוי', 'אברהם']],
  devanagari: [['अनन्या', 'राहुल', 'प्रिया'], ['शर्मा', 'वर्मा', 'कुलकर्णी']],
  han: [['伟', '秀英', '志明'], ['王', '李', '陈']],
  hangul: [['민준', '서연', '지호'], ['김', '이', '박']],
  thai: [['สมชาย', 'วิไล', 'ณัฐพล'], ['ศรีสุข', 'วงศ์ใหญ่', 'ทองดี']],
};
const FAMILY_FIRST = new Set(['han', 'hangul']);

/** A person's name; `script` picks the writing system (random when absent). */
export function personName(rng: Rng, script: string = rng.weighted(Object.keys(NAMES).map((s) => [s, s === 'latin' ? 6 : 1] as const))): Piece {
  const [given, family] = NAMES[script]!;
  const g = rng.pick(given), f = rng.pick(family);
  return gold('person', script, FAMILY_FIRST.has(script) ? `${f}${g}` : `${g} ${f}`);
}
/** A Latin given name, for handles and addresses. */
export const latinGiven = (rng: Rng): string => rng.pick(NAMES.latin![0]);

const HOSTS = ['praxis-linden.de', 'clinique-sauveterre.fr', 'harbourview-lettings.co.uk', 'casa-ribeira.pt', 'nordlicht-hotels.at', 'kiwi-genealogy.org.nz', 'biblioteca-sur.cl', 'radius-ops.net', 'ci.builders.dev', 'mail.sakuradai.jp'];
const UNICODE_HOSTS = ['ärztehaus-süd.de', 'hôtel-lac.fr', 'почта.рус', 'δοκιμή.gr', 'בדיקה.il', 'उदाहरण.भारत', '例子.中国', '테스트.한국', 'ทดสอบ.ไทย'];
const UNICODE_LOCALS = ['ñandú', 'łukasz.wróbel', 'björk', 'антон', 'δημήτρης', 'राज', '小林', 'ยุพา'];
const ascii = (s: string) => s.normalize('NFD').replace(/[^\x21-\x7e]/g, '').toLowerCase();

/** An e-mail address in one of the forms of RFC 5321/6531 (the form is the scored form). */
export function mailbox(rng: Rng, form = rng.weighted([['dot-atom', 5], ['sub-address', 1], ['utf8-local', 1], ['idna-host', 2], ['quoted-local', 1], ['numeric-local', 1]] as const)): Piece {
  const who = ascii(latinGiven(rng)) || 'user';
  const local = form === 'utf8-local' ? rng.pick(UNICODE_LOCALS)
    : form === 'quoted-local' ? `"${who} ${rng.pick(['at home', 'de garde', 'on call'])}"`
    : form === 'sub-address' ? `${who}+${rng.pick(['ci', 'survey', 'listing', 'radius'])}`
    : form === 'numeric-local' ? `${who}${rng.int(1960, 2009)}`
    : `${who}${rng.pick(['.', '-', '_'])}${ascii(rng.pick(NAMES.latin![1]))}`;
  const host = form === 'utf8-local' || form === 'idna-host' ? rng.pick(UNICODE_HOSTS) : rng.pick(HOSTS);
  return gold('email', form, `${local}@${host}`);
}

// Issuer prefixes and lengths (ISO/IEC 7812 IIN ranges as the networks publish them).
const NETWORKS: ReadonlyArray<readonly [string, () => string, number]> = [
  ['visa', () => '4', 16], ['visa-19', () => '4', 19], ['mastercard-51', () => '5', 16], ['mastercard-2series', () => '27', 16],
  ['amex', () => '34', 15], ['diners', () => '36', 14], ['discover', () => '65', 16], ['jcb', () => '358', 16], ['maestro', () => '6759', 16], ['mir', () => '220', 16],
];
/** Digits of a card number with a right Luhn digit, and its network. */
export function panDigits(rng: Rng): { network: string; pan: string } {
  const [network, prefix, length] = rng.pick(NETWORKS);
  const head = prefix() + (network === 'mastercard-51' ? String(rng.int(1, 5)) : '');
  const body = head + rng.digits(length - head.length - 1);
  return { network, pan: body + luhnDigit(body) };
}
/** A card number, grouped by four (Amex and Diners 4-6-5 / 4-6-4), with dashes or plain. */
export function paymentCard(rng: Rng): Piece {
  const { network, pan } = panDigits(rng);
  const style = rng.pick(['plain', 'spaces', 'dashes'] as const);
  const groups = pan.length === 15 || pan.length === 14 ? [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)] : pan.match(/.{1,4}/g)!;
  return gold('credit-card', `${network}/${style}`, style === 'plain' ? pan : groups.join(style === 'spaces' ? ' ' : '-'));
}

// BBAN layouts from the SWIFT IBAN registry: [length, alphabet] runs.
const LAYOUTS: Record<string, Array<[number, string]>> = {
  DE: [[18, DIGITS]], FR: [[10, DIGITS], [11, UPPER + DIGITS], [2, DIGITS]], GB: [[4, UPPER], [14, DIGITS]], NL: [[4, UPPER], [10, DIGITS]],
  ES: [[20, DIGITS]], IT: [[1, UPPER], [10, DIGITS], [12, DIGITS]], PT: [[21, DIGITS]], GR: [[7, DIGITS], [16, DIGITS]], CY: [[8, DIGITS], [16, UPPER + DIGITS]],
  HR: [[17, DIGITS]], SI: [[15, DIGITS]], LT: [[16, DIGITS]], LV: [[4, UPPER], [13, DIGITS]], EE: [[16, DIGITS]], CZ: [[20, DIGITS]], HU: [[24, DIGITS]],
  RO: [[4, UPPER], [16, DIGITS]], BG: [[4, UPPER], [6, DIGITS], [8, DIGITS]], IL: [[19, DIGITS]], QA: [[4, UPPER], [21, DIGITS]], BR: [[23, DIGITS], [1, UPPER], [1, DIGITS]], UA: [[25, DIGITS]],
};
export const IBAN_COUNTRIES9 = Object.keys(LAYOUTS);
/** An electronic-form IBAN (no spaces) of a country, check digits computed. */
export function ibanText(rng: Rng, country: string): string {
  const bban = LAYOUTS[country]!.map(([n, alphabet]) => rng.chars(alphabet, n)).join('');
  return country + ibanCheck(country, bban) + bban;
}
export function bankAccount(rng: Rng, country: string = rng.pick(IBAN_COUNTRIES9)): Piece {
  const raw = ibanText(rng, country);
  const paper = rng.chance(0.5);
  return gold('iban', `${country}/${paper ? 'paper' : 'electronic'}`, paper ? raw.match(/.{1,4}/g)!.join(' ') : raw);
}

/** A US SSN the SSA could issue (no area 000, 666 or 9xx, no group 00, no serial 0000). */
export function socialSecurity(rng: Rng, style = rng.pick(['dashes', 'plain', 'spaces'] as const)): Piece {
  const area = rng.pick([rng.int(1, 665), rng.int(667, 899)]);
  const parts = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', style, parts.join(style === 'dashes' ? '-' : style === 'spaces' ? ' ' : ''));
}

const hex16 = (rng: Rng) => rng.int(0x1, 0xffff).toString(16);
/** An IP address in one of its written forms (RFC 791 dotted quad, RFC 5952 canonical v6, RFC 4291 embedded v4). */
export function address(rng: Rng, form = rng.pick(['v4', 'v4-cgnat', 'v6-global', 'v6-ula', 'v6-zone', 'v4-in-v6', 'v6-uncompressed'] as const)): Piece {
  const o = () => rng.int(0, 255);
  const text = form === 'v4' ? `${rng.pick([37, 62, 77, 94, 109, 151, 176, 188, 212])}.${o()}.${o()}.${rng.int(1, 254)}`
    : form === 'v4-cgnat' ? `100.${rng.int(64, 127)}.${o()}.${rng.int(1, 254)}`
    : form === 'v6-global' ? `2a0${rng.int(1, 9)}:${hex16(rng)}:${hex16(rng)}::${hex16(rng)}`
    : form === 'v6-ula' ? `fd${rng.chars(HEX, 2)}:${hex16(rng)}:${hex16(rng)}:${hex16(rng)}::${rng.int(1, 250)}`
    : form === 'v6-zone' ? `fe80::${hex16(rng)}:${hex16(rng)}:${hex16(rng)}:${hex16(rng)}%${rng.pick(['eth0', 'en0', 'wlan0'])}`
    : form === 'v4-in-v6' ? `::ffff:${rng.int(11, 223)}.${o()}.${o()}.${rng.int(1, 254)}`
    : `2606:${Array.from({ length: 7 }, () => hex16(rng).padStart(4, '0')).join(':')}`;
  return gold('ip-address', form, text);
}

/** A unicast MAC address in an IEEE 802 or vendor notation. */
export function hardwareAddress(rng: Rng, form = rng.pick(['ieee-dash', 'colon-lower', 'colon-upper', 'dotted-quad', 'bare-upper', 'bare-lower'] as const)): Piece {
  const octets = Array.from({ length: 6 }, (_, i) => (i === 0 ? (rng.int(0, 255) & 0xfe) : rng.int(0, 255)).toString(16).padStart(2, '0'));
  const hex = octets.join('');
  const text = form === 'ieee-dash' ? octets.join('-').toUpperCase() : form === 'colon-lower' ? octets.join(':') : form === 'colon-upper' ? octets.join(':').toUpperCase()
    : form === 'dotted-quad' ? hex.match(/.{4}/g)!.join('.') : form === 'bare-upper' ? hex.toUpperCase() : hex;
  return gold('mac-address', form, text);
}

/** A UK National Insurance number (HMRC: no D, F, I, Q, U, V; second letter not O; no BG, GB, NK, KN, TN, NT, ZZ prefixes). */
export function insuranceNumber(rng: Rng): Piece {
  let prefix = 'GB';
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix)) prefix = rng.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const d = rng.digits(6), suffix = rng.pick(['A', 'B', 'C', 'D']);
  const grouped = rng.chance(0.5);
  return gold('uk-nino', grouped ? 'grouped' : 'compact', grouped ? `${prefix} ${d.match(/../g)!.join(' ')} ${suffix}` : prefix + d + suffix);
}

/** A Spanish DNI or NIE; the letter is the number mod 23 in the Interior Ministry's table. */
export function spanishId(rng: Rng): Piece {
  const nie = rng.chance(0.35);
  const lead = nie ? rng.pick(['X', 'Y', 'Z']) : '';
  const number = nie ? rng.digits(7) : String(rng.int(1000000, 99999999)).padStart(8, '0');
  const letter = dniLetter((nie ? String('XYZ'.indexOf(lead)) : '') + number);
  const dashed = rng.chance(0.3);
  return gold('es-dni', `${nie ? 'nie' : 'dni'}${dashed ? '-dashed' : ''}`, `${lead}${number}${dashed ? '-' : ''}${letter}`);
}

/** An Italian codice fiscale: surname and name consonants, birth year, month letter, day (+40 for women), cadastral code, check letter. */
export function fiscalCode(rng: Rng): Piece {
  const day = rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0);
  const first15 = rng.chars('BCDFGLMNPRSTVZ', 6) + rng.digits(2) + rng.pick([...'ABCDEHLMPRST']) + String(day).padStart(2, '0') + rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'L', 'M']) + rng.digits(3);
  return gold('it-fiscal-code', day > 40 ? 'female' : 'male', first15 + codiceFiscaleChar(first15));
}

/** An Aadhaar number: 12 digits, first not 0 or 1, Verhoeff check digit last (UIDAI). */
export function aadhaarNumber(rng: Rng): Piece {
  const eleven = String(rng.int(2, 9)) + rng.digits(10);
  const all = eleven + verhoeffDigit(eleven);
  const style = rng.pick(['spaces', 'plain', 'dashes'] as const);
  return gold('in-aadhaar', style, style === 'plain' ? all : all.match(/.{4}/g)!.join(style === 'spaces' ? ' ' : '-'));
}

/** A Brazilian CPF with its two mod-11 check digits (Receita Federal). */
export function cpfNumber(rng: Rng): Piece {
  const nine = rng.digits(9);
  // Receita's printed mask is 000.000.000-00; forms and databases also keep the eleven digits bare.
  return rng.chance(0.65)
    ? gold('br-cpf', 'punctuated', `${nine}${cpfDigits(nine)}`.replace(/^(\d{3})(\d{3})(\d{3})/, '$1.$2.$3-'))
    : gold('br-cpf', 'bare', nine + cpfDigits(nine));
}

/** One of the five national ids, after the cue a form in its own language prints before it. */
export function cuedNationalId(rng: Rng): Array<string | Piece> {
  const cued: Array<[string[], (r: Rng) => Piece]> = [
    [['NI number ', 'Nat. Ins. No: ', 'your National Insurance number is '], insuranceNumber],
    [['NIF ', 'N.I.E.: ', 'núm. DNI '], spanishId],
    [['CF: ', 'codice fiscale ', 'Cod. Fisc. '], fiscalCode],
    [['Aadhaar: ', 'आधार नंबर ', 'ஆதார் எண் '], aadhaarNumber],
    [['CPF/MF ', 'inscrito no CPF sob o nº ', 'CPF do titular: '], cpfNumber],
  ];
  const [cues, draw] = rng.pick(cued);
  return [rng.pick(cues), draw(rng)];
}
