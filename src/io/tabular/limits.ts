// Bounds of the tabular readers: columns per table, bytes per record and per cell. A hostile file
// (10,000 columns in 98 KB, 128 MiB without a line break) ends in a one-line error naming the file and
// the line or record, checked while streaming and before the cost: a reader never holds more than one
// record over its limit, and the columns are refused before any per-column state is built.
import { ConfigError } from '../../errors.js';
import type { Location } from '../../report/model.js';

export interface TabularLimits {
  /** Columns of a table at most (its header, a JSON Lines record's keys, a Parquet schema). */
  columns: number;
  /** Bytes of one record at most (a CSV record, a JSON Lines line), counted as UTF-8. */
  recordBytes: number;
  /** Bytes of one cell (field value) at most, counted as UTF-8. */
  cellBytes: number;
}

export const DEFAULT_LIMITS: Readonly<TabularLimits> = Object.freeze({
  columns: 2000,
  recordBytes: 32 * 1024 * 1024,
  cellBytes: 16 * 1024 * 1024,
});

/** The limits in force: the defaults, overridden by those given. */
export function limitsOf(given?: Partial<TabularLimits>): TabularLimits {
  return { ...DEFAULT_LIMITS, ...given };
}

/** "16 MiB", "1 KiB" or "1500 bytes": how a limit reads in a message. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [
    ['GiB', 1 << 30],
    ['MiB', 1 << 20],
    ['KiB', 1 << 10],
  ] as const) {
    if (n >= size && n % size === 0) return `${n / size} ${unit}`;
  }
  return `${n} bytes`;
}

/** Throws when a table has more columns than the limit (before any per-column work). */
export function checkColumns(count: number, limits: TabularLimits, at: Location): void {
  if (count > limits.columns) {
    throw new ConfigError(`${count.toLocaleString('en-US')} columns exceed the limit of ${limits.columns.toLocaleString('en-US')} columns per table (tableLimits.columns in the policy)`, at);
  }
}

/** Where a record is: its first line, or its 1-based number where the format has no lines (Parquet). */
export type RecordPlace = Location | { file: string; nth: number };

function located(detail: string, at: RecordPlace): ConfigError {
  return 'nth' in at ? new ConfigError(`record ${at.nth}: ${detail}`, { file: at.file }) : new ConfigError(detail, at);
}

/** The error of a record over the byte limit. */
export function recordTooLarge(limits: TabularLimits, at: RecordPlace, what = 'record'): ConfigError {
  return located(`${what} exceeds the limit of ${formatBytes(limits.recordBytes)} per record (tableLimits.recordBytes in the policy)`, at);
}

/** The error of a cell over the byte limit: names its column by position (a name may be hostile or long). */
export function cellTooLarge(limits: TabularLimits, at: RecordPlace, column: number): ConfigError {
  return located(`the value of column ${column} exceeds the limit of ${formatBytes(limits.cellBytes)} per cell (tableLimits.cellBytes in the policy)`, at);
}

/**
 * Whether `text` is longer than `limit` bytes in UTF-8, cheaply when the answer is plain from its
 * length: a UTF-16 code unit is 1 to 3 bytes (a surrogate pair, 2 units, is 4).
 */
export function overBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text, 'utf8') > limit;
}

/**
 * Throws when a record (its fields, counted as UTF-8 with one delimiter between two) or one of its
 * cells is over the limits. Cheap when the lengths make the answer plain; `at` is built on failure only.
 */
export function checkRecord(row: readonly unknown[], limits: TabularLimits, at: () => RecordPlace): void {
  let units = 0;
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    const n = typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.byteLength : 0;
    units += n + 1;
    if (n * 3 > limits.cellBytes && cellBytes(v) > limits.cellBytes) throw cellTooLarge(limits, at(), j + 1);
  }
  if (units * 3 <= limits.recordBytes) return;
  let bytes = row.length - 1;
  for (const v of row) bytes += cellBytes(v);
  if (bytes > limits.recordBytes) throw recordTooLarge(limits, at());
}

function cellBytes(v: unknown): number {
  return typeof v === 'string' ? Buffer.byteLength(v, 'utf8') : v instanceof Uint8Array ? v.byteLength : 0;
}
