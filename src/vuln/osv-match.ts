// Exact OSV evaluation (ossf/osv-schema, "Evaluation"): a version is affected when it is listed in
// `versions` or lies inside an ECOSYSTEM/SEMVER range, walking the sorted events. GIT ranges name
// commits, not releases, and are left to the enumerated `versions` list, as osv-scanner does.
import type { Ecosystem } from './ecosystem.js';
import type { OsvAffected, OsvEvent, OsvRange } from './osv-schema.js';

/** Thrown when an advisory's range holds a version the ecosystem cannot order: the caller fails closed. */
export class UnorderableVersionError extends Error {
  constructor(readonly version: string) {
    super(`version ${JSON.stringify(version)} is not valid in this ecosystem's ordering`);
  }
}

export function isAffected(version: string, affected: OsvAffected, eco: Ecosystem): boolean {
  if (affected.versions?.includes(version)) return true;
  if (!eco.valid(version)) return false; // only the exact `versions` list can speak for an unorderable version
  return (affected.ranges ?? []).some((r) => r.type !== 'GIT' && inRange(version, r, eco));
}

interface SortedRange {
  limits: string[];
  events: Array<{ e: OsvEvent; v: string }>;
}

/** Events sorted once per range and ecosystem: matching then costs one comparison per event. */
const sortedCache = new WeakMap<OsvRange, Map<string, SortedRange>>();

function inRange(version: string, range: OsvRange, eco: Ecosystem): boolean {
  const cmp = comparator(eco);
  let perEco = sortedCache.get(range);
  if (!perEco) sortedCache.set(range, (perEco = new Map()));
  let sorted = perEco.get(eco.name);
  if (!sorted) perEco.set(eco.name, (sorted = sortRange(range, cmp)));
  const { limits, events } = sorted;
  if (limits.length && !limits.some((l) => l === '*' || cmp(version, l) < 0)) return false;
  let affected = false;
  for (const { e, v } of events) {
    if (e.introduced !== undefined) {
      if (cmp(version, v) >= 0) affected = true;
    } else if (e.fixed !== undefined) {
      if (cmp(version, v) >= 0) affected = false;
    } else if (e.last_affected !== undefined) {
      if (cmp(version, v) > 0) affected = false;
    }
  }
  return affected;
}

function sortRange(range: OsvRange, cmp: (a: string, b: string) => number): SortedRange {
  const events = range.events as OsvEvent[];
  const limits = events.filter((e) => e.limit !== undefined).map((e) => e.limit!);
  // Sorted by version; on a tie the spec's order is introduced, then fixed/last_affected.
  const keyed = events
    .filter((e) => e.limit === undefined)
    .map((e) => ({ e, v: (e.introduced ?? e.fixed ?? e.last_affected)! }))
    .sort((a, b) => cmp(a.v, b.v) || Number(a.e.introduced === undefined) - Number(b.e.introduced === undefined));
  return { limits, events: keyed };
}

function comparator(eco: Ecosystem): (a: string, b: string) => number {
  return (a, b) => {
    for (const v of [a, b]) if (v !== '0' && !eco.valid(v)) throw new UnorderableVersionError(v);
    // "0" is the spec's "before every version".
    if (a === '0') return b === '0' ? 0 : -1;
    if (b === '0') return 1;
    return eco.compare(a, b);
  };
}

/** `fixed` versions of the ECOSYSTEM/SEMVER ranges: the candidates for an upgrade. */
export function fixedVersions(affected: OsvAffected): string[] {
  return (affected.ranges ?? []).filter((r) => r.type !== 'GIT').flatMap((r) => (r.events as OsvEvent[]).flatMap((e) => (e.fixed !== undefined ? [e.fixed] : [])));
}
