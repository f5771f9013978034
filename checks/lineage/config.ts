// The lineage check's policy section and the manifest keys it reads (documented in README.md beside).
import { z } from 'zod';
import { anchoredPattern as anchored } from '../../src/policy/patterns.js';
import { modelFolderSchema } from '../../src/manifest/model-folder.js';
import { sha256Schema } from '../../src/manifest/schema.js';


export const lineageConfigSchema = z
  .strictObject({
    hashConcurrency: z.number().int().min(1).max(256).optional().describe('Files hashed in parallel (default: one per available CPU)'),
    datasetRegistry: z
      .string()
      .min(1)
      .optional()
      .describe('Dataset registry file (YAML or JSON), relative to the workspace root; lists datasets with id, sha256, status, approver, date, expires'),
    requireProvenance: z.boolean().default(false).describe('Every release must list SLSA provenance under model.provenance'),
    requireSignedProvenance: z.boolean().default(true).describe('Plain (unsigned) provenance statements are findings'),
    requireSignature: z.boolean().default(false).describe('Every artifact must be covered by a verified model signature or signed provenance'),
    requireSourceCommit: z.boolean().default(false).describe('Provenance must name the source commit (a resolved dependency with a gitCommit digest)'),
    requireDatasetDependencies: z.boolean().default(true).describe('Provenance must list every training dataset digest among its resolved dependencies'),
    trustedBuilders: z
      .array(z.string().min(1))
      .default([])
      .describe('Builder ids trusted to produce provenance: exact strings, or anchored regular expressions (^…$)'),
    trustedKeys: z
      .array(z.string().min(1))
      .default([])
      .describe('PEM public keys (files relative to the workspace root) trusted for DSSE envelopes and key-signed model signatures'),
    sigstore: z
      .strictObject({
        trustedRoot: z.string().min(1).optional().describe('Sigstore trusted_root.json, relative to the workspace root (verification is offline)'),
        identities: z
          .array(z.strictObject({ san: anchored.describe('Certificate subject alternative name'), issuer: anchored.describe('OIDC issuer') }))
          .default([])
          .describe('Signer identities accepted for keyless signatures; none: every certificate signer is untrusted'),
      })
      .default({ identities: [] }),
    allowGlobals: z
      .array(
        z
          .string()
          .regex(
            /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\.([A-Za-z_][A-Za-z0-9_]*|\*)$/,
            'expected `module.name` or `module.*` (a dotted Python name; `*` only as the last part)',
          ),
      )
      .default([])
      .describe(
        'Python globals a pickle in a model file may import once reviewed: `module.name` exactly, or `module.*` (that module and its submodules). Lifts unknown and suspicious globals; never a dangerous one (waive that finding instead)',
      ),
    card: z
      .strictObject({
        required: z.boolean().default(false).describe('Every release must have a model card (model.card)'),
        fields: z
          .array(z.string().min(1))
          .default(['license'])
          .describe('Fields the card must have: a non-empty front-matter key or a Markdown heading with that name'),
      })
      .default({ required: false, fields: ['license'] }),
    regression: z
      .strictObject({
        maxMetricDrop: z.number().min(0).optional().describe('Largest accepted drop of any metric against the last known-good release (absolute)'),
        maxDisparityIncrease: z.number().min(0).optional().describe('Largest accepted increase of any bias disparity against the last known-good release (absolute)'),
        lowerIsBetter: z
          .array(z.string())
          .default(['loss', 'log_loss', 'logloss', 'rmse', 'mse', 'mae', 'error', 'error_rate', 'perplexity'])
          .describe('Metrics for which a larger value is worse'),
      })
      .default({ lowerIsBetter: ['loss', 'log_loss', 'logloss', 'rmse', 'mse', 'mae', 'error', 'error_rate', 'perplexity'] }),
  })
  .default({
    requireProvenance: false,
    requireSignedProvenance: true,
    requireSignature: false,
    requireSourceCommit: false,
    requireDatasetDependencies: true,
    trustedBuilders: [],
    trustedKeys: [],
    sigstore: { identities: [] },
    allowGlobals: [],
    card: { required: false, fields: ['license'] },
    regression: { lowerIsBetter: ['loss', 'log_loss', 'logloss', 'rmse', 'mse', 'mae', 'error', 'error_rate', 'perplexity'] },
  })
  .describe('Lineage and integrity check');

export type LineageConfig = z.output<typeof lineageConfigSchema>;

const metricsSchema = z.record(z.string(), z.number());

/** What this check reads in the manifest (`model` and `data` sections). */
export const lineageManifest = {
  model: {
    artifacts: z
      .array(
        z.strictObject({
          path: z.string().min(1).describe('File or directory, relative to the manifest folder'),
          sha256: sha256Schema.describe('Expected sha256 of the file, or directory digest (see checks/lineage/README.md)'),
          name: z.string().optional(),
          format: z.string().optional().describe('pickle, pytorch, safetensors, onnx, joblib, numpy…'),
        }),
      )
      .default([])
      .describe('Model files and directories whose digests the lineage check verifies'),
    mlflow: modelFolderSchema.optional().describe('An MLflow model folder (MLmodel): verified as one directory artifact; its requirements are read by the dependency check'),
    huggingface: modelFolderSchema.optional().describe('A Hugging Face model folder (config.json, weights, README.md card): verified as one directory artifact; its README.md is the model card'),
    card: z.string().min(1).optional().describe('Model card: Markdown with YAML front matter'),
    source: z
      .strictObject({ repository: z.string().optional(), commit: z.string().regex(/^[0-9a-fA-F]{7,64}$/, 'expected a git commit id').optional() })
      .optional()
      .describe('Where the training code came from'),
    provenance: z
      .array(z.strictObject({ path: z.string().min(1).describe('in-toto Statement (JSON), DSSE envelope or Sigstore bundle') }))
      .default([])
      .describe('SLSA provenance of the build that produced the artifacts'),
    signatures: z
      .array(
        z.strictObject({
          path: z.string().min(1).describe('OpenSSF model-signing signature (model.sig)'),
          model: z.string().min(1).optional().describe('Model directory the signature covers (default: the folder of the signature)'),
        }),
      )
      .default([])
      .describe('OpenSSF model-signing signatures'),
    metrics: metricsSchema.optional().describe('Evaluation metrics of this model (name → value), compared with the last known-good release'),
    disparities: metricsSchema.optional().describe('Bias disparities of this model (name → value, larger is worse), compared with the last known-good release'),
    baseline: z
      .strictObject({
        manifest: z.string().min(1).describe("The last known-good release's manifest"),
        report: z.string().min(1).optional().describe('Its JSON gate report'),
      })
      .optional()
      .describe('The last known-good release, for the "changed since" comparison'),
  },
  data: {
    training: z
      .array(
        z
          .strictObject({
            id: z.string().min(1).describe('Dataset id in the dataset registry'),
            path: z.string().min(1).optional().describe('File or directory, relative to the manifest folder (its digest is recomputed)'),
            uri: z.string().min(1).optional().describe('Where the dataset lives when it is not in the workspace'),
            sha256: sha256Schema.describe('sha256 of the dataset file (directory digest for a directory)'),
          })
          .refine((d) => d.path !== undefined || d.uri !== undefined, 'expected `path` or `uri`'),
      )
      .default([])
      .describe('Training datasets (lineage check: vetted in the dataset registry)'),
  },
};

export type ManifestModel = z.output<z.ZodObject<typeof lineageManifest.model>>;
export type ManifestData = z.output<z.ZodObject<typeof lineageManifest.data>>;
