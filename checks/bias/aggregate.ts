// One streaming pass over the predictions: every row lands in a cell (one value per sensitive
// feature) as weighted confusion counts. Everything after this — groups, intersections, the
// bootstrap — works on the cells, never on the rows again, so 10 M rows cost one read.
// Sums are kept per block of BLOCK_RECORDS records and added to the totals block by block: a run split
// across shards (src/shard/) adds the very same block sums in the same order, so weighted totals come
// out identical to the last bit.
import { ConfigError } from '../../src/errors.js';
import { maskedValue } from '../../src/io/masked-value.js';
import { openTable, type CsvOptions, type TabularFormat, type TabularLimits } from '../../src/io/tabular/index.js';
import type { Location } from '../../src/report/model.js';
import { BLOCK_RECORDS, blockOf, ownsBlock, type ShardSpec } from '../../src/shard/spec.js';
import { canonicalLabel, groupValue, numeric } from './values.js';

export interface Cell {
  /** Value code per sensitive feature (index into Aggregate.values[f]). */
  codes: number[];
  /** Row counts per confusion cell [tn, fp, fn, tp]. */
  n: [number, number, number, number];
  /** Weight sums per confusion cell (equal to `n` without a weight column). */
  w: [number, number, number, number];
}

export interface Aggregate {
  rows: number;
  features: string[];
  /** Distinct values per feature, by code. */
  values: string[][];
  cells: Cell[];
  weighted: boolean;
}

/** One block of a shard's share: its cells in order of first appearance, `[codes…, n×4, w×4]` each. */
export interface BlockCells {
  block: number;
  cells: number[];
}

/** What a shard aggregates: its blocks only, with its own value codes. */
export interface ShardAggregate extends Aggregate {
  /** Records in the whole file (every shard reads it all). */
  records: number;
  blocks: BlockCells[];
}

export interface AggregateSpec {
  absPath: string;
  display: string;
  format?: TabularFormat;
  csv?: CsvOptions;
  label: string;
  prediction?: string;
  score?: string;
  threshold?: number;
  positive: ReadonlySet<string>;
  /** Declared negatives; undefined: any other present value is negative. */
  negative?: ReadonlySet<string>;
  features: string[];
  weight?: string;
  /** Bounds of the reader (policy `bias.tableLimits`). */
  limits?: TabularLimits;
  /** Missing sensitive values become this group; undefined: an error. */
  missingGroup?: string;
  /** Where each column is named in the manifest, for "no such column" errors. */
  where: (key: 'label' | 'prediction' | 'score' | 'weight' | 'sensitiveFeatures', index?: number) => Location;
  signal?: AbortSignal;
}

/** Values a feature may take before it is more likely an identifier than a group. */
export const MAX_GROUPS_PER_FEATURE = 10_000;

export async function aggregate(spec: AggregateSpec): Promise<Aggregate> {
  const agg = await aggregateBlocks(spec);
  if (agg.rows === 0) throw new ConfigError('no records: the predictions file has a header but no data rows', { file: spec.display });
  return agg;
}

/** A shard's share: the rows of its blocks, with each block's cells kept apart for the merge. */
export async function aggregateShard(spec: AggregateSpec, shard: ShardSpec): Promise<ShardAggregate> {
  const blocks: BlockCells[] = [];
  const agg = await aggregateBlocks(spec, shard, (block, cells) => blocks.push({ block, cells }));
  return { ...agg, blocks };
}

