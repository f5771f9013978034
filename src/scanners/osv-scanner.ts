// osv-scanner JSON (`--format json`): results[].packages[] with OSV records and alias groups.
import { recordSeverity } from '../vuln/match.js';
import { validateOsvRecord } from '../vuln/osv-schema.js';
import { severityFromScore } from '../vuln/severity.js';
import type { Severity } from '../report/model.js';
import { severityRank } from '../report/model.js';
import { arr, isObj, str, type Json, type ScannedPackage, type ScannerFinding, type ScannerFormat, type ScannerReport } from './types.js';

const isOsvScanner = (d: unknown): d is Json => isObj(d) && Array.isArray(d.results) && arr(d.results).every((r) => isObj(r) && isObj(r.source) && Array.isArray(r.packages));

function readOsvScanner(d: Json): ScannerReport {
  const findings: ScannerFinding[] = [];
  const packages: ScannedPackage[] = [];
  for (const r of arr(d.results).filter(isObj)) {
    const target = isObj(r.source) ? str(r.source.path) : undefined;
    for (const entry of arr(r.packages).filter(isObj)) {
      const pi = isObj(entry.package) ? entry.package : {};
      const p: ScannedPackage = { name: str(pi.name) ?? 'unknown' };
      if (str(pi.version)) p.version = str(pi.version)!;
      if (str(pi.ecosystem)) p.ecosystem = str(pi.ecosystem)!;
      packages.push(p);
      const vulns = arr(entry.vulnerabilities).filter(isObj);
      const byId = new Map(vulns.map((v) => [str(v.id) ?? '', v]));
      // Groups merge aliases; without them each vulnerability stands alone.
      const groups = arr(entry.groups).filter(isObj);
      const sets = groups.length ? groups.map((g) => ({ ids: arr(g.ids).filter((x): x is string => typeof x === 'string'), max: str(g.max_severity) })) : vulns.map((v) => ({ ids: [str(v.id) ?? 'unknown'], max: undefined }));
      for (const g of sets) {
        const records = g.ids.map((id) => byId.get(id)).filter(isObj);
        const aliases = new Set<string>([...g.ids.slice(1), ...records.flatMap((v) => arr(v.aliases).filter((x): x is string => typeof x === 'string'))]);
        aliases.delete(g.ids[0]!);
        const f: ScannerFinding = { kind: 'vulnerability', id: g.ids[0] ?? 'unknown', aliases: [...aliases].sort(), package: p, fixedVersions: fixedOf(records) };
        const severity = g.max && Number.isFinite(Number(g.max)) ? severityFromScore(Number(g.max)) : maxRecordSeverity(records);
        if (severity) f.severity = severity;
        const title = records.map((v) => str(v.summary)).find(Boolean);
        if (title) f.title = title;
        if (target) f.target = target;
        findings.push(f);
      }
    }
  }
  return { tool: 'osv-scanner', findings, packages };
}

function fixedOf(records: Json[]): string[] {
  const out = new Set<string>();
  for (const v of records)
    for (const a of arr(v.affected).filter(isObj))
      for (const r of arr(a.ranges).filter(isObj)) if (r.type !== 'GIT') for (const e of arr(r.events).filter(isObj)) if (str(e.fixed)) out.add(e.fixed as string);
  return [...out];
}

function maxRecordSeverity(records: Json[]): Severity | undefined {
  let best: Severity | undefined;
  for (const v of records) {
    const parsed = validateOsvRecord(v);
    const s = parsed.ok ? recordSeverity(parsed.record).severity : undefined;
    if (s && (!best || severityRank(s) > severityRank(best))) best = s;
  }
  return best;
}

export const osvScanner: ScannerFormat<Json> = { tool: 'osv-scanner', label: 'osv-scanner', matches: isOsvScanner, parse: readOsvScanner };
