// One streaming pass over the predictions: every row lands in a cell (one value per sensitive
// feature) as weighted confusion counts. Everything after this — groups, intersections, the
// bootstrap — works on the cells, never on the rows again, so 10 M rows cost one read.
import { ConfigError } from '../../src/errors.js';
import { openTable, type CsvOptions, type TabularFormat } from '../../src/io/tabular/index.js';
import type { Location } from '../../src/report/model.js';
import { canonicalLabel, groupValue, numeric, show } from './values.js';

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
  /** Missing sensitive values become this group; undefined: an error. */
  missingGroup?: string;
  /** Where each column is named in the manifest, for "no such column" errors. */
  where: (key: 'label' | 'prediction' | 'score' | 'weight' | 'sensitiveFeatures', index?: number) => Location;
  signal?: AbortSignal;
}

/** Values a feature may take before it is more likely an identifier than a group. */
export const MAX_GROUPS_PER_FEATURE = 10_000;

export async function aggregate(spec: AggregateSpec): Promise<Aggregate> {
  const wanted = [spec.label, spec.prediction, spec.score, spec.weight, ...spec.features].filter((c): c is string => c !== undefined);
  const table = await openTable(spec.absPath, {
    display: spec.display,
    ...(spec.format ? { format: spec.format } : {}),
    ...(spec.csv ? { csv: spec.csv } : {}),
    columns: wanted,
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
  const cells = new Map<number | string, Cell>();
  // Up to 3 features with < 2^16 values each pack into one exact double; beyond, a string key.
  const numericKey = F <= 3;
  const labelCache = new Map<unknown, number>();
  const predCache = new Map<unknown, number>();
  let rows = 0;

  let idx: number[] = [];
  let seenColumns: readonly string[] | undefined;
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
    const iFeat = restIdx.slice(k);
    const codes = new Array<number>(F);
    let r = 0;
    const at = (field: string): Location => ({
      file: spec.display,
      record: batch.start + r,
      field,
      ...(batch.lines ? { line: batch.lines[r]! } : {}),
    });
    for (; r < batch.rows.length; r++) {
      const row = batch.rows[r]!;
      const label = labelCache.get(row[iLabel!]) ?? classify(row[iLabel!], labelCache, spec, 'label', at(spec.label));
      let pred: number;
      if (iScore >= 0) {
        const s = numeric(row[iScore]);
        if (s === undefined) throw new ConfigError(`score ${show(row[iScore])} is not a number`, at(spec.score!));
        pred = s >= spec.threshold! ? 1 : 0;
      } else pred = predCache.get(row[iPred]) ?? classify(row[iPred], predCache, spec, 'prediction', at(spec.prediction!));
      let w = 1;
      if (iWeight >= 0) {
        const x = numeric(row[iWeight]);
        if (x === undefined || x < 0) throw new ConfigError(`weight ${show(row[iWeight])} is not a non-negative number`, at(spec.weight!));
        w = x;
      }
      let key: number | string = 0;
      let mul = 1;
      for (let f = 0; f < F; f++) {
        let v = groupValue(row[iFeat[f]!]);
        if (v === undefined) {
          if (spec.missingGroup === undefined) {
            throw new ConfigError(
              `sensitive feature ${JSON.stringify(spec.features[f])} is missing (empty, null or NaN); set the policy's bias.missingSensitive to "group" to evaluate missing values as their own group`,
              at(spec.features[f]!),
            );
          }
          v = spec.missingGroup;
        }
        let c = codeOf[f]!.get(v);
        if (c === undefined) {
          c = values[f]!.length;
          if (c >= MAX_GROUPS_PER_FEATURE) {
            throw new ConfigError(`sensitive feature ${JSON.stringify(spec.features[f])} has more than ${MAX_GROUPS_PER_FEATURE} distinct values; is it an identifier?`, at(spec.features[f]!));
          }
          codeOf[f]!.set(v, c);
          values[f]!.push(v);
        }
        codes[f] = c;
        if (numericKey) {
          key = (key as number) + c * mul;
          mul *= 65536;
        }
      }
      if (!numericKey) key = codes.join(',');
      let cell = cells.get(key);
      if (!cell) {
        cell = { codes: codes.slice(), n: [0, 0, 0, 0], w: [0, 0, 0, 0] };
        cells.set(key, cell);
      }
      const o = label * 2 + pred;
      cell.n[o] = cell.n[o]! + 1;
      cell.w[o] = cell.w[o]! + w;
      rows++;
    }
  }
  if (rows === 0) throw new ConfigError('no records: the predictions file has a header but no data rows', { file: spec.display });
  return { rows, features: spec.features, values, cells: [...cells.values()], weighted: spec.weight !== undefined };
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
      `${what} ${show(v)} is neither a positive label (${[...spec.positive].join(', ')}) nor a negative one (${[...spec.negative].join(', ')})`,
      at,
    );
  }
  if (cache.size < 1000) cache.set(v, out);
  return out;
}
