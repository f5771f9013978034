// The plain ModelGate endpoint (apiVersion modelgate.dev/v1, kind Endpoint): for any platform the
// check does not read natively (Vertex AI, Azure ML, BentoML, a bespoke service). It states each
// property directly; a property left out counts as not there (fail closed).
import { z } from 'zod';
import { validateDoc } from '../../../src/io/validate.js';
import { servedModel } from '../modeluri.js';
import type { RawEndpoint } from '../model.js';
import type { Doc } from '../read.js';
import { docFields, type ReadContext } from './common.js';
import { plainEndpoint } from './modelgate-shape.js';
import { qualifiedName } from './kserve.js';
import { stringMap } from './util.js';

const modelSchema = z.strictObject({
  name: z.string().min(1).optional(),
  uri: z.string().min(1),
  digest: z.string().regex(/^(sha256:)?[0-9a-fA-F]{64}$/, 'expected a sha256 digest (64 hex characters, optionally "sha256:")').optional(),
  version: z.union([z.string().min(1), z.number()]).optional(),
  format: z.string().min(1).optional(),
});

export const modelgateEndpointSchema = z.strictObject({
  apiVersion: z.literal('modelgate.dev/v1'),
  kind: z.literal('Endpoint'),
  metadata: z.strictObject({
    name: z.string().min(1),
    namespace: z.string().min(1).optional(),
    labels: z.record(z.string(), z.string()).optional(),
    annotations: z.record(z.string(), z.string()).optional(),
  }),
  spec: z.strictObject({
    platform: z.string().min(1).describe('Free text: vertex-ai, azure-ml, bentoml …'),
    model: modelSchema.optional(),
    models: z.array(modelSchema).min(1).optional(),
    authentication: z.strictObject({ enabled: z.boolean(), mechanism: z.string().min(1).optional() }).optional(),
    tls: z.boolean().optional(),
    exposure: z.enum(['public', 'internal', 'cluster']).optional(),
    networkIsolation: z.boolean().optional(),
    encryption: z.strictObject({ supported: z.boolean().default(true), keys: z.array(z.string().min(1)).default([]) }).optional(),
    logging: z.strictObject({ requests: z.boolean(), responses: z.boolean(), destination: z.string().min(1).optional() }).optional(),
    replicas: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0).optional() }).optional(),
    resources: z
      .strictObject({ cpu: z.string().min(1).optional(), memory: z.string().min(1).optional(), gpu: z.string().min(1).optional(), instanceType: z.string().min(1).optional() })
      .optional(),
    owner: z.string().min(1).optional(),
  }),
});

export function readModelgateEndpoint(doc: Doc, ctx: ReadContext): RawEndpoint {
  // Checked by hand when it plainly passes; the schema reads anything else and names what is wrong where.
  const d = plainEndpoint(doc.data) ?? validateDoc(modelgateEndpointSchema, { file: doc.file, data: doc.data, locate: doc.locate, locateKey: doc.locate });
  const s = d.spec;
  const { namespace, qualified } = qualifiedName(d.metadata as Record<string, unknown>);
  const labels = stringMap(d.metadata.labels);
  if (s.owner && !ctx.config.ownerLabels.some((k) => labels[k])) labels[ctx.config.ownerLabels[0]!] = s.owner;
  const models = [...(s.model ? [s.model] : []), ...(s.models ?? [])].map((m, i) => servedModel(m.name ?? `model-${i}`, m.uri, { digest: m.digest, version: m.version, format: m.format ?? null }));
  const res = s.resources ?? {};
  const missing = res.instanceType ? [] : ctx.config.requiredLimits.filter((r) => !res[r]).map((r) => `spec.resources.${r}`);
  const at = (k: string) => ['spec', k];
  return {
    endpoint: {
      name: qualified,
      platform: 'modelgate',
      kind: `Endpoint (${s.platform})`,
      namespace,
      file: doc.file,
      line: doc.locate([]).line ?? 1,
      models,
      authentication: { enabled: s.authentication?.enabled ?? false, mechanism: s.authentication?.mechanism ?? null, source: s.authentication ? 'spec.authentication' : 'no spec.authentication' },
      tls: { enabled: s.tls ?? false, source: s.tls !== undefined ? 'spec.tls' : 'no spec.tls' },
      exposure: { level: s.exposure ?? 'public', source: s.exposure ? 'spec.exposure' : 'no spec.exposure (counted as public)' },
      networkIsolation: { enabled: s.networkIsolation ?? false, source: s.networkIsolation !== undefined ? 'spec.networkIsolation' : 'no spec.networkIsolation' },
      encryption: {
        supported: s.encryption?.supported ?? true,
        keys: s.encryption?.keys ?? [],
        missing: (s.encryption?.supported ?? true) && !(s.encryption?.keys.length) ? ['spec.encryption.keys'] : [],
        source: s.encryption ? 'spec.encryption' : 'no spec.encryption',
      },
      logging: { requests: s.logging?.requests ?? false, responses: s.logging?.responses ?? false, destination: s.logging?.destination ?? null, source: s.logging ? 'spec.logging' : 'no spec.logging' },
      replicas: { min: s.replicas?.min ?? null, max: s.replicas?.max ?? null, source: s.replicas ? 'spec.replicas' : 'no spec.replicas' },
      resources: { cpu: res.cpu ?? null, memory: res.memory ?? null, gpu: res.gpu ?? null, instanceType: res.instanceType ?? null, limitsSet: missing.length === 0, missing, source: 'spec.resources' },
      labels,
      annotations: stringMap(d.metadata.annotations),
    },
    doc: docFields(doc),
    fields: {
      'authentication-required': at('authentication'),
      'tls-required': at('tls'),
      'no-public-exposure': at('exposure'),
      'model-source-allowed': s.model ? ['spec', 'model', 'uri'] : at('models'),
      'model-pinned': s.model ? ['spec', 'model'] : at('models'),
      'encryption-key': at('encryption'),
      'request-logging': at('logging'),
      'resource-limits': at('resources'),
      'min-replicas': at('replicas'),
      'owner-label': ['metadata', 'labels'],
    },
    podLabels: [],
    serviceNames: [],
  };
}
