// The release manifest (model-release.yaml). The top level and metadata are fixed here; each check
// declares the keys it reads in the sections it uses (Check.manifest), and the loader merges them.
// A section no registered check reads stays open, so a manifest can describe what a later check will use.
import { z } from 'zod';

export const MANIFEST_API_VERSION = 'modelgate.dev/v1';

export const MANIFEST_KINDS = ['ModelRelease', 'Fleet'] as const;

export const SECTIONS = ['model', 'data', 'dependencies', 'container', 'evaluation', 'endpoints'] as const;
export type SectionName = (typeof SECTIONS)[number];

const SECTION_DESCRIPTIONS: Record<SectionName, string> = {
  model: 'Model artifacts, model card, provenance (lineage check)',
  data: 'Datasets: training data, data to scan for personal data (lineage, pii checks)',
  dependencies: 'Lockfiles, SBOMs, scanner reports (dependency check)',
  container: 'Serving image reference, archive, Dockerfile (container-image check)',
  evaluation: 'Evaluation predictions and sensitive features (bias check)',
  endpoints: 'Serving endpoint definitions (endpoints check)',
};

/** Keys a check reads, per manifest section. */
export type ManifestShape = Partial<Record<SectionName, z.ZodRawShape>>;

/** A sha256 digest: 64 hex characters, optionally prefixed "sha256:"; normalised to lowercase hex. */
export const sha256Schema = z
  .string()
  .regex(/^(sha256:)?[0-9a-fA-F]{64}$/, 'expected a sha256 digest: 64 hexadecimal characters, optionally prefixed by "sha256:"')
  .transform((s) => s.replace(/^sha256:/, '').toLowerCase());

export const metadataSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().min(1),
  owner: z.string().min(1),
  description: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
});

/** The manifest schema for the checks that declare manifest keys. Two checks may not claim the same key. */
export function manifestSchemaFor(shapes: ReadonlyArray<{ id: string; manifest?: ManifestShape }>) {
  const sections = Object.fromEntries(
    SECTIONS.map((name) => {
      const merged: Record<string, z.core.$ZodType> = {};
      const owner: Record<string, string> = {};
      for (const check of shapes) {
        for (const [key, schema] of Object.entries(check.manifest?.[name] ?? {})) {
          if (owner[key]) throw new Error(`manifest key ${name}.${key} is claimed by both ${owner[key]} and ${check.id}`);
          owner[key] = check.id;
          merged[key] = schema;
        }
      }
      const section = Object.keys(merged).length ? z.strictObject(merged) : z.looseObject({});
      return [name, section.optional().describe(SECTION_DESCRIPTIONS[name])];
    }),
  ) as Record<SectionName, z.ZodOptional<z.ZodObject>>;
  return z
    .strictObject({
      $schema: z.string().optional(),
      apiVersion: z.literal(MANIFEST_API_VERSION),
      kind: z.enum(MANIFEST_KINDS).describe('ModelRelease: one release; Fleet: only the serving endpoints of many releases'),
      metadata: metadataSchema,
      ...sections,
    })
    .superRefine((m, ctx) => {
      if (m.kind !== 'Fleet') return;
      // A fleet is checked on a schedule, apart from any one release: only its endpoints belong in it.
      for (const name of SECTIONS) {
        if (name !== 'endpoints' && m[name] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [name], message: `a Fleet manifest holds only \`endpoints\`; describe \`${name}\` in a ModelRelease manifest` });
        }
      }
      if (m.endpoints === undefined) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a Fleet manifest needs an `endpoints` section' });
    })
    .describe('ModelGate release manifest');
}

/** The validated manifest as the gate hands it to checks: sections are plain data each check reads with its own shape. */
export interface Manifest {
  apiVersion: typeof MANIFEST_API_VERSION;
  kind: (typeof MANIFEST_KINDS)[number];
  metadata: z.infer<typeof metadataSchema>;
  model?: Record<string, unknown>;
  data?: Record<string, unknown>;
  dependencies?: Record<string, unknown>;
  container?: Record<string, unknown>;
  evaluation?: Record<string, unknown>;
  endpoints?: Record<string, unknown>;
}
