import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../src/cli.js';
import { runGate } from '../../../src/gate.js';
import { fetchPolicy, type PolicyRequest } from '../../../src/policy/fetch.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { BASELINE_SHA256, fetchesPolicy, parseRemotePolicySpec, remoteSource, type FetchedPolicy } from '../../../src/policy/source.js';
import { registry } from '../../../src/registry.js';
import type { Report } from '../../../src/report/model.js';
import { policySourceNote } from '../../../src/report/policy-note.js';
import { reportSchemaFor } from '../../../src/report/schema.js';
import { richReport } from '../../helpers/reports.js';
import { manifestYaml, sha256, tempWorkspace } from '../../helpers/workspace.js';

const quiet = { info: () => {}, warning: () => {}, debug: () => {} };

describe('parseRemotePolicySpec', () => {
  it('reads owner/repo/path@ref, the ref after the last @', () => {
    expect(parseRemotePolicySpec('acme/ml-governance/policies/modelgate.yaml@main')).toEqual({ owner: 'acme', repo: 'ml-governance', path: 'policies/modelgate.yaml', ref: 'main' });
    expect(parseRemotePolicySpec(' acme/gov/p.yaml@v1.2.0 ')).toEqual({ owner: 'acme', repo: 'gov', path: 'p.yaml', ref: 'v1.2.0' });
    expect(parseRemotePolicySpec('acme/gov/team@x/p.yaml@release/2026')).toEqual({ owner: 'acme', repo: 'gov', path: 'team@x/p.yaml', ref: 'release/2026' });
  });

  it('is a workspace path without @ref, with ./, absolute, or not owner/repo/file', () => {
    for (const local of [
      'policies/modelgate.yaml',
      'acme/gov/policies/modelgate.yaml',
      './acme/gov/p.yaml@main',
      '/abs/acme/gov/p.yaml@main',
      'gov/p.yaml@main',
      'acme/gov/p.yaml@',
      'acme/gov/@main',
      'acme/gov/dir/@main',
      'acme/gov/../p.yaml@main',
      'acme/../p.yaml@main',
      '-acme/gov/p.yaml@main',
      'acme/gov/p.yaml@ma in',
    ]) {
      expect(parseRemotePolicySpec(local), local).toBeUndefined();
    }
  });

  it('tells the front door when it reads the policy itself', () => {
    expect(fetchesPolicy('acme/gov/p.yaml@main', 'head')).toBe(true);
    expect(fetchesPolicy('policy.yaml', 'base')).toBe(true);
    expect(fetchesPolicy('policy.yaml', 'head')).toBe(false);
    expect(fetchesPolicy(undefined, 'base')).toBe(false);
  });

  it('pins the commit when the ref is a full SHA', () => {
    const sha = 'ABCDEF0123456789abcdef0123456789abcdef01';
    const src = remoteSource({ owner: 'acme', repo: 'gov', path: 'p.yaml', ref: sha }, Buffer.from('failOn: high\n'));
    expect(src).toEqual({ origin: 'repository', repository: 'acme/gov', ref: sha, commit: sha.toLowerCase(), path: 'p.yaml', sha256: sha256('failOn: high\n') });
    expect(remoteSource({ owner: 'acme', repo: 'gov', path: 'p.yaml', ref: 'main' }, Buffer.from('')).commit).toBeUndefined();
  });
});

describe('the policy source in the loaded policy and the report', () => {
  it('records the bytes of a workspace file, and the empty document for the baseline', () => {
    const text = '\uFEFFfailOn: high\r\n';
    const ws = tempWorkspace({ 'p.yaml': text });
    expect(loadPolicy(ws, 'p.yaml', registry).from).toEqual({ origin: 'workspace', path: 'p.yaml', sha256: sha256(text) });
    expect(loadPolicy(ws, undefined, registry).from).toEqual({ origin: 'baseline', path: 'baseline', sha256: BASELINE_SHA256 });
  });

  it('a workspace file whose name has the remote form is written ./; unfetched, the remote form is an error, never a local read', () => {
    const ws = tempWorkspace({ 'acme/gov/p.yaml@main': 'failOn: high\n' });
    expect(loadPolicy(ws, './acme/gov/p.yaml@main', registry).policy.failOn).toBe('high');
    expect(() => loadPolicy(ws, 'acme/gov/p.yaml@main', registry)).toThrow(/in another repository and was not fetched; a workspace file of that name is written \.\/acme\/gov\/p\.yaml@main/);
  });

  it('a fetched policy is the one in effect: its waiver applies, and the report names it and its source', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('other') }]), 'm.bin': 'w', 'local.yaml': 'failOn: critical\n' });
    const text = 'waivers:\n  - rule: lineage/artifact-digest-mismatch\n    reason: re-exported (INC-1)\n    owner: ml-platform@example.com\n    expires: 2099-12-31\n';
    const policyText: FetchedPolicy = { name: 'acme/gov/p.yaml@main', text, source: remoteSource({ owner: 'acme', repo: 'gov', path: 'p.yaml', ref: 'main' }, Buffer.from(text)) };
    const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'acme/gov/p.yaml@main', policyText, checks: ['lineage'], logger: quiet });
    expect(report.verdict).toBe('passed');
    expect(report.waivers.applied).toHaveLength(1);
    expect(report.policy).toBe('acme/gov/p.yaml@main');
    expect(report.policySource).toEqual({ origin: 'repository', repository: 'acme/gov', ref: 'main', path: 'p.yaml', sha256: sha256(text) });
    expect(reportSchemaFor(registry).safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });
});

