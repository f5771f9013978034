// A shard job: the sharded checks (pii, bias) do their share of the records and write a partial
// report; every other check is left to the merge job, which also evaluates the policy once.
import type { Finding } from '../report/model.js';
import type { CheckResult, ShardOutcome } from '../check.js';
import { loadRun, runOne, type GateOptions } from '../gate.js';
import { writeFileAtomic } from '../io/atomic.js';
import { resolveOutputPath, shownOutputPath } from '../io/output-path.js';
import { VERSION } from '../version.js';
import { runIdentity } from './merge.js';
import { PARTIAL_KIND, PARTIAL_SCHEMA_VERSION, type PartialCheck, type PartialReport } from './partial.js';
import { PartWriter } from './parts.js';
import { BLOCK_RECORDS, PART_BYTES, type ShardSpec } from './spec.js';

export interface ShardOptions extends Omit<GateOptions, 'partials' | 'failOn' | 'mode' | 'run'> {
  shard: ShardSpec;
  /** Where the partial report goes (an output path: relative to the workspace, or absolute anywhere). */
  partial: string;
}

export interface ShardResult {
  /** Path of the partial report: workspace-relative inside the workspace, absolute outside. */
  path: string;
  report: PartialReport;
  /** Work a sharded check could not do (non-optional checks): the job exits 2. */
  errors: Array<{ check: string; finding: Finding }>;
}

export const RUNS_IN_MERGE = 'runs in the merge job';

export async function runShard(opts: ShardOptions): Promise<ShardResult> {
  const t0 = performance.now();
  const run = loadRun(opts);
  const { manifest, policy, selected } = run;
  const abs = resolveOutputPath(opts.workspace, opts.partial, 'the partial report');
  const parts = new PartWriter(abs);
  const errors: ShardResult['errors'] = [];
  try {
    const entries = await Promise.all(
      selected.map(async (check): Promise<PartialCheck> => {
        if (!check.shard) return { id: check.id, status: 'skipped', durationMs: 0, inputs: [], result: { status: 'skipped', findings: [], facts: {}, outputs: [], reason: RUNS_IN_MERGE } };
        let outcome: ShardOutcome | undefined;
        const budget = policy.timeouts[check.id] ?? policy.timeouts.default;
        const ran = await runOne(check, manifest, policy.sections[check.id], budget, opts, { now: run.now, policy: run.policyRef, upstream: {} }, async (ctx) => {
          outcome = await check.shard!.run(ctx, { shard: opts.shard, createPart: (name) => parts.create(check.id, name) });
          return { status: 'passed', findings: [], facts: {}, outputs: [] };
        });
        const optional = policy.optional.includes(check.id);
        const result: CheckResult = ran.result;
        if (result.status !== 'passed' || !outcome) {
          await parts.abortCheck(check.id);
          if (result.status === 'error' && !optional) errors.push(...result.findings.map((finding) => ({ check: check.id, finding })));
          return { id: check.id, status: result.status === 'error' ? 'error' : 'skipped', durationMs: ran.durationMs, inputs: [], result };
        }
        if (!optional) errors.push(...outcome.errors.map((finding) => ({ check: check.id, finding })));
        return { id: check.id, status: 'sharded', durationMs: ran.durationMs, inputs: outcome.inputs, state: outcome.state };
      }),
    );
    const identity = runIdentity(manifest, run.policyPath, run.policyFrom, selected);
    const partRefs = await parts.commit();
    const report: PartialReport = {
      kind: PARTIAL_KIND,
      schemaVersion: PARTIAL_SCHEMA_VERSION,
      tool: { name: 'modelgate', version: VERSION },
      shard: opts.shard,
      blockRecords: BLOCK_RECORDS,
      partBytes: PART_BYTES,
      manifest: identity.manifest,
      policy: identity.policy,
      selected: [...identity.selected],
      startedAt: run.started.toISOString(),
      durationMs: Math.round(performance.now() - t0),
      checks: entries,
      parts: partRefs,
    };
    writeFileAtomic(abs, `${JSON.stringify(report)}\n`);
    return { path: shownOutputPath(opts.workspace, abs), report, errors };
  } catch (e) {
    await parts.abort();
    throw e;
  }
}
