// The dependency check's part of the ML-BOM: every package of the lockfiles and SBOMs as a `library`
// component (purl, the hashes and license the file pins), and each vulnerability it matched, with the
// VEX analysis the policy implies (an ignoreAdvisories entry, or a waiver of the finding).
import type { CheckReport } from '../../src/report/model.js';
import { bomHashOf, purlOf } from '../../src/bom/purl.js';
import type { BomComponentPart, BomHash, BomPart, BomVulnerabilityPart } from '../../src/bom/part.js';
import type { DependencyFacts } from './facts.js';
import { RULES } from './rules.js';

type Package = DependencyFacts['inventory'][number];

type PackageId = { ecosystem: string; name: string; version: string | null };

/** bom-ref of a package whose ecosystem has no purl type: ecosystem/name@version. */
const plainRef = (p: PackageId): string => `package:${p.ecosystem}/${p.name}${p.version ? `@${p.version}` : ''}`;

/** bom-ref of a package: its purl, or ecosystem/name@version when its ecosystem has no purl type. */
function refOf(p: PackageId): string {
  return purlOf(p.ecosystem, p.name, p.version) ?? plainRef(p);
}

/** "name@version" (the name may start with an npm @scope). */
function nameAndVersion(s: string): { name: string; version: string | null } {
  const at = s.lastIndexOf('@');
  return at > 0 ? { name: s.slice(0, at), version: s.slice(at + 1) } : { name: s, version: null };
}

function componentOf(p: Package): BomComponentPart {
  const purl = purlOf(p.ecosystem, p.name, p.version);
  const hashes = (p.hashes ?? []).map(bomHashOf).filter((h): h is BomHash => h !== undefined);
  return {
    ref: purl ?? plainRef(p),
    type: 'library',
    name: p.name,
    ...(p.version ? { version: p.version } : {}),
    ...(purl ? { purl } : {}),
    ...(hashes.length ? { hashes } : {}),
    ...(p.license ? { licenses: [p.license] } : {}),
    ...(p.scope ? { scope: p.scope === 'development' ? ('excluded' as const) : ('required' as const) } : {}),
    properties: [{ name: 'modelgate:ecosystem', value: p.ecosystem }],
    ...(p.dependsOn?.length ? { dependsOn: p.dependsOn.map((d) => refOf({ ecosystem: p.ecosystem, ...nameAndVersion(d) })) } : {}),
  };
}

function vulnerabilityOf(v: DependencyFacts['vulnerable'][number], check: CheckReport): BomVulnerabilityPart {
  const id = v.advisories[0] ?? v.aliases[0] ?? 'unknown';
  const waived = check.findings.find((f) => f.ruleId === RULES.vulnerable.id && f.waiver && f.target === `${v.package}@${v.version}/${id}`)?.waiver;
  return {
    id,
    source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
    aliases: [...v.advisories.slice(1), ...v.aliases].filter((a) => a !== id),
    ratings: [{ severity: v.severity, source: 'OSV' }],
    affects: [refOf({ ecosystem: v.ecosystem, name: v.package, version: v.version })],
    ...(v.fix ? { recommendation: `Upgrade ${v.package} to ${v.fix} or later.` } : {}),
    ...(v.ignored
      ? { analysis: { decision: 'ignored' as const, reason: "Listed in the policy's dependency.ignoreAdvisories." } }
      : waived
        ? { analysis: { decision: 'waived' as const, reason: waived.reason, responder: waived.owner, expires: waived.expires } }
        : {}),
  };
}

export function dependencyBom(facts: DependencyFacts, check: CheckReport): BomPart {
  return {
    components: facts.inventory.map(componentOf),
    vulnerabilities: facts.vulnerable.map((v) => vulnerabilityOf(v, check)),
    properties: [
      { name: 'modelgate:dependency:packages', value: String(facts.packages.total) },
      { name: 'modelgate:dependency:advisories', value: facts.advisories.source },
    ],
  };
}
