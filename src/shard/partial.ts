// The partial report of one shard job: versioned JSON saying what it ran on (manifest, policy and
// data digests, tool version, shard i/n) and, per sharded check, the state its merge needs. A merge
// takes only a complete, consistent set: one report per shard index, all from the same inputs.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CheckResult } from '../check.js';
import type { Finding } from '../report/model.js';
import { ConfigError } from '../errors.js';
import { expandGlob } from '../io/glob.js';
import { toWorkspaceRelative } from '../io/workspace.js';
import { fromCommandLine } from '../manifest/load.js';
import { VERSION } from '../version.js';
import { parseJsonText } from '../io/json-syntax.js';
import type { PartRef } from './parts.js';
import { BLOCK_RECORDS, MAX_SHARDS, PART_BYTES } from './spec.js';

export const PARTIAL_KIND = 'modelgate/partial-report';
export const PARTIAL_SCHEMA_VERSION = 3; // 3: parts counted in bytes (partBytes)

const digestRef = z.strictObject({ path: z.string(), sha256: z.string().nullable() });
const findingShape = z.looseObject({ ruleId: z.string(), severity: z.enum(['critical', 'high', 'medium', 'low', 'info']), message: z.string() });
/** A finding as the shard wrote it: validated, kept as is (key order included: the merged report must equal a single run's). */
export const findingSchema = z.custom<Finding>((v) => findingShape.safeParse(v).success, 'expected a finding (ruleId, severity, message)');
const resultShape = z.strictObject({
  status: z.enum(['passed', 'error', 'skipped']),
  findings: z.array(findingSchema),
  facts: z.record(z.string(), z.unknown()),
  outputs: z.array(z.looseObject({ path: z.string(), kind: z.string() })),
  reason: z.string().optional(),
});

const checkEntry = z.strictObject({
  id: z.string(),
  /** `sharded`: `state` holds the share; `skipped` / `error`: `result` is the check's result as it stands. */
  status: z.enum(['sharded', 'skipped', 'error']),
  durationMs: z.number(),
  inputs: z.array(z.strictObject({ path: z.string(), sha256: z.string() })),
  state: z.unknown().optional(),
  result: z.custom<CheckResult>((v) => resultShape.safeParse(v).success, 'expected a check result (status, findings, facts, outputs)').optional(),
});

export const partialReportSchema = z.strictObject({
  kind: z.literal(PARTIAL_KIND),
  schemaVersion: z.literal(PARTIAL_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.literal('modelgate'), version: z.string() }),
  shard: z.strictObject({ index: z.number().int().min(1), count: z.number().int().min(1).max(MAX_SHARDS) }),
  blockRecords: z.number().int(),
  /** Bytes per part of a CSV/TSV file (spec.ts PART_BYTES): the cut points depend on it. */
  partBytes: z.number().int(),
  manifest: digestRef,
  policy: digestRef,
  /** Checks the run selected (sharded or not): the merge job must select the same. */
  selected: z.array(z.string()),
  startedAt: z.string(),
  durationMs: z.number(),
  checks: z.array(checkEntry),
  /** Part files, by name in the report's own folder (never a path elsewhere). */
  parts: z.array(z.strictObject({ check: z.string(), name: z.string(), file: z.string().regex(/^(?!\.\.?$)[^/\\]+$/, 'a file name in the folder of the partial report'), sha256: z.string(), bytes: z.number() })),
});

export type PartialReport = z.infer<typeof partialReportSchema>;
export type PartialCheck = z.infer<typeof checkEntry>;

export interface LoadedPartial {
  /** Workspace-relative path. */
  path: string;
  report: PartialReport;
}

/** The partial reports named by paths or globs (inside the workspace), sorted by shard index. */
export function loadPartials(workspace: string, patterns: readonly string[]): LoadedPartial[] {
  const files = [...new Set(patterns.flatMap((p) => expandGlob(workspace, workspace, fromCommandLine(workspace, p), { file: p })))];
  if (files.length === 0) throw new ConfigError(`no partial report matches ${patterns.map((p) => JSON.stringify(p)).join(', ')}`);
  return files.map((abs) => readPartial(workspace, abs)).sort((a, b) => a.report.shard.index - b.report.shard.index);
}

