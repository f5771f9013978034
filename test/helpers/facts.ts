// Facts of the checks in tests. `parseFacts` parses a run's facts with the check's schema, so every
// gate a test runs also proves the schema describes exactly what the check reports. The builders give
// complete facts for reporter tests: a view only sees facts its schema accepts, so a fixture names what
// it cares about and the builders fill in the rest with neutral values.
import { z } from 'zod';
import type { Facts } from '../../src/check.js';
import type { CheckReport } from '../../src/report/model.js';
import type { BiasFacts, FeatureFacts, GroupFacts } from '../../checks/bias/facts.js';
import type { LineageFacts } from '../../checks/lineage/facts.js';
import type { FileFacts, PiiFacts } from '../../checks/pii/facts.js';
import { DISPARITY_METRICS } from '../../checks/bias/metrics.js';

/** The facts schema of a stand-in check: any JSON object. */
export const ANY_FACTS: z.ZodType<Facts> = z.record(z.string(), z.unknown());

type ColumnFacts = FileFacts['columns'][number];

export function piiColumn(c: Partial<ColumnFacts> & { name: string }): ColumnFacts {
  return { type: null, category: null, sensitivity: 'none', confidence: 0, prevalence: {}, nonEmpty: 1, valueType: 'text', hint: null, quasiIdentifier: false, shape: null, runnerUp: null, action: null, counts: {}, ...c };
}

export function piiFile(f: Partial<FileFacts> & { path: string }): FileFacts {
  return { format: 'csv', gzip: false, records: 1, bytes: 1, recordsClean: 1, recordsQuarantined: 0, recordsMasked: 0, columns: [], droppedColumns: [], counts: {}, byCategory: {}, replacementCells: 0, outputs: [], ...f };
}

export function piiFacts(f: Partial<PiiFacts> & Pick<PiiFacts, 'totals'>): PiiFacts {
  return { files: [], kAnonymity: null, ...f };
}

export function biasGroup(g: Partial<GroupFacts> & Pick<GroupFacts, 'group'>): GroupFacts {
  return { observed: true, judged: true, count: 1, weight: 1, tp: 0, fp: 0, tn: 0, fn: 0, ...g };
}

export function biasFeature(f: { disparities?: Partial<FeatureFacts['disparities']> } & Partial<Omit<FeatureFacts, 'disparities'>>): FeatureFacts {
  const none = Object.fromEntries(DISPARITY_METRICS.map((m) => [m, null])) as Record<(typeof DISPARITY_METRICS)[number], null>;
  return { features: [], referenceGroup: null, groups: [], ...f, disparities: { ...none, fourFifthsRulePassed: null, ...f.disparities } };
}

export function biasFacts(f: Partial<BiasFacts> & Pick<BiasFacts, 'features'>): BiasFacts {
  return {
    predictions: 'predictions.csv',
    rows: 1,
    weighted: false,
    positiveLabel: ['1'],
    sensitiveFeatures: Object.keys(f.features).filter((k) => !k.includes('*')),
    intersections: [],
    minGroupSize: 1,
    judge: 'point',
    confidence: 0.95,
    resamples: 0,
    seed: 1,
    overall: biasGroup({ group: {} }),
    ...f,
  };
}

type ArtifactFacts = LineageFacts['artifacts'][number];

export function lineageArtifact(a: Partial<ArtifactFacts> & Pick<ArtifactFacts, 'path'>): ArtifactFacts {
  const sha256 = a.sha256 === undefined ? 'a'.repeat(64) : a.sha256;
  return { name: a.path.split('/').pop()!, kind: 'file', size: 1, sha256, expected: sha256 ?? 'a'.repeat(64), ok: true, ...a };
}

export function lineageFacts(f: Partial<LineageFacts>): LineageFacts {
  const artifacts = f.artifacts ?? [];
  return {
    artifacts,
    artifactCount: artifacts.length,
    totalBytes: artifacts.reduce((n, a) => n + (a.size ?? 0), 0),
    verified: artifacts.filter((a) => a.ok).length,
    mismatched: artifacts.filter((a) => !a.ok && a.kind !== 'missing').length,
    missing: artifacts.filter((a) => a.kind === 'missing').length,
    hashing: { files: artifacts.length, bytes: 0, ms: 0 },
    modelFiles: [],
    modelScan: { files: 0, scanned: 0, dangerous: 0, suspicious: 0, unknown: 0, clean: 0, pickles: 0, allowGlobals: 0, ms: 0 },
    ...f,
  };
}

/** Parsed facts of a check that ran (passed or failed); undefined for a check that errored or was skipped (no facts). */
export function parseFacts<S extends z.ZodType>(schema: S, check: CheckReport): z.output<S> | undefined {
  if (check.status === 'error' || check.status === 'skipped') return undefined;
  return schema.parse(check.facts);
}
