import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { runAction } from '../helpers/action-runner.js';

const MODEL = 'weights:0.1,0.2,0.3\n';

function release(digest: string) {
  return tempWorkspace({
    'release/model-release.yaml': manifestYaml([{ path: 'model.bin', sha256: digest }]),
    'release/model.bin': MODEL,
    'policy.yaml': 'failOn: low\nrequire: [lineage]\n',
  });
}

describe('the action, run as the runner runs dist/index.js', () => {
  it('passes a release whose artifact matches its digest', async () => {
    const ws = release(sha256(MODEL));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', policy: 'policy.yaml', 'report-json': 'out/report.json', sarif: 'out/gate.sarif' });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'passed', violations: '0', 'report-json': 'out/report.json', sarif: 'out/gate.sarif', 'verdict-statement': '.modelgate/verdict.intoto.json', 'verdict-bundle': '', halt: '[]' });
    expect(r.summary).toMatch(/passed/i);
    const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8'));
    expect(report).toMatchObject({ verdict: 'passed', manifest: 'release/model-release.yaml', policy: 'policy.yaml', violations: 0 });
    expect(report.checks.find((c: { id: string }) => c.id === 'lineage').facts).toMatchObject({ verified: 1 });
    const sarif = JSON.parse(readFileSync(join(ws, 'out/gate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(r.stdout).toContain('::group::');
  });

  it('blocks a release whose artifact digest differs, with an error annotation on the manifest line', async () => {
    const ws = release(sha256('something else'));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', policy: 'policy.yaml' });
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'blocked', violations: '1', 'report-json': '', 'verdict-statement': '.modelgate/verdict.intoto.json', halt: '[]' });
    // The sha256 of artifact 0 is on line 10 of the manifest.
    expect(r.stdout).toMatch(/^::error title=lineage\/artifact-digest-mismatch \(critical\),file=release\/model-release\.yaml,line=10,/m);
    expect(r.summary).toMatch(/blocked/i);
    expect(r.summary).toContain('lineage/artifact-digest-mismatch');
  });

  it('audit mode reports a blocked verdict without failing the step', async () => {
    const ws = release(sha256('something else'));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', mode: 'audit' });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('blocked');
  });

  it('a broken manifest is a configuration error: exit 2, one line at file:line:column, no stack trace', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]).replace('owner: team@example.com', 'owner: [unclosed') });
    const r = await runAction(ws, {});
    expect(r.status).toBe(2);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(/^::error title=ModelGate configuration error,file=model-release\.yaml,line=7,col=1::YAML syntax error/m);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects invalid inputs as configuration errors', async () => {
    const ws = release(sha256(MODEL));
    const bad = await runAction(ws, { manifest: 'release/model-release.yaml', 'fail-on': 'hgh' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('input "fail-on": unknown severity "hgh"; did you mean "high"?');
    const escape = await runAction(ws, { manifest: '../x/model-release.yaml' });
    expect(escape.status).toBe(2);
    expect(escape.stdout).toMatch(/leaves the workspace/);
  });

  it('writes a verdict statement naming the run, the policy and the report', async () => {
    const ws = release(sha256(MODEL));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', policy: 'policy.yaml', 'report-json': 'out/report.json', verdict: 'verdicts/demo.intoto.json' }, { GITHUB_RUN_ATTEMPT: '2', GITHUB_ACTOR: 'octocat', GITHUB_WORKFLOW: 'release' });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ 'verdict-statement': 'verdicts/demo.intoto.json', 'verdict-bundle': '', halt: '[]' });
    const st = JSON.parse(readFileSync(join(ws, 'verdicts/demo.intoto.json'), 'utf8'));
    expect(st).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'model.bin', digest: { sha256: sha256(MODEL) } }],
      predicateType: 'https://modelgate.dev/verdict/v1',
      predicate: {
        verdict: 'passed',
        release: { name: 'demo', version: '1.0.0' },
        policy: { path: 'policy.yaml', digest: { sha256: sha256('failOn: low\nrequire: [lineage]\n') } },
        report: { path: 'out/report.json', digest: { sha256: sha256(readFileSync(join(ws, 'out/report.json'))) } },
        run: { repository: 'acme/models', workflow: 'release', runId: '42', runAttempt: '2', sha: '0123456789abcdef0123456789abcdef01234567', actor: 'octocat' },
      },
    });
  });

  it('attest: true without an OIDC token fails closed and names the permission', async () => {
    const ws = release(sha256(MODEL));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', attest: 'true' });
    expect(r.status).toBe(2);
    // The statement is written (unsigned) before signing is attempted; the run still fails.
    expect(r.outputs).toMatchObject({ verdict: 'error', halt: '[]', 'verdict-statement': '.modelgate/verdict.intoto.json', 'verdict-bundle': '' });
    expect(r.stdout).toMatch(/^::error title=ModelGate configuration error::signing the verdict statement \(attest: true\) needs an OIDC token: .*id-token: write/m);
    // A token URL that answers nothing: Sigstore's error, with the permission named.
    const r2 = await runAction(ws, { manifest: 'release/model-release.yaml', attest: 'true' }, { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' });
    expect(r2.status).toBe(2);
    expect(r2.stdout).toMatch(/^::error title=ModelGate configuration error::signing the verdict statement failed: .*id-token: write/m);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('closes the loop: release verdicts go to a store, a Fleet run halts the endpoint whose model is now blocked', async () => {
    // A KServe endpoint serving the release's model by digest; the fleet reads verdicts from fleet/verdicts.
    const ws = tempWorkspace({
      'release/model-release.yaml': manifestYaml([{ path: 'model.bin', sha256: sha256(MODEL) }]),
      'release/model.bin': MODEL,
      'fleet/fleet.yaml': [
        'apiVersion: modelgate.dev/v1',
        'kind: Fleet',
        'metadata: { name: serving, version: "2026.06", owner: platform@example.com }',
        'endpoints:',
        '  definitions: [deploy/*.yaml]',
        '  verdicts: verdicts',
        '',
      ].join('\n'),
      'fleet/deploy/fraud.yaml': [
        'apiVersion: serving.kserve.io/v1beta1',
        'kind: InferenceService',
        'metadata: { name: fraud, namespace: risk }',
        'spec:',
        '  predictor:',
        '    model:',
        '      modelFormat: { name: sklearn }',
        `      storageUri: oci://registry.example.com/models/fraud@sha256:${sha256(MODEL)}`,
        '',
      ].join('\n'),
      'fleet-policy.yaml': 'endpoints:\n  allowedModelSources: ["oci://registry.example.com/models/"]\n  verdictTrust: { requireSigned: false }\n',
    });
    const fleet = () => runAction(ws, { manifest: 'fleet/fleet.yaml', policy: 'fleet-policy.yaml', mode: 'audit' });

    const passed = await runAction(ws, { manifest: 'release/model-release.yaml', verdict: 'fleet/verdicts/fraud-1.json' });
    expect(passed.outputs).toMatchObject({ verdict: 'passed', 'verdict-statement': 'fleet/verdicts/fraud-1.json', halt: '[]' });
    const before = await fleet();
    expect(before.outputs.verdict).not.toBe('error');
    expect(JSON.parse(before.outputs.halt!)).toEqual([]);

    // The same model, judged again and blocked (here: the manifest now claims another digest).
    writeFileSync(join(ws, 'release/model-release.yaml'), manifestYaml([{ path: 'model.bin', sha256: sha256('other') }]));
    const blocked = await runAction(ws, { manifest: 'release/model-release.yaml', verdict: 'fleet/verdicts/fraud-2.json' });
    expect(blocked.outputs).toMatchObject({ verdict: 'blocked', 'verdict-statement': 'fleet/verdicts/fraud-2.json' });
    const r = await fleet();
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('blocked');
    const halt = JSON.parse(r.outputs.halt!) as Array<{ endpoint: string; rules: string[] }>;
    expect(halt).toMatchObject([{ endpoint: 'risk/fraud', rules: ['endpoints/model-verdict'] }]);
    // Compact JSON, one line: ready for fromJSON() in a workflow.
    expect(r.outputs.halt).not.toContain('\n');
    expect(r.outputs.halt).toBe(JSON.stringify(halt));
  });
});