async function aggregateBlocks(spec: AggregateSpec, shard?: ShardSpec, onBlock?: (block: number, cells: number[]) => void): Promise<Aggregate & { records: number }> {
  const wanted = [spec.label, spec.prediction, spec.score, spec.weight, ...spec.features].filter((c): c is string => c !== undefined);
  const table = await openTable(spec.absPath, {
    display: spec.display,
    ...(spec.format ? { format: spec.format } : {}),
    ...(spec.csv ? { csv: spec.csv } : {}),
    columns: wanted,
    ...(spec.limits ? { limits: spec.limits } : {}),
    ...(spec.signal ? { signal: spec.signal } : {}),
  });
  const need = (col: string, loc: Location): void => {
    if (table.columns.includes(col)) return;
    const list = table.columns.slice(0, 40).map((c) => JSON.stringify(c)).join(', ') + (table.columns.length > 40 ? ', …' : '');
    throw new ConfigError(`column ${JSON.stringify(col)} is not in ${spec.display}; available columns: ${list}`, loc);
  };
  need(spec.label, spec.where('label'));
  if (spec.prediction) need(spec.prediction, spec.where('prediction'));
  if (spec.score) need(spec.score, spec.where('score'));
  if (spec.weight) need(spec.weight, spec.where('weight'));
  spec.features.forEach((f, i) => need(f, spec.where('sensitiveFeatures', i)));

  const F = spec.features.length;
  const codeOf = spec.features.map(() => new Map<string, number>());
  const values: string[][] = spec.features.map(() => []);
  // Raw cell value (CSV text, JSON or Parquet scalar) → value code, so the hot loop does one map
  // look-up per feature and nothing else; the group value is a pure function of the raw value.
  const rawCode = spec.features.map(() => new Map<unknown, number>());
  const cellsOf = new CellIndex(F);
  const labelCache = new Map<unknown, number>();
  const predCache = new Map<unknown, number>();
  let rows = 0;
  let records = 0;

  const codeFor = (f: number, raw: unknown, at: () => Location): number => {
    let v = groupValue(raw);
    if (v === undefined) {
      if (spec.missingGroup === undefined) {
        throw new ConfigError(
          `sensitive feature ${JSON.stringify(spec.features[f])} is missing (empty, null or NaN); set the policy's bias.missingSensitive to "group" to evaluate missing values as their own group`,
          at(),
        );
      }
      v = spec.missingGroup;
    }
    let c = codeOf[f]!.get(v);
    if (c === undefined) {
      c = values[f]!.length;
      if (c >= MAX_GROUPS_PER_FEATURE) {
        throw new ConfigError(`sensitive feature ${JSON.stringify(spec.features[f])} has more than ${MAX_GROUPS_PER_FEATURE} distinct values; is it an identifier?`, at());
      }
      codeOf[f]!.set(v, c);
      values[f]!.push(v);
    }
    if ((raw === null || typeof raw !== 'object') && rawCode[f]!.size < 4 * MAX_GROUPS_PER_FEATURE) rawCode[f]!.set(raw, c);
    return c;
  };

  let idx: number[] = [];
  let seenColumns: readonly string[] | undefined;
  const codes = new Int32Array(F);
  let block = 0;
  let blockEnd = BLOCK_RECORDS;
  let owned = !shard || ownsBlock(shard, 0);
  for await (const batch of table.batches) {
    if (batch.columns !== seenColumns) {
      seenColumns = batch.columns;
      idx = wanted.map((c) => batch.columns.indexOf(c));
    }
    const [iLabel, ...restIdx] = idx;
    let k = 0;
    const iPred = spec.prediction ? restIdx[k++]! : -1;
    const iScore = spec.score ? restIdx[k++]! : -1;
    const iWeight = spec.weight ? restIdx[k++]! : -1;
    const iFeat = Int32Array.from(restIdx.slice(k));
    let r = 0;
    const at = (field: string): Location => ({
      file: spec.display,
      record: batch.start + r,
      field,
      ...(batch.lines ? { line: batch.lines[r]! } : {}),
    });
    const rowsOf = batch.rows;
    for (; r < rowsOf.length; r++) {
      if (batch.start + r >= blockEnd) {
        cellsOf.endBlock(owned ? (cells) => onBlock?.(block, cells) : undefined);
        block = blockOf(batch.start + r);
        blockEnd = (block + 1) * BLOCK_RECORDS;
        owned = !shard || ownsBlock(shard, block);
      }
      if (!owned) continue;
      const row = rowsOf[r]!;
      const rawLabel = row[iLabel!];
      const label = labelCache.get(rawLabel) ?? classify(rawLabel, labelCache, spec, 'label', at(spec.label));
      let pred: number;
      if (iScore >= 0) {
        const s = numeric(row[iScore]);
        if (s === undefined) throw new ConfigError(`the score (${maskedValue(row[iScore])}) is not a number`, at(spec.score!));
        pred = s >= spec.threshold! ? 1 : 0;
      } else {
        const rawPred = row[iPred];
        pred = predCache.get(rawPred) ?? classify(rawPred, predCache, spec, 'prediction', at(spec.prediction!));
      }
      let w = 1;
      if (iWeight >= 0) {
        const x = numeric(row[iWeight]);
        if (x === undefined || x < 0) throw new ConfigError(x === undefined ? `the weight (${maskedValue(row[iWeight])}) is not a number` : 'the weight is negative', at(spec.weight!));
        w = x;
      }
      for (let f = 0; f < F; f++) {
        const raw = row[iFeat[f]!];
        codes[f] = rawCode[f]!.get(raw) ?? codeFor(f, raw, () => at(spec.features[f]!));
      }
      cellsOf.add(codes, label * 2 + pred, w);
      rows++;
    }
    records = batch.start + rowsOf.length;
  }
  cellsOf.endBlock(owned ? (cells) => onBlock?.(block, cells) : undefined);
  return { rows, records, features: spec.features, values, cells: cellsOf.cells(), weighted: spec.weight !== undefined };
}

