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
import { bareMac, bareSsn } from '../../helpers/pii-colhead-tuning.js';
import { comparable, logger, outputsOf, peopleCsv, predictionsCsv, shardedGate } from '../../helpers/sharded-run.js';

const registry = [pii as Check, bias as Check];
const RECORDS = 2 * BLOCK_RECORDS + 1234; // three blocks, the last one short

const MANIFEST = releaseManifest('data', '  scan:\n    - path: data/people.csv\n    - path: data/people.jsonl.gz\n    - path: data/cued.csv\n    - path: data/cued.jsonl.gz\n') +
  'evaluation:\n  predictions: data/pred.csv\n  label: y\n  prediction: yhat\n  weight: w\n  sensitiveFeatures: [g, h]\n';
const POLICY = `pii:
  actions: { email: mask, credit-card: quarantine, us-ssn: mask, iban: mask, mac-address: mask }
  masking: { strategies: { email: hash, us-ssn: partial } }
  quasiIdentifiers: [age, sex, zip]
  kAnonymity: 3
bias:
  minGroupSize: 30
  resamples: 50
`;

/** Neutral columns of bare SSNs and MACs (value cues): CSV over two parts, JSON Lines over three blocks. */
function cued(): { csv: string; jsonl: string } {
  const r = rng(9);
  const rows = Array.from({ length: RECORDS }, (_, i) => ({ id: i, c1: bareSsn(r), c2: bareMac(r), note: chars(r, 'abcdefghij ', 60) }));
  const csv = 'id,c1,c2,note\n' + rows.map((x) => `${x.id},${x.c1},${x.c2},${x.note}`).join('\n') + '\n';
  return { csv, jsonl: rows.map((x) => JSON.stringify(x)).join('\n') + '\n' };
}

function workspace(): string {
  const c = cued();
  const csv = peopleCsv(7, RECORDS);
  const rows = csv.trim().split('\n').slice(1, 6000);
  // A nested field too: its masked copy keeps its structure (src/io/json-mask.ts) in every shard.
  // Every fifth record from the second on has a key the first record lacks: scanned and written back in every shard.
  const jsonl =
    rows
      .map((l, i) => {
        const [id, name, email] = l.split(',');
        return JSON.stringify({ id: Number(id), name, email, contact: { emails: [email], note: `write to ${email}` }, ...(i % 5 === 3 && email ? { alt: { mail: email } } : {}) });
      })
      .join('\n') + '\n';
  return tempWorkspace({
    'model-release.yaml': MANIFEST,
    'policy.yaml': POLICY,
    'data/people.csv': csv,
    'data/people.jsonl.gz': gzipSync(jsonl),
    'data/pred.csv': predictionsCsv(11, RECORDS),
    'data/cued.csv': c.csv,
    'data/cued.jsonl.gz': gzipSync(c.jsonl),
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
      const piiFacts = single.checks.find((c) => c.id === 'pii')!.facts as { files: Array<{ path: string; columns: Array<{ name: string; valueCue?: string }> }> };
      for (const path of ['data/cued.csv', 'data/cued.jsonl.gz']) {
        expect(piiFacts.files.find((f) => f.path === path)!.columns.filter((x) => x.valueCue).map((x) => x.name), path).toEqual(['c1', 'c2']);
      }
      const singleOutputs = outputsOf(ws);
      const nested = Object.entries(singleOutputs).find(([p]) => p.endsWith('people.clean.jsonl.gz'))!;
      const cleanLines = gunzipSync(Buffer.from(nested[1], 'base64')).toString('utf8').split('\n');
      const first = JSON.parse(cleanLines[0]!) as { contact: unknown };
      expect(first.contact).toMatchObject({ emails: [expect.stringMatching(/^\[EMAIL:[a-p]{20}\]$/)], note: expect.stringMatching(/^write to \[EMAIL:[a-p]{20}\]$/) });
      const later = cleanLines.filter((l) => l.includes('"alt"')).map((l) => JSON.parse(l) as { alt: unknown });
      expect(later.length).toBeGreaterThan(500);
      for (const r of later) expect(r.alt).toEqual({ mail: expect.stringMatching(/^\[EMAIL:[a-p]{20}\]$/) });
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
