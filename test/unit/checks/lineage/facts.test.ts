// The facts of real lineage runs parse with lineageFactsSchema (strict: a field the schema does not
// name fails), so the report's JSON Schema says what the check writes. The setups are the other
// lineage tests' (helpers.ts).
import { describe, expect, it } from 'vitest';
import { lineageFactsSchema, type LineageFacts } from '../../../../checks/lineage/facts.js';
import { lineage } from '../../../../checks/lineage/index.js';
import type { CheckContext } from '../../../../src/check.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import { AFTER_DEPS, BEFORE_DEPS, biasFacts, ctx, knownGoodWorkspace, load, provenanceSetup, sha, withUpstream, type Up } from '../../../helpers/lineage-release.js';
import { P } from '../../../helpers/model-files.js';

/** Runs the check and parses its facts; the parse must also keep every value (nothing stripped or coerced). */
async function factsOf(c: CheckContext<Parameters<typeof lineage.run>[0]['config']>): Promise<LineageFacts> {
  const r = await lineage.run(c);
  expect(r.status).toBe('passed');
  const parsed = lineageFactsSchema.safeParse(r.facts);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(r.facts);
  return parsed.data!;
}

describe('lineage facts schema', () => {
  it('artifacts (file, directory, missing, mismatched), the model-file scan and the model card', async () => {
    const evil = P.call('os', 'system', 'id', 4);
    const ws = tempWorkspace({ 'model/model.pkl': evil, 'model/dir/config.json': '{}', 'model/dir/w.bin': 'weights', 'model/README.md': '---\nlicense: mit\n---\n# M\n' });
    const body = [
      'model:',
      '  artifacts:',
      `    - { path: model/model.pkl, sha256: ${sha(evil)}, format: pickle }`,
      `    - { path: model/dir, sha256: ${'a'.repeat(64)} }`,
      `    - { path: model/gone.bin, sha256: ${'b'.repeat(64)} }`,
      '  card: model/README.md',
      '  metrics: { accuracy: 0.9 }',
      '',
    ].join('\n');
    const f = await factsOf(ctx(ws, load(ws, body), { card: { fields: ['license', 'evaluation'] } }));
    expect(f.artifacts.map((a) => a.kind)).toEqual(['file', 'directory', 'missing']);
    expect([f.verified, f.mismatched, f.missing]).toEqual([1, 1, 1]);
    expect(f.artifacts[1]!.scan?.formats).toEqual({ text: 1, unrecognised: 1 });
    expect(f.modelScan).toMatchObject({ files: 3, dangerous: 1 });
    expect(f.card?.fields).toEqual([{ name: 'license', present: true }, { name: 'evaluation', present: false }]);
  });

  it('signed provenance, vetted training data, and a rejected statement', async () => {
    const { ws, body, policy } = provenanceSetup();
    let f = await factsOf(ctx(ws, load(ws, body('att/prov.dsse.json')), { ...policy, requireSignature: true }));
    expect(f.provenance).toMatchObject([{ form: 'dsse', accepted: true }]);
    expect(f.datasets).toMatchObject([{ id: 'train', status: 'vetted', ok: true }]);
    expect(f.artifacts[0]).toMatchObject({ attested: true, signed: true });
    f = await factsOf(ctx(ws, load(ws, body('att/prov.json')), { ...policy, datasetRegistry: undefined }));
    expect(f.provenance).toMatchObject([{ form: 'plain', accepted: false }]);
    expect(f.datasets).toMatchObject([{ status: 'unregistered', ok: false }]);
  });

  it('a known-good diff: compared dependencies and measured bias, and the reasons when not compared', async () => {
    const { ws, body } = knownGoodWorkspace([
      { id: 'dependency', status: 'passed', facts: { inventory: BEFORE_DEPS } },
      { id: 'bias', status: 'passed', facts: biasFacts(0.05, 0.9) },
    ]);
    const up: Up = { dependency: { status: 'passed', facts: { inventory: AFTER_DEPS } }, bias: { status: 'passed', facts: biasFacts(0.08, 0.8) } };
    let f = await factsOf(withUpstream(ctx(ws, load(ws, body), { regression: { maxDisparityIncrease: 0.04 } }), up));
    expect(f.baseline).toMatchObject({ version: '0.9.0', verdict: 'passed', dependencies: { compared: true }, bias: { compared: true, breaches: 1 } });
    expect(new Set(f.baseline!.changes.map((c) => c.kind))).toEqual(new Set(['artifact', 'dependency', 'bias']));
    f = await factsOf(ctx(ws, load(ws, body)));
    expect(f.baseline).toMatchObject({ dependencies: { compared: false }, bias: { compared: false } });
  });

  it('is strict: a field it does not name, or a value of another shape, fails', async () => {
    const { ws, body } = knownGoodWorkspace(undefined);
    const f = await factsOf(ctx(ws, load(ws, body)));
    expect(lineageFactsSchema.safeParse({ ...f, extra: 1 }).success).toBe(false);
    expect(lineageFactsSchema.safeParse({ ...f, baseline: { ...f.baseline, dependencies: { compared: true, reason: 'x' } } }).success).toBe(false);
  });
});
