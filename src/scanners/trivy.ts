// Trivy JSON (SchemaVersion 2): vulnerabilities, misconfigurations and secrets of each Result.
import { severityFromLabel } from '../vuln/severity.js';
import { arr, isObj, str, type Json, type ScannedPackage, type ScannerFinding, type ScannerFormat, type ScannerReport } from './types.js';

const isTrivy = (d: unknown): d is Json => isObj(d) && d.SchemaVersion === 2 && (Array.isArray(d.Results) || d.Results === undefined) && 'ArtifactName' in d;

function readTrivy(d: Json): ScannerReport {
  const findings: ScannerFinding[] = [];
  const packages: ScannedPackage[] = [];
  for (const r of arr(d.Results).filter(isObj)) {
    const target = str(r.Target);
    for (const p of arr(r.Packages).filter(isObj)) {
      const name = str(p.Name);
      if (!name) continue;
      packages.push(pkg(name, str(p.Version), isObj(p.Identifier) ? str(p.Identifier.PURL) : undefined, str(r.Type)));
    }
    for (const v of arr(r.Vulnerabilities).filter(isObj)) {
      const f: ScannerFinding = {
        kind: 'vulnerability',
        id: str(v.VulnerabilityID) ?? 'unknown',
        aliases: arr(v.VendorIDs).filter((x): x is string => typeof x === 'string'),
        package: pkg(str(v.PkgName) ?? 'unknown', str(v.InstalledVersion), isObj(v.PkgIdentifier) ? str(v.PkgIdentifier.PURL) : undefined, str(r.Type)),
        // Trivy joins several fixed versions with ", ".
        fixedVersions: (str(v.FixedVersion) ?? '').split(/,\s*/).filter(Boolean),
      };
      setCommon(f, severityFromLabel(str(v.Severity)), str(v.Title), target);
      findings.push(f);
    }
    for (const m of arr(r.Misconfigurations).filter(isObj)) {
      if (str(m.Status) === 'PASS') continue;
      const f: ScannerFinding = { kind: 'misconfiguration', id: str(m.ID) ?? str(m.AVDID) ?? 'unknown', aliases: str(m.AVDID) && m.AVDID !== m.ID ? [m.AVDID as string] : [], fixedVersions: [] };
      setCommon(f, severityFromLabel(str(m.Severity)), str(m.Title), target);
      const line = isObj(m.CauseMetadata) ? m.CauseMetadata.StartLine : undefined;
      if (typeof line === 'number' && line > 0) f.line = line;
      findings.push(f);
    }
    for (const s of arr(r.Secrets).filter(isObj)) {
      // The secret itself (Match, Code) is never copied: rule, title and line only.
      const f: ScannerFinding = { kind: 'secret', id: str(s.RuleID) ?? 'unknown', aliases: [], fixedVersions: [] };
      setCommon(f, severityFromLabel(str(s.Severity)), str(s.Title), target);
      if (typeof s.StartLine === 'number' && s.StartLine > 0) f.line = s.StartLine;
      findings.push(f);
    }
  }
  return { tool: 'trivy', findings, packages };
}

function setCommon(f: ScannerFinding, severity: ScannerFinding['severity'], title: string | undefined, target: string | undefined): void {
  if (severity) f.severity = severity;
  if (title) f.title = title;
  if (target) f.target = target;
}

const TRIVY_TYPES: Record<string, string> = { pip: 'PyPI', pipenv: 'PyPI', poetry: 'PyPI', uv: 'PyPI', 'python-pkg': 'PyPI', npm: 'npm', yarn: 'npm', pnpm: 'npm', 'node-pkg': 'npm', debian: 'Debian', ubuntu: 'Ubuntu', alpine: 'Alpine' };

function pkg(name: string, version: string | undefined, purl: string | undefined, type: string | undefined): ScannedPackage {
  const p: ScannedPackage = { name };
  if (version) p.version = version;
  if (purl) p.purl = purl;
  const eco = type ? (TRIVY_TYPES[type] ?? type) : undefined;
  if (eco) p.ecosystem = eco;
  return p;
}

export const trivy: ScannerFormat<Json> = { tool: 'trivy', label: 'Trivy (SchemaVersion 2)', matches: isTrivy, parse: readTrivy };
