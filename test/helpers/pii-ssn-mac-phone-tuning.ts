// Tuning cases for issue 17's set-9 classes S (us-ssn, bare MACs, RADIUS station ids and Russian
// extensions), written from the formats' own documentation, never from a judge set:
// - HL7 v2 PID segments (HL7 v2.5 §3.4.2: PID-19 "SSN Number - Patient"; fields split by the MSH-1
//   separator `|`, components by `^`) beside PID-18 (patient account number) and PID-20 (driver's
//   licence), which are no SSNs; YAML and JSON keys naming an SSN with quoted values; SSA's never-issued
//   numbers (area 000, 666, 900–999, group 00, serial 0000, the advertising numbers) stay out.
// - Bare lower-case MACs after a DHCP message (RFC 2132 option 53's DHCPDISCOVER … DHCPINFORM as ISC
//   dhcpd and dnsmasq log them) and under JSON keys of a MAC (`device_mac`, `client_mac`, `macAddress`,
//   `sta_mac`); twelve-digit git abbreviations (the Linux kernel's `Fixes: <12 hex> ("subject")` tag of
//   submitting-patches.rst, `HEAD is now at`, `git log --oneline --abbrev=12`) and `docker ps`/`docker
//   build` ids stay out, a MAC word (`wifi`, `device`) in the subject or not.
// - RADIUS `Called-Station-Id`/`Calling-Station-Id` (RFC 2865 §5.30/5.31: the number dialled and the
//   caller's number for dial-up and VoIP; RFC 3580 §3.20/3.21: the MAC, `00-10-A4-23-19-C0:SSID`, for
//   802.1X) as FreeRADIUS detail files and debug output print them; Russian numbers with an extension
//   (`доб.`, добавочный).
// Every value is built at run time from parts.
import { chars, int, pick, rng, ssn } from './personal-data.js';
import { mobile, type TuningCase } from './pii-tuning-set.js';

type R = () => number;
const HEX = '0123456789abcdef';
const DIG = '0123456789';
const none: TuningCase['want'] = [];
const ssnWant = (value: string) => [{ type: 'us-ssn', value }];
const macWant = (value: string) => ({ type: 'mac-address', value });
const phoneWant = (value: string) => [{ type: 'phone', value }];

/** A valid SSN, dashed or as nine digits. */
function anSsn(r: R, dashed = r() < 0.5): string {
  const v = ssn(r);
  return dashed ? v : v.replace(/-/g, '');
}

/** Never-issued SSNs (SSA): area 000, 666, 9xx; group 00; serial 0000; the sequence and an advertising number. */
function neverIssued(r: R): string {
  const g = String(int(r, 10, 98));
  const s = String(int(r, 1000, 9998));
  return pick(r, [`000${g}${s}`, `666${g}${s}`, `${int(r, 900, 999)}${g}${s}`, `${int(r, 100, 665)}00${s}`, `${int(r, 100, 665)}${g}0000`, '123456789', '078051120']);
}

/** A PID segment whose fields 18, 19 and 20 are `account`, `ssn` and `licence` (PID-0 is the segment name). */
function pid(r: R, account: string, ssnField: string, licence: string): string {
  const f: string[] = new Array<string>(21).fill('');
  f[0] = 'PID';
  f[1] = '1';
  f[3] = `${chars(r, DIG, 6)}^^^HOSP^MR`;
  f[5] = `${pick(r, ['DOE', 'SMITH', 'GARCIA'])}^${pick(r, ['JANE', 'JOHN', 'MARIA'])}`;
  f[7] = `19${int(r, 40, 99)}0${int(r, 1, 9)}1${int(r, 0, 9)}`;
  f[8] = pick(r, ['F', 'M']);
  f[18] = account;
  f[19] = ssnField;
  f[20] = licence;
  return f.join('|');
}
const MSH = 'MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|ELAB-3|200801011200||ADT^A01|MSG00001|P|2.5';

