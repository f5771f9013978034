// The release manifest (model-release.yaml). Top level and metadata are strict; each check owns its
// section and tightens it when it lands (sections other than `model` are open objects for now).
import { z } from 'zod';

export const MANIFEST_API_VERSION = 'modelgate.dev/v1';

const sha256 = z
  .string()
  .regex(/^(sha256:)?[0-9a-fA-F]{64}$/, 'expected a sha256 digest: 64 hexadecimal characters, optionally prefixed by "sha256:"')
  .transform((s) => s.replace(/^sha256:/, '').toLowerCase());

export const artifactSchema = z.strictObject({
  path: z.string().min(1).describe('File or directory, relative to the manifest folder'),
  sha256: sha256.describe('Expected sha256 of the file (hex)'),
  name: z.string().optional(),
  format: z.string().optional().describe('pickle, pytorch, safetensors, onnx, joblib, numpy… (used by the lineage check)'),
});

const openSection = (description: string) => z.looseObject({}).describe(description);

export const manifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    apiVersion: z.literal(MANIFEST_API_VERSION),
    kind: z.literal('ModelRelease'),
    metadata: z.strictObject({
      name: z.string().min(1),
      version: z.string().min(1),
      owner: z.string().min(1),
      description: z.string().optional(),
      labels: z.record(z.string(), z.string()).optional(),
    }),
    model: z
      .looseObject({
        artifacts: z.array(artifactSchema).default([]).describe('Model files whose digests the lineage check verifies'),
      })
      .optional()
      .describe('Model artifacts, model card, provenance (lineage check)'),
    data: openSection('Datasets: training data, data to scan for personal data (pii, lineage checks)').optional(),
    dependencies: openSection('Lockfiles, SBOMs, scanner reports (dependency check)').optional(),
    container: openSection('Serving image reference, archive, Dockerfile (container-image check)').optional(),
    evaluation: openSection('Evaluation predictions and sensitive features (bias check)').optional(),
    endpoints: openSection('Serving endpoint definitions (endpoints check)').optional(),
  })
  .describe('ModelGate release manifest');

export type Manifest = z.infer<typeof manifestSchema>;
