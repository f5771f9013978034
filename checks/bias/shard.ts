// The bias check split across the jobs of a matrix (src/shard/). A shard aggregates the rows of its
// blocks and keeps each block's cells apart ([codes…, n×4, w×4], in order of first appearance, with the
// shard's own value codes). The merge replays the blocks in file order: values and cells get their
// codes in order of first appearance in the file, and block sums are added to the totals in the order a
// single run adds them (aggregate.ts), so the merged aggregate, and everything computed from it (groups,
// bootstrap intervals from the seeded generator, limits), equals a single run's.
import { z } from 'zod';
import type { CheckContext, CheckResult, ShardMerge, ShardOutcome, ShardRun, ShardSupport } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { sha256File } from '../../src/io/hash.js';
import { blockCount, ownerOf } from '../../src/shard/spec.js';
import { aggregateShard, MAX_GROUPS_PER_FEATURE, type Aggregate, type Cell } from './aggregate.js';
import type { BiasConfig } from './config.js';
import type { BiasFacts } from './facts.js';
import { conclude, NO_EVALUATION, prepare } from './run.js';

const stateSchema = z.strictObject({
  predictions: z.string(),
  records: z.number(),
  rows: z.number(),
  /** The shard's value codes: values[f][code]. */
  values: z.array(z.array(z.string())),
  blocks: z.array(z.strictObject({ block: z.number(), cells: z.array(z.number()) })),
});
type State = z.infer<typeof stateSchema>;

export const shard: ShardSupport<BiasConfig, BiasFacts> = { run: shardRun, merge: shardMerge };

async function shardRun(ctx: CheckContext<BiasConfig>, run: ShardRun): Promise<ShardOutcome> {
  const p = prepare(ctx);
  if (!p) return { state: null, inputs: [], errors: [] };
  const digest = await sha256File(p.spec.absPath, ctx.signal).catch(() => undefined);
  const agg = await aggregateShard(p.spec, run.shard);
  ctx.logger.info(`bias: shard ${run.shard.index}/${run.shard.count} aggregated ${agg.rows} of ${agg.records} rows`);
  const state: State = { predictions: p.display, records: agg.records, rows: agg.rows, values: agg.values, blocks: agg.blocks };
  return { state, inputs: digest ? [{ path: p.display, sha256: digest.sha256 }] : [], errors: [] };
}

async function shardMerge(ctx: CheckContext<BiasConfig>, m: ShardMerge): Promise<CheckResult<BiasFacts>> {
  const started = performance.now();
  const p = prepare(ctx);
  if (!p) return NO_EVALUATION;
  const states = m.states.map((s, i) => {
    const r = stateSchema.safeParse(s);
    if (!r.success) throw new ConfigError(`the bias state of shard ${i + 1}/${m.count} is malformed: ${r.error.issues[0]!.message}`);
    if (r.data.predictions !== p.display || r.data.records !== (m.states[0] as State).records) throw new ConfigError(`shard ${i + 1}/${m.count} read other predictions than shard 1`, { file: p.display });
    return r.data;
  });
  return conclude(ctx, p, mergeAggregates(states, m.count, p.spec.features, p.spec.weight !== undefined, p.display), started);
}

/** The aggregate of every row from the shards' blocks, as aggregate() builds it in one pass. */
export function mergeAggregates(states: readonly State[], count: number, features: string[], weighted: boolean, display: string): Aggregate {
  const F = features.length;
  const stride = F + 8;
  const codeOf = features.map(() => new Map<string, number>());
  const values: string[][] = features.map(() => []);
  const cellOf = new Map<string, number>();
  const cells: Cell[] = [];
  const next = states.map(() => 0);
  const codes: number[] = new Array<number>(F);
  for (let b = 0; b < blockCount(states[0]!.records); b++) {
    const s = ownerOf(b, count) - 1;
    const state = states[s]!;
    const blk = state.blocks[next[s]!++];
    if (blk?.block !== b) throw new ConfigError(`shard ${s + 1}/${count} has no state for block ${b} of the predictions`, { file: display });
    for (let i = 0; i + stride <= blk.cells.length; i += stride) {
      for (let f = 0; f < F; f++) {
        const v = state.values[f]?.[blk.cells[i + f]!];
        if (v === undefined) throw new ConfigError(`shard ${s + 1}/${count} names a value code it does not define`, { file: display });
        let c = codeOf[f]!.get(v);
        if (c === undefined) {
          c = values[f]!.length;
          if (c >= MAX_GROUPS_PER_FEATURE) throw new ConfigError(`sensitive feature ${JSON.stringify(features[f])} has more than ${MAX_GROUPS_PER_FEATURE} distinct values; is it an identifier?`, { file: display });
          codeOf[f]!.set(v, c);
          values[f]!.push(v);
        }
        codes[f] = c;
      }
      const key = codes.join(',');
      let cell = cellOf.get(key);
      if (cell === undefined) {
        cell = cells.length;
        cellOf.set(key, cell);
        cells.push({ codes: [...codes], n: [0, 0, 0, 0], w: [0, 0, 0, 0] });
      }
      const into = cells[cell]!;
      for (let k = 0; k < 4; k++) {
        into.n[k]! += blk.cells[i + F + k]!;
        into.w[k]! += blk.cells[i + F + 4 + k]!;
      }
    }
  }
  if (states.some((st, s) => st.blocks.length !== next[s])) throw new ConfigError('a shard holds blocks beyond the end of the predictions', { file: display });
  const rows = states.reduce((a, st) => a + st.rows, 0);
  if (rows === 0) throw new ConfigError('no records: the predictions file has a header but no data rows', { file: display });
  return { rows, features, values, cells, weighted };
}
