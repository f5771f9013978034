// pip-audit JSON (`-f json`): dependencies[] with vulns[]; pip-audit reports no severity.
import { arr, isObj, str, type Json, type ScannedPackage, type ScannerFinding, type ScannerFormat, type ScannerReport } from './types.js';

/** The bare array of pip-audit before 2.0, or `{dependencies: [...]}`. */
type PipAuditJson = unknown[] | Json;

/** Current shape `{dependencies: [...]}`, or the bare array of pip-audit before 2.0. */
const isPipAudit = (d: unknown): d is PipAuditJson => {
  const deps = Array.isArray(d) ? d : isObj(d) && Array.isArray(d.dependencies) ? d.dependencies : undefined;
  return deps !== undefined && deps.every((x) => isObj(x) && typeof x.name === 'string' && (Array.isArray(x.vulns) || typeof x.skip_reason === 'string'));
};

function readPipAudit(d: PipAuditJson): ScannerReport {
  const deps = Array.isArray(d) ? d : arr(d.dependencies);
  const findings: ScannerFinding[] = [];
  const packages: ScannedPackage[] = [];
  for (const dep of deps.filter(isObj)) {
    const p: ScannedPackage = { name: str(dep.name)!, ecosystem: 'PyPI' };
    if (str(dep.version)) p.version = str(dep.version)!;
    packages.push(p);
    for (const v of arr(dep.vulns).filter(isObj)) {
      const f: ScannerFinding = {
        kind: 'vulnerability',
        id: str(v.id) ?? 'unknown',
        aliases: arr(v.aliases).filter((x): x is string => typeof x === 'string'),
        package: p,
        fixedVersions: arr(v.fix_versions).filter((x): x is string => typeof x === 'string'),
      };
      const title = str(v.description);
      if (title) f.title = title.split('\n')[0]!.slice(0, 160);
      findings.push(f);
    }
  }
  return { tool: 'pip-audit', findings, packages };
}

export const pipAudit: ScannerFormat<PipAuditJson> = { tool: 'pip-audit', label: 'pip-audit', matches: isPipAudit, parse: readPipAudit };