/** 1 positive, 0 negative; anything else is an error naming the record. Callers look in the cache first (the hot path). */
function classify(v: unknown, cache: Map<unknown, number>, spec: AggregateSpec, what: 'label' | 'prediction', at: Location): number {
  const c = canonicalLabel(v);
  if (c === undefined) throw new ConfigError(`${what} is missing`, at);
  let out: number;
  if (spec.positive.has(c)) out = 1;
  else if (!spec.negative || spec.negative.has(c)) out = 0;
  else {
    throw new ConfigError(
      `the ${what} (${maskedValue(v)}) is neither a positive label (${[...spec.positive].join(', ')}) nor a negative one (${[...spec.negative].join(', ')})`,
      at,
    );
  }
  if (cache.size < 1000) cache.set(v, out);
  return out;
}

/**
 * Cells by their value codes, numbered in order of first appearance, with confusion counts and
 * weight sums in typed arrays. While the product of the features' code capacities is small the
 * look-up is a dense table (no hashing, no allocation per row); past that, a map keyed by the codes.
 */
class CellIndex {
  /** Totals of the blocks ended so far. */
  private n = new Float64Array(64 * 4);
  private w = new Float64Array(64 * 4);
  /** Sums of the current block, and its cells in order of first appearance in it. */
  private bn = new Float64Array(64 * 4);
  private bw = new Float64Array(64 * 4);
  private inBlock = new Uint8Array(64);
  private touched: number[] = [];
  private codeList: number[] = [];
  private count = 0;
  /** Capacity per feature (a power of two); the dense slot of codes c is Σ c[f] · Π_{g<f} cap[g]. */
  private cap: number[];
  private dense: Int32Array | undefined;
  private map: Map<number | string, number> | undefined;

  constructor(private readonly F: number) {
    this.cap = new Array<number>(F).fill(8);
    if (8 ** F <= 1 << 20) this.dense = new Int32Array(8 ** F).fill(-1);
    else this.map = new Map();
  }

  add(codes: Int32Array, o: number, weight: number): void {
    const F = this.F;
    let cell = -1;
    const dense = this.dense;
    if (dense) {
      let slot = 0;
      let mul = 1;
      let fits = true;
      for (let f = 0; f < F; f++) {
        const c = codes[f]!;
        const cap = this.cap[f]!;
        if (c >= cap) fits = false;
        slot += c * mul;
        mul *= cap;
      }
      if (fits) cell = dense[slot]!;
      else return this.grow(codes, o, weight);
      if (cell < 0) {
        cell = this.create(codes);
        dense[slot] = cell;
      }
    } else {
      const key = this.keyOf(codes);
      const found = this.map!.get(key);
      if (found === undefined) {
        cell = this.create(codes);
        this.map!.set(key, cell);
      } else cell = found;
    }
    if (this.inBlock[cell] === 0) {
      this.inBlock[cell] = 1;
      this.touched.push(cell);
    }
    const i = cell * 4 + o;
    this.bn[i]! += 1;
    this.bw[i]! += weight;
  }

