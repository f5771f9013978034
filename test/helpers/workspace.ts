// Temporary workspaces for tests: files written from a map, removed after the test file.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

export function tempWorkspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'modelgate-test-')));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) writeIn(dir, rel, content);
  return dir;
}

export function writeIn(dir: string, rel: string, content: string | Uint8Array): string {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The directory digest by its definition: sha256 over the raw sha256 of each file, paths in byte order. */
export function dirDigest(dir: string, files: string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))) h.update(createHash('sha256').update(readFileSync(join(dir, f))).digest());
  return h.digest('hex');
}

/** A minimal valid manifest with one artifact. */
export function manifestYaml(artifacts: Array<{ path: string; sha256: string }>, extra = ''): string {
  const list = artifacts.map((a) => `    - path: ${a.path}\n      sha256: ${a.sha256}\n`).join('');
  return `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata:
  name: demo
  version: 1.0.0
  owner: team@example.com
model:
  artifacts:
${list || '    []\n'}${extra}`;
}
