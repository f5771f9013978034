import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckContext, LoadedManifest } from '../../../src/check.js';
import { ConfigError } from '../../../src/errors.js';
import { loadManifest } from '../../../src/manifest/load.js';
import { lineage, lineageConfigSchema, type LineageConfig } from '../../../checks/lineage/index.js';
import { checkContext } from '../../helpers/context.js';

let base: string;
let ws: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'mg-lineage-'));
  ws = join(base, 'ws');
  mkdirSync(join(ws, 'model'), { recursive: true });
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

function manifestText(artifacts: Array<{ path: string; sha256: string }>): string {
  const lines = [
    'apiVersion: modelgate.dev/v1',
    'kind: ModelRelease',
    'metadata:',
    '  name: test',
    '  version: 1.0.0',
    '  owner: team@example.com',
    'model:',
    '  artifacts:',
  ];
  if (artifacts.length === 0) lines[lines.length - 1] = '  artifacts: []';
  for (const a of artifacts) lines.push(`    - path: ${JSON.stringify(a.path)}`, `      sha256: ${a.sha256}`);
  return lines.join('\n') + '\n';
}

function load(text: string): LoadedManifest {
  writeFileSync(join(ws, 'model-release.yaml'), text);
  return loadManifest(ws, 'model-release.yaml', [lineage]);
}

function ctx(manifest: LoadedManifest, config: unknown = undefined): CheckContext<LineageConfig> {
  return checkContext({ id: 'lineage', workspace: ws, manifest, config: lineageConfigSchema.parse(config) });
}

/** 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('lineage check', () => {
  it('declares its rules and config defaults', () => {
    const ids = lineage.rules.map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual(['lineage/artifact-missing', 'lineage/artifact-digest-mismatch']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of lineage.rules) {
      expect(r.id).toMatch(/^lineage\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.help.length).toBeGreaterThan(20);
      expect(r.remediation.length).toBeGreaterThan(10);
    }
    expect(lineageConfigSchema.parse(undefined)).toMatchObject({ requireSignedProvenance: true, trustedBuilders: [], card: { required: false, fields: ['license'] } });
    expect(() => lineageConfigSchema.parse({ hashConcurency: 2 })).toThrow();
  });

  it('passes when every artifact matches its digest', async () => {
    const body = Buffer.from('{"weights":[1,2,3]}\n');
    writeFileSync(join(ws, 'model', 'model.json'), body);
    writeFileSync(join(ws, 'model', 'extra.bin'), '');
    const m = load(
      manifestText([
        { path: 'model/model.json', sha256: `sha256:${sha(body).toUpperCase()}` },
        { path: 'model/extra.bin', sha256: sha('') },
      ]),
    );
    const r = await lineage.run(ctx(m, { hashConcurrency: 1 }));
    expect(r.status).toBe('passed');
    expect(r.findings).toEqual([]);
    expect(r.facts).toMatchObject({
      artifacts: [
        { path: 'model/model.json', name: 'model.json', kind: 'file', size: body.length, sha256: sha(body), expected: sha(body), ok: true, signed: false },
        { path: 'model/extra.bin', name: 'extra.bin', kind: 'file', size: 0, sha256: sha(''), expected: sha(''), ok: true, signed: false },
      ],
      artifactCount: 2,
      totalBytes: body.length,
      verified: 2,
      mismatched: 0,
      missing: 0,
      hashing: { files: 2, bytes: body.length },
    });
  });

  it('reports a digest mismatch at the manifest line of the sha256', async () => {
    writeFileSync(join(ws, 'model', 'model.json'), 'tampered');
    const recorded = sha('original');
    const text = manifestText([{ path: 'model/model.json', sha256: recorded }]);
    const r = await lineage.run(ctx(load(text)));
    expect(r.status).toBe('passed'); // the run completed; the finding decides the verdict
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.ruleId).toBe('lineage/artifact-digest-mismatch');
    expect(f.severity).toBe('critical');
    expect(f.target).toBe('model/model.json');
    expect(f.location).toMatchObject({ file: 'model-release.yaml', line: lineOf(text, 'sha256:'), column: 15 });
    expect(f.evidence).toBe(`expected ${recorded.slice(0, 12)}…, got ${sha('tampered').slice(0, 12)}…`);
    expect(r.facts).toMatchObject({ verified: 0, mismatched: 1, missing: 0, artifactCount: 1 });
  });

  it('reports a missing artifact at the path line; a directory is hashed with the directory digest', async () => {
    mkdirSync(join(ws, 'model', 'dir.onnx', 'sub'), { recursive: true });
    writeFileSync(join(ws, 'model', 'dir.onnx', 'b.bin'), 'b');
    writeFileSync(join(ws, 'model', 'dir.onnx', 'sub', 'a.bin'), 'a');
    // Sorted paths: b.bin, sub/a.bin. Digest over the raw file digests in that order.
    const dirDigest = createHash('sha256').update(Buffer.from(sha('b'), 'hex')).update(Buffer.from(sha('a'), 'hex')).digest('hex');
    const text = manifestText([
      { path: 'model/gone.pt', sha256: sha('x') },
      { path: 'model/dir.onnx', sha256: dirDigest },
    ]);
    const r = await lineage.run(ctx(load(text)));
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.target, f.location?.line])).toEqual([['lineage/artifact-missing', 'high', 'model/gone.pt', lineOf(text, 'gone.pt')]]);
    expect(r.findings[0]!.message).toMatch(/does not exist/);
    expect(r.facts).toMatchObject({ verified: 1, mismatched: 0, missing: 1, totalBytes: 2 });
    expect((r.facts.artifacts as unknown[])[1]).toMatchObject({ kind: 'directory', files: 2, size: 2, sha256: dirDigest, ok: true });
  });

  it('throws a ConfigError at the path line when a path climbs out with ..', async () => {
    const text = manifestText([
      { path: 'model/ok.bin', sha256: sha('') },
      { path: '../outside.bin', sha256: sha('') },
    ]);
    const err = await lineage.run(ctx(load(text))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).detail).toBe('path "../outside.bin" leaves the workspace');
    expect((err as ConfigError).location).toMatchObject({ file: 'model-release.yaml', line: lineOf(text, 'outside.bin') });
  });

  it('throws a ConfigError when a symlink leads outside the workspace', async () => {
    writeFileSync(join(base, 'secret.bin'), 'secret');
    symlinkSync(join(base, 'secret.bin'), join(ws, 'model', 'link.bin'));
    const text = manifestText([{ path: 'model/link.bin', sha256: sha('secret') }]);
    const err = await lineage.run(ctx(load(text))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe(
      `model-release.yaml:${lineOf(text, 'link.bin')}:13: path "model/link.bin" resolves outside the workspace through a symbolic link`,
    );
  });

  it('rejects when the time budget runs out', async () => {
    writeFileSync(join(ws, 'model', 'm.bin'), 'm');
    const c = ctx(load(manifestText([{ path: 'model/m.bin', sha256: sha('m') }])));
    c.signal = AbortSignal.abort();
    await expect(lineage.run(c)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('is skipped when the manifest lists no artifacts', async () => {
    const r = await lineage.run(ctx(load(manifestText([]))));
    expect(r.status).toBe('skipped');
    expect(r.reason).toMatch(/no model artifacts/);
    expect(r.findings).toEqual([]);
  });
});
