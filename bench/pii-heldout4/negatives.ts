// Hard negatives of set 4: numbers and codes these formats are full of that are not personal data,
// labelled by kind. Some share a personal type's shape on purpose (a bad-checksum IBAN or card, a
// message-id with an `@`, a 14-digit HL7 timestamp, a 16-digit tracking number).
import { gs1Digit, isbn10Char } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { cardDigits, groupCard, ibanCompact, paperIban } from './values.js';
import { neg, type Piece } from './unit.js';

const p2 = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A moment between 2024 and the end of 2026 (UTC), to the second. */
export const moment = (rng: Rng): Date => new Date(rng.int(1_704_067_200, 1_798_761_599) * 1000);

export type TimeForm = 'hl7' | 'iso' | 'rfc5322' | 'windows' | 'syslog' | 'bind' | 'de' | 'fr' | 'us' | 'mt940' | 'compact-date';

export function timestamp(rng: Rng, form: TimeForm, at = moment(rng)): Piece {
  const c = { y: at.getUTCFullYear(), mo: at.getUTCMonth() + 1, d: at.getUTCDate(), h: at.getUTCHours(), mi: at.getUTCMinutes(), s: at.getUTCSeconds() };
  const hms = `${p2(c.h)}:${p2(c.mi)}:${p2(c.s)}`;
  const text = {
    hl7: () => `${c.y}${p2(c.mo)}${p2(c.d)}${p2(c.h)}${p2(c.mi)}${p2(c.s)}`,
    iso: () => `${c.y}-${p2(c.mo)}-${p2(c.d)}T${hms}${rng.pick(['Z', '+01:00', '.' + rng.digits(3) + 'Z'])}`,
    rfc5322: () => `${rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${c.d} ${MONTHS[c.mo - 1]} ${c.y} ${hms} ${rng.pick(['+0000', '+0100', '-0500'])}`,
    windows: () => `${c.mo}/${c.d}/${c.y} ${((c.h + 11) % 12) + 1}:${p2(c.mi)}:${p2(c.s)} ${c.h < 12 ? 'AM' : 'PM'}`,
    syslog: () => `${MONTHS[c.mo - 1]} ${String(c.d).padStart(2, ' ')} ${hms}`,
    bind: () => `${p2(c.d)}-${MONTHS[c.mo - 1]}-${c.y} ${hms}.${rng.digits(3)}`,
    de: () => `${p2(c.d)}.${p2(c.mo)}.${c.y}`,
    fr: () => `${p2(c.d)}/${p2(c.mo)}/${c.y} ${p2(c.h)}h${p2(c.mi)}`,
    us: () => `${p2(c.mo)}/${p2(c.d)}/${c.y}`,
    mt940: () => `${String(c.y).slice(2)}${p2(c.mo)}${p2(c.d)}`,
    'compact-date': () => `${c.y}${p2(c.mo)}${p2(c.d)}`,
  }[form]();
  return neg(form === 'hl7' ? 'hl7-timestamp' : 'timestamp', form, text);
}

export const epoch = (rng: Rng, ms = false): Piece => neg('epoch', ms ? 'ms' : 's', String(rng.int(1_700_000_000, 1_800_000_000)) + (ms ? rng.digits(3) : ''));

/** An MT940 amount: a decimal comma, no sign (the D/C mark carries it), no grouping (`1234,56`). */
export const amountMt940 = (rng: Rng): Piece => neg('amount-decimal-comma', 'mt940', `${rng.int(0, 99999)},${p2(rng.int(0, 99))}`);

/** An amount with a decimal comma (`1.234,56`, `-87,10`) or a point, as a locale writes it. */
export function amount(rng: Rng, comma = true): Piece {
  const n = rng.int(1, 9_999_999);
  const int = String(Math.floor(n / 100));
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '.' : ',');
  return neg(comma ? 'amount-decimal-comma' : 'amount', comma ? 'de' : 'en', `${rng.chance(0.2) ? '-' : ''}${rng.chance(0.5) ? grouped : int}${comma ? ',' : '.'}${p2(n % 100)}`);
}

export const guid = (rng: Rng, braces = false): Piece => {
  const g = [8, 4, 4, 4, 12].map((n) => rng.chars(HEX, n)).join('-');
  return neg('guid', braces ? 'braced' : 'plain', braces ? `{${g.toUpperCase()}}` : g);
};

