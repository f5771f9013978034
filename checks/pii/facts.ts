// The pii check's facts: counts and classifications per file and in total, never a value. The schema
// types the check's result and its view, and documents the facts in schemas/report.schema.json.
import { z } from 'zod';
import { tabularFormatSchema } from '../../src/io/tabular/schema.js';
import { ACTIONS, CATEGORIES } from './config.js';
import { SHAPES } from './shapes.js';

// Built on first use: every facts module is imported with the registry at start-up, and a run needs
// the schemas only of the checks that ran, when it reports. z.lazy calls `define` once, on first parse.
function define() {
  const count = z.number().int().nonnegative();
  const countsByKey = z.record(z.string(), count);

  const columnFactSchema = z.strictObject({
    name: z.string(),
    type: z.string().nullable().describe('Type of personal data the column holds (email, person, …), or null.'),
    category: z.enum(CATEGORIES).nullable(),
    sensitivity: z.enum(['none', 'low', 'moderate', 'high']),
    confidence: z.number().min(0).max(1).describe('Prevalence of the type, raised by a matching column-name hint.'),
    prevalence: z.record(z.string(), z.number()).describe('Share of non-empty values matching each detected type.'),
    nonEmpty: count,
    valueType: z.enum(['number', 'date', 'text', 'empty']).describe('Dominant kind of the values.'),
    hint: z.string().nullable().describe('Type suggested by the column name.'),
    quasiIdentifier: z.boolean(),
    shape: z.enum(SHAPES).nullable().describe('Non-personal shape the values share (version, timestamp, date, isbn, decimal, identifier) when the column holds no personal data.'),
    runnerUp: z
      .strictObject({ type: z.string(), share: z.number() })
      .nullable()
      .describe('The type with the most evidence after the chosen one, and the share of values showing it.'),
    action: z.enum(ACTIONS).nullable().describe('What the policy did with the column.'),
    counts: countsByKey.describe('Values with a match, per type.'),
    valueCue: z
      .string()
      .optional()
      .describe("The type (us-ssn, mac-address, in-aadhaar, br-cpf) whose cue the column's first values gave it, its name being neutral: its cells were scanned as if the column were named for that type; `identifier` when they were reference numbers (scanned as if its name ended in id)."),
  });

  const kAnonymityFactSchema = z.strictObject({
    columns: z.array(z.string()).describe('The quasi-identifiers the policy names.'),
    k: z.number().int().nullable().describe('Size of the smallest group of records sharing their quasi-identifiers; null when not computed.'),
    groups: z.number().int().nullable(),
    note: z.string().optional(),
  });

  const fileFactsSchema = z.strictObject({
    path: z.string(),
    format: tabularFormatSchema,
    gzip: z.boolean(),
    records: count,
    bytes: count,
    recordsClean: count,
    recordsQuarantined: count,
    recordsMasked: count,
    columns: z.array(columnFactSchema),
    droppedColumns: z.array(z.string()),
    counts: countsByKey.describe('Values found, per type.'),
    byCategory: countsByKey.describe('Values found, per category.'),
    replacementCells: count.describe('Cells where the decoder replaced invalid bytes.'),
    kAnonymity: kAnonymityFactSchema.optional(),
    outputs: z.array(z.strictObject({ path: z.string(), kind: z.enum(['clean', 'quarantine']), records: count, sha256: z.string(), bytes: count })),
  });

  const piiFactsSchema = z.strictObject({
    files: z.array(fileFactsSchema),
    totals: z.strictObject({ records: count, recordsMasked: count, recordsQuarantined: count, counts: countsByKey, byCategory: countsByKey }),
    kAnonymity: z.number().int().nullable().describe('Smallest k over the files where the policy names quasi-identifiers.'),
  });
  return { columnFactSchema, kAnonymityFactSchema, fileFactsSchema, piiFactsSchema };
}

type Defined = ReturnType<typeof define>;

export const piiFactsSchema = z.lazy(() => define().piiFactsSchema);

export type FileFacts = z.infer<Defined['fileFactsSchema']>;
export type PiiFacts = z.infer<Defined['piiFactsSchema']>;
