// The last known-good release: its manifest (and optionally its JSON gate report) compared with
// this release. Artifacts, training data, metrics and disparities; regression limits from the policy.
import { z } from 'zod';
import { readYamlFile } from '../../src/io/yaml.js';
import { validateDoc } from '../../src/io/validate.js';
import { baselineFacts, readBaselineReport } from '../../src/report/baseline.js';
import type { Finding, Location } from '../../src/report/model.js';
import { finding } from './rules.js';

const digest = z.string().transform((s) => s.replace(/^sha256:/, '').toLowerCase());
const numbers = z.record(z.string(), z.number());

/** What is read from the baseline manifest: loosely, so that an older release's manifest still reads. */
const baselineManifestSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string().optional(), version: z.coerce.string().optional() }).optional(),
  model: z
    .looseObject({
      artifacts: z.array(z.looseObject({ path: z.string(), sha256: digest, name: z.string().optional() })).default([]),
      metrics: numbers.optional(),
      disparities: numbers.optional(),
    })
    .optional(),
  data: z.looseObject({ training: z.array(z.looseObject({ id: z.string(), sha256: digest })).default([]) }).optional(),
});

export interface Snapshot {
  version?: string;
  artifacts: Map<string, string | null>;
  training: Map<string, string>;
  metrics: Record<string, number>;
  disparities: Record<string, number>;
}

export interface Change {
  kind: 'artifact' | 'training' | 'metric' | 'disparity';
  item: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged' | 'improved' | 'regressed';
  before?: string | number | null;
  after?: string | number | null;
  delta?: number;
  /** Beyond the policy's regression limit. */
  breach?: boolean;
}

export interface BaselineInfo {
  snapshot: Snapshot;
  verdict?: string;
}

/** Reads the baseline manifest (and report). Throws ConfigError naming the file when it cannot be read. */
export function readBaseline(manifestAbs: string, manifestDisplay: string, report?: { abs: string; display: string }): BaselineInfo {
  const doc = readYamlFile(manifestAbs, manifestDisplay);
  const m = validateDoc(baselineManifestSchema, doc, doc.data ?? {});
  const snapshot: Snapshot = {
    ...(m.metadata?.version !== undefined ? { version: m.metadata.version } : {}),
    artifacts: new Map((m.model?.artifacts ?? []).map((a) => [a.path.replace(/\\/g, '/'), a.sha256])),
    training: new Map((m.data?.training ?? []).map((d) => [d.id, d.sha256])),
    metrics: { ...(m.model?.metrics ?? {}) },
    disparities: { ...(m.model?.disparities ?? {}) },
  };
  if (!report) return { snapshot };
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
  return { snapshot, verdict: r.verdict };
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
  for (const [name, after] of Object.entries(now.metrics)) {
    const prev = before.metrics[name];
    if (prev === undefined) {
      changes.push({ kind: 'metric', item: name, change: 'added', after });
      continue;
    }
    const delta = after - prev;
    const worse = lower.has(norm(name)) ? delta : -delta; // > 0: got worse
    const breach = limits.maxMetricDrop !== undefined && worse > limits.maxMetricDrop + EPS;
    changes.push({ kind: 'metric', item: name, change: Math.abs(delta) <= EPS ? 'unchanged' : worse > 0 ? 'regressed' : 'improved', before: prev, after, delta, breach });
    if (breach) {
      findings.push(
        finding(
          'metricRegression',
          `metric "${name}" went from ${fmt(prev)} to ${fmt(after)} (${lower.has(norm(name)) ? 'lower is better' : 'higher is better'}): worse by ${fmt(worse)}, more than maxMetricDrop ${fmt(limits.maxMetricDrop!)}`,
          locate.metric(name),
          name,
        ),
      );
    }
  }
  for (const name of Object.keys(before.metrics)) if (!(name in now.metrics)) changes.push({ kind: 'metric', item: name, change: 'removed', before: before.metrics[name]! });

  for (const [name, after] of Object.entries(now.disparities)) {
    const prev = before.disparities[name];
    if (prev === undefined) {
      changes.push({ kind: 'disparity', item: name, change: 'added', after });
      continue;
    }
    const delta = after - prev;
    const breach = limits.maxDisparityIncrease !== undefined && delta > limits.maxDisparityIncrease + EPS;
    changes.push({ kind: 'disparity', item: name, change: Math.abs(delta) <= EPS ? 'unchanged' : delta > 0 ? 'regressed' : 'improved', before: prev, after, delta, breach });
    if (breach) {
      findings.push(
        finding(
          'disparityRegression',
          `disparity "${name}" grew from ${fmt(prev)} to ${fmt(after)} (+${fmt(delta)}), more than maxDisparityIncrease ${fmt(limits.maxDisparityIncrease!)}`,
          locate.disparity(name),
          name,
        ),
      );
    }
  }
  for (const name of Object.keys(before.disparities)) if (!(name in now.disparities)) changes.push({ kind: 'disparity', item: name, change: 'removed', before: before.disparities[name]! });
  return { changes, findings };
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}
