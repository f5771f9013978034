import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate.js';
import { tempWorkspace } from '../helpers/workspace.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'titanic');
const logger = { info() {}, warning() {}, debug() {} };

describe('examples/titanic', () => {
  it('is exactly what its seeded generator produces', () => {
    const out = tempWorkspace();
    execFileSync(process.execPath, [join(EXAMPLE, 'generate.mjs'), '--out', out], { stdio: 'ignore' });
    for (const f of ['data/titanic.csv', 'data/predictions.csv', 'model/model.json']) {
      expect(readFileSync(join(out, f)).equals(readFileSync(join(EXAMPLE, f))), f).toBe(true);
    }
  });

  it('passes the gate with its policy (the README first command)', async () => {
    const report = await runGate({ workspace: ROOT, manifest: 'examples/titanic/model-release.yaml', policy: 'examples/titanic/policy.yaml', logger });
    expect(report.verdict).toBe('passed');
    expect(report.checks.find((c) => c.id === 'lineage')!.facts).toMatchObject({ verified: 1, mismatched: 0, missing: 0 });
  });
});