export const sid = (rng: Rng): Piece => neg('windows-sid', 'domain', `S-1-5-21-${rng.number(10)}-${rng.number(10)}-${rng.number(10)}-${rng.int(500, 9999)}`);

export function bic(rng: Rng): Piece {
  const cc = rng.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'BE', 'CH']);
  return neg('bic', 'swift', rng.chars(UPPER, 4) + cc + rng.chars(UPPER + DIGITS, 2) + (rng.chance(0.5) ? rng.chars(UPPER + DIGITS, 3) : ''));
}

export const badIban = (rng: Rng): Piece => {
  const c = ibanCompact(rng, undefined, true);
  return neg('bad-iban', 'mod97-wrong', rng.chance(0.5) ? paperIban(c) : c);
};

export const badCard = (rng: Rng): Piece => {
  const { digits } = cardDigits(rng, true);
  return neg('bad-card', 'luhn-wrong', rng.chance(0.5) ? groupCard(digits, ' ') : digits);
};

export function ean(rng: Rng): Piece {
  if (rng.chance(0.3)) {
    const body = `978${rng.digits(9)}`;
    return neg('isbn', 'isbn-13', body + gs1Digit(body));
  }
  if (rng.chance(0.2)) {
    const body = rng.digits(9);
    return neg('isbn', 'isbn-10', body + isbn10Char(body));
  }
  const body = rng.pick(['400', '590', '800', '841', '871']) + rng.digits(9);
  return neg('ean', 'ean-13', body + gs1Digit(body));
}

export function tracking(rng: Rng): Piece {
  const f = rng.pick(['ups', 'upu-s10', 'dhl-express', 'fedex', 'gls'] as const);
  const text = {
    ups: () => `1Z${rng.chars(UPPER + DIGITS, 6)}${rng.digits(10)}`,
    'upu-s10': () => `${rng.pick(['RR', 'CP', 'LX', 'EE'])}${rng.digits(9)}${rng.pick(['DE', 'FR', 'IT', 'ES', 'GB'])}`,
    'dhl-express': () => rng.number(10),
    fedex: () => rng.number(12),
    gls: () => rng.number(11),
  }[f]();
  return neg('tracking-number', f, text);
}

