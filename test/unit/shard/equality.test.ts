// The merge equality test: a release's pii and bias work split across n shard jobs, merged, gives the
// very report (findings in order, facts, violations, summaries) and output files of one job.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bias } from '../../../checks/bias/index.js';
import { pii } from '../../../checks/pii/index.js';
import type { Check } from '../../../src/check.js';
import { runGate } from '../../../src/gate.js';
import { BLOCK_RECORDS } from '../../../src/shard/spec.js';
import { releaseManifest } from '../../helpers/release.js';
import { tempWorkspace } from '../../helpers/workspace.js';
import { chars, rng } from '../../helpers/personal-data.js';
import { comparable, logger, outputsOf, peopleCsv, predictionsCsv, shardedGate } from '../../helpers/sharded-run.js';

const registry = [pii as Check, bias as Check];
const RECORDS = 2 * BLOCK_RECORDS + 1234; // three blocks, the last one short

const MANIFEST = releaseManifest('data', '  scan:\n    - path: data/people.csv\n    - path: data/people.jsonl.gz\n') +
  'evaluation:\n  predictions: data/pred.csv\n  label: y\n  prediction: yhat\n  weight: w\n  sensitiveFeatures: [g, h]\n';
const POLICY = `pii:
  actions: { email: mask, credit-card: quarantine, us-ssn: mask, iban: mask }
  masking: { strategies: { email: hash, us-ssn: partial } }
  quasiIdentifiers: [age, sex, zip]
  kAnonymity: 3
bias:
  minGroupSize: 30
  resamples: 50
`;

function workspace(): string {
  const csv = peopleCsv(7, RECORDS);
  const rows = csv.trim().split('\n').slice(1, 6000);
  // A nested field too: its masked copy keeps its structure (src/io/json-mask.ts) in every shard.
  const jsonl = rows.map((l) => { const [id, name, email] = l.split(','); return JSON.stringify({ id: Number(id), name, email, contact: { emails: [email], note: `write to ${email}` } }); }).join('\n') + '\n';
  return tempWorkspace({
    'model-release.yaml': MANIFEST,
    'policy.yaml': POLICY,
    'data/people.csv': csv,
    'data/people.jsonl.gz': gzipSync(jsonl),
    'data/pred.csv': predictionsCsv(11, RECORDS),
  });
}

describe('sharded run and merge', () => {
  it.each([1, 2, 4])('%i shard(s) merged give the single run, byte for byte', async (count) => {
    const ws = workspace();
    const env = { MODELGATE_PII_KEY: chars(rng(3), 'abcdefghijklmnop', 24) };
    Object.assign(process.env, env);
    try {
      const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry, now: new Date('2026-06-01T00:00:00Z') };
      const single = await runGate(opts);
      const singleOutputs = outputsOf(ws);
      const nested = Object.entries(singleOutputs).find(([p]) => p.endsWith('people.clean.jsonl.gz'))!;
      const first = JSON.parse(gunzipSync(Buffer.from(nested[1], 'base64')).toString('utf8').split('\n')[0]!) as { contact: unknown };
      expect(first.contact).toMatchObject({ emails: [expect.stringMatching(/^\[EMAIL:[a-p]{20}\]$/)], note: expect.stringMatching(/^write to \[EMAIL:[a-p]{20}\]$/) });
      rmSync(join(ws, '.modelgate'), { recursive: true });
      const { report: merged, shards } = await shardedGate(opts, count);
      expect(shards.every((s) => s.errors.length === 0)).toBe(true);
      expect(single.checks.find((c) => c.id === 'pii')!.status).toBe('failed');
      expect(single.checks.find((c) => c.id === 'bias')!.status).not.toBe('error');
      expect(comparable(merged)).toBe(comparable(single));
      const mergedOutputs = Object.fromEntries(Object.entries(outputsOf(ws)));
      expect(Object.keys(mergedOutputs).sort()).toEqual(Object.keys(singleOutputs).sort());
      expect(mergedOutputs).toEqual(singleOutputs);
    } finally {
      delete process.env.MODELGATE_PII_KEY;
    }
  }, 120_000);
});
