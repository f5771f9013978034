import { describe, expect, it } from 'vitest';
import { compileAdvisoryIgnores, samePackage } from '../../../src/vuln/ignore.js';

const rules = {
  expired: { id: 'x/ignore-expired', title: 'expired', severity: 'high' as const, help: 'h', remediation: 'renew' },
  unused: { id: 'x/ignore-unused', title: 'unused', severity: 'info' as const, help: 'h', remediation: 'remove' },
};

describe('advisory ignore lists', () => {
  it('applies through its expiry day by id or alias; expired and unused entries are findings at their policy line', () => {
    const entries = [
      { id: 'cve-2021-1', package: 'pillow', reason: 'r', expires: '2026-06-01' },
      { id: 'GHSA-old', reason: 'r', owner: 'sec', expires: '2026-05-31' },
      { id: 'GHSA-unused', reason: 'r', expires: '2999-01-01' },
    ];
    const ig = compileAdvisoryIgnores(entries, { today: '2026-06-01', rules, locate: (i) => ({ file: 'policy.yaml', line: 10 + i }), matchedWhat: 'scanner finding' });
    expect(ig.find(['PYSEC-1', 'CVE-2021-1'], { ecosystem: 'PyPI', name: 'Pillow' })).toBe(entries[0]);
    expect(ig.find(['CVE-2021-1'], { ecosystem: 'PyPI', name: 'numpy' })).toBeUndefined();
    expect(ig.find(['CVE-2021-1'])).toBeUndefined(); // an entry for a package never covers a finding without one
    expect(ig.find(['GHSA-old'], { name: 'x' })).toBeUndefined(); // expired
    expect(ig.findings()).toEqual([
      { ruleId: 'x/ignore-expired', severity: 'high', message: 'ignored advisory GHSA-old (owner sec) expired on 2026-05-31; it counts again', target: 'GHSA-old', remediation: 'renew', location: { file: 'policy.yaml', line: 11 } },
      { ruleId: 'x/ignore-unused', severity: 'info', message: 'ignored advisory GHSA-unused matched no scanner finding', target: 'GHSA-unused', remediation: 'remove', location: { file: 'policy.yaml', line: 12 } },
    ]);
  });

  it('package names: PEP 503 for PyPI, case-insensitive otherwise; purls compare type and name', () => {
    expect(samePackage('Scikit_Learn', { ecosystem: 'PyPI', name: 'scikit-learn' })).toBe(true);
    expect(samePackage('OpenSSL', { ecosystem: 'Debian', name: 'openssl' })).toBe(true);
    expect(samePackage('pkg:pypi/scikit-learn', { ecosystem: 'PyPI', name: 'Scikit.Learn' })).toBe(true);
    expect(samePackage('pkg:npm/scikit-learn', { ecosystem: 'PyPI', name: 'scikit-learn' })).toBe(false);
    expect(samePackage('pkg:deb/debian/openssl', { ecosystem: 'debian', name: 'openssl', purl: 'pkg:deb/debian/openssl@3.0.11-1?arch=amd64' })).toBe(true);
    expect(samePackage('pkg:deb/debian/openssl', { ecosystem: 'alpine', name: 'openssl', purl: 'pkg:apk/alpine/openssl@3' })).toBe(false);
    expect(samePackage('pkg:npm/%40scope/x', { ecosystem: 'npm', name: '@scope/x' })).toBe(true);
  });
});