  /** Adds the block's sums to the totals; `emit` gets them as BlockCells.cells. */
  endBlock(emit?: (cells: number[]) => void): void {
    const F = this.F;
    const out: number[] | undefined = emit ? [] : undefined;
    for (const c of this.touched) {
      const i = c * 4;
      if (out) {
        for (let f = 0; f < F; f++) out.push(this.codeList[c * F + f]!);
        out.push(this.bn[i]!, this.bn[i + 1]!, this.bn[i + 2]!, this.bn[i + 3]!, this.bw[i]!, this.bw[i + 1]!, this.bw[i + 2]!, this.bw[i + 3]!);
      }
      for (let k = i; k < i + 4; k++) {
        this.n[k]! += this.bn[k]!;
        this.w[k]! += this.bw[k]!;
        this.bn[k] = 0;
        this.bw[k] = 0;
      }
      this.inBlock[c] = 0;
    }
    this.touched = [];
    if (out && out.length > 0) emit!(out);
  }

  cells(): Cell[] {
    const F = this.F;
    const out: Cell[] = [];
    for (let c = 0; c < this.count; c++) {
      const i = c * 4;
      out.push({
        codes: this.codeList.slice(c * F, c * F + F),
        n: [this.n[i]!, this.n[i + 1]!, this.n[i + 2]!, this.n[i + 3]!],
        w: [this.w[i]!, this.w[i + 1]!, this.w[i + 2]!, this.w[i + 3]!],
      });
    }
    return out;
  }

  /** Up to 3 features with < 2^16 values each pack into one exact double; beyond, a string key. */
  private keyOf(codes: Int32Array): number | string {
    if (this.F > 3) return codes.join(',');
    let key = 0;
    let mul = 1;
    for (let f = 0; f < this.F; f++) {
      key += codes[f]! * mul;
      mul *= 65536;
    }
    return key;
  }

  private create(codes: Int32Array): number {
    const cell = this.count++;
    for (let f = 0; f < this.F; f++) this.codeList.push(codes[f]!);
    if (this.count * 4 > this.n.length) {
      const twice = <A extends Float64Array | Uint8Array>(a: A): A => {
        const b = new (a.constructor as new (n: number) => A)(a.length * 2);
        b.set(a);
        return b;
      };
      this.n = twice(this.n);
      this.w = twice(this.w);
      this.bn = twice(this.bn);
      this.bw = twice(this.bw);
      this.inBlock = twice(this.inBlock);
    }
    return cell;
  }

  /** A code beyond its feature's capacity: widen the dense table, or move to the map when it would be too large. */
  private grow(codes: Int32Array, o: number, weight: number): void {
    for (let f = 0; f < this.F; f++) while (codes[f]! >= this.cap[f]!) this.cap[f]! *= 2;
    const size = this.cap.reduce((p, c) => p * c, 1);
    if (size <= 1 << 20) {
      this.dense = new Int32Array(size).fill(-1);
      for (let c = 0; c < this.count; c++) {
        let slot = 0;
        let mul = 1;
        for (let f = 0; f < this.F; f++) {
          slot += this.codeList[c * this.F + f]! * mul;
          mul *= this.cap[f]!;
        }
        this.dense[slot] = c;
      }
    } else {
      this.dense = undefined;
      this.map = new Map();
      const one = new Int32Array(this.F);
      for (let c = 0; c < this.count; c++) {
        for (let f = 0; f < this.F; f++) one[f] = this.codeList[c * this.F + f]!;
        this.map.set(this.keyOf(one), c);
      }
    }
    this.add(codes, o, weight);
  }
}
