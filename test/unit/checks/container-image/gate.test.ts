// The container-image check as a user runs it: a manifest and a policy in a workspace, through runGate
// with the real check registry (the check reads the run's clock, ctx.now), and through the CLI.
// Issue 6, bullet by bullet where check.test.ts does not already: choosing one image of a multi-image
// archive, the Dockerfile's EXPOSE against allowedPorts, apk/apt pinning, every policy key, Grype and
// Trivy reports with ignoreAdvisories (policy lines), the summary and the CLI's exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containerImageFactsSchema } from '../../../../checks/container-image/facts.js';
import { runGate } from '../../../../src/gate.js';
import type { CheckReport, Report } from '../../../../src/report/model.js';
import { parseFacts } from '../../../helpers/facts.js';
import { writeDockerSave, writeDockerSaveMany, writeOciTar, type ImageSpec } from '../../../helpers/image-builder.js';
import { releaseManifest, runCli } from '../../../helpers/release.js';
import { tempWorkspace, writeIn } from '../../../helpers/workspace.js';
import { summaryOf } from '../../../helpers/views.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const logger = { info() {}, warning() {}, debug() {} };
const PIN = `@sha256:${'b'.repeat(64)}`;

const clean: ImageSpec = {
  created: '2026-05-20T00:00:00Z',
  layers: [{ files: [{ path: 'app/', type: 'directory' }, { path: 'app/server.py', content: 'print("hi")\n' }] }],
  config: { User: '10001:10001', ExposedPorts: { '8080/tcp': {} }, Healthcheck: { Test: ['CMD', '/bin/true'] } },
};
/** A second image in the same archive, with problems of its own. */
const debug: ImageSpec = {
  created: '2026-05-20T00:00:00Z',
  repoTags: ['example.com/acme/model-debug:1.0.0'],
  layers: [{ files: [{ path: 'root/.ssh/id_rsa', content: 'x' }] }],
  config: { User: 'root', ExposedPorts: { '22/tcp': {} } },
};

const manifest = (container: string): string => releaseManifest('container', container);

async function gate(ws: string, container: string, policy = '{}'): Promise<{ report: Report; check: CheckReport; rules: string[] }> {
  writeIn(ws, 'model-release.yaml', manifest(container));
  writeIn(ws, 'policy.yaml', policy);
  const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', checks: ['container-image'], logger, now: NOW });
  const check = report.checks.find((c) => c.id === 'container-image')!;
  parseFacts(containerImageFactsSchema, check);
  return { report, check, rules: check.findings.map((f) => f.ruleId.replace('container-image/', '')) };
}

