// The container-image check end to end through runGate, on archives made by the seeded builder.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containerImageFactsSchema } from '../../../../checks/container-image/facts.js';
import { containerImage } from '../../../../checks/container-image/index.js';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import { parseFacts } from '../../../helpers/facts.js';
import { writeDockerSave, writeDockerSaveMany, writeOciLayout, writeOciTar, type ImageSpec } from '../../../helpers/image-builder.js';
import { releaseManifest } from '../../../helpers/release.js';
import { tempWorkspace, writeIn } from '../../../helpers/workspace.js';
import { summaryOf } from '../../../helpers/views.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const check = containerImage as Check;
const logger = { info() {}, warning() {}, debug() {} };
const HEX = 'd'.repeat(64);

/** A clean image: non-root, healthcheck, allowed port, recent. */
const clean: ImageSpec = {
  layers: [{ files: [{ path: 'app/', type: 'directory' }, { path: 'app/server.py', content: 'print("hi")\n' }, { path: 'app/weights.bin', size: 300_000 }] }],
  config: { User: '10001:10001', ExposedPorts: { '8080/tcp': {} }, Healthcheck: { Test: ['CMD', '/bin/true'] } },
};

const manifest = (container: string): string => releaseManifest('container', container);

async function gate(ws: string, container: string, policy = '{}') {
  writeIn(ws, 'model-release.yaml', manifest(container));
  writeIn(ws, 'policy.yaml', policy);
  const r = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [check], now: NOW });
  const c = r.checks.find((x) => x.id === 'container-image')!;
  parseFacts(containerImageFactsSchema, c);
  return { report: r, check: c, rules: c.findings.map((f) => f.ruleId.replace('container-image/', '')) };
}

describe('container-image: reference', () => {
  it('pinned and allowed passes; tag-only, latest and registry are findings at the image line', async () => {
    const ws = tempWorkspace();
    const ok = await gate(ws, `  image: ghcr.io/acme/server:1.0@sha256:${HEX}\n`, 'container-image:\n  allowedRegistries: [ghcr.io/acme/]\n');
    expect(ok.report.verdict).toBe('passed');
    expect(ok.check.facts.reference).toMatchObject({ registry: 'ghcr.io', repository: 'acme/server', tag: '1.0', pinned: true });
    const bad = await gate(ws, '  image: python\n', 'container-image:\n  allowedRegistries: [ghcr.io/acme/]\n');
    expect(bad.report.verdict).toBe('blocked');
    expect(bad.rules).toEqual(['reference-not-pinned', 'reference-latest', 'registry-not-allowed']);
    expect(bad.check.findings[0]!.location).toMatchObject({ file: 'model-release.yaml', line: 5 });
  });
  it('an unparseable reference fails closed with its line', async () => {
    const r = await gate(tempWorkspace(), '  image: "Acme/Server:"\n');
    expect(r.report.verdict).toBe('error');
    expect(r.check.findings[0]).toMatchObject({ ruleId: 'gate/check-error', location: { file: 'model-release.yaml', line: 5 } });
    expect(r.check.findings[0]!.message).toContain('does not parse');
  });
});

