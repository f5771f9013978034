import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/io/atomic.js';
import { tempStem } from '../../../src/io/temp-files.js';
import { tempWorkspace } from '../../helpers/workspace.js';

/** Every entry under `dir`, recursively, as relative paths. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split('\\').join('/')).sort();
}

describe('writeFileAtomic', () => {
  it('creates missing parent folders', () => {
    const ws = tempWorkspace();
    const target = join(ws, 'a', 'b', 'c', 'report.json');
    writeFileAtomic(target, '{"ok":true}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}\n');
    expect(tree(ws)).toEqual(['a', 'a/b', 'a/b/c', 'a/b/c/report.json']);
  });

  it('replaces an existing file and leaves no temporary file behind', () => {
    const ws = tempWorkspace({ 'out/report.json': 'old content that is longer than the new one' });
    const target = join(ws, 'out', 'report.json');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(join(ws, 'out'))).toEqual(['report.json']);
  });

  it('writes bytes as given', () => {
    const ws = tempWorkspace();
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    const target = join(ws, 'blob.bin');
    writeFileAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('leaves the other files of the folder alone', () => {
    const ws = tempWorkspace({ 'keep.txt': 'keep' });
    writeFileAtomic(join(ws, 'new.txt'), 'n');
    expect(tree(ws)).toEqual(['keep.txt', 'new.txt']);
    expect(readFileSync(join(ws, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('throws when the target is an existing folder, and removes its temporary file', () => {
    const ws = tempWorkspace({ 'out/report.json/inside.txt': 'x' });
    const target = join(ws, 'out', 'report.json');
    expect(() => writeFileAtomic(target, 'data')).toThrow();
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(join(ws, 'out'))).toEqual(['report.json']);
    expect(tree(ws).filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });

  it('throws when a parent is a file, writing nothing', () => {
    const ws = tempWorkspace();
    writeFileSync(join(ws, 'parent'), 'a file');
    expect(() => writeFileAtomic(join(ws, 'parent', 'x.json'), 'data')).toThrow();
    expect(tree(ws)).toEqual(['parent']);
  });

  // Root ignores permission bits: the property only holds for ordinary users.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('throws when the folder cannot be written, leaving it empty', () => {
    const ws = tempWorkspace();
    const dir = join(ws, 'ro');
    mkdirSync(dir, { mode: 0o555 });
    try {
      expect(() => writeFileAtomic(join(dir, 'x.json'), 'data')).toThrow(/EACCES|EPERM/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      // Let the temp workspace be removed after the file.
      chmodSync(dir, 0o755);
    }
  });
});

describe('the temporary name of a long output name', () => {
  it('keeps a legal final name writable: the temporary sibling is cut to fit 255 bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-atomic-'));
    const name = `${'é'.repeat(120)}.json`; // 245 bytes in UTF-8: legal, but not with a temporary suffix around it
    writeFileAtomic(join(dir, name), 'x');
    expect(readFileSync(join(dir, name), 'utf8')).toBe('x');
    expect(readdirSync(dir)).toEqual([name]);
    expect(Buffer.byteLength(tempStem(name))).toBeLessThanOrEqual(200);
    expect(tempStem('short.json')).toBe('short.json');
    rmSync(dir, { recursive: true, force: true });
  });
});
