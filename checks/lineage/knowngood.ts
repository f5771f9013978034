// The last known-good release: its manifest (and optionally its JSON gate report) compared with
// this release. Artifacts, training data, metrics and disparities; dependencies and measured bias
// disparities from this run's dependency and bias checks against the same checks' facts in the
// baseline report; regression limits from the policy.
import { z } from 'zod';
import { modelFolderSchema } from '../../src/manifest/model-folder.js';
import { readYamlFile } from '../../src/io/yaml.js';
import { validateDoc } from '../../src/io/validate.js';
import { baselineFacts, readBaselineReport } from '../../src/report/baseline.js';
import type { Finding, Location } from '../../src/report/model.js';
import type { Change } from './facts.js';
import { finding } from './rules.js';

/** A difference from the last known-good release (src/report/html reads it from here). */
export type { Change } from './facts.js';

const digest = z.string().transform((s) => s.replace(/^sha256:/, '').toLowerCase());
const numbers = z.record(z.string(), z.number());

/** What is read from the baseline manifest: loosely, so that an older release's manifest still reads. */
const baselineManifestSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string().optional(), version: z.coerce.string().optional() }).optional(),
  model: z
    .looseObject({
      artifacts: z.array(z.looseObject({ path: z.string(), sha256: digest, name: z.string().optional() })).default([]),
      mlflow: modelFolderSchema.optional(),
      huggingface: modelFolderSchema.optional(),
      metrics: numbers.optional(),
      disparities: numbers.optional(),
    })
    .optional(),
  data: z.looseObject({ training: z.array(z.looseObject({ id: z.string(), sha256: digest })).default([]) }).optional(),
});

/** A model folder pointer of the baseline manifest, as the artifact it is (a path alone: no digest). */
function folderOf(model: { mlflow?: z.output<typeof modelFolderSchema> | undefined; huggingface?: z.output<typeof modelFolderSchema> | undefined } | undefined): Array<{ path: string; sha256: string | null }> {
  const pointer = model?.mlflow ?? model?.huggingface;
  if (pointer === undefined) return [];
  return [typeof pointer === 'string' ? { path: pointer, sha256: null } : pointer];
}

export interface Snapshot {
  version?: string;
  artifacts: Map<string, string | null>;
  training: Map<string, string>;
  metrics: Record<string, number>;
  disparities: Record<string, number>;
}

export interface BaselineInfo {
  snapshot: Snapshot;
  verdict?: string;
  /** Whether a JSON report was named (dependency and measured-bias comparisons need one). */
  report: boolean;
  /** The baseline report's facts of the dependency and bias checks (undefined: did not run, or errored, then). */
  upstream: { dependency?: Record<string, unknown>; bias?: Record<string, unknown> };
}

/** Reads the baseline manifest (and report). Throws ConfigError naming the file when it cannot be read. */
export function readBaseline(manifestAbs: string, manifestDisplay: string, report?: { abs: string; display: string }): BaselineInfo {
  const doc = readYamlFile(manifestAbs, manifestDisplay);
  const m = validateDoc(baselineManifestSchema, doc, doc.data ?? {});
  const snapshot: Snapshot = {
    ...(m.metadata?.version !== undefined ? { version: m.metadata.version } : {}),
    artifacts: new Map([...(m.model?.artifacts ?? []), ...folderOf(m.model)].map((a) => [a.path.replace(/\\/g, '/'), a.sha256])),
    training: new Map((m.data?.training ?? []).map((d) => [d.id, d.sha256])),
    metrics: { ...(m.model?.metrics ?? {}) },
    disparities: { ...(m.model?.disparities ?? {}) },
  };
  if (!report) return { snapshot, report: false, upstream: {} };
  const r = readBaselineReport(report.abs, report.display);
  const facts = baselineFacts(r, 'lineage');
  // What the gate measured then beats what the manifest claimed.
  if (facts && Array.isArray(facts.artifacts)) {
    for (const a of facts.artifacts as Array<Record<string, unknown>>) {
      if (typeof a.path === 'string' && (typeof a.sha256 === 'string' || a.sha256 === null)) snapshot.artifacts.set(a.path, a.sha256);
    }
  }
  for (const key of ['metrics', 'disparities'] as const) {
    const v = facts?.[key];
    if (v && typeof v === 'object') for (const [k, n] of Object.entries(v)) if (typeof n === 'number') snapshot[key][k] = n;
  }
  if (snapshot.version === undefined && r.release.version) snapshot.version = r.release.version;
  const dependency = baselineFacts(r, 'dependency');
  const bias = baselineFacts(r, 'bias');
  return { snapshot, verdict: r.verdict, report: true, upstream: { ...(dependency ? { dependency } : {}), ...(bias ? { bias } : {}) } };
}

