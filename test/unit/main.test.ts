import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { haltList } from '../../checks/endpoints/view.js';
import type { CheckReport, Report } from '../../src/report/model.js';
import { checkOutputs } from '../../src/report/views.js';
import { views } from '../helpers/views.js';

// @actions/core is ESM-only and talks to the runner through files and stdout: replace it with spies.
// getInput reads the per-test `inputs` map, as the runner would read INPUT_* variables.
const core = vi.hoisted(() => {
  const inputs = new Map<string, string>();
  const summary = { addRaw: vi.fn(), write: vi.fn() };
  summary.addRaw.mockImplementation(() => summary);
  summary.write.mockImplementation(async () => summary);
  return {
    inputs,
    getInput: vi.fn((name: string) => inputs.get(name) ?? ''),
    info: vi.fn(),
    warning: vi.fn(),
    error: vi.fn(),
    debug: vi.fn(),
    notice: vi.fn(),
    startGroup: vi.fn(),
    endGroup: vi.fn(),
    setOutput: vi.fn(),
    setFailed: vi.fn(),
    summary,
  };
});
vi.mock('@actions/core', () => {
  const { inputs: _inputs, ...api } = core;
  return api;
});

// @actions/attest signs with the job's OIDC token and Sigstore's public services: replace it with a
// fake that returns a bundle whose DSSE payload is the statement it was given (as the real one builds it).
const attest = vi.hoisted(() => ({
  attest: vi.fn(async (o: { subjects: unknown[]; predicateType: string; predicate: object; token: string; skipWrite?: boolean }) => {
    const statement = { _type: 'https://in-toto.io/Statement/v1', subject: o.subjects, predicateType: o.predicateType, predicate: o.predicate };
    return {
      bundle: {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { certificate: { rawBytes: 'MIIB' }, tlogEntries: [] },
        dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'c2ln', keyid: '' }] },
      },
      certificate: '-----BEGIN CERTIFICATE-----',
      ...(o.skipWrite ? {} : { attestationID: '1234' }),
    };
  }),
}));
vi.mock('@actions/attest', () => attest);

const { run } = await import('../../src/main.js');
const { attestationUrl } = await import('../../src/verdict/attest.js');

