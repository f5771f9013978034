// Fail closed, through the bundled action and CLI (issue 22): a folder under a data glob that cannot be
// listed stops the gate (exit 2, naming the folder) instead of passing unscanned; an OSV advisory whose
// withdrawal lies in the future still blocks. Built at run time; the deep folder is unlistable for root too.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, runCli } from '../helpers/action-runner.js';
import { releaseManifest } from '../helpers/release.js';
import { nestPastPathLimit } from '../helpers/unreadable.js';
import { tempWorkspace } from '../helpers/workspace.js';

const UNLISTED = /cannot list the folder "data\/d{200}\/.*" under glob "data\/\*\*\/\*\.csv": its path is longer than the system allows/;

function unlistable(): string {
  const ws = tempWorkspace({
    'model-release.yaml': releaseManifest('data', '  scan:\n    - path: "data/**/*.csv"\n'),
    'data/a.csv': 'id,note\n1,fine\n',
  });
  nestPastPathLimit(join(ws, 'data'));
  return ws;
}

/** pillow 8.0.0 against one advisory withdrawn in a year's time: in force today. */
function advisory(withdrawn: string): string {
  const record = {
    id: 'PYSEC-2021-1',
    modified: '2024-01-01T00:00:00Z',
    withdrawn,
    affected: [{ package: { ecosystem: 'PyPI', name: 'pillow' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.0.0' }] }] }],
  };
  return tempWorkspace({
    'model-release.yaml': releaseManifest('dependencies', '  lockfiles: [requirements.txt]\n  advisories:\n    osvDatabase: osv\n'),
    'requirements.txt': 'pillow==8.0.0\n',
    'osv/PYSEC-2021-1.json': JSON.stringify(record),
  });
}
const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
const lastYear = new Date(Date.now() - 365 * 86_400_000).toISOString();

describe('fail closed through the bundle', () => {
  it('CLI: a folder under a data glob it cannot list is a check error (exit 2), not a pass', () => {
    const r = runCli(['check', '--checks', 'pii'], unlistable());
    expect(r.status, r.stdout).toBe(2);
    expect(r.stdout + r.stderr).toMatch(UNLISTED);
  });

  it('action: the same', async () => {
    const r = await runAction(unlistable(), { checks: 'pii' });
    expect(r.status, r.stdout).toBe(2);
    expect(r.stdout).toMatch(UNLISTED);
  });

  it('CLI and action: an advisory withdrawn only next year still blocks; one withdrawn last year does not', async () => {
    const future = runCli(['check', '--checks', 'dependency'], advisory(nextYear));
    expect(future.status, future.stdout).toBe(1);
    expect(future.stdout).toContain('PYSEC-2021-1');
    expect(runCli(['check', '--checks', 'dependency'], advisory(lastYear)).stdout).not.toContain('PYSEC-2021-1');
    const action = await runAction(advisory(nextYear), { checks: 'dependency' });
    expect(action.status, action.stdout).toBe(1);
    expect(action.stdout).toContain('PYSEC-2021-1');
  });
});
