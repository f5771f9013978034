// ignoreAdvisories with expiry, with the engine's waiver semantics: an entry applies through its
// expiry day (UTC); an expired entry no longer applies and is itself a finding; an unused one is reported.
import type { Finding } from '../../src/report/model.js';
import { packageKey } from '../../src/vuln/osv-db.js';
import { parsePurl, purlPackage } from '../../src/vuln/purl.js';
import type { IgnoreAdvisory } from './config.js';
import { RULES } from './rules.js';

export interface Ignores {
  /** The active entry covering an advisory (any of its ids or aliases) on a package, if any. */
  find(ids: readonly string[], ecosystem: string | undefined, name: string): IgnoreAdvisory | undefined;
  /** Findings for expired entries and entries that matched nothing; call after every find(). */
  findings(): Finding[];
}

export function compileIgnores(entries: readonly IgnoreAdvisory[], today: string): Ignores {
  const active = entries.filter((e) => e.expires >= today);
  const used = new Set<IgnoreAdvisory>();
  return {
    find(ids, ecosystem, name) {
      const upper = ids.map((x) => x.toUpperCase());
      const hit = active.find((e) => upper.includes(e.id.toUpperCase()) && (e.package === undefined || samePackage(e.package, ecosystem, name)));
      if (hit) used.add(hit);
      return hit;
    },
    findings() {
      const out: Finding[] = [];
      for (const e of entries) {
        const what = `${e.id}${e.package ? ` on ${e.package}` : ''}`;
        if (e.expires < today) {
          out.push({
            ruleId: RULES.ignoreExpired.id,
            severity: RULES.ignoreExpired.severity,
            message: `ignored advisory ${what}${e.owner ? ` (owner ${e.owner})` : ''} expired on ${e.expires}; it counts again`,
            target: e.id,
            remediation: RULES.ignoreExpired.remediation,
          });
        } else if (!used.has(e)) {
          out.push({ ruleId: RULES.ignoreUnused.id, severity: RULES.ignoreUnused.severity, message: `ignored advisory ${what} matched no finding`, target: e.id, remediation: RULES.ignoreUnused.remediation });
        }
      }
      return out;
    },
  };
}

function samePackage(spec: string, ecosystem: string | undefined, name: string): boolean {
  const purl = spec.startsWith('pkg:') ? parsePurl(spec) : undefined;
  if (purl) {
    const p = purlPackage(purl);
    return p.ecosystem === ecosystem && packageKey(p.ecosystem, p.name) === packageKey(p.ecosystem, name);
  }
  const eco = ecosystem ?? 'unknown';
  return packageKey(eco, spec) === packageKey(eco, name);
}
