// Shared shapes of the streaming tabular readers (CSV/TSV, JSON Lines, Parquet).
import type { TabularLimits } from './limits.js';

export type TabularFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/**
 * The column of a JSON Lines table read with `otherKeys`: the keys of a record that are not among the
 * first record's (an object, or undefined when none). Writers put them back (tabular-write jsonLine).
 */
export const OTHER_KEYS = '(other keys)';

export interface CsvOptions {
  /** Field separator; default "," (csv) or "\t" (tsv). */
  delimiter?: string;
  /** Quote character; default '"'. */
  quote?: string;
  /** First record names the columns (default true); otherwise columns are named "1", "2", … */
  header?: boolean;
  /** Text encoding when the file has no byte-order mark (default utf8). A BOM (UTF-8, UTF-16 LE/BE) wins. */
  encoding?: 'utf8' | 'utf16le' | 'latin1';
}

export interface OpenOptions {
  /** How messages name the file (workspace-relative path). */
  display: string;
  /** Overrides detection from the extension. */
  format?: TabularFormat;
  /** Gzip-compressed; default: the name ends in ".gz". */
  gzip?: boolean;
  csv?: CsvOptions;
  /** Read only these columns (Parquet reads nothing else; others still parse every field). */
  columns?: readonly string[];
  /** JSON Lines: one more column, OTHER_KEYS, with the keys later records add (see jsonl.ts). */
  otherKeys?: boolean;
  /** Records per batch (default 1024). */
  batchSize?: number;
  /** Columns, bytes per record and per cell at most (default DEFAULT_LIMITS); over them, a ConfigError. */
  limits?: TabularLimits;
  signal?: AbortSignal;
}

/** A run of consecutive records. `rows[i][j]` is the value of `columns[j]` in record `start + i`. */
export interface RecordBatch {
  /** 0-based index of the first record (data rows after the header; JSON Lines records). */
  start: number;
  /** Column names the row arrays are aligned to (the same array instance for every batch of a table). */
  columns: readonly string[];
  rows: unknown[][];
  /** 1-based source line where each record ends (CSV, JSON Lines), for messages. */
  lines?: number[];
}

export interface Table {
  format: TabularFormat;
  /** Every column of the file, in file order. */
  columns: readonly string[];
  /** Batches in file order. Iterate once; breaking out releases the file. */
  batches: AsyncIterable<RecordBatch>;
}

export interface TabularRecord {
  /** 0-based record index. */
  record: number;
  /** 1-based line where the record ends, when the format has lines. */
  line?: number;
  values: Record<string, unknown>;
}