describe('the summary line about the policy source', () => {
  const withSource = (policySource: Report['policySource'], eventName: string): Report => ({ ...richReport(), policySource, run: { eventName } });
  const workspace = { origin: 'workspace' as const, path: 'policy.yaml', sha256: sha256('x') };

  it('warns on a pull request whose own checkout holds the policy', () => {
    const note = policySourceNote(withSource(workspace, 'pull_request'));
    expect(note).toContain('a pull request can change this policy and its waivers');
    expect(note).toContain('policy-from: base');
    expect(note).toContain(`sha256 \`${sha256('x').slice(0, 12)}\``);
  });

  it('does not warn for a push, the base commit or a central policy, and names where it came from', () => {
    expect(policySourceNote(withSource(workspace, 'push'))).not.toContain('can change');
    const base = policySourceNote(withSource({ origin: 'base-commit', repository: 'acme/models', ref: 'main', commit: 'a'.repeat(40), path: 'policy.yaml', sha256: sha256('x') }, 'pull_request'));
    expect(base).not.toContain('can change');
    expect(base).toContain("the pull request's base commit (repository `acme/models`, ref `main`, commit `aaaaaaaaaaaa`, path `policy.yaml`)");
    const central = policySourceNote(withSource({ origin: 'repository', repository: 'acme/gov', ref: 'main', path: 'p.yaml', sha256: sha256('x') }, 'pull_request'));
    expect(central).toContain('a central policy (repository `acme/gov`, ref `main`, path `p.yaml`)');
    expect(policySourceNote({ ...richReport(), policySource: undefined })).toBe('');
  });
});

describe('fetchPolicy from another repository', () => {
  let server: Server;
  let api: string;
  const CONTENT = 'failOn: high\n';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      const send = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      if (req.headers.authorization !== 'token good') return send(401, { message: 'Bad credentials' });
      if (url.pathname === '/repos/acme/gov/contents/p.yaml' && url.searchParams.get('ref') === 'main') {
        return send(200, { type: 'file', encoding: 'base64', size: CONTENT.length, content: Buffer.from(CONTENT).toString('base64') });
      }
      if (url.pathname === '/repos/acme/gov/contents/policies') return send(200, [{ type: 'file', name: 'p.yaml' }]);
      send(404, { message: 'Not Found' });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const request = (spec: string, token = 'good'): PolicyRequest => ({
    workspace: tempWorkspace(),
    spec,
    from: 'head',
    token,
    apiUrl: api,
    names: { policy: 'input "policy"', token: 'input "policy-token"', from: 'input "policy-from"' },
    log: () => {},
  });

  it('reads the file and records its source and digest', async () => {
    const got = await fetchPolicy(request('acme/gov/p.yaml@main'));
    expect(got).toEqual({ name: 'acme/gov/p.yaml@main', text: CONTENT, source: { origin: 'repository', repository: 'acme/gov', ref: 'main', path: 'p.yaml', sha256: sha256(CONTENT) } });
  });

  it('names the spec and what to fix', async () => {
    await expect(fetchPolicy(request('acme/gov/p.yaml@nope'))).rejects.toThrow(
      'input "policy" "acme/gov/p.yaml@nope": GitHub answered 404: repository acme/gov, path p.yaml or ref nope not found, or the token in input "policy-token" lacks contents: read on acme/gov',
    );
    await expect(fetchPolicy(request('acme/gov/p.yaml@main', 'bad'))).rejects.toThrow(/GitHub answered 401: the token in input "policy-token" is not valid/);
    await expect(fetchPolicy(request('acme/gov/policies@main'))).rejects.toThrow(/"acme\/gov\/policies@main": is a folder/);
    await expect(fetchPolicy(request('acme/gov/p.yaml@main', ''))).rejects.toThrow(/is read with a token, and input "policy-token" is empty/);
  });

  it('the CLI reads it with --policy-token and records it in the JSON report', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('w') }]), 'm.bin': 'w' });
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = api;
    const err: string[] = [];
    try {
      const code = await cli(['check', '--workspace', ws, '--checks', 'lineage', '--policy', 'acme/gov/p.yaml@main', '--policy-token', 'good', '--json', 'r.json'], { stdout: () => {}, stderr: (s) => void err.push(s) });
      expect(err.join('')).not.toMatch(/error/);
      expect(code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
    const report = JSON.parse(readFileSync(join(ws, 'r.json'), 'utf8')) as Report;
    expect(report.policySource).toEqual({ origin: 'repository', repository: 'acme/gov', ref: 'main', path: 'p.yaml', sha256: sha256(CONTENT) });
  });

  it('leaves a workspace path to the gate', async () => {
    expect(await fetchPolicy(request('policy.yaml'))).toBeUndefined();
  });
});
