// The facts schema against the facts of real runs: every platform, a verdict store or none, custom rules
// with halt, ignored and unknown kinds. A strict schema fails here when the run gains a field it does not name.
import { describe, expect, it } from 'vitest';
import { endpointsConfigSchema } from '../../../../checks/endpoints/config.js';
import { endpointsFactsSchema } from '../../../../checks/endpoints/facts.js';
import { makeEndpointsCheck } from '../../../../checks/endpoints/index.js';
import { endpointsView } from '../../../../checks/endpoints/view.js';
import type { CheckView } from '../../../../src/check.js';
import type { CheckReport } from '../../../../src/report/model.js';
import { present } from '../../../../src/report/views.js';
import { loadManifest } from '../../../../src/manifest/load.js';
import { checkContext } from '../../../helpers/context.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import * as fx from '../../../helpers/endpoint-definitions.js';

const definitions = {
  'deploy/a.yaml': [fx.KSERVE_GOOD, fx.KSERVE_BAD, fx.SELDON_V1, fx.SELDON_V2, fx.MODELGATE_ENDPOINT].join('\n---\n'),
  'deploy/b.yaml': fx.CFN_TEMPLATE,
  'deploy/c.json': fx.SAGEMAKER_CONFIG_JSON,
  'deploy/d.json': fx.SAGEMAKER_MODEL_JSON,
  'deploy/e.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n---\napiVersion: batch/v1\nkind: Job\nmetadata: { name: y }\n',
};

const custom = [
  { id: 'isolated', expression: 'endpoint.platform != "sagemaker" || endpoint.networkIsolation.enabled', message: 'isolate', severity: 'critical', halt: true },
];

async function resultOf(opts: { store: boolean; config: Record<string, unknown> }) {
  const ws = tempWorkspace({ ...definitions, 'verdicts/.keep': '', 'fleet.yaml': fx.fleetManifest('', '[deploy/*.yaml, deploy/*.json]').replace(opts.store ? '' : '  verdicts: verdicts\n', '') });
  const manifest = loadManifest(ws, 'fleet.yaml', [makeEndpointsCheck()]);
  const config = endpointsConfigSchema.parse({ allowedModelSources: ['oci://registry.example.com/models/', 's3://models-prod/'], cluster: { meshMtls: true }, ...opts.config });
  const check = makeEndpointsCheck({ loadVerdictStore: async () => fx.fakeStore([fx.record(fx.D1, 'passed', '2026-05-30T00:00:00Z')]) });
  const result = await check.run(checkContext({ id: 'endpoints', workspace: ws, manifest, config, now: fx.NOW }));
  expect(result.status).toBe('passed');
  return result;
}

const factsOf = async (opts: { store: boolean; config: Record<string, unknown> }) => (await resultOf(opts)).facts;

describe('endpoints facts schema', () => {
  it('accepts the facts of a run with a verdict store, custom halt rules and ignored and unknown kinds', async () => {
    const facts = await factsOf({ store: true, config: { ignoreKinds: ['ConfigMap'], custom } });
    const parsed = endpointsFactsSchema.parse(facts);
    expect(parsed).toEqual(facts);
    expect(parsed.verdictStore).not.toBeNull();
    expect(parsed.halt.length).toBeGreaterThan(0);
    expect(Object.keys(parsed.byPlatform).sort()).toEqual(['kserve', 'modelgate', 'sagemaker', 'seldon', 'seldon-v2']);
    expect(parsed.ignoredKinds).toEqual({ ConfigMap: 1 });
    expect(parsed.unknownKinds).toEqual({ 'AWS::IAM::Role': 1, Job: 1 });
    expect(parsed.rules.some((r) => r.key === 'custom-isolated')).toBe(true);
  });

  it('accepts the facts of a run without a verdict store', async () => {
    const facts = await factsOf({ store: false, config: { rules: { 'model-verdict': { enabled: false } } } });
    expect(endpointsFactsSchema.parse(facts)).toMatchObject({ verdictStore: null });
  });

  it('refuses a field it does not name', () => {
    const facts = { files: 0, documents: 0, endpoints: 0, routes: 0, byPlatform: {}, production: 0, public: 0, failing: 0, ignoredKinds: {}, unknownKinds: {}, verdictStore: null, rules: [], table: [], halt: [] };
    expect(endpointsFactsSchema.parse(facts)).toEqual(facts);
    expect(() => endpointsFactsSchema.parse({ ...facts, extra: 1 })).toThrow(/extra/);
  });

  // The views read the run's own facts as built (the schema's parse copied them, 3–5% of the gate's CPU
  // on 5,000 endpoints); facts from anywhere else (a partial report read from a file) are still parsed.
  it('hands the run its own facts to its views as built, with the same output as the parsed facts', async () => {
    const result = await resultOf({ store: true, config: { ignoreKinds: ['ConfigMap'], custom } });
    const facts = result.facts as Record<string, unknown>;
    const check: CheckReport = { id: 'endpoints', title: 'endpoints', status: 'failed', optional: false, durationMs: 0, findings: result.findings.map((f) => ({ ...f, violation: true })), facts, outputs: [] };
    const seen: unknown[] = [];
    const spy: CheckView<unknown> = { summary: (f) => (seen.push(f), 'ok') };
    const views = new Map([['endpoints', { facts: endpointsFactsSchema, view: spy }]]);
    const show = (f: Record<string, unknown>) => present(views, { ...check, facts: f }, 'summary section', (v) => v.summary);
    expect(show(facts)).toBe('ok');
    expect(seen[0]).toBe(facts);
    const copy = JSON.parse(JSON.stringify(facts)) as Record<string, unknown>;
    expect(show(copy)).toBe('ok');
    expect(seen[1]).not.toBe(copy);
    expect(seen[1]).toEqual(copy);
    expect(show({ ...copy, extra: 1 })).toBeUndefined();
    // What the views make of the facts as built and of the schema's copy (its keys in the schema's order).
    const parsed = endpointsFactsSchema.parse(facts);
    expect(endpointsView.summary!(facts as never)).toBe(endpointsView.summary!(parsed));
    expect(String(endpointsView.html!(facts as never))).toBe(String(endpointsView.html!(parsed)));
    expect(endpointsView.evidence!(facts as never)).toEqual(endpointsView.evidence!(parsed));
    expect(endpointsView.outputs!.halt!.value(check, facts as never)).toBe(endpointsView.outputs!.halt!.value(check, parsed));
    expect(JSON.parse(endpointsView.outputs!.halt!.value(check, parsed))).not.toEqual([]);
  });
});
