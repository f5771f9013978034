// denyPackages: names or purls, optionally with a version range in the ecosystem syntax.
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import { ConfigError } from '../../src/errors.js';
import { packageKey } from '../../src/vuln/osv-db.js';
import { parsePurl, purlPackage } from '../../src/vuln/purl.js';
import type { DenyPackage } from './config.js';
import type { Dependency } from './package.js';

export interface DenyRule {
  label: string;
  ecosystem?: string;
  name: string;
  /** Exact version (from a purl) or range; absent: every version. */
  matches(version: string | undefined): boolean;
  reason?: string;
}

export function compileDenyRules(entries: readonly DenyPackage[]): DenyRule[] {
  return entries.map((entry, i) => {
    const { package: pkg, versions, reason } = typeof entry === 'string' ? { package: entry, versions: undefined, reason: undefined } : entry;
    const purl = pkg.startsWith('pkg:') ? parsePurl(pkg) : undefined;
    if (pkg.startsWith('pkg:') && !purl) throw new ConfigError(`dependency.denyPackages[${i}]: ${JSON.stringify(pkg)} is not a valid purl`);
    const id = purl ? purlPackage(purl) : { ecosystem: undefined, name: pkg };
    const exact = purl?.version;
    if (versions !== undefined && id.ecosystem === undefined) {
      throw new ConfigError(`dependency.denyPackages[${i}]: a version range needs a purl (pkg:pypi/… or pkg:npm/…) to know its syntax`);
    }
    if (versions !== undefined) {
      const ok = id.ecosystem === 'PyPI' ? pep440.validRange(versions) : id.ecosystem === 'npm' ? semver.validRange(versions) !== null : false;
      if (!ok) throw new ConfigError(`dependency.denyPackages[${i}]: ${JSON.stringify(versions)} is not a valid ${id.ecosystem} version range`);
    }
    const rule: DenyRule = {
      label: versions ? `${pkg} ${versions}` : pkg,
      name: id.name,
      matches: (v) => {
        if (exact !== undefined) return v === exact;
        if (versions === undefined) return true;
        if (v === undefined) return true; // unpinned: any version could be installed, including a denied one
        return id.ecosystem === 'PyPI' ? pep440.satisfies(v, versions) : semver.satisfies(v, versions);
      },
    };
    if (id.ecosystem) rule.ecosystem = id.ecosystem;
    if (reason) rule.reason = reason;
    return rule;
  });
}

export function deniedBy(rules: readonly DenyRule[], dep: Dependency): DenyRule | undefined {
  return rules.find((r) => {
    if (r.ecosystem && r.ecosystem !== dep.ecosystem) return false;
    const eco = r.ecosystem ?? dep.ecosystem;
    return packageKey(eco, r.name) === packageKey(eco, dep.name) && r.matches(dep.version);
  });
}
