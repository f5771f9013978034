// Merge mode of the gate: a sharded check's result is made from the shards' states (Check.shard.merge)
// instead of from the data; every other check runs live in the merge job. Loaded only when merging.
import { readFileSync } from 'node:fs';
import type { Check, CheckContext, CheckResult, LoadedManifest } from '../check.js';
import { ConfigError } from '../errors.js';
import { sha256Hex } from '../io/hash.js';
import type { PolicySource } from '../report/model.js';
import { earliestError, entriesOf, type LoadedPartial, type RunIdentity } from './partial.js';
import { readPart } from './parts.js';

export { checkPartials } from './partial.js';

/** The inputs a shard job and its merge must share: manifest and policy bytes, the check selection. */
export function runIdentity(manifest: LoadedManifest, policyPath: string, policy: PolicySource, selected: readonly Check[]): RunIdentity {
  return {
    manifest: { path: manifest.path, sha256: sha256Hex(readFileSync(manifest.absPath)) },
    // The digest of the bytes the gate read: a central policy or the base commit's file has no workspace copy.
    policy: { path: policyPath, sha256: policy.origin === 'baseline' ? null : policy.sha256 },
    selected: selected.map((c) => c.id),
  };
}

/** The work that stands in for `check.run` in a merge job. */
export function mergeWork(check: Check, partials: readonly LoadedPartial[]): (ctx: CheckContext<unknown>) => Promise<CheckResult> {
  return async (ctx) => {
    const entries = entriesOf(partials, check.id);
    // A shard that could not do its work fails the merge closed, with the error a single run meets first.
    const failed = earliestError(entries.filter((e) => e.entry.status === 'error').map((e) => e.entry.result as CheckResult));
    if (failed) return failed;
    if (entries.every((e) => e.entry.status === 'skipped')) return entries[0]!.entry.result as CheckResult;
    const odd = entries.find((e) => e.entry.status !== 'sharded');
    if (odd) throw new ConfigError(`shards disagree on check "${check.id}": ${odd.entry.status} here, sharded elsewhere`, { file: odd.partial.path });
    return check.shard!.merge(ctx, {
      count: entries.length,
      states: entries.map((e) => e.entry.state),
      openPart: async (index, name) => {
        const e = entries[index - 1];
        const ref = e?.parts.find((p) => p.name === name);
        if (!e || !ref) throw new ConfigError(`partial report lists no part "${name}" of check "${check.id}"`, { file: e?.partial.path ?? 'partials' });
        return readPart(ctx.workspace, e.partial.path, ref);
      },
    });
  };
}
