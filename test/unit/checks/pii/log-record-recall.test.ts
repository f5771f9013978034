// Personal data in common log and record formats that the scan missed (issue 17, recall): a value
// later in a line that starts with an ISO date (every log format starts so: Exim's main log), an
// OpenVPN client's `common_name/address:port`, the two MAC addresses of a netfilter LOG `MAC=` field,
// and an IBAN in a SWIFT MT940 `:86:` subfield (`?31DE…`). Every value is built at run time from a
// seeded PRNG; test names never hold one.
import { describe, expect, it } from 'vitest';
import { isDateShape } from '../../../../checks/pii/classify.js';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { chars, iban, rng } from '../../../helpers/personal-data.js';
import { maskJsonl } from '../../../helpers/pii-mask-jsonl.js';
import { mobile } from '../../../helpers/pii-tuning-set.js';

const r = rng(2026);
const HEX = '0123456789abcdef';
const octet = (lo = 0) => String(lo + Math.floor(r() * (255 - lo)));
const ip4 = () => [pickOf(['203', '198', '81', '94', '185']), octet(), octet(), octet(1)].join('.');
const ip6 = () => ['2001', 'db8', chars(r, HEX, 4).replace(/^0+(?=.)/, ''), chars(r, HEX, 3)].join(':') + '::' + String(1 + Math.floor(r() * 9));
const macOf = () => Array.from({ length: 6 }, (_, i) => (i === 0 ? '0' + chars(r, '02468ace', 1) : chars(r, HEX, 2))).join(':');
const port = () => String(1024 + Math.floor(r() * 60000));
const user = () => ['alice', 'bob', 'laptop-7', 'client01'][Math.floor(r() * 4)]!;
function pickOf<T>(xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}
/** The [type, value] pairs detectPii finds in a text, of the given types. */
function found(text: string, types: readonly string[]): Array<[string, string]> {
  return detectPii(text)
    .filter((m) => types.includes(m.type))
    .map((m) => [m.type, text.slice(m.start, m.end)]);
}

describe('a line that starts with an ISO date keeps its personal values (Exim main log)', () => {
  const prefixes = ['2026-12-06 10:00:01 ', '2026-12-06 ', '2026-12-06T10:00:01Z ', '2026-12-06 10:00:01.123 +0100 ', ''];
  const phone = mobile(r, 'GB')!.formatInternational();
  // [body with the value, the same body masked]
  const bodies: Array<[string, string]> = [
    ['1vXyZa-000Abc-12 <= ' + 'someone' + '@' + 'example.org' + ` H=(laptop) [${'%IP'}]:587 P=esmtpsa S=1234`, '1vXyZa-000Abc-12 <= [EMAIL] H=(laptop) [[IP_ADDRESS]]:587 P=esmtpsa S=1234'],
    [`H=(laptop) [%IP6]:587 rejected RCPT`, 'H=(laptop) [[IP_ADDRESS]]:587 rejected RCPT'],
    [`client %IP connected`, 'client [IP_ADDRESS] connected'],
    [`callback to ${phone} failed`, 'callback to [PHONE] failed'],
  ];
  it('masks the address, e-mail and phone after every date prefix, as without one', async () => {
    const texts: string[] = [];
    const want: string[] = [];
    for (const p of prefixes) {
      for (const [body, masked] of bodies) {
        texts.push(p + body.replace('%IP6', ip6()).replace('%IP', ip4()));
        want.push(p + masked);
      }
    }
    expect(await maskJsonl(texts)).toEqual(want);
  });

  it('a date or a timestamp alone is still a date (its zone or AM/PM too), a date with a sentence after it is not', () => {
    for (const v of ['2026-12-06', '2026-12-06 10:00', '2026-12-06 10:00:01', '2026-12-06T10:00:01.123456Z', '2026-12-06 10:00:01 UTC', '2026-12-06 10:00:01 +0100', '2026-12-06 10:00 PM', '2026-12-06_report.csv']) {
      expect(isDateShape(v), v).toBe(true);
    }
    for (const v of ['2026-12-06 10:00:01 H=(laptop) [x]:587', '2026-12-06 client connected', '2026-12-06T10:00:01 sshd[42]: Accepted', '2026-12-06 10.0.0.1']) {
      expect(isDateShape(v), v).toBe(false);
    }
  });
});

