// The pii check's policy section and manifest keys.
import { z } from 'zod';
export { pathGlob } from '../../src/io/glob.js';
import { DEFAULT_LIMITS } from '../../src/io/tabular/limits.js';
import { csvOptionsSchema, tableLimitsSchema, tabularFormatSchema } from '../../src/io/tabular/schema.js';

export const ACTIONS = ['report', 'mask', 'quarantine', 'allow'] as const;
export type Action = (typeof ACTIONS)[number];
export const CATEGORIES = ['credentials', 'financial', 'personal', 'special-category'] as const;
export const STRATEGIES = ['redact', 'partial', 'hash', 'drop'] as const;
export type Strategy = (typeof STRATEGIES)[number];

const keyOf = z.string().min(1).describe('A detector type (email, credit-card, …) or a category (credentials, financial, personal, special-category)');

export const piiConfigSchema = z
  .strictObject({
    threshold: z.number().min(0).max(1).default(0.5).describe('Detector score below which a match is ignored'),
    minPrevalence: z
      .number()
      .min(0)
      .max(1)
      .default(0.6)
      .describe('Share of non-empty values that must show a type for the column to be classified as that type (a clear majority: values of other types and coincidences stay below it)'),
    actions: z
      .record(keyOf, z.enum(ACTIONS))
      .default({})
      .describe('Action per type or category (type wins): report (a violation), mask, quarantine, allow. Default: report'),
    masking: z
      .strictObject({
        strategies: z.record(keyOf, z.enum(STRATEGIES)).default({}).describe('Strategy per type or category (type wins); default redact'),
        hashKeyEnv: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
          .default('MODELGATE_PII_KEY')
          .describe('Environment variable holding the HMAC-SHA256 key of the hash strategy'),
      })
      .default({ strategies: {}, hashKeyEnv: 'MODELGATE_PII_KEY' }),
    allow: z
      .array(
        z.strictObject({
          column: z.string().min(1).describe('Column name or glob ("*" any run of characters)'),
          file: z.string().min(1).optional().describe('File path glob (workspace-relative); default every file'),
          types: z.array(z.string().min(1)).optional().describe('Types or categories allowed there; default all'),
          reason: z.string().min(1),
        }),
      )
      .default([])
      .describe('Column allowlist: matches there are counted but neither reported nor masked'),
    columns: z
      .array(
        z.strictObject({
          column: z.string().min(1).describe('Column name or glob ("*" any run of characters)'),
          file: z.string().min(1).optional().describe('File path glob (workspace-relative); default every file'),
          type: z
            .string()
            .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a kebab-case type name, e.g. ticket-number')
            .describe('Type the column holds (kebab-case): the key of its action and masking strategy'),
          category: z.enum(CATEGORIES),
          sensitivity: z.enum(['low', 'moderate', 'high']).default('moderate'),
        }),
      )
      .default([])
      .describe('Columns classified by declaration, whole cells: identifiers no detector recognises (ticket, account or member numbers)'),
    quasiIdentifiers: z.array(z.string().min(1)).default([]).describe('Column names whose combination is checked for k-anonymity'),
    kAnonymity: z.number().int().min(1).optional().describe('Smallest allowed group size over the quasi-identifiers (a finding below it)'),
    sampleFindings: z.number().int().min(0).max(1000).default(3).describe('Cell-level findings kept per column and type (aggregate findings are always reported)'),
    tableLimits: tableLimitsSchema,
  })
  .default({
    threshold: 0.5,
    minPrevalence: 0.6,
    actions: {},
    masking: { strategies: {}, hashKeyEnv: 'MODELGATE_PII_KEY' },
    allow: [],
    columns: [],
    quasiIdentifiers: [],
    sampleFindings: 3,
    tableLimits: { ...DEFAULT_LIMITS },
  })
  .describe('PII check: discovery, classification, masking and quarantine of personal data');

export type PiiConfig = z.output<typeof piiConfigSchema>;

export const scanEntrySchema = z.strictObject({
  path: z.string().min(1).describe('File or glob ("*", "**"), relative to the manifest folder'),
  format: tabularFormatSchema.optional().describe('Default: from the extension (.gz handled)'),
  csv: csvOptionsSchema
    .optional(),
  columns: z
    .strictObject({ include: z.array(z.string().min(1)).optional(), exclude: z.array(z.string().min(1)).optional() })
    .optional()
    .describe('Columns to scan (globs); default all'),
});
export type ScanEntry = z.output<typeof scanEntrySchema>;

/** What the pii check reads in the manifest's `data` section (lineage owns `data.training`). */
export const piiManifest = {
  data: {
    scan: z.array(scanEntrySchema).default([]).describe('Datasets the pii check scans for personal data and secrets'),
  },
};