describe('container-image: one image of a multi-image archive', () => {
  it('archiveImage chooses by tag, image id or platform; the others are not inspected', async () => {
    const ws = tempWorkspace();
    const [a, b] = await writeDockerSaveMany(join(ws, 'images.tar'), [{ ...clean, repoTags: ['example.com/acme/model-server:1.0.0'] }, debug]);
    const byTag = await gate(ws, '  archive: images.tar\n  archiveImage: example.com/acme/model-server:1.0.0\n');
    expect(byTag.rules).toEqual([]);
    expect(byTag.report.verdict).toBe('passed');
    const archive = byTag.check.facts.archive as { available: Array<{ imageId: string; selected: boolean }> };
    expect(byTag.check.facts.archive).toMatchObject({ imageCount: 2, selectedBy: 'archiveImage', images: [{ configDigest: `sha256:${a!.configDigest}` }] });
    expect(archive.available.map((x) => [x.imageId, x.selected])).toEqual([
      [`sha256:${a!.configDigest}`, true],
      [`sha256:${b!.configDigest}`, false],
    ]);
    expect(byTag.check.facts).toMatchObject({ imageId: `sha256:${a!.configDigest}`, user: '10001:10001' });
    expect(summaryOf(byTag.check)).toContain('1 of 2 images, chosen by archiveImage');
    // By image id: the other one, with its findings.
    const byId = await gate(ws, `  archive: images.tar\n  archiveImage: sha256:${b!.configDigest}\n`);
    expect(byId.rules.sort()).toEqual(['credential-file', 'exposed-port', 'healthcheck-missing', 'root-user']);
    expect(byId.check.findings[0]!.message).toContain('image 2 (example.com/acme/model-debug:1.0.0)');
    // Normalised tags match too (Docker Hub names).
    const [, hub] = await writeDockerSaveMany(join(ws, 'hub.tar'), [debug, { ...clean, repoTags: ['acme/server:2'] }]);
    const normalised = await gate(ws, '  archive: hub.tar\n  archiveImage: docker.io/acme/server:2\n');
    expect(normalised.check.facts).toMatchObject({ imageId: `sha256:${hub!.configDigest}` });
  });

  it('without archiveImage: the image matching the deployed reference, else every image', async () => {
    const ws = tempWorkspace();
    await writeDockerSaveMany(join(ws, 'images.tar'), [debug, { ...clean, repoTags: ['example.com/acme/model-server:1.0.0'] }]);
    const byRef = await gate(ws, `  image: example.com/acme/model-server:1.0.0${PIN}\n  archive: images.tar\n`);
    expect(byRef.rules).toEqual([]);
    expect(byRef.check.facts.archive).toMatchObject({ selectedBy: 'image reference', imageCount: 2 });
    const all = await gate(ws, `  image: example.com/acme/other:1.0.0${PIN}\n  archive: images.tar\n`);
    expect(all.check.facts.archive).toMatchObject({ selectedBy: 'all images' });
    expect(all.rules.sort()).toEqual(['credential-file', 'exposed-port', 'healthcheck-missing', 'root-user']); // image 1's; image 2 is clean
  });

  it('an archiveImage that matches nothing fails closed at its manifest line, listing what the archive holds; without an archive it is an error too', async () => {
    const ws = tempWorkspace();
    await writeDockerSaveMany(join(ws, 'images.tar'), [clean, debug]);
    const none = await gate(ws, '  archive: images.tar\n  archiveImage: example.com/acme/nope:1\n');
    expect(none.report.verdict).toBe('error');
    expect(none.check.findings[0]).toMatchObject({ ruleId: 'gate/check-error', location: { file: 'model-release.yaml', line: 6 } });
    expect(none.check.findings[0]!.message).toMatch(/archiveImage "example\.com\/acme\/nope:1" matches none of the 2 image\(s\) in the archive \(1: example\.com\/acme\/image-1:1\.0\.0 sha256:[0-9a-f]{12}… linux\/amd64; 2: example\.com\/acme\/model-debug:1\.0\.0/);
    const orphan = await gate(ws, '  archiveImage: x:1\n');
    expect(orphan.check.findings[0]).toMatchObject({ location: { file: 'model-release.yaml', line: 5 } });
    expect(orphan.check.findings[0]!.message).toMatch(/names no archive/);
  });

  it('OCI tar by platform', async () => {
    const ws = tempWorkspace();
    await writeOciTar(join(ws, 'oci.tar'), clean);
    const r = await gate(ws, '  archive: oci.tar\n  archiveImage: linux/amd64\n');
    expect(r.rules).toEqual([]);
    expect(r.check.facts.archive).toMatchObject({ selectedBy: 'archiveImage', imageCount: 1 });
  });
});

describe('container-image: the Dockerfile through the gate', () => {
  const DOCKERFILE = [
    'ARG PORT=9000', // 1
    `FROM python:3.12-alpine${PIN}`, // 2
    'RUN apk add --no-cache curl=8.9.1-r1 git', // 3
    'RUN apt-get install -y libgomp1', // 4
    'ARG PORT', // 5
    'EXPOSE 8080 ${PORT} 5000-5001/udp', // 6
    'USER 10001', // 7
    'HEALTHCHECK CMD ["/bin/true"]', // 8
    '',
  ].join('\n');

  it('EXPOSE of the final stage against allowedPorts, apk and apt pinning, at file:line', async () => {
    const ws = tempWorkspace({ Dockerfile: DOCKERFILE });
    const r = await gate(ws, '  dockerfile: Dockerfile\n');
    expect(r.check.findings.map((f) => `${f.ruleId.replace('container-image/', '')} ${f.target} ${f.location?.file}:${f.location?.line}`)).toEqual([
      'dockerfile-apk-unpinned git Dockerfile:3',
      'dockerfile-apt-unpinned libgomp1 Dockerfile:4',
      'exposed-port port 9000 Dockerfile:6',
      'exposed-port port 5000-5001/udp Dockerfile:6',
    ]);
    expect(r.check.facts).toMatchObject({ exposedPorts: ['8080', '9000', '5000-5001/udp'], dockerfile: { finalUser: '10001', healthcheck: true } });
    const allowed = await gate(ws, '  dockerfile: Dockerfile\n', 'container-image:\n  allowedPorts: [8080, 9000, "5000-5010/udp"]\n');
    expect(allowed.rules).toEqual(['dockerfile-apk-unpinned', 'dockerfile-apt-unpinned']);
  });

  it('a Dockerfile syntax error is a check error at its line', async () => {
    const ws = tempWorkspace({ Dockerfile: `FROM a${PIN}\nEXPOSE\n` });
    const r = await gate(ws, '  dockerfile: Dockerfile\n');
    expect(r.report.verdict).toBe('error');
    expect(r.check.findings[0]).toMatchObject({ location: { file: 'Dockerfile', line: 2 } });
    expect(r.check.findings[0]!.message).toContain('EXPOSE requires at least one argument');
  });
});

describe('container-image: policy keys through the gate', () => {
  const risky: ImageSpec = {
    created: '2026-01-01T00:00:00Z', // 151 days before NOW
    layers: [{ files: [{ path: 'srv/.env', content: 'X=1' }, { path: 'srv/deploy.pem', content: 'k' }, { path: 'usr/bin/ping', content: 'elf', mode: 0o4755 }] }],
    config: { User: '0', Env: ['SERVICE_TOKEN=abc123', 'HF_TOKEN_FILE=/run/secrets/hf', 'MY_SIGNING_KEY=xyz'], ExposedPorts: { '9090/tcp': {} } },
  };

  it('defaults find everything; each key relaxes or tightens its rule', async () => {
    const ws = tempWorkspace();
    await writeDockerSave(join(ws, 'i.tar'), risky);
    const strict = await gate(ws, '  image: acme/server\n  archive: i.tar\n', 'container-image:\n  allowedRegistries: [ghcr.io/acme]\n  credentialFiles: ["*.pem"]\n');
    expect(strict.rules.sort()).toEqual(
      ['reference-not-pinned', 'reference-latest', 'registry-not-allowed', 'root-user', 'env-secret', 'env-secret', 'exposed-port', 'image-too-old', 'healthcheck-missing', 'credential-file', 'credential-file', 'setuid-file'].sort(),
    );
    expect(strict.check.findings.filter((f) => f.ruleId.endsWith('env-secret')).map((f) => f.target)).toEqual(['env SERVICE_TOKEN', 'env MY_SIGNING_KEY']);
    const relaxed = await gate(
      ws,
      '  image: acme/server\n  archive: i.tar\n',
      `container-image:
  requireDigest: false
  forbidLatest: false
  allowedRegistries: [docker.io/acme]
  allowRootUser: true
  allowedEnv: ["SERVICE_TOKEN", "MY_*"]
  allowedFiles: [/srv/.env]
  allowedSetuid: ["/usr/bin/*"]
  allowedPorts: ["9000-9100"]
  maxAgeDays: 365
  requireHealthcheck: false
`,
    );
    expect(relaxed.rules).toEqual([]);
    expect(relaxed.report.verdict).toBe('passed');
    expect(relaxed.check.facts).toMatchObject({ ageDays: 151, runsAsRoot: true, reference: { normalized: 'docker.io/acme/server', pinned: false } });
  });

  it('maxLayerEntries stops a tar bomb with an error naming the layer', async () => {
    const ws = tempWorkspace();
    await writeDockerSave(join(ws, 'i.tar'), { ...clean, layers: [{ files: Array.from({ length: 20 }, (_, k) => ({ path: `f${k}`, content: 'x' })) }] });
    const r = await gate(ws, '  archive: i.tar\n', 'container-image:\n  maxLayerEntries: 10\n');
    expect(r.report.verdict).toBe('error');
    expect(r.check.findings[0]!.message).toMatch(/layer\.tar: layer cannot be read: .*more than 10 entries \(maxLayerEntries\)/);
  });
});

describe('container-image: scanner reports through the gate', () => {
  const trivy = (imageId: string) =>
    JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: 'example.com/acme/model-server:1.0.0',
      ArtifactType: 'container_image',
      Metadata: { ImageID: `sha256:${imageId}`, RepoDigests: [] },
      Results: [
        {
          Target: 'example.com/acme/model-server:1.0.0 (debian 12.5)',
          Type: 'debian',
          Vulnerabilities: [
            { VulnerabilityID: 'CVE-2024-0001', PkgName: 'openssl', InstalledVersion: '3.0.11-1', FixedVersion: '3.0.13-1', Severity: 'CRITICAL', PkgIdentifier: { PURL: 'pkg:deb/debian/openssl@3.0.11-1' } },
            { VulnerabilityID: 'CVE-2024-0002', PkgName: 'zlib1g', InstalledVersion: '1.2.13', Severity: 'LOW' },
            { VulnerabilityID: 'CVE-2024-0003', PkgName: 'libc6', InstalledVersion: '2.36', Severity: 'UNKNOWN' },
            { VulnerabilityID: 'CVE-2024-0004', PkgName: 'curl', InstalledVersion: '7.88', Severity: 'HIGH' },
          ],
        },
      ],
    });
  const grype = (manifestDigest: string) =>
    JSON.stringify({
      descriptor: { name: 'grype', version: '0.79.0' },
      source: { type: 'image', target: { userInput: 'example.com/acme/model-server:1.0.0', manifestDigest: `sha256:${manifestDigest}`, repoDigests: [] } },
      matches: [{ vulnerability: { id: 'GHSA-xxxx-yyyy-zzzz', severity: 'Medium', fix: { versions: ['2.0.1'] } }, relatedVulnerabilities: [{ id: 'CVE-2024-0005' }], artifact: { name: 'flask', version: '2.0.0', type: 'python' } }],
    });

  it('findings on one ladder, ignoreAdvisories with policy lines (purl package, expiry, unused), failOnSeverity, unknownSeverity, digest tie', async () => {
    const ws = tempWorkspace();
    const built = await writeOciTar(join(ws, 'oci.tar'), clean);
    writeIn(ws, 'trivy.json', trivy(built.configDigest));
    writeIn(ws, 'grype.json', grype(built.manifestDigest!));
    writeIn(ws, 'other.json', grype('e'.repeat(64)));
    const policy = `container-image:
  failOnSeverity: medium
  unknownSeverity: critical
  ignoreAdvisories:
    - { id: CVE-2024-0001, package: "pkg:deb/debian/openssl", reason: patched in base, expires: 2026-06-30 }
    - { id: CVE-2024-0004, package: curl, reason: not reachable, owner: sec@example.com, expires: 2026-05-01 }
    - { id: CVE-2024-0005, reason: alias of the Grype match, expires: 2026-12-31 }
    - { id: CVE-2099-0000, reason: nothing, expires: 2026-12-31 }
`;
    const r = await gate(ws, '  archive: oci.tar\n  reports:\n    - trivy.json\n    - { path: grype.json, tool: grype }\n    - other.json\n', policy);
    const rows = r.check.findings.map((f) => `${f.ruleId.replace('container-image/', '')} ${f.severity} ${f.target} ${f.location?.file}:${f.location?.line ?? ''}`);
    expect(rows).toEqual([
      'vulnerability info CVE-2024-0002 zlib1g@1.2.13 trivy.json:',
      'vulnerability critical CVE-2024-0003 libc6@2.36 trivy.json:',
      'vulnerability high CVE-2024-0004 curl@7.88 trivy.json:', // its ignore expired: counts again
      'report-digest-mismatch high other.json model-release.yaml:9',
      'ignore-expired high CVE-2024-0004 policy.yaml:6',
      'ignore-unused info CVE-2099-0000 policy.yaml:8',
    ]);
    // CVE-2024-0001 (openssl, by purl) and the Grype match (through its alias CVE-2024-0005) are ignored, and counted.
    expect((r.check.facts.reports as Array<Record<string, unknown>>).map((x) => [x.path, x.tool, x.digestMatches, x.ignored])).toEqual([
      ['trivy.json', 'trivy', true, 1],
      ['grype.json', 'grype', true, 1],
      ['other.json', 'grype', false, 1],
    ]);
    expect(r.report.verdict).toBe('blocked');
  });
});

