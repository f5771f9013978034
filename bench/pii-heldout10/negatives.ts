// Set 10's hard negatives: values of the set's file families that look like personal data and are not
// (protocol identifiers, company tax ids, amounts, dates, counters, hashes, fingerprints, OIDs), and
// wrong-check-digit twins of the gold ids. Each kind is drawn from its own format's definition. A
// negative holding five or more digits is redrawn until none of the regions of the file it is written
// into (`withRegions`) reads its digits (or its text) as a valid phone number, so a digit run masked as
// a phone is a real false positive.
import { gs1Digit, luhnDigit } from '../pii-heldout/checksums.js';
import { ALNUM, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import type { CountryCode } from 'libphonenumber-js/max';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { noPhoneIn10 } from './phones.js';
import { aadhaarDigits, cardDigits, cardGroups, codiceFiscaleText, cpfText, dniText, grouped, groupIban, ibanCompact, ninoText } from './values.js';
import { RegionScope } from '../pii-heldout/region-scope.js';

const hex = (rng: Rng, n: number) => rng.chars(HEX, n);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const uuid = (rng: Rng) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
const epoch = (rng: Rng) => 1_780_000_000 + rng.int(0, 20_000_000);
const isoTime = (rng: Rng) => new Date(epoch(rng) * 1000).toISOString();
const hexBytes = (rng: Rng, n: number, sep: string) => Array.from({ length: n }, () => hex(rng, 2)).join(sep);
const amount = (rng: Rng) => rng.int(12, 98_000) + rng.int(0, 99) / 100;

function cnpj(rng: Rng): string {
  const base = rng.digits(8) + '0001';
  const dv = (s: string) => {
    const w = s.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const r = [...s].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11;
    return String(r < 2 ? 0 : 11 - r);
  };
  const d1 = dv(base);
  const d = base + d1 + dv(base + d1);
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
}

function abaRouting(rng: Rng): string {
  const body = rng.pick(['0', '1', '2', '3']) + rng.digits(7);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = [...body].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return body + String((10 - (s % 10)) % 10);
}

function badSsn(rng: Rng): string {
  const area = rng.pick(['000', '666', String(rng.int(900, 999))]);
  return `${area}-${pad(rng.int(1, 99), 2)}-${pad(rng.int(1, 9999), 4)}`;
}

/** Every kind: its generator. Amount and date kinds are written in the locale their family uses. */
export const KINDS: Record<string, (rng: Rng) => string> = {
  'zeek-uid': (r) => 'C' + r.chars(ALNUM, 17),
  'zeek-ts': (r) => `${epoch(r)}.${r.digits(6)}`,
  'epoch-ms': (r) => String(epoch(r) * 1000 + r.int(0, 999)),
  'jwt-exp': (r) => String(epoch(r)),
  'port-number': (r) => String(r.pick([r.int(1024, 65535), 443, 8443, 5353, 1194, 51820])),
  'byte-count': (r) => String(r.int(40, 99_999_999)),
  'suricata-flow-id': (r) => r.number(r.int(15, 16)),
  'suricata-signature-id': (r) => String(r.int(2_000_000, 2_049_999)),
  'snmp-oid': (r) => `1.3.6.1.${r.pick(['2.1.2.2.1.6', '2.1.31.1.1.1.1', '4.1.9.9.13.1.3.1.3', '4.1.14988.1.1.1.2.1.3'])}.${r.int(1, 4096)}`,
  'ip-like-oid': (r) => r.pick(['1.2.840.113549.1.1.11', '2.5.4.3', '1.3.6.1', '2.16.840.1.101.3.4.2.1', '1.2.840.10045.4.3.2', '2.5.29.17']),
  'version-four-part': (r) => `${r.int(1, 16)}.${r.int(0, 9)}.${r.int(1000, 26100)}.${r.int(1, 4000)}`,
  semver: (r) => `${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 30)}`,
  'build-number': (r) => `#${r.int(1200, 99999)}`,
  'as-number': (r) => String(r.pick([r.int(1000, 64000), r.int(196608, 399999)])),
  'bluetooth-handle': (r) => `0x${r.int(1, 0xeff).toString(16).padStart(4, '0')}`,
  'bluetooth-company-id': (r) => `0x${r.pick(['004c', '0006', '0075', '00e0', '0087', '0157'])}`,
  'wifi-frequency': (r) => String(r.pick([2412, 2437, 2462, 5180, 5240, 5745, 5955])),
  'rssi-dbm': (r) => String(-r.int(30, 92)),
  'mac-oui-prefix': (r) => hexBytes(r, 3, ':').toUpperCase(),
  'dhcp-xid': (r) => `0x${hex(r, 8)}`,
  uuid,
  'okta-user-id': (r) => '00u' + r.chars(ALNUM, 17),
  'okta-transaction-id': (r) => r.chars(ALNUM + '-_', 27),
  'saml-id': (r) => '_' + hex(r, 40),
  'iso-timestamp': isoTime,
  'x509-serial': (r) => hexBytes(r, 16, ':'),
  'ssh-md5-fingerprint': (r) => hexBytes(r, 16, ':'),
  'ssh-host-key-fingerprint': (r) => 'SHA256:' + r.chars(ALNUM + '+/', 43),
  'k8s-resource-version': (r) => String(r.int(100_000, 99_999_999)),
  'container-digest': (r) => 'sha256:' + hex(r, 64),
  'git-sha': (r) => hex(r, 40),
  'sha256-hash': (r) => hex(r, 64),
  'oauth-expires-in': (r) => String(r.pick([3599, 3600, 7199, 86400, 900])),
  'us-ein': (r) => `${pad(r.int(10, 98), 2)}-${r.digits(7)}`,
  'w2-control-number': (r) => `${r.chars(UPPER, 1)}${r.digits(4)}-${r.digits(5)}`,
  cnpj,
  'partita-iva': (r) => {
    const body = r.digits(7) + pad(r.int(1, 100), 3);
    return body + luhnDigit(body);
  },
  'nfe-access-key': (r) => grouped(`${r.pick(['35', '33', '31', '41'])}${r.digits(4)}${r.digits(14)}55${r.digits(3)}${r.digits(9)}1${r.digits(8)}${r.digits(1)}`, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], ' '),
  'nfe-protocol': (r) => `1${r.digits(14)}`,
  'pan-card': (r) => `${r.chars(UPPER, 3)}${r.pick(['C', 'F', 'T', 'H'])}${r.chars(UPPER, 1)}${r.digits(4)}${r.chars(UPPER, 1)}`,
  'ifsc-code': (r) => `${r.pick(['SBIN', 'HDFC', 'ICIC', 'UTIB', 'KKBK'])}0${r.digits(6)}`,
  'hmrc-paye-reference': (r) => `${r.digits(3)}/${r.chars(UPPER, 2)}${r.digits(5)}`,
  'hmrc-tax-code': (r) => r.pick(['1257L', 'BR', 'D0', 'K475', 'S1257L', 'C1257L', '0T']),
  'aeat-csv': (r) => r.chars(UPPER + '0123456789', 16),
  'aeat-reference': (r) => `${r.pick(['2026', '2025'])}${r.chars(UPPER, 3)}${r.digits(8)}${r.chars(UPPER, 1)}`,
  'ofx-fitid': (r) => `${r.digits(8)}${r.chars(UPPER, 2)}${r.digits(6)}`,
  'ofx-datetime': (r) => `2026${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${pad(r.int(0, 23), 2)}${pad(r.int(0, 59), 2)}00.000[${r.pick(['-5:EST', '-8:PST', '0:GMT', '+1:CET'])}]`,
  'aba-routing': abaRouting,
  'bai2-type-code': (r) => String(r.pick([10, 15, 40, 45, 100, 165, 195, 400, 475, 495, 699])),
  'bai2-amount-cents': (r) => String(r.int(100, 9_999_999)),
  'amount-decimal-comma': (r) => amount(r).toLocaleString('de-DE', { minimumFractionDigits: 2 }),
  'amount-decimal-point': (r) => amount(r).toFixed(2),
  'date-dmy': (r) => [pad(r.int(1, 28), 2), pad(r.int(1, 12), 2), '2026'].join(r.pick(['.', '/', '-'])),
  'date-mdy': (r) => `${pad(r.int(1, 12), 2)}/${pad(r.int(1, 28), 2)}/2026`,
  'excel-serial-date': (r) => `${r.int(45600, 46300)}${r.chance(0.5) ? '' : '.' + r.digits(4)}`,
  coordinates: (r) => `${(r.int(-60000, 70000) / 1000).toFixed(5)}, ${(r.int(-170000, 170000) / 1000).toFixed(5)}`,
  'mastodon-status-id': (r) => `11${r.digits(16)}`,
  'reddit-fullname': (r) => `t${r.pick(['1', '3'])}_${r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 7)}`,
  'notebook-execution-count': (r) => String(r.int(1, 240)),
  'dataframe-index': (r) => String(r.int(0, 9999)),
  'page-number': (r) => `${r.int(1, 9)} / ${r.int(10, 40)}`,
  'isbn-13': (r) => {
    const body = `978${r.pick(['3', '8', '1', '0'])}${r.digits(8)}`;
    return `${body.slice(0, 3)}-${body.slice(3, 4)}-${body.slice(4, 8)}-${body.slice(8)}-${gs1Digit(body)}`;
  },
  'ean-13': (r) => {
    const body = r.pick(['400', '800', '789', '890', '590']) + r.digits(9);
    return body + gs1Digit(body);
  },
  'postgres-pid': (r) => String(r.int(1000, 4_194_304)),
  'sqlstate': (r) => r.pick(['23505', '23503', '40001', '57014', '42P01', '08006']),
  'query-time': (r) => (r.int(1_000_000, 99_999_999) / 1_000_000).toFixed(6),
  'memory-address': (r) => `0x7f${hex(r, 10)}`,
  'line-number': (r) => String(r.int(12, 2400)),
  'order-number': (r) => `${r.pick(['SO', 'ORD', 'PO'])}-${r.digits(8)}`,
  'acquirer-reference-number': (r) => {
    const body = `7${r.digits(21)}`;
    return body + luhnDigit(body);
  },
  'tracking-number': (r) => `1Z${r.chars(UPPER + '0123456789', 6)}${r.digits(10)}`,
  'invoice-number': (r) => `${r.pick(['INV', 'FAT', 'RE', 'NF'])}-${r.int(19, 26)}/${r.digits(5)}`,
  'bad-card': (r) => {
    const { digits } = cardDigits(r, true);
    return r.chance(0.5) ? digits : grouped(digits, cardGroups(digits.length), ' ');
  },
  'bad-iban': (r) => (r.chance(0.5) ? groupIban(ibanCompact(r, undefined, true)) : ibanCompact(r, undefined, true)),
  'bad-ssn': badSsn,
  'bad-nino': (r) => ninoText(r, r.chance(0.5), true),
  'bad-dni': (r) => dniText(r, r.pick(['dni', 'nie'] as const), true),
  'bad-codice-fiscale': (r) => codiceFiscaleText(r, true),
  'bad-aadhaar': (r) => grouped(aadhaarDigits(r, true), [4, 4, 4], ' '),
  'bad-cpf': (r) => cpfText(r, true, true),
};

const scope = new RegionScope(['US']);

/** Runs `make` with the regions whose phone numbers the digit negatives it draws must not be. */
export const withRegions = <T>(regions: readonly CountryCode[], make: () => T): T => scope.within(regions, make);

/** A hard negative of a kind, redrawn while its digits or its text read as a phone number of the scope. */
export function negative(rng: Rng, kind: string, form = kind): Piece {
  const make = KINDS[kind];
  if (!make) throw new Error(`unknown negative kind ${kind}`);
  for (let i = 0; ; i++) {
    const text = make(rng);
    const digits = text.replace(/\D/g, '');
    if (digits.length < 5) return neg(kind, form, text);
    if (noPhoneIn10(digits, scope.current) && noPhoneIn10(text, scope.current)) return neg(kind, form, text);
    if (i > 400) throw new Error(`${kind}: every draw reads as a phone number of ${scope.current.join(' ')}`);
  }
}
