// Tuning lines for issue 17's set-9 round-2 classes, written from the formats' own documentation:
// RFC 5424 structured data (§7.2 `origin`: `ip`, `software`, `swVersion`; §7.3 `meta`: `sequenceId`,
// `sysUpTime`), HL7 v2 segments ended by a carriage return (v2.5 §2.5; PID-13/14 phones, PID-19 SSN,
// NK1-5 phone as the segment's last field), library call numbers (Dewey decimal with a Cutter number,
// Library of Congress class and Cutter with a year) after `Call number:` and in catalogue columns,
// nmap's `MAC Address: … (Vendor)` and Wireshark/tshark's `Vendor_xx:xx:xx` resolved names, and git's
// abbreviated commit ids (`HEAD is now at`, `commit`, `Merge:`, format-patch's `From <sha> Mon Sep 17
// 00:00:00 2001`, `git log --oneline`). Every value is drawn at run time from a seeded PRNG; each line
// carries its gold labels. A tuning set: the detectors are tuned on it, never judged by it alone.
import { chars, int, pick, rng } from './personal-data.js';
import { Line, type LogLine } from './pii-log-tuning.js';

type R = () => number;
const HEX = '0123456789abcdef';
const DIG = '0123456789';

const host = (r: R) => `${pick(r, [192, 198, 203, 81, 94, 185, 62])}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
/** A four-part version (`3.1.204.17`): the shape of a dotted quad. */
export const quadVersion = (r: R) => `${int(r, 1, 12)}.${int(r, 0, 9)}.${int(r, 0, 255)}.${int(r, 1, 99)}`;
/** A NANP number, unformatted or in one of its written forms. */
function nanp(r: R, bare = false): string {
  const a = `${int(r, 2, 9)}${chars(r, DIG, 2)}`;
  const x = `${int(r, 2, 9)}${chars(r, DIG, 2)}`;
  const n = chars(r, DIG, 4);
  if (bare) return `${a}${x}${n}`;
  return pick(r, [`(${a})${x}-${n}`, `${a}-${x}-${n}`, `${a}.${x}.${n}`, `(${a}) ${x}-${n}`]);
}
/** An SSN of an issued area, group and serial. */
const ssn = (r: R) => `${int(r, 101, 665)}${int(r, 10, 99)}${int(r, 1000, 9999)}`;
const hex = (r: R, n: number) => {
  let s = chars(r, HEX, n);
  // At least one letter and one digit, as most ids are.
  if (!/[a-f]/.test(s)) s = 'a' + s.slice(1);
  if (!/\d/.test(s)) s = s.slice(0, -1) + '7';
  return s;
};
const macPairs = (r: R, n: number, upper: boolean) => Array.from({ length: n }, () => chars(r, upper ? '0123456789ABCDEF' : HEX, 2)).join(':');

function syslog(r: R): Line {
  const l = new Line('rfc5424');
  l.t(`<${int(r, 0, 191)}>1 2026-12-0${int(r, 1, 9)}T10:${int(r, 10, 59)}:00Z host${int(r, 1, 9)} app ${int(r, 100, 9999)} ID${int(r, 1, 99)} `);
  if (r() < 0.6) {
    l.t('[origin ip="').pii('ip-address', host(r)).t('" software="').neg('version', quadVersion(r)).t('" swVersion="').neg('version', quadVersion(r)).t('"]');
  } else if (r() < 0.5) {
    l.t('[origin swVersion="').neg('version', quadVersion(r)).t('" software="').neg('version', quadVersion(r)).t('" ip="').pii('ip-address', host(r)).t('"]');
  } else {
    l.t('[meta sequenceId="').neg('sequence-id', nanp(r, true)).t('" sysUpTime="').neg('sys-up-time', nanp(r, true)).t(`" language="en"]`);
  }
  return l.t(' ').t(pick(r, ['started', 'link up', 'config reloaded', '-']));
}

/** PID-1 to PID-8 and the separator after PID-8: the next text is PID-9. */
const PID_HEAD = (r: R) => `PID|1||${chars(r, DIG, 6)}^^^HOSP^MR||DOE^JOHN||19${int(r, 40, 99)}0${int(r, 1, 9)}1${int(r, 0, 9)}|${pick(r, ['M', 'F'])}|`;
const NEXT_SEGMENT = (r: R) => pick(r, ['\rOBX|1|NM|8867-4^Heart rate^LN||72|/min', '\rPV1|1|I|W^389^1', '\rNK1|1|DOE^JANE|SPO', '\rAL1|1||^PENICILLIN', '\r']);

function hl7(r: R): Line {
  const l = new Line('hl7');
  l.t('MSH|^~\\&|ADT|HOSP|LAB|HOSP|2026120612' + chars(r, DIG, 2) + '||ADT^A01|' + chars(r, DIG, 6) + '|P|2.5\r');
  switch (int(r, 0, 3)) {
    case 0: // PID-19 the last field
      l.t(PID_HEAD(r)).t('|'.repeat(10)).pii('us-ssn', ssn(r));
      break;
    case 1: // PID-13 the last field
      l.t(PID_HEAD(r)).t('||||').pii('phone', nanp(r, r() < 0.5));
      break;
    case 2: // PID-14 the last field
      l.t(PID_HEAD(r)).t('|||||').pii('phone', nanp(r, r() < 0.5));
      break;
    default: // NK1-5 the last field
      l.t(PID_HEAD(r)).t('\rNK1|1|DOE^JANE|SPO||').pii('phone', nanp(r, r() < 0.5));
  }
  return l.t(NEXT_SEGMENT(r));
}

