// The manifest keys that describe a tabular file, shared by every check that reads one.
import { z } from 'zod';
import { DEFAULT_LIMITS } from './limits.js';

export const tabularFormatSchema = z.enum(['csv', 'tsv', 'jsonl', 'parquet']);

/** The CSV dialect (see CsvOptions); a byte-order mark wins over `encoding`. */
export const csvOptionsSchema = z.strictObject({
  delimiter: z.string().min(1).optional(),
  quote: z.string().length(1).optional(),
  header: z.boolean().optional(),
  encoding: z.enum(['utf8', 'utf16le', 'latin1']).optional(),
});

/** The readers' bounds (see limits.ts), in the policy section of each check that reads tables. */
export const tableLimitsSchema = z
  .strictObject({
    columns: z.number().int().min(1).default(DEFAULT_LIMITS.columns).describe('Columns of a table at most'),
    recordBytes: z.number().int().min(1).default(DEFAULT_LIMITS.recordBytes).describe('Bytes of one record (a CSV record, a JSON Lines line) at most, as UTF-8'),
    cellBytes: z.number().int().min(1).default(DEFAULT_LIMITS.cellBytes).describe('Bytes of one cell at most, as UTF-8'),
  })
  .default({ ...DEFAULT_LIMITS })
  .describe('Bounds of the tabular readers: a file over one of them is an error naming the file and the line or record');
