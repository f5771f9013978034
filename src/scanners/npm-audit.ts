// npm audit JSON: auditReportVersion 2 (npm 7+, `vulnerabilities` by package) and the older
// `advisories` map (npm 6).
import { severityFromLabel } from '../vuln/severity.js';
import { arr, isObj, str, type Json, type ScannerFinding, type ScannerFormat, type ScannerReport } from './types.js';

const isNpmAudit = (d: unknown): d is Json => isObj(d) && ((d.auditReportVersion === 2 && isObj(d.vulnerabilities)) || (isObj(d.advisories) && isObj(d.metadata)));

function readNpmAudit(d: Json): ScannerReport {
  const findings: ScannerFinding[] = [];
  if (d.auditReportVersion === 2) {
    for (const [name, v] of Object.entries(d.vulnerabilities as Json)) {
      if (!isObj(v)) continue;
      // `via` strings are packages this one is vulnerable through: their own entries carry the advisory.
      for (const via of arr(v.via).filter(isObj)) {
        const url = str(via.url);
        const ghsa = url ? /GHSA(-[0-9a-z]{4}){3}/i.exec(url)?.[0] : undefined;
        const f: ScannerFinding = {
          kind: 'vulnerability',
          id: ghsa ?? `npm-advisory-${String(via.source ?? 'unknown')}`,
          aliases: ghsa && via.source !== undefined ? [`npm-advisory-${String(via.source)}`] : [],
          package: { name: str(via.name) ?? name, ecosystem: 'npm' },
          fixedVersions: isObj(v.fixAvailable) && str(v.fixAvailable.name) === name && str(v.fixAvailable.version) ? [v.fixAvailable.version as string] : [],
        };
        const severity = severityFromLabel(str(via.severity));
        if (severity) f.severity = severity;
        if (str(via.title)) f.title = str(via.title)!;
        const range = str(via.range);
        if (range) f.target = `${f.package!.name} ${range}`;
        findings.push(f);
      }
    }
  } else {
    for (const a of Object.values(d.advisories as Json).filter(isObj)) {
      const versions = [...new Set(arr(a.findings).flatMap((x) => (isObj(x) && str(x.version) ? [x.version as string] : [])))];
      for (const version of versions.length ? versions : [undefined]) {
        const f: ScannerFinding = {
          kind: 'vulnerability',
          id: str(a.github_advisory_id) ?? `npm-advisory-${String(a.id)}`,
          aliases: arr(a.cves).filter((x): x is string => typeof x === 'string'),
          package: { name: str(a.module_name) ?? 'unknown', ecosystem: 'npm', ...(version ? { version } : {}) },
          fixedVersions: str(a.patched_versions) && a.patched_versions !== '<0.0.0' ? [a.patched_versions as string] : [],
        };
        const severity = severityFromLabel(str(a.severity));
        if (severity) f.severity = severity;
        if (str(a.title)) f.title = str(a.title)!;
        findings.push(f);
      }
    }
  }
  return { tool: 'npm-audit', findings };
}

export const npmAudit: ScannerFormat<Json> = { tool: 'npm-audit', label: 'npm audit', matches: isNpmAudit, parse: readNpmAudit };
