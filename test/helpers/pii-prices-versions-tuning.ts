// Tuning cases for issue 17's set-9 classes of part V, written from the formats' own documentation, never
// from a judge set. Four-part versions after upgrade wording (Dependabot's "Bump <dep> from <old> to <new>"
// pull-request titles, release notes' "(fixes CVE-…)"), in nmap's port table (nmap reference guide,
// "Service and Version Detection": `PORT STATE SERVICE VERSION` rows and greppable `-oG` output) and in an
// SSH identification string (RFC 4253 §4.2), beside addresses after routing and connection words. Every
// value is built at run time from parts.
import { int, rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';
import { address } from './pii-version-uid-password-tuning.js';

type R = () => number;

/** A four-part version whose parts are all octets, so that only the words around it tell it from an address. */
function octetVersion(r: R): string {
  return [int(r, 1, 30), int(r, 0, 40), int(r, 0, 255), int(r, 1, 250)].join('.');
}

function fill(form: string, values: Record<string, string>): string {
  return form.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** Versions after upgrade, bump and rollback wording ({v}, {w} the older one). */
const UPGRADE_FORMS: readonly string[] = [
  'Bump agent to {v}',
  'bump collector to {v}',
  'Bumped the agent to {v} on all hosts',
  'Bumps agent from {w} to {v}',
  'chore(deps): bump example/agent from {w} to {v}',
  'Upgrading agent to {v}',
  'upgrades collector to {v}',
  'Downgrade agent to {w}',
  'Updating the agent to {v}',
  'Rolled back agent to {w} after the outage',
  'rollback agent to {w}',
  'agent to {v} (fixes CVE-2024-{n})',
  '- collector to {v} (fix for CVE-2023-{n})',
  'Release {v}: fixes CVE-2024-{n}',
  'Current agent version: \'{v}\'',
];

/** nmap's port table and greppable output, an SSH identification string, a daemon's banner ({v}). */
const BANNER_FORMS: readonly string[] = [
  '22/tcp open ssh OpenSSH {v} (protocol 2.0)',
  '22/tcp   open  ssh     OpenSSH {v}',
  '443/tcp open https nginx {v}',
  '443/tcp  open  ssl/http nginx {v}',
  '80/tcp open http Apache httpd {v} ((Unix))',
  '25/tcp open smtp Postfix smtpd {v}',
  '3306/tcp open mysql MySQL {v}',
  '161/udp open snmp net-snmp {v}',
  'PORT    STATE SERVICE VERSION\n22/tcp  open  ssh     OpenSSH {v}\n80/tcp  open  http    nginx {v}',
  'Host: {ip} ()\tPorts: 22/open/tcp//ssh//OpenSSH {v}/',
  'SSH-2.0-OpenSSH_{v} Debian',
  'Server banner: nginx {v}',
];

/** Addresses after routing, connection and diagnostic words, and an nmap report's host line: they stay addresses ({ip}). */
const ADDRESS_FORMS: readonly string[] = [
  'route to {ip}',
  'Route to {ip} via eth0',
  'connect to {ip}',
  'connecting to {ip} port 22',
  'ping {ip}',
  'traceroute to {ip}, 30 hops max',
  'Point the agent to {ip}',
  'Nmap scan report for {ip}\n22/tcp open ssh',
  'Host: {ip} ()\tStatus: Up',
  '{ip} (CVE-2024-1234) vulnerable',
  'nginx upstream {ip}',
];

function versionCases(r: R, out: TuningCase[]): void {
  for (const form of [...UPGRADE_FORMS, ...BANNER_FORMS]) {
    const text = fill(form, { v: octetVersion(r), w: octetVersion(r), n: String(int(r, 1000, 49999)), ip: '' });
    if (form.includes('{ip}')) {
      const ip = address(r);
      out.push({ kind: 'service-banner-version', text: fill(form, { v: octetVersion(r), ip }), want: [{ type: 'ip-address', value: ip }] });
      continue;
    }
    out.push({ kind: UPGRADE_FORMS.includes(form) ? 'upgrade-wording-version' : 'service-banner-version', text, want: [] });
  }
  for (const form of ADDRESS_FORMS) {
    const ip = address(r);
    out.push({ kind: 'routing-address-kept', text: fill(form, { ip }), want: [{ type: 'ip-address', value: ip }] });
  }
}

/** Every case, the same for a given seed. */
export function pricesVersionsTuningSet(seed = 17): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  versionCases(r, out);
  return out;
}