export interface Limits {
  maxMetricDrop?: number;
  maxDisparityIncrease?: number;
  lowerIsBetter: readonly string[];
}

const EPS = 1e-9;
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '_');

/** Differences between the baseline and this release, and the regression findings. */
export function compare(
  before: Snapshot,
  now: Snapshot,
  limits: Limits,
  locate: { metric(name: string): Location; disparity(name: string): Location; artifact(path: string): Location | undefined },
): { changes: Change[]; findings: Finding[] } {
  const changes: Change[] = [];
  const findings: Finding[] = [];
  const diffMap = (kind: 'artifact' | 'training', a: Map<string, string | null>, b: Map<string, string | null>): void => {
    for (const [k, after] of b) {
      if (!a.has(k)) changes.push({ kind, item: k, change: 'added', after });
      else if (a.get(k) !== after) changes.push({ kind, item: k, change: 'changed', before: a.get(k) ?? null, after });
      else changes.push({ kind, item: k, change: 'unchanged', before: after, after });
    }
    for (const [k, v] of a) if (!b.has(k)) changes.push({ kind, item: k, change: 'removed', before: v });
  };
  diffMap('artifact', before.artifacts, now.artifacts);
  diffMap('training', before.training, now.training);

  const lower = new Set(limits.lowerIsBetter.map(norm));
  diffNumbers(before.metrics, now.metrics, changes, findings, {
    kind: 'metric',
    limit: limits.maxMetricDrop,
    worse: (name, delta) => (lower.has(norm(name)) ? delta : -delta),
    breach: (name, prev, after, worse) =>
      finding(
        'metricRegression',
        `metric "${name}" went from ${fmt(prev)} to ${fmt(after)} (${lower.has(norm(name)) ? 'lower is better' : 'higher is better'}): worse by ${fmt(worse)}, more than maxMetricDrop ${fmt(limits.maxMetricDrop!)}`,
        locate.metric(name),
        name,
      ),
  });
  diffNumbers(before.disparities, now.disparities, changes, findings, {
    kind: 'disparity',
    limit: limits.maxDisparityIncrease,
    worse: (_name, delta) => delta,
    breach: (name, prev, after, worse) =>
      finding(
        'disparityRegression',
        `disparity "${name}" grew from ${fmt(prev)} to ${fmt(after)} (+${fmt(worse)}), more than maxDisparityIncrease ${fmt(limits.maxDisparityIncrease!)}`,
        locate.disparity(name),
        name,
      ),
  });
  return { changes, findings };
}

/** How one group of numbers (metrics, disparities) compares with the baseline's. */
interface NumberDiff {
  kind: Change['kind'];
  limit: number | undefined;
  /** How much worse the value got (> 0: worse), given after − before. */
  worse(item: string, delta: number): number;
  breach(item: string, before: number, after: number, worse: number): Finding;
}

function diffNumbers(before: Record<string, number>, now: Record<string, number>, changes: Change[], findings: Finding[], d: NumberDiff): void {
  for (const [item, after] of Object.entries(now)) {
    const prev = before[item];
    if (prev === undefined) {
      changes.push({ kind: d.kind, item, change: 'added', after });
      continue;
    }
    const delta = after - prev;
    const worse = d.worse(item, delta);
    const breach = d.limit !== undefined && worse > d.limit + EPS;
    changes.push({ kind: d.kind, item, change: Math.abs(delta) <= EPS ? 'unchanged' : worse > 0 ? 'regressed' : 'improved', before: prev, after, delta, breach });
    if (breach) findings.push(d.breach(item, prev, after, worse));
  }
  for (const item of Object.keys(before)) if (!(item in now)) changes.push({ kind: d.kind, item, change: 'removed', before: before[item]! });
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}

// ---- dependencies ------------------------------------------------------------------------------

/** A package as the dependency check lists it (`facts.dependency.inventory[]`). */
export interface InventoryPackage {
  ecosystem: string;
  name: string;
  version: string | null;
}

