import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaText } from '../../src/schemas.js';

describe('schemas/', () => {
  it('matches the JSON Schemas generated from the zod schemas (run `npm run build` when this fails)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', name), 'utf8'), name).toBe(schemaText(schema));
    }
  });

  it('describes the manifest and the policy keys', () => {
    type S = { properties: Record<string, unknown>; required?: string[] };
    const all = jsonSchemas() as Record<string, S>;
    const [m, p] = [all['model-release.schema.json']!, all['policy.schema.json']!];
    expect(m.required).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'metadata']));
    expect(Object.keys(p.properties)).toEqual(expect.arrayContaining(['failOn', 'require', 'waivers', 'rules', 'lineage']));
    expect(p.required ?? []).toEqual([]);
  });
});