describe('container-image through the CLI', () => {
  const check = (ws: string, ...more: string[]) => runCli(['check', '--workspace', ws, '--manifest', 'model-release.yaml', '--policy', 'policy.yaml', '--checks', 'container-image', ...more]);
  const today = { ...clean, created: new Date().toISOString() }; // the CLI runs on the real clock

  it('exit 0 for a clean pinned release, 1 when blocked; JSON report and summary with the image identity', async () => {
    const ws = tempWorkspace({ 'policy.yaml': 'container-image:\n  allowedRegistries: [example.com/acme]\n' });
    const built = await writeOciTar(join(ws, 'oci.tar'), today);
    writeIn(ws, 'model-release.yaml', manifest(`  image: example.com/acme/model-server:1.0.0@sha256:${built.manifestDigest}\n  archive: oci.tar\n`));
    const ok = await check(ws, '--summary', 'out/summary.md');
    expect(ok.code).toBe(0);
    const summary = readFileSync(join(ws, 'out/summary.md'), 'utf8');
    expect(summary).toContain(`\`example.com/acme/model-server:1.0.0@sha256:${built.manifestDigest}\` (pinned)`);
    expect(summary).toContain('`10001:10001`');
    writeIn(ws, 'Dockerfile', `FROM python:3.12\nEXPOSE 22\nUSER 10001\nHEALTHCHECK CMD ["/bin/true"]\n`);
    writeIn(ws, 'model-release.yaml', manifest(`  image: example.com/acme/model-server:1.0.0@sha256:${built.manifestDigest}\n  archive: oci.tar\n  dockerfile: Dockerfile\n`));
    const blocked = await check(ws, '--format', 'json');
    expect(blocked.code).toBe(1);
    const report = JSON.parse(blocked.stdout) as Report;
    expect(report.checks[0]!.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`)).toEqual([
      'container-image/dockerfile-base-not-pinned Dockerfile:1',
      'container-image/exposed-port Dockerfile:2',
    ]);
  });

  it.each([
    ['an image reference that does not parse', '  image: "Acme/Server:"\n', {}, /model-release\.yaml:5(:\d+)?: .*does not parse/],
    ['a Dockerfile syntax error', '  dockerfile: Dockerfile\n', { Dockerfile: 'FROM a\nFROBNICATE x\n' }, /Dockerfile:2: .*unknown instruction: FROBNICATE/],
    ['not a tar', '  archive: x.tar\n', { 'x.tar': 'not a tar archive at all '.repeat(40) }, /x\.tar: .*not a tar archive/],
    ['malformed report JSON', '  reports: [r.json]\n', { 'r.json': '{\n  "SchemaVersion": 2,\n  oops\n}' }, /r\.json:3:\d+: .*scanner report is not valid JSON/],
  ])('exit 2 on %s, naming the file (and line)', async (_what, container, files, message) => {
    const ws = tempWorkspace({ ...files, 'policy.yaml': '{}', 'model-release.yaml': manifest(container) });
    const r = await check(ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
