// Through the bundle: a MongoDB export (extended JSON: `$oid`, `$date`, `$numberLong`, nested objects,
// arrays of objects, keys the first record lacks) run through `pii scan --format jsonl --mask`. The
// masked copy has exactly the input's keys, in their order, and its structure; the e-mail addresses,
// IP and MAC addresses are masked as what they are, wherever they sit; every other leaf is unchanged.
// Columns named like `lastLogin`, `first_seen`, `file_name`, `host_name`, `company_name` are no person
// columns (before, each of their values — keys included — became `[PERSON]`). No value is printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { rng } from '../helpers/personal-data.js';
import { tempWorkspace } from '../helpers/workspace.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const r = rng(2417);
const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
const byte = () => hex(2).toUpperCase();
const personal = { email: new Set<string>(), ip: new Set<string>(), mac: new Set<string>() };
const email = (i: number) => {
  const v = `user${i}.${hex(4)}` + '@' + 'example.org';
  personal.email.add(v);
  return v;
};
const ip = () => {
  const v = [['203', '0', '113'], ['198', '51', '100']][Math.floor(r() * 2)]!.concat(String(1 + Math.floor(r() * 250))).join('.');
  personal.ip.add(v);
  return v;
};
const mac = () => {
  const v = ['00', '1A', '2B', byte(), byte(), byte()].join('-');
  personal.mac.add(v);
  return v;
};
const oid = () => ({ $oid: hex(24) });
const dateLong = (ms: number) => ({ $date: { $numberLong: String(ms) } });

function record(i: number): { [k: string]: Json } {
  const rec: { [k: string]: Json } = {
    _id: oid(),
    email: email(i),
    lastLogin: { ip: ip(), at: dateLong(1_700_000_000_000 + i * 86_400_000), device: mac() },
    first_seen: { $date: `2023-0${1 + (i % 9)}-1${i % 10}T08:00:00Z` },
    last_updated: dateLong(1_700_100_000_000 + i),
    sessions: [
      { ip: ip(), started: { $date: '2023-11-14T22:13:20Z' }, agent: 'Mozilla/5.0 (X11; Linux x86_64)', ok: true },
      { ip: ip(), started: { $date: '2023-11-15T07:01:02Z' }, pages: { $numberInt: String(3 + i) } },
    ],
    file_name: `export-${i}.csv`,
    host_name: `web-0${i % 4}`,
    company_name: 'Acme Analytics Ltd',
    product_name: 'Widget Pro',
    counters: { logins: { $numberLong: String(40 + i) }, score: { $numberDouble: '0.75' } },
    tags: ['beta', 'eu'],
    note: i % 2 ? `login from ${ip()} confirmed` : null,
  };
  // Keys absent from the first record (the `(other keys)` column of JSON Lines).
  if (i % 3 === 1) rec.wifi = { bssid: mac(), seen: dateLong(1_700_200_000_000) };
  if (i % 3 === 2) rec.contacts = [{ kind: 'work', mail: email(100 + i), verified: false }, { kind: 'home', mail: null }];
  return rec;
}

const records = Array.from({ length: 12 }, (_, i) => record(i));

/** The input as it should come out: each personal leaf (or part of a text leaf) by its type's mask. */
function expectedOf(v: Json): Json {
  if (typeof v === 'string') {
    // Longest first: 203.0.113.16 before 203.0.113.1.
    const masks = ([...personal.email].map((p) => [p, '[EMAIL]']) as Array<[string, string]>)
      .concat([...personal.ip].map((p) => [p, '[IP_ADDRESS]']), [...personal.mac].map((p) => [p, '[MAC_ADDRESS]']))
      .sort((a, b) => b[0].length - a[0].length);
    return masks.reduce((out, [p, label]) => out.split(p).join(label), v);
  }
  if (Array.isArray(v)) return v.map(expectedOf);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expectedOf(x)]));
  return v;
}

/** Every key path of a value, in order, with the kind of what it holds: its structure. */
function structure(v: unknown, path = '$', into: string[] = []): string[] {
  if (Array.isArray(v)) {
    into.push(`${path}[${v.length}]`);
    v.forEach((x, i) => structure(x, `${path}[${i}]`, into));
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) structure(x, `${path}.${k}`, into);
  } else into.push(`${path}:${v === null ? 'null' : 'leaf'}`);
  return into;
}

describe('pii scan --mask on a MongoDB extended-JSON export', () => {
  it('keeps every key and the structure, masks e-mail, IP and MAC addresses as such, leaves the rest as it was', () => {
    const ws = tempWorkspace({ 'r.jsonl': records.map((x) => JSON.stringify(x)).join('\n') + '\n' });
    const res = runCli(['pii', 'scan', 'r.jsonl', '--format', 'jsonl', '--mask', 'm.jsonl', '--report-json', 'report.json'], ws);
    expect(res.stderr).not.toMatch(/error/i);
    expect(res.status).toBe(0);
    const text = readFileSync(join(ws, 'm.jsonl'), 'utf8');
    const out = text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Json);
    expect(out).toHaveLength(records.length);
    // Same keys in the same order, same nesting and array lengths, record by record.
    out.forEach((o, i) => expect(structure(o)).toEqual(structure(records[i])));
    expect(text).not.toContain('[PERSON]');
    // Every leaf as expected: personal data by its type, everything else byte for byte.
    out.forEach((o, i) => expect(o).toEqual(expectedOf(records[i]!)));

    const printed = text + res.stdout + res.stderr + readFileSync(join(ws, 'report.json'), 'utf8');
    const leaked = [...personal.email, ...personal.ip, ...personal.mac].filter((p) => printed.includes(p));
    expect(leaked.length).toBe(0);
    const report = JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8')) as { files: Array<{ columns: Array<{ name: string; hint: string | null; type: string | null }> }> };
    const cols = Object.fromEntries(report.files[0]!.columns.map((c) => [c.name, c]));
    for (const name of ['lastLogin', 'first_seen', 'last_updated', 'file_name', 'host_name', 'company_name', 'product_name']) expect(cols[name]?.hint, name).toBeNull();
    expect(cols.lastLogin?.type).toBe('ip-address');
  });
});
