// Fail closed: a folder under a glob that cannot be listed is an error naming it, never a silent skip
// (the gate would otherwise pass without reading what the folder holds).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { expandGlob } from '../../../src/io/glob.js';
import { loadPartials } from '../../../src/shard/partial.js';
import { fleetManifest, KSERVE_GOOD, policy } from '../../helpers/endpoint-definitions.js';
import { releaseManifest, runCli } from '../../helpers/release.js';
import { lockFolder, nestPastPathLimit, permissionsApply } from '../../helpers/unreadable.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const where = { file: 'model-release.yaml', line: 7, column: 9 };

describe('a folder a glob cannot list, for anyone', () => {
  it('a folder nested past the path length limit stops the glob and the pii check (root included)', async () => {
    const ws = tempWorkspace({
      'model-release.yaml': releaseManifest('data', '  scan:\n    - path: "data/**/*.csv"\n'),
      'data/a.csv': 'id,note\n1,fine\n',
    });
    nestPastPathLimit(join(ws, 'data'));
    expect(() => expandGlob(ws, ws, 'data/**/*.csv', where)).toThrow(/^model-release\.yaml:7:9: cannot list the folder "data\/(d+\/)+d+" under glob "data\/\*\*\/\*\.csv": its path is longer than the system allows; the gate cannot tell what it holds$/);
    const r = await runCli(['check', '--workspace', ws, '--checks', 'pii']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot list the folder "data\/d{200}\/.*" under glob "data\/\*\*\/\*\.csv": its path is longer than the system allows/);
  });
});

describe.skipIf(!permissionsApply)('a folder a glob cannot list', () => {
  it('is a ConfigError naming the folder relative to the workspace and the glob', () => {
    const ws = tempWorkspace({ 'data/a.csv': 'id\n1\n', 'data/ok/b.csv': 'id\n2\n' });
    lockFolder(join(ws, 'data/locked/deeper'));
    lockFolder(join(ws, 'data/locked'));
    let err: unknown;
    try {
      expandGlob(ws, ws, 'data/**/*.csv', where);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe('model-release.yaml:7:9: cannot list the folder "data/locked" under glob "data/**/*.csv": permission denied; the gate cannot tell what it holds');
    expect((err as ConfigError).message).not.toContain(ws);
  });

  it('names the glob\'s own root the same way', () => {
    const ws = tempWorkspace({ 'keep.txt': '' });
    lockFolder(join(ws, 'sub/data'));
    expect(() => expandGlob(join(ws, ''), join(ws, 'sub'), 'data/*.csv', where)).toThrow('cannot list the folder "sub/data" under glob "data/*.csv": permission denied');
  });

  it('a folder that does not exist still matches nothing', () => {
    const ws = tempWorkspace({ 'keep.txt': '' });
    expect(expandGlob(ws, ws, 'gone/**/*.csv', where)).toEqual([]);
  });

  it('stops a pii scan: the check errors and the gate exits 2, naming the folder', async () => {
    const ws = tempWorkspace({
      'model-release.yaml': releaseManifest('data', '  scan:\n    - path: "data/**/*.csv"\n'),
      'data/a.csv': 'id,note\n1,fine\n',
    });
    lockFolder(join(ws, 'data/hidden'));
    const r = await runCli(['check', '--workspace', ws, '--checks', 'pii']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot list the folder "data/hidden" under glob "data/**/*.csv": permission denied');
    expect(r.stdout).not.toMatch(/\bpassed\b.*pii|pii.*\bpassed\b/);
  });

  it('stops the endpoints check: a definition folder it cannot list is an error', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': fleetManifest('', '["deploy/**/*.yaml"]'), 'policy.yaml': policy(), 'deploy/a.yaml': KSERVE_GOOD, 'verdicts/.keep': '' });
    lockFolder(join(ws, 'deploy/team-b'));
    const r = await runCli(['check', '--workspace', ws, '--policy', 'policy.yaml', '--checks', 'endpoints']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot list the folder "deploy/team-b" under glob "deploy/**/*.yaml": permission denied');
  });

  it('stops a merge: a partial report folder it cannot list is an error', () => {
    const ws = tempWorkspace({ 'parts/partial-1-of-2.json': '{}' });
    lockFolder(join(ws, 'parts/more'));
    expect(() => loadPartials(ws, ['parts/**/partial-*.json'])).toThrow('cannot list the folder "parts/more" under glob "parts/**/partial-*.json": permission denied');
  });
});