describe('container-image: archives', () => {
  it.each([
    ['docker save', 'image.tar', writeDockerSave],
    ['OCI layout folder', 'oci', writeOciLayout],
    ['OCI tar', 'oci.tar', writeOciTar],
  ] as const)('%s: verified and clean', async (_label, rel, write) => {
    const ws = tempWorkspace();
    const built = await write(join(ws, rel), clean);
    const r = await gate(ws, `  archive: ${rel}\n`);
    expect(r.rules).toEqual([]);
    expect(r.report.verdict).toBe('passed');
    expect(r.check.facts).toMatchObject({ imageId: `sha256:${built.configDigest}`, user: '10001:10001', exposedPorts: ['8080/tcp'], layerCount: 1, ageDays: 31 });
    expect(summaryOf(r.check)).toContain('10001:10001');
  });

  it('gzip and zstd layers are decompressed and checked against diff_ids', async () => {
    const ws = tempWorkspace();
    await writeOciTar(join(ws, 'gz.tar'), { ...clean, layers: [{ ...clean.layers[0]!, compression: 'gzip' }] });
    expect((await gate(ws, '  archive: gz.tar\n')).rules).toEqual([]);
  });

  it.skipIf(spawnSync('zstd', ['--version']).status !== 0)('zstd layers (compressed with the zstd CLI)', async () => {
    const ws = tempWorkspace();
    const dir = join(ws, 'z');
    const built = await writeOciLayout(dir, clean);
    // Replace the layer blob by its zstd form and rewrite the manifest to point at it.
    const layer = join(dir, built.layerPaths[0]!);
    const z = spawnSync('zstd', ['-q', '-c', layer], { maxBuffer: 1 << 26 }).stdout as Buffer;
    const { createHash } = await import('node:crypto');
    const zhex = createHash('sha256').update(z).digest('hex');
    rmSync(layer);
    writeFileSync(join(dir, 'blobs/sha256', zhex), z);
    const manPath = join(dir, 'blobs/sha256', built.manifestDigest!);
    const man = JSON.parse(readFileSync(manPath, 'utf8'));
    man.layers[0] = { mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd', digest: `sha256:${zhex}`, size: z.length };
    const manBuf = Buffer.from(JSON.stringify(man));
    const mhex = createHash('sha256').update(manBuf).digest('hex');
    rmSync(manPath);
    writeFileSync(join(dir, 'blobs/sha256', mhex), manBuf);
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${mhex}`, size: manBuf.length }] }));
    const r = await gate(ws, '  archive: z\n');
    expect(r.report.verdict).toBe('passed');
  });

  it('config and layer rules: root, env secrets, credential files, setuid, ports, age, healthcheck, history', async () => {
    const ws = tempWorkspace();
    const token = ['ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('');
    await writeDockerSave(join(ws, 'bad.tar'), {
      created: '2025-01-01T00:00:00Z',
      config: { User: 'root:staff', Env: [`HELPER=${token}`, 'DB_PASSWORD=hunter2', 'GPG_KEY=0123', 'API_KEY='], ExposedPorts: { '22/tcp': {}, '8080/tcp': {} } },
      history: ['/bin/sh -c curl -fsSL https://get.example.com/install.sh | bash'],
      layers: [
        {
          files: [
            { path: 'root/.ssh/id_rsa', content: 'not really a key' },
            { path: 'app/.env', content: 'X=1' },
            { path: 'usr/bin/passwd', content: 'elf', mode: 0o4755 },
            { path: 'usr/bin/wall', content: 'elf', mode: 0o2755 },
            { path: 'usr/bin/allowed', content: 'elf', mode: 0o4755 },
            { path: 'app/.wh..env', content: '' },
          ],
        },
      ],
    });
    const r = await gate(ws, '  archive: bad.tar\n', 'container-image:\n  allowedSetuid: [/usr/bin/allowed]\n');
    expect(r.report.verdict).toBe('blocked');
    expect(r.rules.sort()).toEqual(
      ['root-user', 'env-secret', 'env-secret', 'exposed-port', 'image-too-old', 'healthcheck-missing', 'download-piped-to-shell', 'credential-file', 'credential-file', 'setuid-file', 'setuid-file'].sort(),
    );
    const text = JSON.stringify(r.report);
    expect(text).not.toContain(token);
    expect(text).not.toContain('hunter2');
    expect(r.check.findings.find((f) => f.target === 'env HELPER')!.evidence).toMatch(/^ghp_…\[REDACTED/);
    expect(r.check.findings.filter((f) => f.ruleId.endsWith('setuid-file')).map((f) => f.target)).toEqual(['/usr/bin/passwd', '/usr/bin/wall']);
    expect(r.check.facts).toMatchObject({ user: 'root:staff', runsAsRoot: true, ageDays: 516 });
    expect((r.check.facts.findingsPerRule as Record<string, number>)['container-image/credential-file']).toBe(2);
  });

  it.each(['', 'root', '0', '0:0', 'root:x', '0:x'])('user %j means root', async (user) => {
    const ws = tempWorkspace();
    await writeDockerSave(join(ws, 'i.tar'), { ...clean, config: { ...clean.config, User: user } });
    expect((await gate(ws, '  archive: i.tar\n')).rules).toEqual(['root-user']);
  });

  it('manifest.json before the layers is read too', async () => {
    const ws = tempWorkspace();
    await writeDockerSave(join(ws, 'i.tar'), clean, { manifestFirst: true });
    expect((await gate(ws, '  archive: i.tar\n')).rules).toEqual([]);
  });
});

describe('container-image: bad archives fail closed naming the file and member', () => {
  const expectError = async (ws: string, rel: string, what: RegExp) => {
    const r = await gate(ws, `  archive: ${rel}\n`);
    expect(r.report.verdict).toBe('error');
    expect(r.check.findings[0]).toMatchObject({ ruleId: 'gate/check-error', location: { file: rel } });
    expect(r.check.findings[0]!.message).toMatch(what);
  };
  it('not a tar', async () => {
    const ws = tempWorkspace({ 'x.tar': 'hello, this is not a tar archive '.repeat(40) });
    await expectError(ws, 'x.tar', /not a tar archive/);
  });
  it('truncated tar', async () => {
    const ws = tempWorkspace();
    await writeDockerSave(join(ws, 't.tar'), clean);
    truncateSync(join(ws, 't.tar'), 2000);
    await expectError(ws, 't.tar', /truncated/);
  });
  it('.. and absolute member names', async () => {
    const ws = tempWorkspace();
    await writeDockerSave(join(ws, 'a.tar'), clean, { extra: [{ name: '../escape.txt', content: 'x' }] });
    await expectError(ws, 'a.tar', /\.\.\/escape\.txt: unsafe member name/);
    await writeDockerSave(join(ws, 'b.tar'), clean, { extra: [{ name: '/etc/passwd', content: 'x' }] });
    await expectError(ws, 'b.tar', /unsafe member name/);
  });
  it('a missing config, a missing or corrupt blob, a diff_id mismatch', async () => {
    const ws = tempWorkspace();
    const b = await writeDockerSave(join(ws, 'c.tar'), clean, { omit: [`${'x'}`] });
    await writeDockerSave(join(ws, 'noconf.tar'), clean, { omit: [b.configPath] });
    await expectError(ws, 'noconf.tar', new RegExp(`names the image config "${b.configPath}", which is not in the archive`));
    const o = await writeOciLayout(join(ws, 'oci-missing'), clean, { omit: [`blobs/sha256/${(await writeOciTar(join(ws, 'tmp.tar'), clean)).layerDigests[0]}`] });
    await expectError(ws, 'oci-missing', new RegExp(`${o.layerPaths[0]}: layer blob is missing`));
    await writeOciTar(join(ws, 'corrupt.tar'), clean, { corrupt: [o.layerPaths[0]!] });
    await expectError(ws, 'corrupt.tar', new RegExp(`${o.layerPaths[0]}: blob is corrupt`));
    await writeDockerSave(join(ws, 'diff.tar'), clean, { corrupt: [b.layerPaths[0]!] });
    await expectError(ws, 'diff.tar', /does not match|rootfs\.diff_ids\[0\]|not a valid tar/);
  });
  it('malformed JSON names the member and line', async () => {
    const ws = tempWorkspace();
    await writeDockerSave(join(ws, 'm.tar'), clean, { manifestJson: '[{"Config": "x.json",\n "Layers": [}]' });
    await expectError(ws, 'm.tar', /manifest\.json: malformed JSON at line 2/);
  });
  it('an archive path outside the workspace is a configuration error', async () => {
    const r = await gate(tempWorkspace(), '  archive: ../elsewhere.tar\n');
    expect(r.report.verdict).toBe('error');
    expect(r.check.findings[0]!.message).toContain('leaves the workspace');
  });
});

describe('container-image: Dockerfile and reports through the gate', () => {
  it('a Dockerfile syntax error fails closed with file and line', async () => {
    const ws = tempWorkspace({ 'Dockerfile': 'FROM alpine\nRUNN echo\n' });
    const r = await gate(ws, '  dockerfile: Dockerfile\n');
    expect(r.report.verdict).toBe('error');
    expect(r.check.findings[0]).toMatchObject({ location: { file: 'Dockerfile', line: 2 } });
  });

  it('Dockerfile findings carry file:line', async () => {
    const ws = tempWorkspace({ 'docker/Dockerfile': 'FROM python:3.12\nRUN pip install flask\n' });
    const r = await gate(ws, '  dockerfile: docker/Dockerfile\n');
    expect(r.check.findings.map((f) => [f.ruleId.replace('container-image/', ''), f.location?.file, f.location?.line])).toEqual([
      ['dockerfile-base-not-pinned', 'docker/Dockerfile', 1],
      ['dockerfile-pip-unpinned', 'docker/Dockerfile', 2],
      ['dockerfile-pip-cache', 'docker/Dockerfile', 2],
      ['dockerfile-user-root', 'docker/Dockerfile', 1],
      ['healthcheck-missing', 'docker/Dockerfile', 1],
    ]);
  });

  const trivy = (digest: string, vulns: Array<{ id: string; sev: string }>) =>
    JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: 'ghcr.io/acme/server:1.0',
      ArtifactType: 'container_image',
      Metadata: { ImageID: `sha256:${'e'.repeat(64)}`, RepoDigests: [`ghcr.io/acme/server@sha256:${digest}`] },
      Results: [
        { Target: 'debian', Class: 'os-pkgs', Type: 'debian', Vulnerabilities: vulns.map((v) => ({ VulnerabilityID: v.id, PkgName: 'openssl', InstalledVersion: '3.0.1', FixedVersion: '3.0.2', Severity: v.sev })) },
        { Target: 'app/.env', Class: 'secret', Secrets: [{ RuleID: 'generic-api-key', Severity: 'HIGH', Title: 'Generic', StartLine: 1, Match: '***' }] },
      ],
    });

  it('severities, failOnSeverity, ignoreAdvisories with expiry, digest mismatch', async () => {
    const ws = tempWorkspace({
      'trivy.json': trivy(HEX, [
        { id: 'CVE-2026-0001', sev: 'CRITICAL' },
        { id: 'CVE-2026-0002', sev: 'LOW' },
        { id: 'CVE-2026-0003', sev: 'UNKNOWN' },
        { id: 'CVE-2026-0004', sev: 'HIGH' },
        { id: 'CVE-2026-0005', sev: 'HIGH' },
      ]),
      'other.json': trivy('f'.repeat(64), []),
    });
    const policy = `container-image:
  failOnSeverity: medium
  ignoreAdvisories:
    - { id: CVE-2026-0004, reason: not reachable, expires: 2026-12-31 }
    - { id: CVE-2026-0005, reason: old, expires: 2026-01-01 }
    - { id: CVE-1999-9999, reason: stale, expires: 2026-12-31 }
`;
    const r = await gate(ws, `  image: ghcr.io/acme/server:1.0@sha256:${HEX}\n  reports: [trivy.json, { path: other.json, tool: trivy }]\n`, policy);
    const got = r.check.findings.map((f) => [f.ruleId.replace('container-image/', ''), f.target, f.severity]);
    expect(got).toEqual([
      ['vulnerability', 'CVE-2026-0001 openssl@3.0.1', 'critical'],
      ['vulnerability', 'CVE-2026-0002 openssl@3.0.1', 'info'],
      ['vulnerability', 'CVE-2026-0003 openssl@3.0.1', 'high'],
      ['vulnerability', 'CVE-2026-0005 openssl@3.0.1', 'high'],
      ['scanner-secret', 'generic-api-key app/.env:1', 'high'],
      ['report-digest-mismatch', 'other.json', 'high'],
      ['scanner-secret', 'generic-api-key app/.env:1', 'high'],
      ['ignore-expired', 'CVE-2026-0005', 'high'],
      ['ignore-unused', 'CVE-1999-9999', 'info'],
    ]);
    expect(r.check.facts.reports).toMatchObject([{ digestMatches: true, ignored: 1 }, { digestMatches: false }]);
  });

  it('a report that is not Trivy/Grype, or malformed, fails closed', async () => {
    const ws = tempWorkspace({ 'bad.json': '{"SchemaVersion": 2,\n  oops}', 'pip.json': JSON.stringify({ dependencies: [{ name: 'x', version: '1', vulns: [] }] }) });
    const a = await gate(ws, '  reports: [bad.json]\n');
    expect(a.check.findings[0]).toMatchObject({ ruleId: 'gate/check-error', location: { file: 'bad.json', line: 2 } });
    const b = await gate(ws, '  reports: [pip.json]\n');
    expect(b.check.findings[0]!.message).toMatch(/Trivy or Grype/);
  });
});

describe('container-image: facts', () => {
  it('a run with every input (reference, several images, Dockerfile, report) reports what containerImageFactsSchema describes, field for field', async () => {
    const ws = tempWorkspace({ Dockerfile: 'FROM python:3.12\nUSER 10001\nEXPOSE 8080\n', 'trivy.json': JSON.stringify({ SchemaVersion: 2, ArtifactName: 'ghcr.io/acme/server:1.0', ArtifactType: 'container_image', Results: [] }) });
    await writeDockerSaveMany(join(ws, 'images.tar'), [clean, { ...clean, repoTags: ['ghcr.io/acme/other:2'] }]);
    const r = await gate(ws, `  image: ghcr.io/acme/server:1.0@sha256:${HEX}\n  archive: images.tar\n  dockerfile: Dockerfile\n  reports: [trivy.json]\n`);
    const facts = containerImageFactsSchema.parse(r.check.facts);
    expect(facts.archive?.available).toHaveLength(2);
    expect(facts.dockerfile?.path).toBe('Dockerfile');
    expect(facts.reports).toHaveLength(1);
    // Strict: a field the schema does not name, or one it names that is missing, is refused at any depth.
    expect(containerImageFactsSchema.safeParse({ ...facts, extra: 1 }).success).toBe(false);
    expect(containerImageFactsSchema.safeParse({ ...facts, archive: { ...facts.archive, images: [{ ...facts.archive!.images[0], extra: 1 }] } }).success).toBe(false);
    const { findingsPerRule: _, ...missing } = facts;
    expect(containerImageFactsSchema.safeParse(missing).success).toBe(false);
  });
});
