// The manifest keys that describe a tabular file, shared by every check that reads one.
import { z } from 'zod';

export const tabularFormatSchema = z.enum(['csv', 'tsv', 'jsonl', 'parquet']);

/** The CSV dialect (see CsvOptions); a byte-order mark wins over `encoding`. */
export const csvOptionsSchema = z.strictObject({
  delimiter: z.string().min(1).optional(),
  quote: z.string().length(1).optional(),
  header: z.boolean().optional(),
  encoding: z.enum(['utf8', 'utf16le', 'latin1']).optional(),
});