export function readPartial(workspace: string, abs: string): LoadedPartial {
  const path = toWorkspaceRelative(workspace, abs);
  if (!existsSync(abs)) throw new ConfigError('partial report not found (download the shards\' artifacts before the merge)', { file: path });
  const data = parseJsonText(readFileSync(abs, 'utf8'), 'not a partial report (expected JSON written by modelgate check --shard)', path);
  if ((data as { kind?: unknown } | null)?.kind !== PARTIAL_KIND) throw new ConfigError(`not a partial report (expected "kind": "${PARTIAL_KIND}", written by modelgate check --shard)`, { file: path });
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== PARTIAL_SCHEMA_VERSION) {
    throw new ConfigError(`partial report of schema ${JSON.stringify(version)}, this modelgate reads schema ${PARTIAL_SCHEMA_VERSION}: run the shards and the merge with the same version`, { file: path });
  }
  const r = partialReportSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ConfigError(`partial report is malformed at ${issue.path.join('.') || '(root)'}: ${issue.message}`, { file: path });
  }
  return { path, report: r.data };
}

export interface RunIdentity {
  manifest: { path: string; sha256: string | null };
  policy: { path: string; sha256: string | null };
  selected: readonly string[];
}

/**
 * Refuses a set of partial reports that cannot be merged into the run `expected` describes: another
 * tool version, manifest, policy, check selection, shard count, block or part size; missing or repeated
 * shard indices; shards that read different data.
 */
export function checkPartials(partials: readonly LoadedPartial[], expected: RunIdentity): void {
  const first = partials[0];
  if (!first) throw new ConfigError('no partial report to merge');
  const { count } = first.report.shard;
  const same = (what: string, get: (r: PartialReport) => unknown, want: unknown): void => {
    for (const p of partials) {
      const got = get(p.report);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        throw new ConfigError(`${what} differs: this partial report has ${JSON.stringify(got)}, the merge expects ${JSON.stringify(want)}; every shard and the merge must run on the same commit with the same inputs`, { file: p.path });
      }
    }
  };
  same('tool version', (r) => r.tool.version, VERSION);
  same('block size', (r) => r.blockRecords, BLOCK_RECORDS);
  same('part size', (r) => r.partBytes, PART_BYTES);
  same('manifest', (r) => r.manifest, expected.manifest);
  same('policy', (r) => r.policy, expected.policy);
  same('check selection', (r) => [...r.selected].sort(), [...expected.selected].sort());
  same('shard count', (r) => r.shard.count, count);
  const seen = new Map<number, string>();
  for (const p of partials) {
    const prev = seen.get(p.report.shard.index);
    if (prev) throw new ConfigError(`shard ${p.report.shard.index}/${count} is given twice (also ${prev})`, { file: p.path });
    seen.set(p.report.shard.index, p.path);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new ConfigError(`shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: a merge needs the partial report of every shard`);
  same('sharded checks', (r) => r.checks.map((c) => c.id), first.report.checks.map((c) => c.id));
  // Data digests of the shards that did their share (one that failed fails the merge anyway).
  for (const id of first.report.checks.map((c) => c.id)) {
    const done = partials.map((p) => p.report.checks.find((x) => x.id === id)!).filter((c) => c.status === 'sharded');
    if (done[0]) same(`data read by ${id}`, (r) => r.checks.find((x) => x.id === id && x.status === 'sharded')?.inputs ?? done[0]!.inputs, done[0].inputs);
  }
}

/** One check's entries across the shards (shard 1 first) and its part files. */
export function entriesOf(partials: readonly LoadedPartial[], id: string): Array<{ partial: LoadedPartial; entry: PartialCheck; parts: PartRef[] }> {
  return partials.map((p) => {
    const entry = p.report.checks.find((c) => c.id === id);
    if (!entry) throw new ConfigError(`partial report has no entry for check "${id}"`, { file: p.path });
    return { partial: p, entry, parts: p.report.parts.filter((x) => x.check === id) };
  });
}

/** The result a merge takes for a check that failed in some shard: the error earliest in the data (what a single run meets first). */
export function earliestError(results: ReadonlyArray<CheckResult>): CheckResult | undefined {
  const at = (r: CheckResult): number => r.findings.find((f) => f.ruleId === 'gate/check-error')?.location?.record ?? Number.POSITIVE_INFINITY;
  let best: CheckResult | undefined;
  for (const r of results) if (r.status === 'error' && (!best || at(r) < at(best))) best = r;
  return best;
}
