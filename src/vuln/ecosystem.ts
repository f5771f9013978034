// Version orderings and package-name normalisation per OSV ecosystem: PEP 440 for PyPI, SemVer for npm.
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';

export interface Ecosystem {
  /** OSV ecosystem name (`PyPI`, `npm`). */
  name: string;
  /** The key advisories and packages are indexed by (PEP 503 for PyPI). */
  normaliseName(name: string): string;
  valid(version: string): boolean;
  /** Negative, zero or positive; only for versions `valid` accepts. */
  compare(a: string, b: string): number;
}

/** PEP 503: runs of `-`, `_`, `.` are one `-`, case-insensitive. */
export function pep503(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

// PEP 440 ordering with each version parsed once: @renovatebot/pep440's compare() parses both sides
// and rebuilds their sort keys on every call, which dominated matching a lockfile against the whole
// PyPI database. The key is packaging's _cmpkey, as the library builds it (calculateKey/pyCompare in
// its lib/operator.js); test/unit/vuln/osv-match.test.ts checks both orderings agree.
type KeyPart = number | string | KeyPart[];
const keys = new Map<string, KeyPart[] | null>();
const MAX_KEYS = 200_000;

export function pep440Key(version: string): KeyPart[] | null {
  let key = keys.get(version);
  if (key !== undefined) return key;
  const p = pep440.parse(version) as { epoch: number; release: number[]; pre: [string, number] | null; post: [string, number] | null; dev: [string, number] | null; local: Array<string | number> | null } | null;
  key = null;
  if (p) {
    const release = [...p.release];
    while (release.length && release[release.length - 1] === 0) release.pop();
    const pre: KeyPart = !p.pre && !p.post && p.dev ? -Infinity : (p.pre ?? Infinity);
    const local: KeyPart = p.local ? p.local.map((i) => (Number.isNaN(Number(i)) ? [-Infinity, String(i)] : [Number(i), ''])) : -Infinity;
    key = [p.epoch, release, pre, p.post ?? -Infinity, p.dev ?? Infinity, local];
  }
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(version, key);
  return key;
}

/** Python's tuple comparison, with ±Infinity as the library's sentinels. */
function pyCompare(a: KeyPart, b: KeyPart): number {
  if (a === b) return 0;
  if (Array.isArray(a) !== Array.isArray(b)) return pyCompare(Array.isArray(a) ? a : [a], Array.isArray(b) ? b : [b]);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const r = pyCompare(a[i]!, b[i]!);
      if (r !== 0) return r;
    }
    return a.length - b.length;
  }
  if (a === -Infinity || b === Infinity) return -1;
  if (a === Infinity || b === -Infinity) return 1;
  return a < b ? -1 : 1;
}

const pypi: Ecosystem = {
  name: 'PyPI',
  normaliseName: pep503,
  valid: (v) => pep440Key(v) !== null,
  compare: (a, b) => {
    const ka = pep440Key(a);
    const kb = pep440Key(b);
    // Invalid versions: the library's behaviour (it throws on them).
    return ka && kb ? pyCompare(ka, kb) : pep440.compare(a, b);
  },
};

const npm: Ecosystem = {
  name: 'npm',
  // npm names are lowercase by rule; old packages with capitals exist, and the registry treats them as distinct.
  normaliseName: (n) => n,
  valid: (v) => semver.valid(v) !== null,
  compare: (a, b) => semver.compare(a, b),
};

const ECOSYSTEMS: Record<string, Ecosystem> = { PyPI: pypi, npm };

/** The ecosystem for an OSV name (a `:suffix` such as `Debian:12` is dropped); undefined when we have no ordering for it. */
export function ecosystemFor(name: string): Ecosystem | undefined {
  return ECOSYSTEMS[name.split(':')[0]!];
}

export const SUPPORTED_ECOSYSTEMS = Object.keys(ECOSYSTEMS);
