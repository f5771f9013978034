// Grype JSON: matches[] of vulnerability × artifact; related vulnerabilities become aliases.
import { severityFromLabel } from '../vuln/severity.js';
import { arr, isObj, str, type Json, type ScannedPackage, type ScannerFinding, type ScannerFormat, type ScannerReport } from './types.js';

const isGrype = (d: unknown): d is Json => isObj(d) && Array.isArray(d.matches) && isObj(d.descriptor);

const GRYPE_TYPES: Record<string, string> = { python: 'PyPI', npm: 'npm', deb: 'Debian', apk: 'Alpine', 'go-module': 'Go', 'java-archive': 'Maven', gem: 'RubyGems' };

function readGrype(d: Json): ScannerReport {
  const findings: ScannerFinding[] = [];
  const packages = new Map<string, ScannedPackage>();
  for (const m of arr(d.matches).filter(isObj)) {
    const v = isObj(m.vulnerability) ? m.vulnerability : {};
    const a = isObj(m.artifact) ? m.artifact : {};
    const p: ScannedPackage = { name: str(a.name) ?? 'unknown' };
    if (str(a.version)) p.version = str(a.version)!;
    if (str(a.purl)) p.purl = str(a.purl)!;
    const type = str(a.type);
    if (type) p.ecosystem = GRYPE_TYPES[type] ?? type;
    packages.set(`${p.name}@${p.version ?? ''}`, p);
    const id = str(v.id) ?? 'unknown';
    const fix = isObj(v.fix) ? v.fix : {};
    const f: ScannerFinding = {
      kind: 'vulnerability',
      id,
      aliases: [...new Set(arr(m.relatedVulnerabilities).flatMap((r) => (isObj(r) && str(r.id) && r.id !== id ? [r.id as string] : [])))],
      package: p,
      fixedVersions: arr(fix.versions).filter((x): x is string => typeof x === 'string'),
    };
    const severity = severityFromLabel(str(v.severity));
    if (severity) f.severity = severity;
    const loc = arr(a.locations).find(isObj);
    const target = loc ? (str(loc.accessPath) ?? str(loc.path)) : undefined;
    if (target) f.target = target;
    findings.push(f);
  }
  return { tool: 'grype', findings, packages: [...packages.values()] };
}

export const grype: ScannerFormat<Json> = { tool: 'grype', label: 'Grype', matches: isGrype, parse: readGrype };
