import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/gate.js';
import { renderJson } from '../../../src/report/json.js';
import type { Report } from '../../../src/report/model.js';
import {
  BASELINE_POLICY_SHA256,
  buildVerdictStatement,
  bundlePathFor,
  renderStatement,
  runIdentity,
  STATEMENT_TYPE,
  VERDICT_PREDICATE_TYPE,
  writeVerdictStatement,
} from '../../../src/verdict/statement.js';
import { manifestYaml, sha256, tempWorkspace } from '../../helpers/workspace.js';
import { OutputError } from '../../../src/io/output-path.js';
import { views } from '../../helpers/views.js';
import { lineageArtifact, lineageFacts } from '../../helpers/facts.js';

const quiet = { info: () => {}, warning: () => {}, debug: () => {} };
const NOW = new Date('2026-03-01T12:00:00Z');

function report(over: Partial<Report> = {}): Report {
  return {
    schemaVersion: '1.0.0',
    tool: { name: 'modelgate', version: '9.9.9' },
    verdict: 'passed',
    mode: 'enforce',
    failOn: 'high',
    manifest: 'release/model-release.yaml',
    release: { name: 'fraud', version: '2.1.0', owner: 'risk@example.com' },
    policy: 'policy.yaml',
    startedAt: '2026-03-01T12:00:00.000Z',
    durationMs: 1500,
    checks: [
      {
        id: 'lineage',
        title: 'Lineage',
        status: 'passed',
        optional: false,
        durationMs: 10,
        findings: [],
        facts: lineageFacts({
          artifacts: [
            lineageArtifact({ path: 'model/weights.bin', name: 'weights', kind: 'file', size: 3, sha256: 'a'.repeat(64), expected: 'a'.repeat(64), ok: true }),
            lineageArtifact({ path: 'model/tokenizer', name: 'tokenizer', kind: 'directory', size: 9, sha256: 'B'.repeat(64), expected: 'b'.repeat(64), ok: true }),
            lineageArtifact({ path: 'model/missing.bin', name: 'missing.bin', kind: 'missing', size: null, sha256: null, expected: 'c'.repeat(64), ok: false }),
          ],
        }),
        outputs: [],
      },
    ],
    violations: 0,
    counts: { critical: 0, high: 0, medium: 0, low: 1, info: 2 },
    waivers: { applied: [], unused: [], expired: [] },
    rules: [],
    run: { repository: 'acme/models', sha: 'f'.repeat(40), runId: '7', workflow: 'release' },
    ...over,
  };
}

const inputs = (r: Report) => ({
  report: r,
  reportSha256: '1'.repeat(64),
  policySha256: '2'.repeat(64),
  manifestSha256: '3'.repeat(64),
  declared: [{ path: 'declared.bin', sha256: 'sha256:' + 'D'.repeat(64) }],
  views,
  run: runIdentity(r.run, { GITHUB_RUN_ATTEMPT: '2', GITHUB_ACTOR: 'octocat', GITHUB_WORKFLOW_REF: 'acme/models/.github/workflows/release.yml@refs/heads/main' }),
});

