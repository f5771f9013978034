// Advisory ignore lists: the `ignoreAdvisories` policy key of the dependency and container-image
// checks, with the engine's waiver semantics. An entry names an advisory (by id or alias), optionally
// one package (a name or a purl), a reason, an owner and the last day it applies (UTC). An active
// entry hides the advisory; an expired one no longer applies and is itself a finding; an entry that
// matched nothing is reported. Each check passes its own rule ids and the policy path of its list.
import type { Finding, Location, RuleInfo } from '../report/model.js';
import { packageKey } from './osv-db.js';
import { parsePurl, purlPackage } from './purl.js';

export interface AdvisoryIgnore {
  id: string;
  package?: string | undefined;
  reason: string;
  owner?: string | undefined;
  expires: string;
}

/** The package a finding is about, as far as it is known. */
export interface IgnoredPackage {
  name: string;
  /** OSV ecosystem (PyPI, npm, Debian…) or the tool's own type. */
  ecosystem?: string | undefined;
  purl?: string | undefined;
}

export interface AdvisoryIgnores {
  /** The active entry covering an advisory (any of its ids or aliases) on a package, if any; marks it used. */
  find(ids: readonly string[], pkg?: IgnoredPackage): AdvisoryIgnore | undefined;
  /** Findings for expired entries and entries that matched nothing: call after every find(). */
  findings(): Finding[];
}

export interface IgnoreOptions {
  /** The run's day, YYYY-MM-DD (UTC): `ctx.now`. */
  today: string;
  rules: { expired: RuleInfo; unused: RuleInfo };
  /** Policy location of entry `index` (the finding points at it). */
  locate?: (index: number) => Location | undefined;
  /** What an unused entry failed to match, for its message ("finding", "scanner finding"). */
  matchedWhat?: string;
}

export function compileAdvisoryIgnores(entries: readonly AdvisoryIgnore[], opts: IgnoreOptions): AdvisoryIgnores {
  const active = entries.filter((e) => e.expires >= opts.today);
  const used = new Set<AdvisoryIgnore>();
  return {
    find(ids, pkg) {
      const upper = ids.map((x) => x.toUpperCase());
      const hit = active.find((e) => upper.includes(e.id.toUpperCase()) && (e.package === undefined || (pkg !== undefined && samePackage(e.package, pkg))));
      if (hit) used.add(hit);
      return hit;
    },
    findings() {
      const out: Finding[] = [];
      entries.forEach((e, i) => {
        const what = `${e.id}${e.package ? ` on ${e.package}` : ''}`;
        const rule = e.expires < opts.today ? opts.rules.expired : used.has(e) ? undefined : opts.rules.unused;
        if (!rule) return;
        const message =
          rule === opts.rules.expired
            ? `ignored advisory ${what}${e.owner ? ` (owner ${e.owner})` : ''} expired on ${e.expires}; it counts again`
            : `ignored advisory ${what} matched no ${opts.matchedWhat ?? 'finding'}`;
        const f: Finding = { ruleId: rule.id, severity: rule.severity, message, target: e.id, remediation: rule.remediation };
        const location = opts.locate?.(i);
        if (location) f.location = location;
        out.push(f);
      });
      return out;
    },
  };
}

/**
 * An entry's `package` against a finding's package. A purl names the ecosystem too (compared with the
 * finding's purl type, or its ecosystem); a plain name matches in any ecosystem. Names compare by the
 * ecosystem's rule (PEP 503 for PyPI), otherwise case-insensitively.
 */
export function samePackage(spec: string, pkg: IgnoredPackage): boolean {
  const wanted = spec.startsWith('pkg:') ? parsePurl(spec) : undefined;
  if (wanted) {
    const own = pkg.purl ? parsePurl(pkg.purl) : undefined;
    if (own) return own.type === wanted.type && sameName(purlPackage(own).ecosystem, purlPackage(own).name, purlPackage(wanted).name);
    const w = purlPackage(wanted);
    return pkg.ecosystem !== undefined && w.ecosystem.toLowerCase() === pkg.ecosystem.toLowerCase() && sameName(w.ecosystem, w.name, pkg.name);
  }
  return sameName(pkg.ecosystem ?? 'unknown', spec, pkg.name);
}

function sameName(ecosystem: string, a: string, b: string): boolean {
  return packageKey(ecosystem, a).toLowerCase() === packageKey(ecosystem, b).toLowerCase();
}
