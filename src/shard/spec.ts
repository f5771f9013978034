// Which records a shard works on. Records are cut into fixed blocks of BLOCK_RECORDS consecutive
// records; block b belongs to shard (b mod n) + 1. Every shard reads every file (parsing is cheap next
// to detection, and it keeps record numbers, lines and block boundaries global and format-agnostic)
// but detects and aggregates only its own blocks. The block size does not depend on n, so a merge can
// replay the blocks in file order and reproduce a single run exactly.
import { ConfigError } from '../errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** Records per block: large enough that per-block state is small next to the records, small enough to balance n shards. */
export const BLOCK_RECORDS = 8192;
export const MAX_SHARDS = 256;

/** `i/n` as typed in an input or flag (`name` says which, for the message). */
export function parseShard(text: string, name: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new ConfigError(`${name}: expected i/n with 1 <= i <= n <= ${MAX_SHARDS} (for example 2/4), got "${text}"`);
  }
  return { index, count };
}

export const blockOf = (record: number): number => Math.floor(record / BLOCK_RECORDS);

/** The shard (1-based) that owns block `block` of a run cut into `count` shards. */
export const ownerOf = (block: number, count: number): number => (block % count) + 1;

export const ownsBlock = (shard: ShardSpec, block: number): boolean => ownerOf(block, shard.count) === shard.index;

/** Blocks of a table of `records` records. */
export const blockCount = (records: number): number => Math.ceil(records / BLOCK_RECORDS);

/** Where a shard job writes its partial report unless told otherwise. */
export const defaultPartialPath = (shard: ShardSpec): string => `.modelgate/partial-${shard.index}-of-${shard.count}.json`;

export const DEFAULT_PARTIALS = '.modelgate/partial-*.json';
