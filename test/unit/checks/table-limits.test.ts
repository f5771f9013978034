// The readers' limits are set by the policy section of each check that reads tables (pii.tableLimits,
// bias.tableLimits): over one, the check errors (fail closed) with the reader's message naming the file.
import { describe, expect, it } from 'vitest';
import { bias } from '../../../checks/bias/index.js';
import { pii } from '../../../checks/pii/index.js';
import type { Check } from '../../../src/check.js';
import { runGate } from '../../../src/gate.js';
import { releaseManifest } from '../../helpers/release.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const logger = { info() {}, warning() {}, debug() {} };
const predictions = 'y,yhat,g,h\n1,1,a,x\n0,0,b,y\n';

async function run(check: Check, section: string, manifestPart: string, policy: string) {
  const ws = tempWorkspace({ 'model-release.yaml': releaseManifest(section, manifestPart), 'policy.yaml': policy, 'd/p.csv': predictions });
  const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [check] });
  const c = report.checks.find((x) => x.id === check.id)!;
  return { status: c.status, error: c.findings.find((f) => f.ruleId === 'gate/check-error')?.message };
}

describe('tableLimits in the policy', () => {
  const piiScan = '  scan:\n    - path: d/p.csv\n';
  const biasEval = '  predictions: d/p.csv\n  label: y\n  prediction: yhat\n  sensitiveFeatures: [g]\n';

  it('pii: a table over pii.tableLimits.columns is a check error naming the file; within it, scanned', async () => {
    const over = await run(pii as Check, 'data', piiScan, 'pii:\n  tableLimits: { columns: 3 }\n');
    expect(over.status).toBe('error');
    expect(over.error).toMatch(/4 columns exceed the limit of 3 columns per table/);
    expect((await run(pii as Check, 'data', piiScan, 'pii:\n  tableLimits: { columns: 4 }\n')).status).toBe('passed');
  });

  it('bias: bias.tableLimits bounds the predictions reader (record bytes here)', async () => {
    const over = await run(bias as Check, 'evaluation', biasEval, 'bias:\n  minGroupSize: 1\n  resamples: 0\n  tableLimits: { recordBytes: 5 }\n');
    expect(over.status).toBe('error');
    expect(over.error).toMatch(/record exceeds the limit of 5 bytes per record/);
  });

  it('rejects a limit that is not a positive integer, at its policy line', async () => {
    await expect(run(pii as Check, 'data', piiScan, 'pii:\n  tableLimits: { columns: 0 }\n')).rejects.toThrow(/policy\.yaml:2:\d+: .*columns/);
  });
});