export const orderNumber = (rng: Rng): Piece => neg('order-number', 'order', rng.pick([`ORD-${rng.digits(8)}`, `${rng.number(3)}-${rng.digits(7)}-${rng.digits(7)}`, `#${rng.number(6)}`, `SO${rng.digits(9)}`]));
export const sku = (rng: Rng): Piece => neg('sku', 'sku', `${rng.chars(UPPER, 3)}-${rng.digits(4)}-${rng.chars(UPPER + DIGITS, 2)}`);
export const hsCode = (rng: Rng): Piece => neg('hs-code', 'hs', rng.pick([`${rng.digits(4)}.${rng.digits(2)}`, `${rng.digits(4)}.${rng.digits(2)}.${rng.digits(2)}`, rng.digits(6), rng.digits(8)]));
export const weight = (rng: Rng): Piece => neg('weight', 'kg', `${rng.int(0, 30)},${rng.digits(rng.int(1, 3))} kg`);
export const dimensions = (rng: Rng): Piece => neg('dimensions', 'cm', `${rng.int(10, 120)} x ${rng.int(10, 80)} x ${rng.int(5, 60)} cm`);
export const coordinates = (rng: Rng): Piece => neg('coordinates', 'decimal', `${rng.int(-60, 70)}.${rng.digits(6)}, ${rng.int(-170, 170)}.${rng.digits(6)}`);
export const ticketKey = (rng: Rng): Piece => neg('ticket-key', 'jira', `${rng.pick(['PROJ', 'OPS', 'PAY', 'HR', 'MOB', 'SEC'])}-${rng.int(1, 99999)}`);
export const buildNumber = (rng: Rng): Piece => neg('build-number', 'build', rng.pick([`${rng.int(1000, 99999)}`, `${rng.int(2024, 2026)}.${rng.int(1, 12)}.${rng.int(1, 31)}.${rng.int(1, 999)}`, `b${rng.digits(6)}`]));
export const appVersion = (rng: Rng): Piece => neg('app-version', 'semver', rng.pick([`${rng.int(1, 20)}.${rng.int(0, 30)}.${rng.int(0, 99)}`, `${rng.int(1, 9)}.${rng.int(0, 9)}.${rng.int(0, 9)}.${rng.int(100, 9999)}`]));
export const deviceModel = (rng: Rng): Piece => neg('device-model', 'model', rng.pick(['SM-G991B', 'SM-A536U1', 'iPhone14,5', 'iPhone15,2', 'Pixel 8 Pro', 'CPH2451', 'M2101K6G', 'XQ-CT54', 'moto g(60)']));
export const resolution = (rng: Rng): Piece => neg('screen-resolution', 'wxh', rng.pick(['1080x2400', '1170x2532', '1440x3200', '720x1600', '1284x2778', '2560x1600']));
export const duration = (rng: Rng): Piece => neg('duration', 'mmss', rng.pick([`${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`, `${rng.int(1, 900)}s`, `${rng.int(0, 5)}.${rng.digits(2)}`, `${rng.int(1, 59)} min`]));
export const port = (rng: Rng): Piece => neg('port', 'port', String(rng.pick([22, 53, 80, 123, 443, 993, 1194, 3389, 5060, 8443, rng.int(1024, 65535)])));
export const ttl = (rng: Rng): Piece => neg('ttl', 'ttl', String(rng.pick([32, 52, 56, 63, 64, 117, 118, 127, 128, 244, 255])));
export const packetLength = (rng: Rng): Piece => neg('packet-length', 'bytes', String(rng.int(40, 1500)));
export const protocolNumber = (rng: Rng): Piece => neg('protocol-number', 'iana', String(rng.pick([1, 6, 17, 47, 50, 58])));
export const ruleId = (rng: Rng): Piece => neg('firewall-rule-id', 'rule', String(rng.pick([rng.int(1, 300), rng.int(1_000_000_000, 1_999_999_999)])));
export const dnsQueryId = (rng: Rng): Piece => neg('dns-query-id', 'id', String(rng.int(1, 65535)));
export const windowsEventId = (rng: Rng): Piece => neg('windows-event-id', 'id', String(rng.pick([4624, 4625, 4634, 4648, 4672, 4720, 4740, 4768, 4776, 5156, 7036, 1074])));
export const queueId = (rng: Rng): Piece => neg('mail-queue-id', rng.chance(0.5) ? 'postfix' : 'postfix-long', rng.chance(0.5) ? rng.chars('0123456789ABCDEF', 10) : rng.chars('0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz', 12) + 'z' + rng.chars('0123456789bcdfghjklmnpqrstvwxyz', 5));
export const eximId = (rng: Rng): Piece => neg('mail-queue-id', 'exim', `${rng.chars(UPPER + DIGITS + 'abcdefghijklmnopqrstuvwxyz', 6)}-${rng.chars(UPPER + DIGITS, 6)}-${rng.chars(UPPER + DIGITS, 2)}`);
export const messageId = (rng: Rng): Piece => neg('message-id', 'rfc5322', `${rng.number(14)}.${rng.chars(HEX, 8).toUpperCase()}@${rng.pick(['mx1.mailhost.example', 'smtp.relay.example.net', 'mail.gmail.com', 'eu-west-1.amazonses.com'])}`);
export const statementRef = (rng: Rng): Piece => neg('statement-reference', 'ref', rng.pick([`STMT${rng.digits(10)}`, `${rng.int(2024, 2026)}${rng.digits(6)}/${rng.digits(4)}`, `E2E-${rng.chars(UPPER + DIGITS, 16)}`, rng.chars(UPPER + DIGITS, 16)]));
export const bankTxCode = (rng: Rng): Piece => neg('bank-transaction-code', rng.chance(0.5) ? 'iso20022' : 'swift', rng.chance(0.5) ? rng.pick(['PMNT-RCDT-ESCT', 'PMNT-ICDT-ESCT', 'PMNT-RDDT-ESDD', 'ACMT-MDOP-CHRG']) : rng.pick(['NTRF', 'NMSC', 'NCHG', 'NDDT', 'NSTO']));
export const mrn = (rng: Rng): Piece => ({ type: 'medical-record-number', form: 'mrn', text: `MRN${rng.digits(8)}` });
export { neg } from './unit.js';
