// Sharding front doors, loaded on demand: a shard job (`modelgate check --shard i/n`, action input
// `shard`) writes a partial report; a merge (`modelgate merge PARTIAL...`, action `merge: true`) hands
// the partial reports to the gate, which then runs and reports like any other run.
import type { Logger } from './check.js';
import { ConfigError, formatLocation } from './errors.js';
import { checkOutputPaths, type OutputHint } from './io/output-path.js';
import type { GateRunOptions } from './options.js';
import type { FetchedPolicy } from './policy/source.js';
import { loadPartials, type LoadedPartial } from './shard/partial.js';
import { RUNS_IN_MERGE, runShard } from './shard/run.js';
import { DEFAULT_PARTIALS, defaultPartialPath, parseShard } from './shard/spec.js';

export interface ShardJob {
  workspace: string;
  opts: GateRunOptions;
  /** The policy the front door read (a central policy, the base commit's file), when it did. */
  policyText?: FetchedPolicy | undefined;
  /** `i/n` as given, and how the user spelt the option (for messages). */
  shard: string;
  shardName: string;
  partial?: string | undefined;
  /** How the user spells the partial option, and the fix a message about its path suggests. */
  partialName: string;
  hint: OutputHint;
  logger: Logger;
  /** One line per error (a check that could not do its share). */
  error(message: string): void;
}

/** Runs a shard job: 0 when its partial report is written and every share was done, 2 otherwise. */
export async function shardJob(job: ShardJob): Promise<{ code: number; path: string }> {
  const shard = parseShard(job.shard, job.shardName);
  const { opts } = job;
  const partial = job.partial || defaultPartialPath(shard);
  checkOutputPaths(job.workspace, { partial }, { partial: job.partialName }, job.hint);
  const result = await runShard({
    workspace: job.workspace,
    manifest: opts.manifest,
    ...(opts.policy ? { policy: opts.policy } : {}),
    ...(job.policyText ? { policyText: job.policyText } : {}),
    ...(opts.checks ? { checks: opts.checks } : {}),
    logger: job.logger,
    shard,
    partial,
  });
  for (const c of result.report.checks) {
    const what = c.status === 'sharded' ? `share done in ${c.durationMs} ms` : c.result?.reason === RUNS_IN_MERGE ? RUNS_IN_MERGE : `${c.status}${c.result?.reason ? `: ${c.result.reason}` : ''}`;
    job.logger.info(`shard ${shard.index}/${shard.count}: ${c.id}: ${what}`);
  }
  job.logger.info(`shard ${shard.index}/${shard.count}: partial report written to ${result.path} (verdict at the merge: modelgate merge)`);
  for (const { check, finding } of result.errors) job.error(`${check}: ${finding.location?.line ? `${formatLocation(finding.location)}: ` : ''}${finding.message}`);
  return { code: result.errors.length > 0 ? 2 : 0, path: result.path };
}

/** The report files and side outputs a shard job does not write (the merge does): refused on the command line. */
export function refuseReportFlags(opts: GateRunOptions, names: Partial<Record<keyof GateRunOptions, string>>): void {
  for (const [key, flag] of Object.entries(names)) {
    if (opts[key as keyof GateRunOptions] !== undefined) throw new ConfigError(`${flag} is written by the merge (modelgate merge), not by a shard job (--shard)`);
  }
}

/** The partial reports to merge: the given paths or globs, default .modelgate/partial-*.json. */
export function partialsFor(workspace: string, patterns: readonly string[]): LoadedPartial[] {
  return loadPartials(workspace, patterns.length > 0 ? patterns : [DEFAULT_PARTIALS]);
}
