import { describe, expect, it } from 'vitest';
import { ecosystemFor, pep503 } from '../../../src/vuln/ecosystem.js';
import { isAffected, UnorderableVersionError } from '../../../src/vuln/osv-match.js';
import type { OsvAffected } from '../../../src/vuln/osv-schema.js';

const pypi = ecosystemFor('PyPI')!;
const npm = ecosystemFor('npm')!;
const range = (events: object[], versions?: string[]): OsvAffected => ({ package: { ecosystem: 'PyPI', name: 'x' }, ranges: [{ type: 'ECOSYSTEM', events }], ...(versions ? { versions } : {}) }) as OsvAffected;
const affectedSet = (a: OsvAffected, versions: string[], eco = pypi) => versions.filter((v) => isAffected(v, a, eco));

describe('PEP 440 ordering (PyPI)', () => {
  it('orders dev < pre < final < post, with local versions above their base', () => {
    const sorted = ['1.0.post1', '1.0', '1.0rc1', '1.0a1', '1.0.dev1', '1.0b2', '1.0+local.7', '1.0a1.dev2', '0.9'].sort(pypi.compare);
    expect(sorted).toEqual(['0.9', '1.0.dev1', '1.0a1.dev2', '1.0a1', '1.0b2', '1.0rc1', '1.0', '1.0+local.7', '1.0.post1']);
  });
  it('normalises spellings and compares epochs first', () => {
    expect(pypi.compare('1.0', '1.0.0')).toBe(0);
    expect(pypi.compare('1.0-alpha1', '1.0a1')).toBe(0);
    expect(pypi.compare('1.0.0-post1', '1.0.post1')).toBe(0);
    expect(pypi.compare('1!0.1', '2024.10')).toBeGreaterThan(0);
  });
  it('rejects legacy (non PEP 440) versions', () => {
    expect(pypi.valid('1.0-foo-bar')).toBe(false);
    expect(pypi.valid('2.7.3-sp1-custom')).toBe(false);
    expect(pypi.valid('1.0')).toBe(true);
  });
  it('normalises names per PEP 503', () => {
    expect(pep503('Scikit_Learn')).toBe('scikit-learn');
    expect(pep503('zope.Interface')).toBe('zope-interface');
    expect(pep503('a-_.b')).toBe('a-b');
  });
});

describe('OSV range evaluation', () => {
  it('introduced/fixed: pre-releases of the fix are affected, the fix and its post/local releases are not', () => {
    const a = range([{ introduced: '0' }, { fixed: '1.0' }]);
    expect(affectedSet(a, ['0.1', '1.0.dev1', '1.0rc1', '1.0', '1.0+local', '1.0.post1', '2.0'])).toEqual(['0.1', '1.0.dev1', '1.0rc1']);
  });
  it('epochs sort above every epoch-0 version', () => {
    const a = range([{ introduced: '1.0' }, { fixed: '2.0' }]);
    expect(affectedSet(a, ['1.5', '1!0.5', '0!1.5'])).toEqual(['1.5', '0!1.5']);
  });
  it('last_affected is inclusive', () => {
    const a = range([{ introduced: '1.0' }, { last_affected: '1.5' }]);
    expect(affectedSet(a, ['0.9', '1.0', '1.5', '1.5.post1', '1.6'])).toEqual(['1.0', '1.5']);
  });
  it('several introduced/fixed pairs in one range, given in any order', () => {
    const a = range([{ fixed: '2.5' }, { introduced: '2.0' }, { fixed: '1.5' }, { introduced: '1.0' }]);
    expect(affectedSet(a, ['0.5', '1.0', '1.7', '2.0', '2.4.9', '2.5', '3.0'])).toEqual(['1.0', '2.0', '2.4.9']);
  });
  it('limit caps a range without a fix', () => {
    const a = range([{ introduced: '1.0' }, { limit: '3.0' }]);
    expect(affectedSet(a, ['0.5', '1.0', '2.9', '3.0', '4.0'])).toEqual(['1.0', '2.9']);
    expect(affectedSet(range([{ introduced: '1.0' }, { limit: '*' }]), ['4.0'])).toEqual(['4.0']);
  });
  it('an explicit versions list matches exactly, including versions the ordering cannot read', () => {
    const a = range([{ introduced: '5.0' }], ['1.0-legacy', '2.0']);
    expect(affectedSet(a, ['1.0-legacy', '1.0', '2.0', '2.0.0', '5.1'])).toEqual(['1.0-legacy', '2.0', '2.0.0', '5.1'].filter((v) => v !== '2.0.0'));
  });
  it('GIT ranges are ignored; an unorderable event version throws so the caller fails closed', () => {
    const git = { ranges: [{ type: 'GIT', repo: 'r', events: [{ introduced: '0' }] }] } as unknown as OsvAffected;
    expect(isAffected('1.0', git, pypi)).toBe(false);
    expect(() => isAffected('1.0', range([{ introduced: '0' }, { fixed: 'not-a-version!' }]), pypi)).toThrow(UnorderableVersionError);
  });
  it('SemVer for npm: pre-releases sort below the release', () => {
    const a = { ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] } as unknown as OsvAffected;
    expect(affectedSet(a, ['4.17.20', '4.17.21-beta.1', '4.17.21', '5.0.0'], npm)).toEqual(['4.17.20', '4.17.21-beta.1']);
  });
});

describe('PEP 440 ordering with cached keys', () => {
  it('agrees with @renovatebot/pep440 compare() on every pair of tricky versions', async () => {
    const pep440 = await import('@renovatebot/pep440');
    const pypi = ecosystemFor('PyPI')!;
    const versions = [
      '0', '0.9', '1', '1.0', '1.0.0', '1.0.0.0', '1.0.dev0', '1.0.dev1', '1.0a1', '1.0a1.dev2', '1.0alpha2', '1.0b2', '1.0c1', '1.0rc1', '1.0rc1.post1',
      '1.0.post1', '1.0-1', '1.0.post1.dev3', '1.0+local', '1.0+local.7', '1.0+7', '1.0+abc.5', '1.0+5.abc', '1!0.1', '1!1.0', '2!0', '1.0.1', '1.1', '1.10',
      '1.2.3.4.5', 'v1.0', '1.0.POST2', '1.0-rc.1', '2.0.0b1', '10.0', '1.0.0+ubuntu1',
    ];
    const sign = (n: number) => Math.sign(n);
    for (const a of versions) {
      expect(pypi.valid(a), a).toBe(pep440.valid(a) !== null);
      for (const b of versions) expect(sign(pypi.compare(a, b)), `${a} vs ${b}`).toBe(sign(pep440.compare(a, b)));
    }
  });
});
