// The lineage check's facts (`facts.lineage` of the report) as a zod schema: the types the check
// builds them with come from here, and the report's JSON Schema from the descriptions.
// A skipped check returns `{}` as every skipped check does; this is the shape of a check that ran.
import { z } from 'zod';

// Built on first use: every facts module is imported with the registry at start-up, and a run needs
// the schemas only of the checks that ran, when it reports. z.lazy calls `define` once, on first parse.
function defineArtifacts() {
  const sha256 = z.string().describe('sha256, lowercase hex');
  const count = z.number().int().min(0);
  const globalCounts = z.array(z.strictObject({ global: z.string().describe('Python global, `module.name`'), count })).describe('Globals a pickle imports, with how often');

  const scanVerdictSchema = z
    .enum(['dangerous', 'suspicious', 'unknown', 'clean', 'not-scanned'])
    .describe('Worst rating of what a pickle imports; `not-scanned`: text, configuration or a format no unpickler reads');

  /** What the scanner counts, per file and per artifact. */
  const scanCounts = {
    pickles: count.describe('Complete pickle streams walked'),
    dangerous: globalCounts,
    suspicious: globalCounts,
    findings: count.describe('Findings of the scanner'),
  };

  /** One scanned (or skipped) file, as in `facts.lineage.modelFiles[]`. */
  const modelFileFactSchema = z.strictObject({
    path: z.string().describe('Workspace-relative path of the file'),
    artifact: z.string().describe('Manifest path of the artifact the file belongs to'),
    format: z.string().describe('Scanner format, or `text` / `unrecognised` for files not scanned'),
    bytes: count,
    members: count.describe('Archive members listed (0 for a plain file)'),
    ...scanCounts,
    unknown: globalCounts,
    verdict: scanVerdictSchema,
  });

  /** Per artifact (`facts.lineage.artifacts[].scan`). */
  const artifactScanFactSchema = z.strictObject({
    verdict: scanVerdictSchema.describe('The worst verdict of the files of the artifact'),
    format: z.string().optional().describe('File artifact: its format'),
    formats: z.record(z.string(), count).optional().describe('Directory artifact: format → number of files'),
    files: count,
    scanned: count,
    ...scanCounts,
  });

  /** One artifact: plain values only, null where it could not be read. */
  const artifactFactSchema = z.strictObject({
    path: z.string().describe('As listed in the manifest'),
    name: z.string(),
    kind: z.enum(['file', 'directory', 'missing']),
    size: count.nullable().describe('Bytes (a directory: of all its files); null when missing'),
    files: count.optional().describe('Directory: number of files in the digest'),
    sha256: sha256.nullable().describe('Computed digest (file sha256 or directory digest); null when missing'),
    expected: sha256.nullable().describe('The digest recorded in the manifest (null: a model folder pointer without one)'),
    ok: z.boolean().describe('The computed digest equals the expected one'),
    attested: z.boolean().optional().describe('Covered by accepted provenance (present when the manifest lists provenance)'),
    signed: z.boolean().optional().describe('Covered by a verified, trusted signature (model signature or signed provenance)'),
    scan: artifactScanFactSchema.optional().describe('What the model-file scanner found in the file (or in every file of the directory)'),
  });
  return { sha256, count, scanVerdictSchema, modelFileFactSchema, artifactScanFactSchema, artifactFactSchema };
}