const CUTTER = (r: R) => `${pick(r, ['A', 'B', 'C', 'D', 'G', 'H', 'J', 'K', 'M', 'R', 'S', 'T', 'W'])}${int(r, 1, 99)}${r() < 0.4 ? pick(r, ['a', 'b', 'c', 'e']) : ''}`;
/** A Dewey class with its decimals and a Cutter (`823.914 ABC`, `005.133 J38`). */
export const dewey = (r: R) => `${chars(r, DIG, 3)}.${chars(r, DIG, int(r, 1, 4))} ${r() < 0.4 ? pick(r, ['ABC', 'SMI', 'ROW', 'TOL']) : CUTTER(r)}`;
/** A Library of Congress call number (`QA76.73.J38 2019`). */
export const lcc = (r: R) => `${pick(r, ['QA', 'PR', 'HD', 'BF', 'RC', 'TK', 'PS', 'KF'])}${int(r, 1, 9999)}${r() < 0.5 ? '.' + chars(r, DIG, 2) : ''}.${CUTTER(r)} ${int(r, 1950, 2025)}`;
export const callNumber = (r: R) => (r() < 0.5 ? dewey(r) : lcc(r));
/** Words that name a catalogue's call-number column. */
export const CALL_NUMBER_COLUMNS = ['call_number', 'callnumber', 'Call Number', 'Signatur', 'cote', 'call_no', 'shelfmark'];

function library(r: R): Line {
  const l = new Line('library');
  return l.t(pick(r, ['Call number: ', 'Call Number: ', 'Call number ', 'call number: '])).neg('call-number', callNumber(r)).t(pick(r, ['', ' (Main Library, 3rd floor)', '. Status: Available']));
}

const VENDORS = ['Cisco Systems', 'Intel Corporate', 'Hewlett Packard Enterprise', 'Dell Inc.', 'Palo Alto Networks', 'Hon Hai Precision Ind. Co.', 'Park Avenue Systems', 'Juniper Networks', 'Super Micro Computer', 'Texas Instruments', 'Raspberry Pi Trading', 'Ubiquiti Networks Inc.', 'Lexmark International', 'Western Digital', 'Apple', 'VMware'];
const RESOLVED = ['Cisco', 'IntelCor', 'HewlettP', 'Dell', 'PaloAlto', 'HonHaiPr', 'Apple', 'Vmware', 'Juniper', 'Ubiquiti', 'Acme'];

function netscan(r: R): Line {
  const l = new Line('nmap-tshark');
  switch (int(r, 0, 2)) {
    case 0:
      return l.t('MAC Address: ').pii('mac-address', macPairs(r, 6, true)).t(' (').neg('vendor', pick(r, VENDORS)).t(')');
    case 1:
      return l.t(`Ethernet II, Src: `).neg('resolved-mac', `${pick(r, RESOLVED)}_${macPairs(r, 3, false)}`).t(' (').pii('mac-address', macPairs(r, 6, false)).t('), Dst: Broadcast (ff:ff:ff:ff:ff:ff)');
    default:
      return l.t(pick(r, ['OUI ', 'Unknown vendor '])).t('(').neg('oui', `Vendor prefix ${macPairs(r, 3, true)}`).t(')');
  }
}

/** A commit message that names a MAC, so that the id is asked with a MAC word nearby. */
const MAC_SUBJECT = ['net: fix MAC address parsing', 'wifi: store the MAC of the station', 'Fix mac address filter', 'macvlan: handle MAC changes'];

function git(r: R): Line {
  const l = new Line('git');
  const subject = pick(r, MAC_SUBJECT);
  switch (int(r, 0, 4)) {
    case 0:
      return l.t('HEAD is now at ').neg('commit', hex(r, pick(r, [7, 12]))).t(` ${subject}`);
    case 1:
      return l.t('From ').neg('commit', hex(r, 40)).t(` Mon Sep 17 00:00:00 2001\nFrom: Dev <dev@example.invalid>\nSubject: [PATCH] ${subject}`);
    case 2:
      return l.t('commit ').neg('commit', hex(r, pick(r, [12, 40]))).t(`\nAuthor: Dev <dev@example.invalid>\n\n    ${subject}`);
    case 3:
      return l.t('commit ').neg('commit', hex(r, 40)).t('\nMerge: ').neg('commit', hex(r, pick(r, [7, 12]))).t(' ').neg('commit', hex(r, pick(r, [7, 12]))).t(`\n\n    Merge branch '${pick(r, ['mac-fix', 'net'])}': ${subject}`);
    default:
      return l.neg('commit', hex(r, 12)).t(` ${subject}`);
  }
}

/** Lines of every class for one seed. */
export function set9r2TuningSet(seed: number, perClass = 120): LogLine[] {
  const r = rng(seed);
  const out: LogLine[] = [];
  for (const gen of [syslog, hl7, library, netscan, git]) for (let i = 0; i < perClass; i++) out.push(gen(r).done());
  return out;
}
