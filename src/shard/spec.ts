// Which records a shard works on. CSV/TSV files with a header are cut into parts of about PART_BYTES
// bytes, each ending at a record boundary; part k belongs to shard (k mod n) + 1. A shard
// runs only the cheap boundary scan over the parts of others and parses and scans its own. Other
// formats (JSON Lines, Parquet, CSV without a header) and the bias check cut records into blocks of
// BLOCK_RECORDS; block b belongs to shard (b mod n) + 1, and every shard reads every record (parsing
// them is the only way to count them). Neither size depends on n, and the cuts depend only on the
// file: the merge replays the parts or blocks in file order and reproduces a single run exactly.
import { ConfigError } from '../errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** Records per block: large enough that per-block state is small next to the records, small enough to balance n shards. */
export const BLOCK_RECORDS = 8192;
/** Bytes of CSV per part (the worker-thread part size of the pii check): the cut points follow from it. */
export const PART_BYTES = 1 << 20;
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

/** The shard (1-based) that owns block or part `unit` of a run cut into `count` shards. */
export const ownerOf = (unit: number, count: number): number => (unit % count) + 1;

export const ownsBlock = (shard: ShardSpec, block: number): boolean => ownerOf(block, shard.count) === shard.index;

/** Blocks of a table of `records` records. */
export const blockCount = (records: number): number => Math.ceil(records / BLOCK_RECORDS);

/** Where a shard job writes its partial report unless told otherwise. */
export const defaultPartialPath = (shard: ShardSpec): string => `.modelgate/partial-${shard.index}-of-${shard.count}.json`;

export const DEFAULT_PARTIALS = '.modelgate/partial-*.json';
