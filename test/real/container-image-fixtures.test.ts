// The container-image check on real fixtures in ../shared (read-only): a real `docker save` tarball,
// an OCI layout whose layer blob is missing on purpose, Dockle's image configs and Trivy/Grype reports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../checks/container-image/archive/read.js';
import { DEFAULT_ENV_ALLOWLIST, containerImageConfigSchema } from '../../checks/container-image/config.js';
import { inspectImage } from '../../checks/container-image/inspect.js';
import { readImageReport, scannedImage } from '../../checks/container-image/reports.js';
import { RULES } from '../../checks/container-image/rules.js';
import { compileAdvisoryIgnores } from '../../src/vuln/ignore.js';
import type { ArchiveImage } from '../../checks/container-image/archive/read.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const IMAGES = join(SHARED, 'container-images');
const REPORTS = join(SHARED, 'scanner-reports');
const opts = { isCredential: () => false, isSetuidAllowed: () => false, maxEntries: 1e6 };
const config = containerImageConfigSchema.parse({});
const NOW = new Date('2026-06-01T00:00:00Z');

describe.skipIf(!existsSync(IMAGES))('container-image on real fixtures', () => {
  it('docker save tarball: digests verified, config read, root and missing healthcheck found', async () => {
    const info = await readArchive(join(IMAGES, 'docker-save', 'stereoscope-fixture-image-simple.tar'), opts);
    expect(info.format).toBe('docker-save');
    const [im] = info.images;
    expect(im!.configDigest).toBe('ab5608d634db2716a297adbfa6a5dd5d8f8f5a7d0cab73649ea7fbb8c8da544f');
    expect(im!.layers.map((l) => l.diffId.slice(0, 12))).toEqual(['ec903c5f8ee4', 'a05cd9ebf88a', '37fe7bd5651b']);
    const r = inspectImage(im!, config, NOW, { file: 'image.tar' }, 'the image', false);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['container-image/root-user', 'container-image/image-too-old', 'container-image/healthcheck-missing']);
    expect(r.facts).toMatchObject({ layerCount: 3, user: '', runsAsRoot: true, platform: 'linux/arm64' });
  });

  it('OCI layout: the missing layer blob is an error naming it', async () => {
    await expect(readArchive(join(IMAGES, 'oci-layout-json'), opts)).rejects.toThrow(
      'blobs/sha256/cdd16bd695eda2819e7637648f573c2ca64896c4f7bff9732ac9db734ca3bc2c: layer blob is missing from the archive',
    );
  });

  it('Dockle image configs: root default, nginx, apt update/upgrade', () => {
    const load = (f: string) => JSON.parse(readFileSync(join(IMAGES, 'image-configs', f), 'utf8'));
    const asImage = (c: Record<string, unknown>): ArchiveImage => ({ configDigest: '0'.repeat(64), configPath: 'c', repoTags: [], config: c as unknown as ArchiveImage['config'], layers: [] });
    const rules = (f: string) => inspectImage(asImage(load(f)), { ...config, allowedEnv: DEFAULT_ENV_ALLOWLIST }, NOW, { file: f }, 'the image', false).findings.map((x) => x.ruleId.replace('container-image/', ''));
    for (const f of ['dockle-root_default.json', 'dockle-nginx.json', 'dockle-apt_update_upgrade.json']) {
      const got = rules(f);
      console.log(f, got);
      expect(got).toContain('image-too-old');
    }
    expect(rules('dockle-root_default.json')).toContain('root-user');
  });

  it.skipIf(!existsSync(REPORTS))('Trivy and Grype reports: digests, findings, mismatch', () => {
    const read = (rel: string, digests: Map<string, string>) =>
      readImageReport(join(REPORTS, rel), rel, undefined, config, compileAdvisoryIgnores([], { today: '2026-06-01', rules: { expired: RULES.ignoreExpired, unused: RULES.ignoreUnused } }), digests, { file: 'model-release.yaml', line: 1 });
    const deb = read('trivy/debian-buster.json', new Map([['c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1', 'archive image id']]));
    expect(deb.facts).toMatchObject({ tool: 'trivy', image: true, digestMatches: true });
    expect(deb.findings.length).toBeGreaterThan(0);
    expect(deb.findings.every((f) => f.ruleId === 'container-image/vulnerability')).toBe(true);
    const other = read('trivy/debian-buster.json', new Map([['0'.repeat(64), 'image reference digest']]));
    expect(other.findings[0]!.ruleId).toBe('container-image/report-digest-mismatch');
    const grype = read('grype/image-matches.json', new Map([['ab5608d634db2716a297adbfa6a5dd5d8f8f5a7d0cab73649ea7fbb8c8da544f', 'archive image id']]));
    expect(grype.facts).toMatchObject({ tool: 'grype', image: true, digestMatches: true });
    expect(grype.findings.map((f) => [f.target, f.severity])).toEqual([
      ['CVE-1999-0001 package-1@1.1.1', 'low'],
      ['CVE-1999-0002 package-2@2.2.2', 'critical'],
    ]);
    expect(read('trivy/dockerfile.json', new Map()).findings.map((f) => [f.ruleId, f.target])).toEqual([['container-image/misconfiguration', 'DS-0002 Dockerfile']]);
    const secrets = read('trivy/secrets.json', new Map());
    expect(secrets.findings.map((f) => f.ruleId)).toContain('container-image/scanner-secret');
    expect(JSON.stringify(secrets)).not.toMatch(/AKIA[0-9A-Z]{12}/);
    expect(scannedImage(JSON.parse(readFileSync(join(REPORTS, 'grype/dir-matches.json'), 'utf8')), 'grype').image).toBe(false);
  });
});
