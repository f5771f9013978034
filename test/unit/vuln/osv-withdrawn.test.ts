// A record is withdrawn once its `withdrawn` time has passed, by the run's clock: a date still to come
// (an announced withdrawal, or a wrong date) does not hide an advisory that is in force today.
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/gate.js';
import { matchPackage } from '../../../src/vuln/match.js';
import { indexRecords, loadOsvDatabase } from '../../../src/vuln/osv-db.js';
import type { OsvRecord } from '../../../src/vuln/osv-schema.js';
import { releaseManifest } from '../../helpers/release.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const record = (id: string, withdrawn?: string): OsvRecord => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  ...(withdrawn ? { withdrawn } : {}),
  affected: [{ package: { ecosystem: 'PyPI', name: 'pillow' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.0.0' }] }] }],
});
const ids = (db: ReturnType<typeof indexRecords>): string[][] => matchPackage(db, { ecosystem: 'PyPI', name: 'pillow', version: '8.0.0' }).vulnerabilities.map((v) => v.ids);

describe('OSV withdrawn', () => {
  it('an advisory whose withdrawn time lies in the future still applies; one in the past is dropped', () => {
    const db = indexRecords(
      [
        { record: record('PYSEC-2021-1', '2026-06-01T12:00:01Z'), source: 'future' },
        { record: record('PYSEC-2021-2', '2026-06-01T11:59:59Z'), source: 'past' },
        { record: record('PYSEC-2021-3'), source: 'live' },
      ],
      NOW,
    );
    expect(ids(db)).toEqual([['PYSEC-2021-1'], ['PYSEC-2021-3']]);
    expect([db.records, db.withdrawn]).toEqual([2, 1]);
  });

  it('the offline database reads withdrawn by the clock it is given', () => {
    const text = (id: string, w: string) => JSON.stringify(record(id, w));
    const ws = tempWorkspace({ 'db/a.json': text('PYSEC-2021-1', '2030-01-01T00:00:00Z'), 'db/b.json': text('PYSEC-2021-2', '2025-01-01T00:00:00Z') });
    expect(ids(loadOsvDatabase(`${ws}/db`, 'db', { now: NOW }))).toEqual([['PYSEC-2021-1']]);
    // Years later both withdrawals are in force.
    expect(ids(loadOsvDatabase(`${ws}/db`, 'db', { now: new Date('2031-01-01T00:00:00Z') }))).toEqual([]);
  });

  it('through the gate: the check uses the run\'s clock', async () => {
    const ws = tempWorkspace({
      'model-release.yaml': releaseManifest('dependencies', '  lockfiles: [requirements.txt]\n  advisories:\n    osvDatabase: osv\n'),
      'requirements.txt': 'pillow==8.0.0\n',
      'osv/PYSEC-2021-1.json': JSON.stringify(record('PYSEC-2021-1', '2026-07-01T00:00:00Z')),
    });
    const logger = { info() {}, warning() {}, debug() {} };
    const run = (now: Date) => runGate({ workspace: ws, manifest: 'model-release.yaml', logger, checks: ['dependency'], now });
    const before = await run(NOW);
    expect(before.checks[0]!.findings.map((f) => f.target)).toContain('pillow@8.0.0/PYSEC-2021-1');
    expect(before.verdict).toBe('blocked');
    const after = await run(new Date('2026-07-02T00:00:00Z'));
    expect(after.checks[0]!.findings.map((f) => f.target)).not.toContain('pillow@8.0.0/PYSEC-2021-1');
  });
});
