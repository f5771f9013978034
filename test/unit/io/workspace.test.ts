import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveInWorkspace, toWorkspaceRelative } from '../../../src/io/workspace.js';
import { configError } from '../../helpers/config-error.js';

let base: string; // holds the workspace and a folder outside it
let ws: string;
let outside: string;
const where = { file: 'model-release.yaml', line: 7, column: 13 };

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'mg-ws-'));
  ws = join(base, 'ws');
  outside = join(base, 'outside');
  mkdirSync(join(ws, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(ws, 'sub', 'model.bin'), 'model');
  writeFileSync(join(outside, 'secret'), 'secret');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('resolveInWorkspace', () => {
  it('resolves relative to the base folder', () => {
    expect(resolveInWorkspace(ws, join(ws, 'sub'), 'model.bin')).toBe(join(ws, 'sub', 'model.bin'));
    expect(resolveInWorkspace(ws, ws, './sub/../sub/model.bin')).toBe(join(ws, 'sub', 'model.bin'));
  });

  it('allows .. that stays inside the workspace', () => {
    expect(resolveInWorkspace(ws, join(ws, 'sub'), '../x.txt')).toBe(join(ws, 'x.txt'));
  });

  it('accepts a path that does not exist yet', () => {
    expect(resolveInWorkspace(ws, ws, 'new/dir/file.json')).toBe(join(ws, 'new', 'dir', 'file.json'));
  });

  it('rejects .. that leaves the workspace, at the given location', () => {
    const e = configError(() => resolveInWorkspace(ws, ws, '../outside/secret', where));
    expect(e.detail).toBe('path "../outside/secret" leaves the workspace');
    expect(e.location).toEqual(where);
    expect(e.message).toBe('model-release.yaml:7:13: path "../outside/secret" leaves the workspace');
    expect(configError(() => resolveInWorkspace(ws, join(ws, 'sub'), '../../x')).detail).toMatch(/leaves the workspace/);
    expect(configError(() => resolveInWorkspace(ws, ws, '..')).detail).toMatch(/leaves the workspace/);
  });

  it('treats a backslash as a separator, so ..\\ cannot escape', () => {
    expect(configError(() => resolveInWorkspace(ws, ws, '..\\outside\\secret')).detail).toMatch(/leaves the workspace/);
    expect(resolveInWorkspace(ws, ws, 'sub\\model.bin')).toBe(join(ws, 'sub', 'model.bin'));
  });

  it.each(['/etc/passwd', 'C:\\Windows\\win.ini', 'c:/x', 'D:relative', '\\\\server\\share\\x', '//server/share/x', '\\rooted'])(
    'rejects the absolute path %s',
    (p) => {
      const e = configError(() => resolveInWorkspace(ws, ws, p, where));
      expect(e.detail).toBe(`absolute paths are not allowed (${JSON.stringify(p)}); use a path relative to the manifest folder`);
      expect(e.location).toEqual(where);
    },
  );

  it('rejects a symlinked file that points outside', () => {
    symlinkSync(join(outside, 'secret'), join(ws, 'sub', 'leak'));
    const e = configError(() => resolveInWorkspace(ws, ws, 'sub/leak', where));
    expect(e.detail).toBe('path "sub/leak" resolves outside the workspace through a symbolic link');
    expect(e.location).toEqual(where);
  });

  it('rejects a path under a symlinked folder that points outside, even when the file does not exist', () => {
    symlinkSync(outside, join(ws, 'link'), 'dir');
    expect(configError(() => resolveInWorkspace(ws, ws, 'link/secret')).detail).toBe(
      'path "link/secret" resolves outside the workspace through a symbolic link',
    );
    expect(configError(() => resolveInWorkspace(ws, ws, 'link/not/yet/there')).detail).toMatch(/through a symbolic link/);
  });

  it('rejects a dangling symlink whose target would be outside', () => {
    symlinkSync(join(outside, 'does-not-exist'), join(ws, 'dangling'));
    expect(configError(() => resolveInWorkspace(ws, ws, 'dangling')).detail).toMatch(/through a symbolic link/);
  });

  it('rejects a relative symlink that climbs out', () => {
    symlinkSync('../../outside/secret', join(ws, 'sub', 'rel'));
    expect(configError(() => resolveInWorkspace(ws, ws, 'sub/rel')).detail).toMatch(/through a symbolic link/);
  });

  it('accepts a symlink whose target stays inside the workspace', () => {
    symlinkSync('sub/model.bin', join(ws, 'alias'));
    symlinkSync(join(ws, 'sub'), join(ws, 'subdir'), 'dir');
    expect(resolveInWorkspace(ws, ws, 'alias')).toBe(join(ws, 'alias'));
    expect(resolveInWorkspace(ws, ws, 'subdir/model.bin')).toBe(join(ws, 'subdir', 'model.bin'));
  });

  it('works when the workspace itself is reached through a symlink', () => {
    const wsLink = join(base, 'ws-link');
    symlinkSync(ws, wsLink, 'dir');
    symlinkSync(join(ws, 'sub'), join(ws, 'inner'), 'dir'); // absolute target through the real path
    expect(resolveInWorkspace(wsLink, wsLink, 'sub/model.bin')).toBe(join(wsLink, 'sub', 'model.bin'));
    expect(resolveInWorkspace(wsLink, wsLink, 'inner/model.bin')).toBe(join(wsLink, 'inner', 'model.bin'));
    expect(configError(() => resolveInWorkspace(wsLink, wsLink, '../outside/secret')).detail).toMatch(/leaves the workspace/);
    symlinkSync(outside, join(ws, 'out'), 'dir');
    expect(configError(() => resolveInWorkspace(wsLink, wsLink, 'out/secret')).detail).toMatch(/through a symbolic link/);
  });

  it('reports a symlink loop as a configuration error', () => {
    symlinkSync('loop-b', join(ws, 'loop-a'));
    symlinkSync('loop-a', join(ws, 'loop-b'));
    expect(configError(() => resolveInWorkspace(ws, ws, 'loop-a/x')).detail).toMatch(/cannot be resolved/);
  });

  it('rejects empty paths and NUL characters', () => {
    expect(configError(() => resolveInWorkspace(ws, ws, '')).detail).toMatch(/empty path/);
    expect(configError(() => resolveInWorkspace(ws, ws, 'a\0b')).detail).toMatch(/NUL/);
  });
});

describe('toWorkspaceRelative', () => {
  it('gives forward-slash paths relative to the workspace', () => {
    expect(toWorkspaceRelative(ws, join(ws, 'sub', 'model.bin'))).toBe('sub/model.bin');
    expect(toWorkspaceRelative(ws, ws)).toBe('.');
    expect(toWorkspaceRelative(realpathSync(ws), join(realpathSync(ws), 'a'))).toBe('a');
  });

  it('gives what path.relative gives, for paths written in any form (its text fast path included)', () => {
    // Segments that path.relative normalises (., .., empty, a trailing slash) beside plain and dotted names.
    const segments = ['a', 'b', '.', '..', '', '.hidden', '..x', 'x..', 'x y'];
    const pathOf = (n: number, seed: number) => Array.from({ length: n }, (_, i) => segments[(seed * 7 + i * 3 + (seed >> i)) % segments.length]).join('/');
    const reference = (w: string, abs: string) => relative(resolve(w), resolve(abs)).split(sep).join('/') || '.';
    for (const w of [ws, `${ws}/`, `${ws}/sub/..`, '/', `${ws}/./sub`]) {
      for (let seed = 0; seed < 400; seed++) {
        const abs = `${seed % 5 === 0 ? '/elsewhere' : w}/${pathOf(1 + (seed % 5), seed)}`;
        expect({ w, abs, rel: toWorkspaceRelative(w, abs) }).toEqual({ w, abs, rel: reference(w, abs) });
      }
    }
  });
});
