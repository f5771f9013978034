import { describe, expect, it } from 'vitest';
import { dependencyFactsSchema } from '../../../../checks/dependency/facts.js';
import { dependency } from '../../../../checks/dependency/index.js';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import { parseFacts } from '../../../helpers/facts.js';
import { releaseManifest } from '../../../helpers/release.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import { summaryOf } from '../../../helpers/views.js';

const logger = { info() {}, warning() {}, debug() {} };
const MANIFEST = releaseManifest('dependencies', '  lockfiles:\n    - requirements.txt\n    - path: package-lock.json\n  advisories:\n    osvDatabase: osv\n');
const adv = (id: string, eco: string, name: string, events: object[], extra: object = {}) =>
  JSON.stringify({ id, modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: eco, name }, ranges: [{ type: eco === 'npm' ? 'SEMVER' : 'ECOSYSTEM', events }] }], ...extra });
const FILES = {
  'model-release.yaml': MANIFEST,
  'requirements.txt': '# serving\nPillow==8.0.0\nnumpy>=1.20\nrequests==2.31.0\n',
  'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/lodash': { version: '4.17.15', license: 'MIT' } } }, null, 2),
  'osv/PYSEC-2021-1.json': adv('PYSEC-2021-1', 'PyPI', 'pillow', [{ introduced: '0' }, { fixed: '8.1.1' }], { aliases: ['CVE-2021-1'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }),
  'osv/PYSEC-2021-2.json': adv('PYSEC-2021-2', 'PyPI', 'pillow', [{ introduced: '0' }, { fixed: '8.2.0' }]),
  'osv/GHSA-35jh-r3h4-6jhm.json': adv('GHSA-35jh-r3h4-6jhm', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }], { database_specific: { severity: 'MODERATE' } }),
};

async function gate(policy: string, files: Record<string, string> = {}) {
  const ws = tempWorkspace({ ...FILES, 'policy.yaml': policy, ...files });
  const r = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [dependency as Check], now: new Date('2026-06-01T12:00:00Z') });
  parseFacts(dependencyFactsSchema, r.checks.find((x) => x.id === 'dependency')!);
  return r;
}

describe('dependency check through the gate', () => {
  it('finds vulnerable packages at their lockfile line with fix, severity and aliases; unpinned requirements', async () => {
    const r = await gate('{}');
    const c = r.checks.find((x) => x.id === 'dependency')!;
    expect(r.verdict).toBe('blocked');
    const byRule = (id: string) => c.findings.filter((f) => f.ruleId === id);
    expect(byRule('dependency/vulnerable-package').map((f) => [f.target, f.severity, f.location?.file, f.location?.line])).toEqual([
      ['Pillow@8.0.0/PYSEC-2021-1', 'critical', 'requirements.txt', 2],
      ['Pillow@8.0.0/PYSEC-2021-2', 'high', 'requirements.txt', 2], // no severity: unknownSeverity (high)
      ['lodash@4.17.15/GHSA-35jh-r3h4-6jhm', 'medium', 'package-lock.json', 5],
    ]);
    expect(byRule('dependency/vulnerable-package')[0]!.message).toContain('(CVE-2021-1)');
    expect(byRule('dependency/vulnerable-package')[0]!.remediation).toBe('Upgrade Pillow to 8.2.0 or later.');
    expect(byRule('dependency/unpinned').map((f) => [f.target, f.location?.line])).toEqual([['numpy', 3]]);
    expect(c.facts).toMatchObject({ packages: { total: 4, byEcosystem: { PyPI: 3, npm: 1 } }, vulnerabilities: 3, advisories: { source: 'offline', records: 3 } });
    expect(summaryOf(c)).toContain('| Pillow | 8.0.0 | PYSEC-2021-1 | critical | 8.2.0 | requirements.txt:2 |');
    expect(summaryOf(c)).toContain('**Unpinned requirements**');
  });

  it('applies failOnSeverity, unknownSeverity, ignoreAdvisories with expiry, denyPackages, licenses and hashes', async () => {
    const policy = `dependency:
  failOnSeverity: high
  unknownSeverity: low
  requirePinned: false
  requireHashes: true
  allowLicenses: [Apache-2.0]
  unknownLicense: ignore
  ignoreAdvisories:
    - { id: CVE-2021-1, package: pillow, reason: not reachable, expires: 2999-01-01 }
    - { id: GHSA-xxxx-old, reason: stale, expires: 2000-01-01 }
  denyPackages:
    - pkg:pypi/requests
    - { package: "pkg:npm/lodash", versions: "<4.17.21", reason: prototype pollution }
`;
    const c = (await gate(policy)).checks.find((x) => x.id === 'dependency')!;
    const summary = c.findings.map((f) => `${f.ruleId} ${f.severity} ${f.target}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'dependency/vulnerable-package info Pillow@8.0.0/PYSEC-2021-2', // low (unknown) < failOnSeverity high
        'dependency/vulnerable-package info lodash@4.17.15/GHSA-35jh-r3h4-6jhm',
        'dependency/denied-package high requests@2.31.0',
        'dependency/denied-package high lodash@4.17.15',
        'dependency/license-not-allowed high lodash@4.17.15',
        'dependency/missing-hash medium Pillow@8.0.0',
        'dependency/ignore-expired high GHSA-xxxx-old',
      ]),
    );
    expect(summary.some((s) => s.includes('PYSEC-2021-1'))).toBe(false); // ignored through its alias
    expect(summary.some((s) => s.startsWith('dependency/unpinned'))).toBe(false);
  });

  it('fails closed: a bad requirement line is a check error naming file and line; no advisory source is a finding', async () => {
    const bad = await gate('{}', { 'requirements.txt': 'Pillow==8.0.0\nthis is not a requirement\n' });
    const c = bad.checks.find((x) => x.id === 'dependency')!;
    expect(bad.verdict).toBe('error');
    expect(c.status).toBe('error');
    expect(c.findings[0]!.message).toMatch(/cannot parse requirement .*"this is not a requirement"/);
    expect(c.findings[0]!.location).toMatchObject({ file: 'requirements.txt', line: 2 });
    const none = await gate('{}', { 'model-release.yaml': MANIFEST.replace('  advisories:\n    osvDatabase: osv\n', '') });
    expect(none.checks.find((x) => x.id === 'dependency')!.findings.map((f) => f.ruleId)).toContain('dependency/no-advisory-source');
  });

  it('rejects a lockfile path that leaves the workspace', async () => {
    const r = await gate('{}', { 'model-release.yaml': MANIFEST.replace('- requirements.txt', '- ../requirements.txt') });
    expect(r.verdict).toBe('error');
    expect(r.checks.find((x) => x.id === 'dependency')!.findings[0]!.message).toMatch(/leaves the workspace/);
  });
});

describe('dependency facts', () => {
  it('are what dependencyFactsSchema describes, field for field: an extra or a missing field is refused', async () => {
    const c = (await gate('{}')).checks.find((x) => x.id === 'dependency')!;
    const facts = dependencyFactsSchema.parse(c.facts);
    expect(facts.bySeverity).toEqual({ critical: 1, high: 1, medium: 1, low: 0, info: 0 });
    expect(dependencyFactsSchema.safeParse({ ...facts, extra: 1 }).success).toBe(false);
    expect(dependencyFactsSchema.safeParse({ ...facts, vulnerable: [{ ...facts.vulnerable[0], extra: 1 }] }).success).toBe(false);
    const { inventory: _, ...missing } = facts;
    expect(dependencyFactsSchema.safeParse(missing).success).toBe(false);
  });
});
