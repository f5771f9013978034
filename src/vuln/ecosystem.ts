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

const pypi: Ecosystem = {
  name: 'PyPI',
  normaliseName: pep503,
  valid: (v) => pep440.valid(v) !== null,
  compare: (a, b) => pep440.compare(a, b),
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