describe('buildVerdictStatement', () => {
  it('is an in-toto Statement v1 whose subjects are the artifacts the lineage check hashed', () => {
    const st = buildVerdictStatement(inputs(report()));
    expect(Object.keys(st)).toEqual(['_type', 'subject', 'predicateType', 'predicate']);
    expect(st._type).toBe(STATEMENT_TYPE);
    expect(st.predicateType).toBe(VERDICT_PREDICATE_TYPE);
    expect(st.subject).toEqual([
      { name: 'model/weights.bin', digest: { sha256: 'a'.repeat(64) } },
      { name: 'model/tokenizer', digest: { sha256: 'b'.repeat(64) } },
      // Not hashed (missing): the manifest's declared digest, marked as such in the predicate.
      { name: 'model/missing.bin', digest: { sha256: 'c'.repeat(64) } },
    ]);
    expect(st.predicate.artifacts.map((a) => [a.name, a.source])).toEqual([
      ['weights', 'computed'],
      ['tokenizer', 'computed'],
      ['missing.bin', 'declared'],
    ]);
  });

  it('holds the verdict, release, digests, counts, run identity and tool, in a fixed key order', () => {
    const p = buildVerdictStatement(inputs(report())).predicate;
    expect(Object.keys(p)).toEqual([
      'verdict', 'mode', 'failOn', 'release', 'time', 'durationMs', 'manifest', 'policy', 'report', 'violations', 'counts', 'checks', 'waivers', 'artifacts', 'run', 'tool',
    ]);
    expect(p).toMatchObject({
      verdict: 'passed',
      release: { name: 'fraud', version: '2.1.0', owner: 'risk@example.com' },
      // The end of the run: startedAt + durationMs.
      time: '2026-03-01T12:00:01.500Z',
      manifest: { path: 'release/model-release.yaml', digest: { sha256: '3'.repeat(64) } },
      policy: { path: 'policy.yaml', digest: { sha256: '2'.repeat(64) } },
      report: { schemaVersion: '1.0.0', digest: { sha256: '1'.repeat(64) } },
      violations: 0,
      counts: { critical: 0, high: 0, medium: 0, low: 1, info: 2 },
      checks: [{ id: 'lineage', status: 'passed', violations: 0 }],
      tool: { name: 'modelgate', version: '9.9.9' },
    });
    expect(p.run).toEqual({
      repository: 'acme/models',
      workflow: 'release',
      workflowRef: 'acme/models/.github/workflows/release.yml@refs/heads/main',
      runId: '7',
      runAttempt: '2',
      sha: 'f'.repeat(40),
      actor: 'octocat',
    });
    expect(Object.keys(p.run)).toEqual(['repository', 'workflow', 'workflowRef', 'runId', 'runAttempt', 'sha', 'actor']);
  });

  it('is deterministic: the same inputs give the same bytes', () => {
    const a = renderStatement(buildVerdictStatement(inputs(report())));
    const b = renderStatement(buildVerdictStatement(inputs(structuredClone(report()))));
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('uses the declared digests when the lineage check did not run, and the manifest when there are no artifacts', () => {
    const noLineage = buildVerdictStatement(inputs(report({ checks: [] })));
    expect(noLineage.subject).toEqual([{ name: 'declared.bin', digest: { sha256: 'd'.repeat(64) } }]);
    expect(noLineage.predicate.artifacts[0]).toMatchObject({ source: 'declared' });
    const fleet = buildVerdictStatement({ ...inputs(report({ checks: [] })), declared: [] });
    expect(fleet.subject).toEqual([{ name: 'release/model-release.yaml', digest: { sha256: '3'.repeat(64) } }]);
    expect(fleet.predicate.artifacts).toEqual([]);
  });

  it('names the Sigstore bundle beside the statement', () => {
    expect(bundlePathFor('.modelgate/verdict.intoto.json')).toBe('.modelgate/verdict.sigstore.json');
    expect(bundlePathFor('out/v.json')).toBe('out/v.sigstore.json');
    expect(bundlePathFor('out/v')).toBe('out/v.sigstore.json');
  });
});

describe('writeVerdictStatement', () => {
  it('digests the policy, the manifest and the JSON report of a real gate run and writes atomically', async () => {
    const MODEL = 'weights';
    const manifest = manifestYaml([{ path: 'model.bin', sha256: sha256(MODEL) }]);
    const ws = tempWorkspace({ 'rel/model-release.yaml': manifest, 'rel/model.bin': MODEL, 'policy.yaml': 'failOn: low\n' });
    const r = await runGate({ workspace: ws, manifest: 'rel/model-release.yaml', policy: 'policy.yaml', checks: ['lineage'], logger: quiet, now: NOW });
    const w = writeVerdictStatement(r, { workspace: ws, path: join(ws, 'out', 'verdict.intoto.json'), reportPath: 'out/report.json', run: {}, views });
    expect(w.path).toBe('out/verdict.intoto.json');
    const onDisk = JSON.parse(readFileSync(join(ws, 'out/verdict.intoto.json'), 'utf8'));
    expect(onDisk).toEqual(w.statement);
    expect(onDisk.subject).toEqual([{ name: 'model.bin', digest: { sha256: sha256(MODEL) } }]);
    expect(onDisk.predicate.policy).toEqual({ path: 'policy.yaml', digest: { sha256: sha256('failOn: low\n') }, source: { origin: 'workspace', path: 'policy.yaml' } });
    expect(onDisk.predicate.manifest).toEqual({ path: 'rel/model-release.yaml', digest: { sha256: sha256(manifest) } });
    expect(onDisk.predicate.report).toEqual({ schemaVersion: r.schemaVersion, digest: { sha256: sha256(renderJson(r)) }, path: 'out/report.json' });
    expect(onDisk.predicate.run).toEqual({});
  });

  it('gives the baseline policy the digest of the empty document', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]) });
    const r = await runGate({ workspace: ws, manifest: 'model-release.yaml', checks: ['lineage'], logger: quiet, now: NOW });
    const w = writeVerdictStatement(r, { workspace: ws, path: 'v.json', run: {}, views });
    expect(w.statement.predicate.policy).toEqual({ path: 'baseline', digest: { sha256: BASELINE_POLICY_SHA256 }, source: { origin: 'baseline', path: 'baseline' } });
    expect(BASELINE_POLICY_SHA256).toBe(sha256(''));
    // No artifact: the manifest is the subject.
    expect(w.statement.subject).toEqual([{ name: 'model-release.yaml', digest: { sha256: sha256(manifestYaml([])) } }]);
  });

  // Once "refuses a path outside the workspace": the statement path is an output path the workflow chooses;
  // the report path it names is shown absolute when outside the workspace.
  it('writes at a path outside the workspace, returning it absolute; a path that cannot be written is an OutputError', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]), taken: 'x' });
    const outside = tempWorkspace();
    const r = await runGate({ workspace: ws, manifest: 'model-release.yaml', checks: ['lineage'], logger: quiet, now: NOW });
    const w = writeVerdictStatement(r, { workspace: ws, path: join(outside, 'v.json'), reportPath: join(outside, 'r.json'), run: {}, views });
    expect(w.path).toBe(join(outside, 'v.json'));
    expect(JSON.parse(readFileSync(join(outside, 'v.json'), 'utf8')).predicate.report.path).toBe(join(outside, 'r.json'));
    expect(() => writeVerdictStatement(r, { workspace: ws, path: 'taken/v.json', run: {}, views })).toThrow(OutputError);
  });
});
