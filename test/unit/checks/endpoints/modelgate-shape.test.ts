// The hand check of a ModelGate Endpoint (platforms/modelgate-shape.ts) against its schema: whatever it
// accepts, the schema accepts with the same values; what it refuses goes to the schema, so a bad
// document keeps the schema's error at its file and line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelgateEndpointSchema } from '../../../../checks/endpoints/platforms/modelgate.js';
import { plainEndpoint } from '../../../../checks/endpoints/platforms/modelgate-shape.js';

const digest = 'ab'.repeat(32);
const valid = () => ({
  apiVersion: 'modelgate.dev/v1',
  kind: 'Endpoint',
  metadata: { name: 'ep', namespace: 'ns', labels: { owner: 'team' }, annotations: { a: 'b' } },
  spec: {
    platform: 'vertex-ai',
    model: { name: 'm', uri: 'oci://r/m:1', digest: `sha256:${digest}`, version: 3, format: 'onnx' },
    models: [{ uri: 's3://b/m/2/' }],
    authentication: { enabled: true, mechanism: 'iam' },
    tls: true,
    exposure: 'internal',
    networkIsolation: false,
    encryption: { keys: ['k'] },
    logging: { requests: true, responses: false, destination: 'gs://logs' },
    replicas: { min: 2, max: 4 },
    resources: { cpu: '2', memory: '4Gi' },
    owner: 'team',
  },
});

/** Values that may stand in any field: of the right type or not, empty, out of range. */
const odd = fc.constantFrom<unknown>(
  undefined, null, '', 'x', 'public', 'sha256:' + digest, digest.slice(2), 0, -1, 1.5, 2, Infinity, NaN, true, false, [], [''], ['k'], {}, { enabled: true }, { min: 1 }, { uri: 'u' }, [{ uri: 'u' }], { x: 1 },
);

/** Paths into the valid document, each a place a mutation may hit. */
function paths(v: unknown, prefix: string[] = []): string[][] {
  if (typeof v !== 'object' || v === null) return [prefix];
  return [prefix, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...prefix, k]))];
}
const PATHS = paths(valid());

/** The valid document with one field replaced (or deleted), or an unknown key added beside it. */
function mutate(path: string[], value: unknown, extraKey: boolean): unknown {
  const doc = valid() as Record<string, unknown>;
  let parent: Record<string, unknown> = doc;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) return extraKey ? { ...doc, extra: value } : value;
  if (extraKey) parent[`${last}x`] = value;
  else if (value === undefined) delete parent[last];
  else parent[last] = value;
  return doc;
}

describe('ModelGate Endpoint hand check', () => {
  it('accepts a plainly valid document with the values the schema gives (encryption defaults too)', () => {
    const doc = valid();
    const parsed = modelgateEndpointSchema.parse(doc);
    expect(parsed.spec.encryption).toEqual({ supported: true, keys: ['k'] });
    expect(plainEndpoint(doc)).toEqual(parsed);
  });

  it('whatever it accepts the schema accepts, with the same values; what the schema refuses it refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PATHS.length - 1 }), odd, fc.boolean(), (i, value, extraKey) => {
        const doc = mutate(PATHS[i]!, value, extraKey);
        const fast = plainEndpoint(doc);
        const slow = modelgateEndpointSchema.safeParse(doc);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
        if (!slow.success) expect(fast).toBeUndefined();
      }),
      { numRuns: 5_000 },
    );
  });

  it('leaves to the schema what it does not read plainly (an unknown key, a bad digest, an infinite version)', () => {
    const withKey = { ...valid(), extra: 1 };
    const badDigest = valid();
    badDigest.spec.model.digest = 'sha256:12';
    const infinite = valid() as { spec: { model: { version: unknown } } };
    infinite.spec.model.version = Infinity;
    for (const doc of [withKey, badDigest, infinite]) {
      expect(plainEndpoint(doc)).toBeUndefined();
      expect(modelgateEndpointSchema.safeParse(doc).success).toBe(false);
    }
  });
});