function hl7Cases(r: R, out: TuningCase[]): void {
  for (let i = 0; i < 8; i++) {
    const v = anSsn(r, i % 2 === 1);
    const seg = pid(r, `A${chars(r, DIG, 5)}`, v, r() < 0.5 ? '' : `D${chars(r, DIG, 7)}^NY`);
    out.push({ kind: 'ssn-hl7-pid19', text: i % 3 === 0 ? `${MSH}\r${seg}\r` : seg, want: ssnWant(v) });
  }
  for (let i = 0; i < 4; i++) {
    // A nine-digit account (PID-18) or licence (PID-20) number is no SSN; nor a never-issued one in PID-19.
    out.push({ kind: 'not-ssn-hl7-other-field', text: pid(r, anSsn(r, false), '', ''), want: none });
    out.push({ kind: 'not-ssn-hl7-other-field', text: pid(r, '', '', anSsn(r, false)), want: none });
    out.push({ kind: 'not-ssn-hl7-other-field', text: pid(r, '', neverIssued(r), ''), want: none });
  }
}

/** SSN keys of YAML and JSON records ({v}: the value). */
const SSN_KEY_FORMS: readonly string[] = [
  'ssn: "{v}"',
  "ssn: '{v}'",
  '"ssn":"{v}"',
  '{"patient":{"ssn": "{v}"}}',
  'social_security_number: \'{v}\'',
  'social_security_number: "{v}"',
  '{"social_security_number":"{v}"}',
  'socialSecurityNumber: "{v}"',
  '  soc_sec_no: "{v}"',
  'SSN: "{v}"',
];

function keyCases(r: R, out: TuningCase[]): void {
  for (const form of SSN_KEY_FORMS) {
    const v = anSsn(r);
    out.push({ kind: 'ssn-key-quoted', text: form.replace('{v}', v), want: ssnWant(v) });
    out.push({ kind: 'not-ssn-never-issued', text: form.replace('{v}', neverIssued(r)), want: none });
  }
}

/** A bare MAC, twelve lower-case hexadecimal digits with at least one letter and one digit. */
function bareMac(r: R): string {
  for (;;) {
    const v = chars(r, HEX, 12);
    if (/[a-f]/.test(v) && /\d/.test(v)) return v;
  }
}
const lan = (r: R) => `192.168.${int(r, 0, 9)}.${int(r, 2, 254)}`;

function dhcpCases(r: R, out: TuningCase[]): void {
  const forms: Array<(m: string, ip: string) => [string, Array<{ type: string; value: string }>]> = [
    (m) => [`DHCP Request from ${m}`, [macWant(m)]],
    (m) => [`DHCPDISCOVER from ${m} via eth0`, [macWant(m)]],
    (m) => [`dhcpd[1021]: DHCPDISCOVER from ${m} via eth1`, [macWant(m)]],
    (m, ip) => [`dhcpd[1021]: DHCPOFFER on ${ip} to ${m} via eth1`, [{ type: 'ip-address', value: ip }, macWant(m)]],
    (m, ip) => [`DHCPACK on ${ip} to ${m} (laptop-7) via eth0`, [{ type: 'ip-address', value: ip }, macWant(m)]],
    (m, ip) => [`DHCPRELEASE of ${ip} from ${m} via eth0 (found)`, [{ type: 'ip-address', value: ip }, macWant(m)]],
    (m) => [`DHCP Discover from ${m} on vlan 20`, [macWant(m)]],
    (m) => [`dnsmasq-dhcp[812]: DHCPDISCOVER(br0) ${m}`, [macWant(m)]],
  ];
  for (const form of forms) {
    const [text, want] = form(bareMac(r), lan(r));
    out.push({ kind: 'mac-dhcp-bare', text, want });
  }
}

/** JSON keys of a MAC holding one bare ({m}). */
const MAC_KEY_FORMS: readonly string[] = ['{"device_mac":"{m}"}', '{"client_mac":"{m}"}', '{"macAddress":"{m}"}', '{"sta_mac":"{m}"}', '{"event":"assoc","sta_mac":"{m}","rssi":-61}', 'ap_mac: "{m}"'];

function macKeyCases(r: R, out: TuningCase[]): void {
  for (const form of MAC_KEY_FORMS) {
    const m = bareMac(r);
    out.push({ kind: 'mac-json-key-bare', text: form.replace('{m}', m), want: [macWant(m)] });
  }
}

