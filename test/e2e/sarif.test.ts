// The SARIF report of the bundled action as code scanning receives it: a waived finding is no open
// alert (left out unless sarif-include-waived), and the category is set only by sarif-category.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action-runner.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';

const WAIVER = `waivers:
  - rule: lineage/artifact-digest-mismatch
    target: m.bin
    reason: retrained, digest updated in the next release
    owner: ml-platform
    expires: 2999-12-31
`;

/** A release whose one finding (a digest mismatch) the policy waives: the gate passes. */
function waivedRelease(): string {
  return tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('other') }]), 'm.bin': 'w', 'policy.yaml': WAIVER });
}

type Sarif = { runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[] }>; automationDetails?: { id: string }; properties?: { modelgate?: Record<string, unknown> } }> };
const sarifOf = (ws: string): Sarif => JSON.parse(readFileSync(join(ws, 'gate.sarif'), 'utf8')) as Sarif;

describe('SARIF through the bundled action', () => {
  it('leaves a waived finding out and says so; no automationDetails without sarif-category', async () => {
    const ws = waivedRelease();
    const r = await runAction(ws, { policy: 'policy.yaml', sarif: 'gate.sarif' });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs.verdict).toBe('passed');
    const run = sarifOf(ws).runs[0]!;
    expect(run.results.filter((x) => x.ruleId === 'lineage/artifact-digest-mismatch')).toEqual([]);
    expect(run.automationDetails).toBeUndefined();
    expect(run.properties?.modelgate).toMatchObject({ waivedOmitted: 1 });
    expect(r.stdout).toMatch(/^SARIF: .*sarif-include-waived/m);
  });

  it('keeps it as a suppressed result with sarif-include-waived, and takes the category from sarif-category', async () => {
    const ws = waivedRelease();
    const r = await runAction(ws, { policy: 'policy.yaml', sarif: 'gate.sarif', 'sarif-include-waived': 'true', 'sarif-category': 'modelgate/release' });
    expect(r.status, r.stdout).toBe(0);
    const run = sarifOf(ws).runs[0]!;
    const waived = run.results.filter((x) => x.ruleId === 'lineage/artifact-digest-mismatch');
    expect(waived).toHaveLength(1);
    expect(waived[0]!.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted' })]);
    expect(run.automationDetails).toEqual({ id: 'modelgate/release/' });
  });
});
