// Sharding through dist/ as the runner runs it: three matrix jobs (`shard: i/3`), then a merge job
// (`merge: true`); the merged report and output files equal one job's, byte for byte. The data file is
// large enough (> 4 MiB) that the one job scans it on worker threads, so the equality also covers the
// parallel path.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { releaseManifest } from '../helpers/release.js';
import { tempWorkspace } from '../helpers/workspace.js';
import { chars, rng } from '../helpers/personal-data.js';
import { comparable, outputsOf, peopleCsv, predictionsCsv } from '../helpers/sharded-run.js';
import { runAction, runCli } from '../helpers/action-runner.js';

const RECORDS = 70_000;
const MANIFEST =
  releaseManifest('data', '  scan:\n    - path: data/people.csv\n') + 'evaluation:\n  predictions: data/pred.csv\n  label: y\n  prediction: yhat\n  weight: w\n  sensitiveFeatures: [g, h]\n';
const POLICY = `pii:
  actions: { email: mask, credit-card: quarantine, us-ssn: mask, iban: mask }
  masking: { strategies: { email: hash, us-ssn: partial } }
  quasiIdentifiers: [age, sex]
bias:
  minGroupSize: 30
  resamples: 20
`;

describe('sharded matrix jobs and the merge job, through dist/', () => {
  it('merge: true gives the verdict, report and outputs of one job; shard jobs exit 0 with the partial as output', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': MANIFEST, 'policy.yaml': POLICY, 'data/people.csv': peopleCsv(5, RECORDS), 'data/pred.csv': predictionsCsv(6, RECORDS) });
    const env = { MODELGATE_PII_KEY: chars(rng(8), 'abcdefghijklmnop', 24) };
    const inputs = { manifest: 'model-release.yaml', policy: 'policy.yaml', checks: 'pii,bias' };
    const single = await runAction(ws, { ...inputs, 'report-json': 'single.json' }, env);
    expect(single.status).toBe(1);
    const singleOutputs = outputsOf(ws);
    expect(Object.keys(singleOutputs)).toHaveLength(2);
    rmSync(join(ws, '.modelgate'), { recursive: true });

    for (const i of [1, 2, 3]) {
      const job = await runAction(ws, { ...inputs, shard: `${i}/3` }, env);
      expect(job.stderr).toBe('');
      expect(job.status).toBe(0);
      expect(job.outputs.partial).toBe(`.modelgate/partial-${i}-of-3.json`);
      expect(job.stdout).toContain(`shard ${i}/3: pii: share done`);
    }
    // The merge job downloads the artifacts into a fresh checkout: it never reads the data.
    const mergeWs = tempWorkspace({ 'model-release.yaml': MANIFEST, 'policy.yaml': POLICY });
    cpSync(join(ws, '.modelgate'), join(mergeWs, '.modelgate'), { recursive: true });
    const merged = await runAction(mergeWs, { ...inputs, merge: 'true', 'report-json': 'merged.json' });
    expect(merged.status).toBe(1);
    expect(merged.outputs.verdict).toBe(single.outputs.verdict);
    expect(merged.outputs.violations).toBe(single.outputs.violations);
    const read = (dir: string, f: string) => comparable(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Report);
    expect(read(mergeWs, 'merged.json')).toBe(read(ws, 'single.json'));
    expect(outputsOf(mergeWs)).toEqual(singleOutputs);
  }, 300_000);

  it('shard and merge in one job is a configuration error (exit 2), and so is a merge without partial reports', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': MANIFEST, 'policy.yaml': POLICY, 'data/people.csv': 'id,email\n1,x\n', 'data/pred.csv': 'y,yhat,g,h,w\n1,1,a,x,1\n' });
    const both = await runAction(ws, { manifest: 'model-release.yaml', shard: '1/2', merge: 'true' });
    expect(both.status).toBe(2);
    expect(both.stdout).toContain('input "shard" and input "merge" exclude each other');
    const none = await runAction(ws, { manifest: 'model-release.yaml', merge: 'true' });
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('no partial report matches');
  });

  it('the CLI: a shard job that cannot do its share exits 2, and the merge fails closed (exit 2)', () => {
    const ws = tempWorkspace({ 'model-release.yaml': MANIFEST, 'policy.yaml': POLICY, 'data/people.csv': 'id,email\n1,x\n', 'data/pred.csv': 'y,yhat,g,h,w\n1,1,a,x,1\nmaybe,0,b,y,1\n' });
    const args = ['--manifest', 'model-release.yaml', '--policy', 'policy.yaml', '--checks', 'pii,bias'];
    const job = runCli(['check', ...args, '--shard', '1/1'], ws);
    expect(job.status).toBe(2);
    expect(job.stderr).toContain('modelgate: error: bias: ');
    expect(job.stderr).not.toMatch(/\n\s+at /);
    const merged = runCli(['merge', ...args], ws);
    expect(merged.status).toBe(2);
    expect(merged.stdout + merged.stderr).toContain('the label (a text of 5 characters starting with "m") is neither a positive label');
    expect(merged.stdout + merged.stderr).not.toContain('maybe');
  });
});
