// Matching packages against an OSV database: range evaluation, alias merging (one vulnerability,
// one result), severity from CVSS, and the smallest upgrade that clears every advisory.
import type { Severity } from '../report/model.js';
import { severityRank } from '../report/model.js';
import { ecosystemFor } from './ecosystem.js';
import type { AdvisoryEntry, OsvDatabase } from './osv-db.js';
import { fixedVersions, isAffected } from './osv-match.js';
import type { OsvRecord } from './osv-schema.js';
import { cvssBaseScore, severityFromLabel, severityFromScore } from './severity.js';

export interface PackageRef {
  ecosystem: string;
  name: string;
  version: string;
}

/** One vulnerability (advisories merged through their aliases) affecting one package version. */
export interface Vulnerability {
  /** The advisory ids that describe it (PYSEC-…, GHSA-…), sorted. */
  ids: string[];
  /** Every other identifier (CVE-…), sorted. */
  aliases: string[];
  summary?: string;
  /** Undefined when no record carries a usable severity: the policy decides. */
  severity?: Severity;
  /** Highest CVSS base score found, with its vector. */
  cvss?: { score: number; vector: string };
  /** `fixed` versions of the matching ranges, ascending. */
  fixed: string[];
}

export interface PackageMatch {
  vulnerabilities: Vulnerability[];
  /** Smallest version above the installed one that no advisory of this package affects; undefined when none is known. */
  fix?: string;
  /** Advisory ranges this version could not be ordered against (invalid versions in the record). */
  unorderable: string[];
}

export function matchPackage(db: OsvDatabase, pkg: PackageRef): PackageMatch {
  const eco = ecosystemFor(pkg.ecosystem);
  const entries = db.lookup(pkg.ecosystem, pkg.name);
  if (!eco || entries.length === 0) return { vulnerabilities: [], unorderable: [] };
  const hits: AdvisoryEntry[] = [];
  const unorderable: string[] = [];
  for (const entry of entries) {
    try {
      if (isAffected(pkg.version, entry.affected, eco)) hits.push(entry);
    } catch (e) {
      unorderable.push(`${entry.record.id}: ${(e as Error).message}`);
    }
  }
  const vulnerabilities = mergeAliases(hits, eco.compare);
  const result: PackageMatch = { vulnerabilities, unorderable };
  if (vulnerabilities.length) {
    const fix = smallestFix(pkg.version, hits, entries, (v, entry) => safeAffected(v, entry, eco), eco.compare, eco.valid);
    if (fix !== undefined) result.fix = fix;
  }
  return result;
}

function safeAffected(v: string, entry: AdvisoryEntry, eco: NonNullable<ReturnType<typeof ecosystemFor>>): boolean {
  try {
    return isAffected(v, entry.affected, eco);
  } catch {
    return true; // cannot tell: not a safe upgrade
  }
}

/** The smallest `fixed` version above `installed` that none of the package's advisories affects. */
function smallestFix(
  installed: string,
  hits: AdvisoryEntry[],
  all: readonly AdvisoryEntry[],
  affects: (v: string, e: AdvisoryEntry) => boolean,
  compare: (a: string, b: string) => number,
  valid: (v: string) => boolean,
): string | undefined {
  const candidates = [...new Set(hits.flatMap((h) => fixedVersions(h.affected)))]
    .filter((v) => valid(v) && (!valid(installed) || compare(v, installed) > 0))
    .sort(compare);
  return candidates.find((c) => !all.some((e) => affects(c, e)));
}

/** Groups advisories that name each other (id or alias, transitively): osv-scanner's "one vulnerability" rule. */
function mergeAliases(hits: AdvisoryEntry[], compare: (a: string, b: string) => number): Vulnerability[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => void parent.set(find(a), find(b));
  for (const h of hits) for (const a of h.record.aliases ?? []) union(h.record.id, a);
  const groups = new Map<string, AdvisoryEntry[]>();
  for (const h of hits) {
    const root = find(h.record.id);
    groups.set(root, [...(groups.get(root) ?? []), h]);
  }
  return [...groups.values()]
    .map((entries) => {
      const ids = [...new Set(entries.map((e) => e.record.id))].sort();
      const aliases = [...new Set(entries.flatMap((e) => e.record.aliases ?? []))].filter((a) => !ids.includes(a)).sort();
      const sev = entries.map((e) => recordSeverity(e.record, e.affected)).reduce(maxSeverity, {});
      const fixed = [...new Set(entries.flatMap((e) => fixedVersions(e.affected)))].sort((a, b) => safeCompare(compare, a, b));
      const summary = entries.map((e) => e.record.summary ?? e.record.details).find((s) => s);
      const v: Vulnerability = { ids, aliases, fixed };
      if (summary) v.summary = firstSentence(summary);
      if (sev.severity) v.severity = sev.severity;
      if (sev.cvss) v.cvss = sev.cvss;
      return v;
    })
    .sort((a, b) => a.ids[0]!.localeCompare(b.ids[0]!));
}

interface SeverityInfo {
  severity?: Severity;
  cvss?: { score: number; vector: string };
}

/** Severity of one record for one package: the highest CVSS base score, else a database label. */
export function recordSeverity(record: OsvRecord, affected?: { severity?: OsvRecord['severity']; database_specific?: Record<string, unknown> | undefined }): SeverityInfo {
  let best: SeverityInfo = {};
  for (const s of [...(record.severity ?? []), ...(affected?.severity ?? [])]) {
    if (s.type === 'Ubuntu') {
      best = maxSeverity(best, { severity: severityFromLabel(s.score)! });
      continue;
    }
    let score: number;
    try {
      score = cvssBaseScore(s.score);
    } catch {
      continue; // a vector the calculator rejects carries no severity; the unknown-severity policy applies
    }
    // CVSS v2 has no "critical" band.
    const severity = s.type === 'CVSS_V2' && score >= 7 ? 'high' : severityFromScore(score);
    best = maxSeverity(best, { severity, cvss: { score, vector: s.score } });
  }
  if (best.severity) return best;
  const label = (record.database_specific as { severity?: unknown } | undefined)?.severity ?? affected?.database_specific?.severity;
  const fromLabel = typeof label === 'string' ? severityFromLabel(label) : undefined;
  return fromLabel ? { severity: fromLabel } : {};
}

function maxSeverity(a: SeverityInfo, b: SeverityInfo): SeverityInfo {
  if (!a.severity) return b;
  if (!b.severity) return a;
  const d = severityRank(b.severity) - severityRank(a.severity);
  if (d !== 0) return d > 0 ? b : a;
  return (b.cvss?.score ?? 0) > (a.cvss?.score ?? 0) ? b : a;
}

function safeCompare(compare: (a: string, b: string) => number, a: string, b: string): number {
  try {
    return compare(a, b);
  } catch {
    return a.localeCompare(b);
  }
}

function firstSentence(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