/** Git abbreviations and container ids of twelve hex digits ({h}), a MAC word near them or not. */
const ID_FORMS: readonly string[] = [
  'HEAD is now at {h} wifi: fix device probe',
  'HEAD is now at {h} Merge branch "device-tree"',
  'Fixes: {h} ("wifi: mt76: fix MAC address handling")',
  'Fixes: {h} ("net: ethernet: fix device refcount")',
  '{h} wifi: iwlwifi: fix device reset',
  'commit {h} (HEAD -> main) device tree update',
  '{h}   nginx:latest   "/docker-entrypoint.…"   2 hours ago   Up 2 hours   80/tcp   web',
  'Successfully built {h}',
  'Removing intermediate container {h}',
  'Error: No such container: {h} (device busy)',
];

function idCases(r: R, out: TuningCase[]): void {
  for (const form of ID_FORMS) out.push({ kind: 'not-mac-commit-container', text: form.replace('{h}', bareMac(r)), want: none });
}

/** E.164 numbers of several plans (a dial-up or VoIP station id). */
export function e164(r: R): string {
  return mobile(r, pick(r, ['FR', 'DE', 'GB', 'US', 'ES', 'IT', 'NL', 'RU'] as const))!.number;
}

/** RADIUS station id attributes holding a telephone number ({n}). */
const STATION_PHONE_FORMS: readonly string[] = [
  'Called-Station-Id = "{n}"',
  'Calling-Station-Id = "{n}"',
  '\tCalling-Station-Id = "{n}"',
  '(5)   Called-Station-Id = "{n}"',
  '{"Calling-Station-Id":"{n}","NAS-Port-Type":"Async"}',
  'Calling-Station-Id={n}',
];

/** A MAC as RADIUS station ids hold one (RFC 3580: hyphens and capitals; also colons, bare). */
export function stationMac(r: R): string {
  const pairs = Array.from({ length: 6 }, () => chars(r, HEX, 2).toUpperCase());
  return pick(r, [pairs.join('-'), pairs.join(':').toLowerCase(), pairs.join('').toLowerCase()]);
}

function radiusCases(r: R, out: TuningCase[]): void {
  for (const form of STATION_PHONE_FORMS) {
    const n = e164(r);
    out.push({ kind: 'radius-station-phone', text: form.replace('{n}', n), want: phoneWant(n) });
  }
  for (const form of STATION_PHONE_FORMS) {
    const m = stationMac(r);
    out.push({ kind: 'radius-station-mac', text: form.replace('{n}', m), want: [macWant(m)] });
  }
  const m = stationMac(r).replace(/[:a-f]/g, (c) => (c === ':' ? '-' : c.toUpperCase()));
  out.push({ kind: 'radius-station-mac', text: `Called-Station-Id = "${m}:eduroam"`, want: [macWant(m)] });
}

/** Russian numbers with an extension (`доб.`): the national `8 (812) 123-45-67` and `+7 495 123-45-67` forms. */
function ruExtensionCases(r: R, out: TuningCase[]): void {
  for (let i = 0; i < 8; i++) {
    const nn = String(mobile(r, 'RU')!.nationalNumber);
    const groups = `${nn.slice(3, 6)}-${nn.slice(6, 8)}-${nn.slice(8)}`;
    const written = i % 2 === 0 ? `8 (${nn.slice(0, 3)}) ${groups}` : `+7 ${nn.slice(0, 3)} ${groups}`;
    const v = `${written} доб. ${chars(r, DIG, int(r, 2, 4))}`;
    const text = pick(r, ['{v}', 'Тел.: {v}', 'звоните по номеру {v}, с 9 до 18', 'Контактный телефон {v}']).replace('{v}', v);
    out.push({ kind: 'phone-ru-extension', text, want: phoneWant(v) });
  }
}

/** The cases the builders add, in order, from one generator seeded with `seed`. */
function casesOf(seed: number, builders: ReadonlyArray<(r: R, out: TuningCase[]) => void>): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  for (const build of builders) build(r, out);
  return out;
}

/** Class S1 (us-ssn): HL7 PID-19 and quoted YAML/JSON keys. */
export const ssnTuningSet = (seed = 17): TuningCase[] => casesOf(seed, [hl7Cases, keyCases]);

/** Class S2 (mac-address): bare lower-case MACs with a cue; git and container ids out. */
export const bareMacTuningSet = (seed = 17): TuningCase[] => casesOf(seed, [dhcpCases, macKeyCases, idCases]);

/** Class S3 (phone): RADIUS station ids holding numbers or MACs, Russian extensions. */
export const stationPhoneTuningSet = (seed = 17): TuningCase[] => casesOf(seed, [radiusCases, ruExtensionCases]);
