// Where a served model's digest was read is found (the definition read again for its line) only for a
// verdict finding that shows it: a model whose verdict passes costs no second read of its document.
import { describe, expect, it } from 'vitest';
import { endpointsConfigSchema } from '../../../../checks/endpoints/config.js';
import { evaluateFleet } from '../../../../checks/endpoints/evaluate.js';
import type { FleetEntry } from '../../../../checks/endpoints/fleet.js';
import type { Endpoint } from '../../../../checks/endpoints/model.js';
import { copyModel, pulledModel } from '../../../../checks/endpoints/modeluri.js';
import { D1, D2, fakeStore, NOW, record } from '../../../helpers/endpoint-definitions.js';

const config = endpointsConfigSchema.parse({ allowedModelSources: ['oci://r.example.com/'] });
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

/** An endpoint serving `digest`, whose URI's line is counted each time a message asks for it. */
function entry(name: string, digest: string, reads: { count: number }): FleetEntry {
  const where = {
    field: () => 'spec.predictor.model.storageUri in deploy/a.yaml',
    at: () => {
      reads.count++;
      return 'spec.predictor.model.storageUri at deploy/a.yaml:12:7';
    },
  };
  const model = copyModel(pulledModel('predictor', `oci://r.example.com/m@sha256:${digest}`, where, null), { evidence: [] });
  const endpoint = {
    name,
    platform: 'kserve',
    kind: 'InferenceService',
    namespace: null,
    file: 'deploy/a.yaml',
    line: 1,
    models: [model],
  } as unknown as Endpoint;
  return { endpoint, raw: { endpoint: endpoint as never, doc: { file: 'deploy/a.yaml', locate: () => ({ file: 'deploy/a.yaml', line: 12 }) }, fields: {}, podLabels: [], serviceNames: [] } };
}

describe('verdict evidence', () => {
  const store = fakeStore([record(D1, 'passed', daysAgo(1)), record(D2, 'blocked', daysAgo(1))]);
  const only = { ...config, rules: Object.fromEntries(Object.entries(config.rules).map(([k, r]) => [k, { ...r, enabled: k === 'model-verdict' }])) } as typeof config;

  it('does not look up where a passing model was read', () => {
    const reads = { count: 0 };
    const { findings } = evaluateFleet([entry('ok', D1, reads)], only, { store, now: NOW, custom: [] });
    expect(findings).toEqual([]);
    expect(reads.count).toBe(0);
  });

  it('names where the digest was read in the finding of a blocked one', () => {
    const reads = { count: 0 };
    const { findings } = evaluateFleet([entry('blocked', D2, reads)], only, { store, now: NOW, custom: [] });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('(digest from spec.predictor.model.storageUri at deploy/a.yaml:12:7) is BLOCKED')]);
    expect(reads.count).toBe(1);
  });
});