describe('OpenVPN `common_name/address:port` is an address, not a product version', () => {
  it.each([
    ['status/log prefix', (cn: string, a: string, p: string) => `${cn}/${a}:${p} peer info: IV_VER=2.6.8`],
    ['after the log time', (cn: string, a: string, p: string) => `Sun Dec  6 10:00:01 2026 ${cn}/${a}:${p} SENT CONTROL [${cn}]: 'PUSH_REPLY' (status=1)`],
    ['at the end of the line', (cn: string, a: string, p: string) => `MULTI: primary virtual IP for ${cn}/${a}:${p}`],
  ])('%s', (_name, line) => {
    const a = ip4();
    expect(found(line(user(), a, port()), ['ip-address'])).toEqual([['ip-address', a]]);
  });

  it('an IPv6 address in brackets with its port', () => {
    const a = ip6();
    expect(found(`${user()}/[${a}]:1194 peer info: IV_PLAT=linux`, ['ip-address'])).toEqual([['ip-address', a]]);
  });

  it('product versions stay versions: no port after them', () => {
    for (const text of ['Server: myshop/28.6.18.152', 'nginx/1.22.0.1: worker started', 'Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36', 'agent/1.2.3.4:build']) {
      expect(found(text, ['ip-address']), text).toEqual([]);
    }
  });
});

describe('netfilter LOG `MAC=` field: destination and source MAC, then the ethertype', () => {
  it('finds both addresses of an IPv4 and an IPv6 packet', () => {
    for (const type of ['08:00', '86:dd']) {
      const [dst, src, a] = [macOf(), macOf(), ip4()];
      const text = `Dec  6 10:00:01 fw kernel: [12345.678901] IN=eth0 OUT= MAC=${dst}:${src}:${type} SRC=${a} DST=${ip4()} LEN=60 TOS=0x00 TTL=64 ID=54321 DF PROTO=TCP SPT=${port()} DPT=22 WINDOW=29200 RES=0x00 SYN URGP=0`;
      expect(found(text, ['mac-address'])).toEqual([
        ['mac-address', dst],
        ['mac-address', src],
      ]);
    }
  });

  it('not in other colon-separated hexadecimal runs (a fingerprint, a longer header)', () => {
    const run = (n: number) => Array.from({ length: n }, () => chars(r, HEX, 2)).join(':');
    for (const text of [`fingerprint ${run(14)} ok`, `MAC=${run(15)} SRC=x`, `MAC=${run(14)}:ab`]) {
      expect(found(text, ['mac-address']), text).toEqual([]);
    }
  });
});

describe('MT940 `:86:` subfields: an IBAN right after its subfield code', () => {
  const structured = (i: string, code = '31') => `:86:166?00SEPA-UEBERWEISUNG?20EREF+NOTPROVIDED?21SVWZ+Rechnung 4711?30COBADEFFXXX?${code}${i}?32Max Muster`;
  it('after ?31 (the IBAN subfield), another ?NN code, and at the end of the field', () => {
    for (const [cc, n] of [['DE', 22], ['AT', 20], ['NL', 18]] as const) {
      const i = iban(r, cc, n);
      expect(found(structured(i), ['iban'])).toEqual([['iban', i]]);
      expect(found(structured(i, '20'), ['iban'])).toEqual([['iban', i]]);
      expect(found(`:86:?30COBADEFFXXX?31${i}`, ['iban'])).toEqual([['iban', i]]);
    }
  });

  it('not glued to other tokens, nor with a failed checksum', () => {
    const i = iban(r, 'DE', 22);
    const bad = i.slice(0, 2) + String((Number(i.slice(2, 4)) + 11) % 100).padStart(2, '0') + i.slice(4);
    for (const text of [`ref ABC${i} x`, `id9${i} x`, `?3${i}?32`, structured(bad)]) {
      expect(found(text, ['iban']), text).toEqual([]);
    }
  });
});
