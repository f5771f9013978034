// The ModelGate Endpoint's schema (modelgate.ts) checked by hand for the documents that pass it: a fleet
// has hundreds of them, and the schema library's parse of each cost more than the rest of its reading.
// Anything this check does not accept goes to the schema, which gives the error (file, line, expected);
// what it accepts, the schema accepts too, with the same values (test/unit/checks/endpoints/modelgate-shape.test.ts).
import type { z } from 'zod';
import type { modelgateEndpointSchema } from './modelgate.js';

export type ModelgateEndpointDoc = z.output<typeof modelgateEndpointSchema>;
type Spec = ModelgateEndpointDoc['spec'];
type Model = NonNullable<Spec['model']>;

type Plain = Record<string, unknown>;
const DIGEST = /^(sha256:)?[0-9a-fA-F]{64}$/;

/** A plain mapping whose keys are all in `allowed` (a strict object's test). */
function mapOf(v: unknown, allowed: ReadonlySet<string>): v is Plain {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const k in v) if (!allowed.has(k)) return false;
  return Object.getPrototypeOf(v) === Object.prototype;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const optionalText = (v: unknown): boolean => v === undefined || text(v);
const optionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A list whose every item (holes included: Array.every skips them) passes `item`. */
function listOf(v: unknown, item: (x: unknown) => boolean): v is unknown[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
}

function stringRecord(v: unknown): boolean {
  if (v === undefined) return true;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (typeof (v as Plain)[k] !== 'string') return false;
  return true;
}

const TOP = new Set(['apiVersion', 'kind', 'metadata', 'spec']);
const METADATA = new Set(['name', 'namespace', 'labels', 'annotations']);
const SPEC = new Set(['platform', 'model', 'models', 'authentication', 'tls', 'exposure', 'networkIsolation', 'encryption', 'logging', 'replicas', 'resources', 'owner']);
const MODEL = new Set(['name', 'uri', 'digest', 'version', 'format']);
const AUTHENTICATION = new Set(['enabled', 'mechanism']);
const ENCRYPTION = new Set(['supported', 'keys']);
const LOGGING = new Set(['requests', 'responses', 'destination']);
const REPLICAS = new Set(['min', 'max']);
const RESOURCES = new Set(['cpu', 'memory', 'gpu', 'instanceType']);
const EXPOSURES = new Set(['public', 'internal', 'cluster']);

function model(v: unknown): v is Model {
  if (!mapOf(v, MODEL)) return false;
  const version = v.version;
  return (
    optionalText(v.name) &&
    text(v.uri) &&
    (v.digest === undefined || (typeof v.digest === 'string' && DIGEST.test(v.digest))) &&
    (version === undefined || text(version) || (typeof version === 'number' && Number.isFinite(version))) &&
    optionalText(v.format)
  );
}

function spec(s: unknown): s is Plain {
  if (!mapOf(s, SPEC) || !text(s.platform)) return false;
  if (s.model !== undefined && !model(s.model)) return false;
  if (s.models !== undefined && !(listOf(s.models, model) && s.models.length > 0)) return false;
  const { authentication: a, encryption: e, logging: l, replicas: r, resources: res } = s;
  if (a !== undefined && !(mapOf(a, AUTHENTICATION) && typeof a.enabled === 'boolean' && optionalText(a.mechanism))) return false;
  if (!optionalBoolean(s.tls) || !optionalBoolean(s.networkIsolation)) return false;
  if (s.exposure !== undefined && !(typeof s.exposure === 'string' && EXPOSURES.has(s.exposure))) return false;
  if (e !== undefined && !(mapOf(e, ENCRYPTION) && optionalBoolean(e.supported) && (e.keys === undefined || listOf(e.keys, text)))) return false;
  if (l !== undefined && !(mapOf(l, LOGGING) && typeof l.requests === 'boolean' && typeof l.responses === 'boolean' && optionalText(l.destination))) return false;
  if (r !== undefined && !(mapOf(r, REPLICAS) && count(r.min) && (r.max === undefined || count(r.max)))) return false;
  if (res !== undefined && !(mapOf(res, RESOURCES) && optionalText(res.cpu) && optionalText(res.memory) && optionalText(res.gpu) && optionalText(res.instanceType))) return false;
  return optionalText(s.owner);
}

/**
 * The document as the schema would give it when it plainly passes (the encryption defaults applied, the
 * lists copied); undefined for anything else, which the schema then reads and reports.
 */
export function plainEndpoint(data: unknown): ModelgateEndpointDoc | undefined {
  if (!mapOf(data, TOP) || data.apiVersion !== 'modelgate.dev/v1' || data.kind !== 'Endpoint') return undefined;
  const m = data.metadata;
  if (!mapOf(m, METADATA) || !text(m.name) || !optionalText(m.namespace) || !stringRecord(m.labels) || !stringRecord(m.annotations)) return undefined;
  const s = data.spec;
  if (!spec(s)) return undefined;
  const e = s.encryption as { supported?: boolean; keys?: string[] } | undefined;
  const out = {
    ...s,
    ...(s.models !== undefined ? { models: [...(s.models as Model[])] } : {}),
    ...(e !== undefined ? { encryption: { supported: e.supported ?? true, keys: [...(e.keys ?? [])] } } : {}),
  } as Spec;
  return { apiVersion: 'modelgate.dev/v1', kind: 'Endpoint', metadata: m as ModelgateEndpointDoc['metadata'], spec: out };
}