/** The package inventory in dependency facts, or why there is none. */
export function inventoryOf(facts: Record<string, unknown> | undefined, where: string): { packages: InventoryPackage[] } | { why: string } {
  if (!facts) return { why: `no dependency facts ${where} (the dependency check did not run, or errored, then)` };
  const inv = facts.inventory;
  if (!Array.isArray(inv)) return { why: `the dependency facts ${where} carry no package inventory (facts.dependency.inventory)` };
  const packages: InventoryPackage[] = [];
  for (const p of inv as unknown[]) {
    const o = p as Record<string, unknown> | null;
    if (!o || typeof o.name !== 'string' || typeof o.ecosystem !== 'string' || !(typeof o.version === 'string' || o.version === null || o.version === undefined)) {
      return { why: `the dependency inventory ${where} has an entry without ecosystem, name and version` };
    }
    packages.push({ ecosystem: o.ecosystem, name: o.name, version: (o.version as string | null | undefined) ?? null });
  }
  return { packages };
}

/** Package identity: ecosystem plus name (PyPI names normalised as PEP 503 does). */
function packageId(p: InventoryPackage): string {
  const eco = p.ecosystem;
  const name = /^pypi$/i.test(eco) || /^conda$/i.test(eco) ? p.name.toLowerCase().replace(/[-_.]+/g, '-') : p.name;
  return `${eco}:${name}`;
}

/** Added, removed and changed packages (by ecosystem and name; a package present in several versions compares as the set of them). */
export function diffDependencies(before: readonly InventoryPackage[], after: readonly InventoryPackage[]): { changes: Change[]; added: number; removed: number; changed: number; unchanged: number } {
  const group = (ps: readonly InventoryPackage[]): Map<string, Set<string>> => {
    const m = new Map<string, Set<string>>();
    for (const p of ps) {
      const id = packageId(p);
      const set = m.get(id) ?? new Set<string>();
      set.add(p.version ?? '(unpinned)');
      m.set(id, set);
    }
    return m;
  };
  const versions = (s: Set<string>): string => [...s].sort().join(', ');
  const a = group(before);
  const b = group(after);
  const changes: Change[] = [];
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const id of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const x = a.get(id);
    const y = b.get(id);
    if (!x) {
      counts.added++;
      changes.push({ kind: 'dependency', item: id, change: 'added', after: versions(y!) });
    } else if (!y) {
      counts.removed++;
      changes.push({ kind: 'dependency', item: id, change: 'removed', before: versions(x) });
    } else if (versions(x) !== versions(y)) {
      counts.changed++;
      changes.push({ kind: 'dependency', item: id, change: 'changed', before: versions(x), after: versions(y) });
    } else {
      counts.unchanged++;
      changes.push({ kind: 'dependency', item: id, change: 'unchanged', before: versions(x), after: versions(y) });
    }
  }
  return { changes, ...counts };
}

// ---- measured bias disparities ---------------------------------------------------------------

/** Numeric disparities of bias facts by `feature/metric` (intervals and booleans left out). */
export function measuredDisparities(facts: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  const features = facts.features;
  if (!features || typeof features !== 'object') return out;
  for (const [key, f] of Object.entries(features as Record<string, unknown>)) {
    const d = (f as { disparities?: unknown } | null)?.disparities;
    if (!d || typeof d !== 'object') continue;
    for (const [metric, v] of Object.entries(d as Record<string, unknown>)) if (typeof v === 'number' && Number.isFinite(v)) out[`${key}/${metric}`] = v;
  }
  return out;
}

/** The bias check's direction: ratios and disparateImpactMin get worse as they fall, every other disparity as it grows. */
export function fallingIsWorse(metric: string): boolean {
  return /Ratio/.test(metric) || metric === 'disparateImpactMin';
}

/** Measured disparities now against the baseline report's; `maxDisparityIncrease` bounds how much worse each may get. */
export function compareMeasured(
  before: Record<string, number>,
  now: Record<string, number>,
  maxIncrease: number | undefined,
  locate: (item: string) => Location,
): { changes: Change[]; findings: Finding[] } {
  const changes: Change[] = [];
  const findings: Finding[] = [];
  const falling = (item: string) => fallingIsWorse(item.slice(item.lastIndexOf('/') + 1));
  diffNumbers(before, now, changes, findings, {
    kind: 'bias',
    limit: maxIncrease,
    worse: (item, delta) => (falling(item) ? -delta : delta),
    breach: (item, prev, after, worse) =>
      finding(
        'disparityRegression',
        `measured disparity "${item}" went from ${fmt(prev)} to ${fmt(after)} (${falling(item) ? 'lower is worse' : 'higher is worse'}): worse by ${fmt(worse)} than the last known-good release, more than maxDisparityIncrease ${fmt(maxIncrease!)}`,
        locate(item),
        `bias:${item}`,
      ),
  });
  return { changes, findings };
}