const ENV_KEYS = ['GITHUB_WORKSPACE', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH', 'GITHUB_EVENT_NAME', 'GITHUB_REPOSITORY', 'GITHUB_API_URL', 'GITHUB_ACTOR', 'GITHUB_RUN_ATTEMPT', 'GITHUB_SERVER_URL', 'ACTIONS_ID_TOKEN_REQUEST_URL'] as const;
const savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string>> = {};

beforeEach(() => {
  for (const k of ENV_KEYS) {
    savedEnv[k] = process.env[k];
    delete process.env[k];
  }
  core.inputs.clear();
  vi.clearAllMocks();
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

const MODEL = 'model weights';

/** A workspace with one artifact whose manifest digest is right (or wrong), set as GITHUB_WORKSPACE. */
function workspace(opts: { digest?: string; files?: Record<string, string> } = {}): string {
  const ws = tempWorkspace({
    'model-release.yaml': manifestYaml([{ path: 'model/model.bin', sha256: opts.digest ?? sha256(MODEL) }]),
    'model/model.bin': MODEL,
    ...opts.files,
  });
  process.env.GITHUB_WORKSPACE = ws;
  return ws;
}

function setInputs(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) core.inputs.set(k, v);
}

/** The value last set for an output. */
function output(name: string): unknown {
  return core.setOutput.mock.calls.filter(([n]) => n === name).at(-1)?.[1];
}

describe('run (the action entry)', () => {
  it('passes: exit 0, verdict passed, nothing failed', async () => {
    workspace();
    expect(await run()).toBe(0);
    expect(output('verdict')).toBe('passed');
    expect(output('violations')).toBe(0);
    expect(output('report-json')).toBe('');
    expect(output('sarif')).toBe('');
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.error).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith('ModelGate: passed (0 violations)');
    // The log is grouped per check.
    expect(core.startGroup).toHaveBeenCalled();
    expect(core.endGroup).toHaveBeenCalledTimes(core.startGroup.mock.calls.length);
    expect(core.getInput).toHaveBeenCalledWith('fail-on');
  });

  it('blocks on a digest mismatch: exit 1, setFailed, an error annotation on the manifest line', async () => {
    workspace({ digest: sha256('other weights') });
    expect(await run()).toBe(1);
    expect(output('verdict')).toBe('blocked');
    expect(output('violations')).toBe(1);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledWith('ModelGate: blocked (1 violation)');
    const annotations = core.error.mock.calls.filter(([, props]) => props?.file === 'model-release.yaml');
    expect(annotations).toHaveLength(1);
    const [message, props] = annotations[0]!;
    expect(message).toContain('model/model.bin');
    // At the artifact's `sha256:` value: line 10 of manifestYaml's output, after `      sha256: `.
    expect(props).toMatchObject({ file: 'model-release.yaml', startLine: 10, startColumn: 15 });
  });

  it('writes the report files it is asked for and names them in its outputs', async () => {
    const ws = workspace({ digest: sha256('other weights') });
    setInputs({ 'report-json': 'out/report.json', sarif: 'out/modelgate.sarif' });
    expect(await run()).toBe(1);
    expect(output('report-json')).toBe('out/report.json');
    expect(output('sarif')).toBe('out/modelgate.sarif');
    expect(JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8'))).toMatchObject({ verdict: 'blocked', violations: 1 });
    expect(existsSync(join(ws, 'out/modelgate.sarif'))).toBe(true);
  });

  it('writes the job summary when the runner provides one', async () => {
    const ws = workspace();
    process.env.GITHUB_STEP_SUMMARY = join(ws, 'step-summary.md');
    expect(await run()).toBe(0);
    expect(core.summary.addRaw).toHaveBeenCalledTimes(1);
    expect(String(core.summary.addRaw.mock.calls[0]![0])).toContain('demo');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it('does not touch the job summary when there is none', async () => {
    workspace();
    expect(await run()).toBe(0);
    expect(core.summary.addRaw).not.toHaveBeenCalled();
  });

  it('refuses a bad fail-on: exit 2, a configuration error, verdict error', async () => {
    workspace();
    setInputs({ 'fail-on': 'nope' });
    expect(await run()).toBe(2);
    expect(core.error).toHaveBeenCalledTimes(1);
    const [message, props] = core.error.mock.calls[0]!;
    expect(message).toBe('input "fail-on": unknown severity "nope"; expected one of: critical, high, medium, low, info');
    expect(props).toEqual({ title: 'ModelGate configuration error' });
    expect(output('verdict')).toBe('error');
    expect(output('violations')).toBe(0);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('reports a manifest error at its file, line and column', async () => {
    workspace({ files: { 'bad.yaml': 'apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetdata: {}\n' } });
    setInputs({ manifest: 'bad.yaml' });
    expect(await run()).toBe(2);
    const [message, props] = core.error.mock.calls[0]!;
    expect(message).toMatch(/^unknown key "metdata"; did you mean "metadata"\?/);
    expect(props).toEqual({ title: 'ModelGate configuration error', file: 'bad.yaml', startLine: 3, startColumn: 1 });
    expect(output('verdict')).toBe('error');
  });

  it('names the missing manifest file', async () => {
    workspace();
    setInputs({ manifest: 'nowhere.yaml' });
    expect(await run()).toBe(2);
    expect(core.error).toHaveBeenCalledWith('file not found', { title: 'ModelGate configuration error', file: 'nowhere.yaml' });
  });

  it('in audit mode reports a blocked release as a warning and exits 0', async () => {
    workspace({ digest: sha256('other weights') });
    setInputs({ mode: 'audit' });
    expect(await run()).toBe(0);
    expect(output('verdict')).toBe('blocked');
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.warning).toHaveBeenCalledWith('ModelGate: blocked (1 violation); audit mode does not fail the job');
  });

  it('refuses a comment input that is not a boolean: exit 2', async () => {
    workspace();
    setInputs({ comment: 'maybe' });
    expect(await run()).toBe(2);
    expect(core.error).toHaveBeenCalledWith('input "comment": expected always, on-failure or never (or true / false), got "maybe"', { title: 'ModelGate configuration error' });
    expect(output('verdict')).toBe('error');
  });

  it('accepts the usual spellings of booleans for comment', async () => {
    workspace();
    for (const v of ['false', 'No', 'off', '0', 'TRUE', 'yes', 'on', '1']) {
      setInputs({ comment: v });
      expect(await run(), v).toBe(0);
    }
    expect(core.error).not.toHaveBeenCalled();
  });

  it('posts no comment outside a pull request, even with a token', async () => {
    workspace();
    setInputs({ 'github-token': 'ghs_test' });
    expect(await run()).toBe(0);
    expect(core.debug).toHaveBeenCalledWith('not a pull request event: no PR comment');
  });

  it('comment without a token on a pull request: a warning that says how to have the comment, and the verdict stands', async () => {
    const ws = workspace({ files: { 'event.json': JSON.stringify({ pull_request: { number: 7 } }) } });
    process.env.GITHUB_EVENT_PATH = join(ws, 'event.json');
    process.env.GITHUB_REPOSITORY = 'acme/models';
    expect(await run()).toBe(0);
    expect(output('verdict')).toBe('passed');
    const warnings = core.warning.mock.calls.map(([m]) => String(m));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^no pull-request comment: input "comment" asks for one but input "github-token" is empty/);
    expect(warnings[0]).toContain('permissions: pull-requests: write');
    expect(warnings[0]).toContain('comment: never');
    // comment: false, or no pull request: nothing to warn about.
    core.warning.mockClear();
    setInputs({ comment: 'false' });
    expect(await run()).toBe(0);
    delete process.env.GITHUB_EVENT_PATH;
    setInputs({ comment: 'true' });
    expect(await run()).toBe(0);
    expect(core.warning).not.toHaveBeenCalled();
    expect(core.debug).toHaveBeenCalledWith('not a pull request event: no PR comment');
  });
});

describe('verdict statement, signing and halt (the action entry)', () => {
  it('writes the verdict statement on every run, by default under .modelgate/, and names it', async () => {
    const ws = workspace();
    process.env.GITHUB_REPOSITORY = 'acme/models';
    process.env.GITHUB_ACTOR = 'octocat';
    process.env.GITHUB_RUN_ATTEMPT = '3';
    expect(await run()).toBe(0);
    expect(output('verdict-statement')).toBe('.modelgate/verdict.intoto.json');
    expect(output('verdict-bundle')).toBe('');
    expect(output('halt')).toBe('[]');
    const st = JSON.parse(readFileSync(join(ws, '.modelgate/verdict.intoto.json'), 'utf8'));
    expect(st).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'model/model.bin', digest: { sha256: sha256(MODEL) } }],
      predicateType: 'https://modelgate.dev/verdict/v1',
      predicate: { verdict: 'passed', release: { name: 'demo', version: '1.0.0' }, policy: { path: 'baseline' }, run: { repository: 'acme/models', runAttempt: '3', actor: 'octocat' } },
    });
    expect(attest.attest).not.toHaveBeenCalled();
  });

  it('records a blocked verdict too, at the path asked for, with the report digest of the report written', async () => {
    const ws = workspace({ digest: sha256('other weights') });
    setInputs({ verdict: 'out/v.intoto.json', 'report-json': 'out/report.json' });
    expect(await run()).toBe(1);
    expect(output('verdict-statement')).toBe('out/v.intoto.json');
    const st = JSON.parse(readFileSync(join(ws, 'out/v.intoto.json'), 'utf8'));
    expect(st.predicate).toMatchObject({ verdict: 'blocked', violations: 1, report: { path: 'out/report.json', digest: { sha256: sha256(readFileSync(join(ws, 'out/report.json'))) } } });
    // The digest the gate computed, not the one the manifest claims.
    expect(st.subject).toEqual([{ name: 'model/model.bin', digest: { sha256: sha256(MODEL) } }]);
  });

  it('with attest: true signs the statement through @actions/attest and writes the bundle beside it', async () => {
    const ws = workspace();
    setInputs({ attest: 'true', 'github-token': 'ghs_test', comment: 'false' });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://token.example/';
    expect(await run()).toBe(0);
    expect(attest.attest).toHaveBeenCalledTimes(1);
    const args = attest.attest.mock.calls[0]![0];
    expect(args).toMatchObject({ predicateType: 'https://modelgate.dev/verdict/v1', token: 'ghs_test', skipWrite: false, subjects: [{ name: 'model/model.bin', digest: { sha256: sha256(MODEL) } }] });
    expect(output('verdict-bundle')).toBe('.modelgate/verdict.sigstore.json');
    const bundle = JSON.parse(readFileSync(join(ws, '.modelgate/verdict.sigstore.json'), 'utf8'));
    const signed = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(signed).toEqual(JSON.parse(readFileSync(join(ws, '.modelgate/verdict.intoto.json'), 'utf8')));
    expect(core.info).toHaveBeenCalledWith('verdict statement signed: .modelgate/verdict.sigstore.json (attestation 1234)');
  });

  it('names the stored attestation in the outputs attestation-id and attestation-url; empty when none was stored', async () => {
    workspace();
    process.env.GITHUB_REPOSITORY = 'acme/models';
    process.env.GITHUB_SERVER_URL = 'https://ghe.example.com/';
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://token.example/';
    setInputs({ attest: 'true', 'github-token': 'ghs_test', comment: 'false' });
    expect(await run()).toBe(0);
    expect(output('attestation-id')).toBe('1234');
    expect(output('attestation-url')).toBe('https://ghe.example.com/acme/models/attestations/1234');
    // Signed without a token: not stored, so no attestation to name.
    core.inputs.delete('github-token');
    expect(await run()).toBe(0);
    expect(output('verdict-bundle')).toBe('.modelgate/verdict.sigstore.json');
    expect(output('attestation-id')).toBe('');
    expect(output('attestation-url')).toBe('');
    // Not signing at all.
    setInputs({ attest: 'false', 'github-token': 'ghs_test' });
    expect(await run()).toBe(0);
    expect(output('attestation-id')).toBe('');
    expect(output('attestation-url')).toBe('');
  });

  it('builds the attestation URL from the runner\'s server and repository, or none without a repository', () => {
    expect(attestationUrl('42', { GITHUB_REPOSITORY: 'acme/models' })).toBe('https://github.com/acme/models/attestations/42');
    expect(attestationUrl('42', { GITHUB_REPOSITORY: 'acme/models', GITHUB_SERVER_URL: 'https://ghe.example.com' })).toBe('https://ghe.example.com/acme/models/attestations/42');
    expect(attestationUrl('42', {})).toBeUndefined();
    expect(attestationUrl('42', { GITHUB_REPOSITORY: 'not-a-repo' })).toBeUndefined();
  });

  it('without a token signs but does not store the attestation', async () => {
    workspace();
    setInputs({ attest: 'yes' });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://token.example/';
    expect(await run()).toBe(0);
    expect(attest.attest.mock.calls[0]![0]).toMatchObject({ skipWrite: true });
    expect(core.info).toHaveBeenCalledWith(expect.stringMatching(/not stored as a repository attestation: no github-token/));
  });

  it('fails closed when signing fails: exit 2, verdict error, the permission named', async () => {
    workspace();
    setInputs({ attest: 'true' });
    // No OIDC token in the job: refused before calling Sigstore.
    expect(await run()).toBe(2);
    expect(core.error.mock.calls[0]![0]).toBe('signing the verdict statement (attest: true) needs an OIDC token: the job needs `permissions: id-token: write` to sign');
    expect(attest.attest).not.toHaveBeenCalled();
    core.error.mockClear();
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://token.example/';
    attest.attest.mockRejectedValueOnce(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'));
    expect(await run()).toBe(2);
    expect(output('verdict')).toBe('error');
    expect(output('attestation-id')).toBe('');
    expect(output('attestation-url')).toBe('');
    expect(output('halt')).toBe('[]');
    expect(output('verdict-statement')).toBe('.modelgate/verdict.intoto.json');
    const [message] = core.error.mock.calls[0]!;
    expect(message).toBe('signing the verdict statement failed: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable (the job needs `permissions: id-token: write` to sign)');
  });

  it('fails closed when the bundle returned does not sign the statement written', async () => {
    workspace();
    setInputs({ attest: 'true' });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://token.example/';
    attest.attest.mockResolvedValueOnce({ bundle: { mediaType: 'x', verificationMaterial: { certificate: { rawBytes: '' }, tlogEntries: [] }, dsseEnvelope: { payload: Buffer.from('{}').toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] } }, certificate: '' });
    expect(await run()).toBe(2);
    expect(core.error.mock.calls[0]![0]).toMatch(/does not sign the statement written/);
  });

  // Once "... and a verdict path outside the workspace": output paths may now lie outside it; a folder is refused
  // before the gate runs, with the fix named.
  it('refuses an attest input that is not a boolean, and a verdict path that is a folder', async () => {
    workspace();
    setInputs({ attest: 'sure' });
    expect(await run()).toBe(2);
    expect(core.error).toHaveBeenCalledWith('input "attest": expected true or false, got "sure"', { title: 'ModelGate configuration error' });
    core.inputs.clear();
    setInputs({ verdict: 'model' });
    expect(await run()).toBe(2);
    expect(core.error.mock.calls.at(-1)![0]).toBe('input "verdict": model is a folder; choose a file path the runner can write, e.g. ${{ runner.temp }}/modelgate-verdict.intoto.json');
    expect(core.info).not.toHaveBeenCalledWith(expect.stringMatching(/^ModelGate: /));
  });

  it('an output that cannot be written after a passed gate: verdict passed, its own error line, exit 2 for the output', async () => {
    const ws = workspace();
    const outside = tempWorkspace();
    process.env.GITHUB_STEP_SUMMARY = join(outside, 'step-summary.md');
    setInputs({ 'audit-log': 'logs/audit.jsonl', 'report-json': join(outside, 'report.json') });
    // The folder of the audit log becomes a file after the check before the gate (here: while the summary is posted).
    core.summary.write.mockImplementationOnce(async () => {
      writeFileSync(join(ws, 'logs'), 'not a folder');
      return core.summary;
    });
    expect(await run()).toBe(2);
    expect(output('verdict')).toBe('passed');
    expect(output('violations')).toBe(0);
    expect(output('halt')).toBe('[]');
    expect(output('report-json')).toBe(join(outside, 'report.json'));
    expect(output('verdict-statement')).toBe('.modelgate/verdict.intoto.json');
    expect(output('audit-log')).toBe('');
    expect(core.error).toHaveBeenCalledTimes(1);
    expect(core.error.mock.calls[0]![0]).toMatch(/^logs\/audit\.jsonl: cannot append to the audit log: /);
    expect(core.error.mock.calls[0]![1]).toEqual({ title: 'ModelGate output not written' });
    expect(core.setFailed).toHaveBeenCalledWith('ModelGate: passed (0 violations); exit 2 because 1 requested output could not be written (errors above)');
  });

  it('a configuration error before any verdict: no statement, halt []', async () => {
    workspace();
    setInputs({ manifest: 'nowhere.yaml' });
    expect(await run()).toBe(2);
    expect(output('verdict-statement')).toBe('');
    expect(output('halt')).toBe('[]');
  });

  it('halt: the endpoints check facts.halt as compact JSON, without waived rules; [] when the check did not run', () => {
    expect(checkOutputs(undefined, views)).toEqual({ halt: '[]' });
    expect(checkOutputs({ checks: [] } as unknown as Report, views)).toEqual({ halt: '[]' });
    const halt = [
      { endpoint: 'fraud-scorer', rules: ['endpoints/model-verdict', 'endpoints/authentication'], file: 'fleet/fraud.yaml' },
      { endpoint: 'churn', rules: ['endpoints/model-verdict'], file: 'fleet/churn.yaml' },
    ];
    const findings = [
      { ruleId: 'endpoints/model-verdict', target: 'fraud-scorer' },
      { ruleId: 'endpoints/authentication', target: 'fraud-scorer', waiver: { reason: 'internal only' } },
      { ruleId: 'endpoints/model-verdict', target: 'churn', waiver: { reason: 'rollback in progress' } },
    ];
    const endpoints = { id: 'endpoints', facts: { halt }, findings } as unknown as CheckReport;
    expect(JSON.parse(haltList(endpoints, { halt } as unknown as Parameters<typeof haltList>[1]))).toEqual([{ endpoint: 'fraud-scorer', rules: ['endpoints/model-verdict'], file: 'fleet/fraud.yaml' }]);
    expect(haltList({ ...endpoints, findings: [] }, { halt } as unknown as Parameters<typeof haltList>[1])).toBe('[]');
  });
});
