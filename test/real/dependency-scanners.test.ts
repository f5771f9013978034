// Real Trivy and Grype JSON reports (golden outputs of their own test suites) through readScannerReport.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScannerReport } from '../../src/scanners/index.js';

const DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'scanner-reports');
const read = (rel: string) => readScannerReport(join(DIR, rel), rel);

describe.skipIf(!existsSync(DIR))('real scanner reports', () => {
  it('trivy pip: vulnerabilities with PURL, fixed versions and the ladder', () => {
    const r = read('trivy/pip.json');
    expect(r.tool).toBe('trivy');
    expect(r.packages!.length).toBe(7);
    const w = r.findings.find((f) => f.id === 'CVE-2019-14806')!;
    expect(w).toMatchObject({ kind: 'vulnerability', package: { name: 'Werkzeug', version: '0.11', ecosystem: 'PyPI', purl: 'pkg:pypi/werkzeug@0.11' }, fixedVersions: ['0.15.3'], target: 'requirements.txt' });
    expect(w.severity).toBe('high');
    console.log('trivy/pip.json', r.findings.map((f) => `${f.package?.name}@${f.package?.version} ${f.id} ${f.severity}`));
  });
  it('trivy npm, debian image, dockerfile misconfiguration and secrets', () => {
    expect(read('trivy/npm.json').findings.every((f) => f.package?.ecosystem === 'npm' && f.severity)).toBe(true);
    const deb = read('trivy/debian-buster.json');
    expect(deb.findings.length).toBeGreaterThan(0);
    expect(deb.findings.every((f) => f.kind === 'vulnerability')).toBe(true);
    expect(read('trivy/dockerfile.json').findings.map((f) => [f.kind, f.id, f.severity])).toEqual([['misconfiguration', 'DS-0002', 'high']]);
    const secrets = read('trivy/secrets.json').findings;
    expect(secrets.map((f) => [f.kind, f.id])).toContainEqual(['secret', 'aws-access-key-id']);
    expect(JSON.stringify(secrets)).not.toMatch(/AKIA[0-9A-Z]{12}/); // the secret value is never copied
  });
  it('grype image, dir and empty reports', () => {
    const img = read('grype/image-matches.json');
    expect(img.tool).toBe('grype');
    expect(img.findings.map((f) => [f.id, f.package?.name, f.severity])).toEqual([
      ['CVE-1999-0001', 'package-1', 'low'],
      ['CVE-1999-0002', 'package-2', 'critical'],
    ]);
    const dir = read('grype/dir-matches.json');
    expect(dir.findings[0]).toMatchObject({ id: 'CVE-1999-0001', severity: 'low', fixedVersions: ['1.2.1', '2.1.3', '3.4.0'], package: { name: 'package-1', version: '1.1.1' } });
    expect(read('grype/empty.json').findings).toEqual([]);
  });
});
