// The sharded workflow of examples/workflows and docs/sharding.md: only inputs action.yml declares, the
// artifacts carry what the merge reads, a failed shard still reaches the merge (fail closed), and the
// page shows the example's very jobs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { pathGlob } from '../../../src/io/glob.js';
import { DEFAULT_PARTIALS, defaultPartialPath } from '../../../src/shard/spec.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const text = readFileSync(join(ROOT, 'examples/workflows/sharded-gate.yml'), 'utf8');
interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string;
  if?: string;
  strategy?: { matrix: { shard: number[] } };
  steps: Step[];
}
const w = YAML.parse(text) as { permissions: unknown; jobs: Record<string, Job> };
const actionInputs = Object.keys((YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs);
const gate = (job: string) => w.jobs[job]!.steps.find((s) => s.uses?.startsWith('modelgate/modelgate@'))!;
const step = (job: string, action: string) => w.jobs[job]!.steps.find((s) => s.uses?.startsWith(action))!;

describe('examples/workflows/sharded-gate.yml', () => {
  it('a matrix of shard jobs, then a merge job that runs even when a shard failed', () => {
    expect(w.permissions).toEqual({ contents: 'read' });
    for (const job of ['shard', 'merge']) for (const key of Object.keys(gate(job).with ?? {})) expect(actionInputs, key).toContain(key);
    const shards = w.jobs.shard!.strategy!.matrix.shard;
    expect(gate('shard').with?.shard).toBe(`\${{ matrix.shard }}/${shards.length}`);
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    expect(gate('merge').with?.merge).toBe(true);
    expect(w.jobs.merge).toMatchObject({ needs: 'shard', if: '${{ !cancelled() }}' });
    expect(step('shard', 'actions/upload-artifact').if).toBe('${{ !cancelled() }}');
  });

  it('uploads each partial report with its part files and downloads them where the merge looks', () => {
    const upload = step('shard', 'actions/upload-artifact').with!;
    const download = step('merge', 'actions/download-artifact').with!;
    expect(upload['include-hidden-files']).toBe(true);
    const uploaded = pathGlob(String(upload.path).replace(/\s*#.*$/, ''));
    const partial = defaultPartialPath({ index: 3, count: 4 });
    expect(uploaded.test(partial)).toBe(true);
    expect(uploaded.test(partial.replace(/\.json$/, '.pii.0.clean.gz'))).toBe(true);
    expect(pathGlob(String(download.pattern)).test(String(upload.name).replace('${{ matrix.shard }}', '3'))).toBe(true);
    expect(download['merge-multiple']).toBe(true);
    // Files land at the artifact's root (the common folder of the paths is left out): here, in .modelgate/.
    expect(pathGlob(DEFAULT_PARTIALS).test(`${String(download.path)}/${partial.split('/').pop()}`)).toBe(true);
  });

  it('is what docs/sharding.md shows', () => {
    const section = readFileSync(join(ROOT, 'docs', 'sharding.md'), 'utf8');
    const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    expect(block.startsWith('jobs:\n')).toBe(true);
    expect(text).toContain(block);
  });
});