function defineRecords(sha256: z.ZodString, count: z.ZodNumber) {
  const datasetFactSchema = z.strictObject({
    id: z.string(),
    path: z.string().optional(),
    uri: z.string().optional(),
    sha256: sha256.describe("The manifest's digest"),
    actual: sha256.nullable().describe("The file's digest, recomputed when the manifest gives a path; null otherwise"),
    status: z.enum(['vetted', 'pending', 'revoked', 'unregistered']).describe('Status in the dataset registry'),
    approver: z.string().optional(),
    expires: z.string().optional().describe('Expiry of the approval, YYYY-MM-DD'),
    ok: z.boolean(),
  });

  const provenanceFactSchema = z.strictObject({
    path: z.string(),
    form: z.enum(['plain', 'dsse', 'bundle']).describe('Plain in-toto statement, DSSE envelope or Sigstore bundle'),
    verified: z.boolean().describe('The signature verifies'),
    trusted: z.boolean().describe('The signer is trusted by the policy (trustedKeys, sigstore.identities)'),
    signer: z.string().optional(),
    builder: z.string().optional().describe('SLSA builder id'),
    builderTrusted: z.boolean().optional(),
    subjects: count,
    accepted: z.boolean().describe('Its subjects count as attested'),
  });

  const signatureFactSchema = z.strictObject({
    path: z.string(),
    model: z.string().describe('Workspace-relative model directory the signature covers'),
    verified: z.boolean(),
    trusted: z.boolean(),
    signer: z.string().optional(),
    files: count.describe('Files the signature lists'),
    missing: z.array(z.string()).describe('Signed files not on disk'),
    changed: z.array(z.string()).describe('Files changed since signing'),
    unsigned: z.array(z.string()).describe('Files on disk the signature does not list'),
    ok: z.boolean(),
  });

  const cardFactSchema = z.strictObject({
    path: z.string(),
    fields: z.array(z.strictObject({ name: z.string(), present: z.boolean() })).describe("The policy's required fields"),
  });

  const value = z.union([z.string(), z.number(), z.null()]);
  const changeSchema = z.strictObject({
    kind: z
      .enum(['artifact', 'training', 'dependency', 'metric', 'disparity', 'bias'])
      .describe('`dependency`: a package (item `ecosystem:name`, versions); `bias`: a disparity the bias check measured (item `feature/metric`)'),
    item: z.string(),
    change: z.enum(['added', 'removed', 'changed', 'unchanged', 'improved', 'regressed']),
    before: value.optional(),
    after: value.optional(),
    delta: z.number().optional().describe('after − before (numbers)'),
    breach: z.boolean().optional().describe("Beyond the policy's regression limit"),
  });

  /** Whether a comparison was made, and why not when it was not (never a silent pass). */
  const compared = <S extends z.ZodRawShape>(shape: S) =>
    z.discriminatedUnion('compared', [z.strictObject({ compared: z.literal(true), ...shape }), z.strictObject({ compared: z.literal(false), reason: z.string() })]);

  const dependencyDiffSchema = compared({ added: count, removed: count, changed: count, unchanged: count }).describe(
    "This run's dependency inventory against the baseline report's",
  );

  const biasDiffSchema = compared({ disparities: count, regressed: count, breaches: count }).describe(
    "The disparities the bias check measured in this run against the baseline report's",
  );

  const baselineFactSchema = z
    .strictObject({
      manifest: z.string().describe("The last known-good release's manifest, as named in this manifest"),
      report: z.string().optional().describe('Its JSON gate report'),
      version: z.string().optional(),
      verdict: z.string().optional().describe("The baseline report's verdict"),
      changes: z.array(changeSchema),
      dependencies: dependencyDiffSchema,
      bias: biasDiffSchema,
    })
    .describe('Changed since the last known-good release');
  return { datasetFactSchema, provenanceFactSchema, signatureFactSchema, cardFactSchema, changeSchema, dependencyDiffSchema, biasDiffSchema, baselineFactSchema };
}

function define() {
  const artifacts = defineArtifacts();
  const records = defineRecords(artifacts.sha256, artifacts.count);
  const { count, modelFileFactSchema, artifactFactSchema } = artifacts;
  const { datasetFactSchema, provenanceFactSchema, signatureFactSchema, cardFactSchema, baselineFactSchema } = records;
  const numbers = z.record(z.string(), z.number());

  const lineageFactsSchema = z
    .strictObject({
      artifacts: z.array(artifactFactSchema),
      artifactCount: count,
      totalBytes: count.describe('Bytes of the artifacts found'),
      verified: count.describe('Artifacts whose digest matches'),
      mismatched: count,
      missing: count,
      datasets: z.array(datasetFactSchema).optional().describe('Training datasets (present when the manifest lists any)'),
      datasetsVetted: count.optional(),
      provenance: z.array(provenanceFactSchema).optional(),
      signatures: z.array(signatureFactSchema).optional(),
      card: cardFactSchema.optional(),
      metrics: numbers.optional().describe('model.metrics of the manifest'),
      disparities: numbers.optional().describe('model.disparities of the manifest'),
      baseline: baselineFactSchema.optional(),
      hashing: z.strictObject({ files: count, bytes: count, ms: count }).describe('Files hashed in this run (artifacts, training data, signed model directories)'),
      modelFiles: z.array(modelFileFactSchema),
      modelScan: z
        .strictObject({
          files: count,
          scanned: count,
          dangerous: count,
          suspicious: count,
          unknown: count,
          clean: count,
          pickles: count,
          allowGlobals: count.describe("Entries of the policy's allowGlobals"),
          ms: count,
        })
        .describe('Model files by verdict'),
    })
    .describe('Lineage and integrity facts');
  return { ...artifacts, ...records, lineageFactsSchema };
}

type Defined = ReturnType<typeof define>;

export const lineageFactsSchema = z.lazy(() => define().lineageFactsSchema);

export type ScanVerdict = z.infer<Defined['scanVerdictSchema']>;
export type ModelFileFact = z.infer<Defined['modelFileFactSchema']>;
export type ArtifactScanFact = z.infer<Defined['artifactScanFactSchema']>;
export type ArtifactFact = z.infer<Defined['artifactFactSchema']>;
export type DatasetFact = z.infer<Defined['datasetFactSchema']>;
export type ProvenanceFact = z.infer<Defined['provenanceFactSchema']>;
export type SignatureFact = z.infer<Defined['signatureFactSchema']>;
export type CardFact = z.infer<Defined['cardFactSchema']>;
export type Change = z.infer<Defined['changeSchema']>;
export type DependencyDiff = z.infer<Defined['dependencyDiffSchema']>;
export type BiasDiff = z.infer<Defined['biasDiffSchema']>;
export type BaselineFact = z.infer<Defined['baselineFactSchema']>;
export type LineageFacts = z.infer<Defined['lineageFactsSchema']>;
