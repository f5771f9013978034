import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';
import type { reportSchemaFor } from '../../src/report/schema.js';
import { jsonSchemas, schemaText } from '../../src/schemas.js';
import { biasFacts, biasFeature, piiFacts } from '../helpers/facts.js';
import { check, reportOf } from '../helpers/reports.js';

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

describe('the generated JSON Schemas agree with the loader', () => {
  it('accept the example manifest and policy, and reject what the loader rejects', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { parse } = await import('yaml');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const all = jsonSchemas();
    const validManifest = ajv.compile(all['model-release.schema.json']!);
    const validPolicy = ajv.compile(all['policy.schema.json']!);
    const root = join(import.meta.dirname, '..', '..', 'examples', 'titanic');
    // The manifests the example pipeline writes, and its committed policies.
    const { fleetManifest, releaseManifest } = await import('../../examples/titanic/pipeline.js');
    const digest = 'ab'.repeat(32);
    const manifest = parse(releaseManifest({ model: 'model/model.json', modelSha: digest, card: 'model/README.md', clean: 'data/train.csv', cleanSha: digest, predictions: 'data/predictions.csv', image: `ghcr.io/acme/x:1@sha256:${digest}`, archive: 'build/image.tar', provenance: 'build/p.json', exampleRel: (n) => `../${n}` }));
    expect(validManifest(parse(fleetManifest('2026-01-01'))), JSON.stringify(validManifest.errors)).toBe(true);
    const policy = parse(readFileSync(join(root, 'policy.yaml'), 'utf8'));
    expect(validManifest(manifest), JSON.stringify(validManifest.errors)).toBe(true);
    for (const f of ['policy.yaml', 'protect.yaml', 'fleet-policy.yaml']) {
      expect(validPolicy(parse(readFileSync(join(root, f), 'utf8'))), `${f}: ${JSON.stringify(validPolicy.errors)}`).toBe(true);
    }
    expect(validManifest({ ...manifest, kind: 'Model' })).toBe(false);
    expect(validManifest({ ...manifest, modle: {} })).toBe(false);
    expect(validPolicy({ ...policy, failOn: 'severe' })).toBe(false);
    expect(validPolicy({ waivers: [{ rule: 'lineage/x', reason: 'r', owner: 'o', expires: '2026-13-45' }] })).toBe(false);
  });
});

describe('the report schema', () => {
  it('describes the Report type: the schema and the type agree field by field (a compile error when they drift)', () => {
    type Described = z.output<ReturnType<typeof reportSchemaFor>>;
    const asDescribed = (r: Report): Omit<Described, 'checks'> & { checks: Array<Omit<Described['checks'][number], 'id' | 'facts'>> } => r;
    type Entry = Described['checks'][number];
    const asReport = (d: Omit<Described, 'checks'> & { checks: Array<Omit<Entry, 'facts'> & { facts: Report['checks'][number]['facts'] }> }): Report => d;
    expect([asDescribed, asReport]).toHaveLength(2);
  });

  it('accepts a gate report with every check\'s facts, and rejects facts of another shape', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchemas()['report.schema.json']!);
    const report = reportOf([
      check({ id: 'pii', facts: piiFacts({ totals: { records: 1, recordsMasked: 0, recordsQuarantined: 0, counts: {}, byCategory: {} } }) }),
      check({ id: 'bias', facts: biasFacts({ features: { sex: biasFeature({}) } }) }),
      check({ id: 'lineage', status: 'skipped', facts: {} }),
      check({ id: 'policy', facts: { failOn: 'high', required: [], customRules: 0, waivers: { active: 0, expired: 0, unused: 0 } } }),
    ]);
    expect(validate(JSON.parse(renderJson(report))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const pii = { ...report, checks: [check({ id: 'pii', facts: { files: 'not a list' } })] };
    expect(validate(JSON.parse(renderJson(pii)))).toBe(false);
    const summary = { ...report, checks: report.checks.map((c) => ({ ...c, summary: '| a |' })) };
    expect(validate(JSON.parse(renderJson(summary as Report)))).toBe(false);
  });
});
