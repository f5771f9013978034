import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { matchPackage } from '../../../src/vuln/match.js';
import { loadOsvDatabase } from '../../../src/vuln/osv-db.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const rec = (id: string, name: string, events: object[], extra: object = {}) => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  affected: [{ package: { ecosystem: 'PyPI', name }, ranges: [{ type: 'ECOSYSTEM', events }] }],
  ...extra,
});
const NOW = new Date('2026-06-01T12:00:00Z');
const y = (o: object) => JSON.stringify(o, null, 2); // JSON is YAML

describe('offline OSV database', () => {
  const records = {
    'db/a/PYSEC-2021-1.yaml': y(rec('PYSEC-2021-1', 'Pillow', [{ introduced: '0' }, { fixed: '8.1.1' }], { aliases: ['CVE-2021-1', 'GHSA-aaaa-bbbb-cccc'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }] })),
    'db/GHSA-aaaa-bbbb-cccc.json': y(rec('GHSA-aaaa-bbbb-cccc', 'pillow', [{ introduced: '0' }, { fixed: '8.1.2' }], { aliases: ['CVE-2021-1'] })),
    'db/b/PYSEC-2021-2.yml': y(rec('PYSEC-2021-2', 'pillow', [{ introduced: '8.0' }, { fixed: '8.2.0' }])),
    'db/b/PYSEC-2021-3.yaml': y(rec('PYSEC-2021-3', 'pillow', [{ introduced: '0' }], { withdrawn: '2024-02-01T00:00:00Z' })),
  };

  it('indexes by normalised name, merges aliases into one vulnerability, drops withdrawn, computes the smallest clearing fix', () => {
    const ws = tempWorkspace(records);
    const db = loadOsvDatabase(`${ws}/db`, 'db', { now: NOW });
    expect([db.records, db.withdrawn]).toEqual([3, 1]);
    const m = matchPackage(db, { ecosystem: 'PyPI', name: 'PILLOW', version: '8.1.0' });
    expect(m.vulnerabilities.map((v) => [v.ids, v.aliases, v.severity ?? null])).toEqual([
      [['GHSA-aaaa-bbbb-cccc', 'PYSEC-2021-1'], ['CVE-2021-1'], 'high'],
      [['PYSEC-2021-2'], [], null],
    ]);
    // 8.1.1 and 8.1.2 still fall in PYSEC-2021-2: the smallest upgrade clearing all is 8.2.0.
    expect(m.fix).toBe('8.2.0');
    expect(matchPackage(db, { ecosystem: 'PyPI', name: 'pillow', version: '8.2.0' }).vulnerabilities).toEqual([]);
  });

  it('reads the same records from a zip', () => {
    const files = Object.fromEntries(Object.entries(records).map(([k, v]) => [k.replace(/^db\//, ''), strToU8(v)]));
    const ws = tempWorkspace({ 'osv.zip': zipSync(files) });
    expect(loadOsvDatabase(`${ws}/osv.zip`, 'osv.zip', { now: NOW }).records).toBe(3);
  });

  it('rejects an invalid record with its file and line', () => {
    const bad = 'id: PYSEC-2021-9\nmodified: 2024-01-01T00:00:00Z\naffected:\n  - package: {ecosystem: PyPI, name: x}\n    ranges:\n      - type: ECOSYSTEM\n        events:\n          - fixed: "1.0"\n';
    const ws = tempWorkspace({ 'db/x.yaml': bad });
    expect(() => loadOsvDatabase(`${ws}/db`, 'db', { now: NOW })).toThrow(ConfigError);
    expect(() => loadOsvDatabase(`${ws}/db`, 'db', { now: NOW })).toThrow(/^db\/x\.yaml:8:\d+: not a valid OSV record: affected\[0\]\.ranges\[0\]\.events: events must contain an introduced event/);
    // Read on the block fast path (multi-line scalars); the position comes from yaml when the record is invalid.
    const folded = `id: PYSEC-2021-8\ndetails: 'a summary\n  over two lines'\nsummary: |\n  literal\n\n  text\nmodified: 2024-01-01T00:00:00Z\naffected:\n- package: {ecosystem: PyPI, name: x}\n  ranges:\n  - type: ECOSYSTEM\n    events:\n    - fixed: "1.0"\n`;
    const ws5 = tempWorkspace({ 'db/f.yaml': folded });
    expect(() => loadOsvDatabase(`${ws5}/db`, 'db', { now: NOW })).toThrow(/^db\/f\.yaml:14:5: not a valid OSV record: affected\[0\]\.ranges\[0\]\.events: events must contain an introduced event/);
    const ws6 = tempWorkspace({ 'db/s.yaml': 'id: PYSEC-2021-7\ndetails: >\n    text\n  more\n' });
    expect(() => loadOsvDatabase(`${ws6}/db`, 'db', { now: NOW })).toThrow(/^db\/s\.yaml:4:\d+: YAML syntax error/);
    const ws2 = tempWorkspace({ 'db/y.json': '{"id": "FOO-1", "modified": "2024-01-01T00:00:00Z"}' });
    expect(() => loadOsvDatabase(`${ws2}/db`, 'db', { now: NOW })).toThrow(/db\/y\.json:1:8: not a valid OSV record: id: unknown advisory id prefix/);
    const ws3 = tempWorkspace({ 'db/z.json': '{\n"id": }' });
    expect(() => loadOsvDatabase(`${ws3}/db`, 'db', { now: NOW })).toThrow(/db\/z\.json:2:\d+: invalid JSON/);
    const ws4 = tempWorkspace({ 'db/readme.txt': 'x' });
    expect(() => loadOsvDatabase(`${ws4}/db`, 'db', { now: NOW })).toThrow(/holds no records/);
  });
});
