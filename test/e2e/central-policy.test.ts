import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action-runner.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';

// A fake GitHub contents API on 127.0.0.1 holding the platform team's policy repository.
const WAIVING = 'waivers:\n  - rule: lineage/artifact-digest-mismatch\n    target: "*"\n    reason: re-exported, weights unchanged (INC-7)\n    owner: ml-platform@example.com\n    expires: 2099-12-31\n';
const STRICT = 'failOn: low\n';
let server: Server;
let api: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    seen.push(`${req.method} ${url.pathname}${url.search} ${req.headers.authorization ?? ''}`);
    if (url.pathname === '/repos/acme/governance/contents/policies/modelgate.yaml' && url.searchParams.get('ref') === 'main') {
      // Raw when asked for it; otherwise the contents API's JSON with base64 content.
      if (String(req.headers.accept).includes('application/vnd.github.raw')) return res.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(WAIVING);
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'file', encoding: 'base64', size: WAIVING.length, path: 'policies/modelgate.yaml', content: Buffer.from(WAIVING).toString('base64') }));
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const MODEL = 'w';
/** A release whose artifact does not match its digest: blocked unless a waiver covers it. */
const mismatched = (files: Record<string, string> = {}) => tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('other') }]), 'm.bin': MODEL, ...files });
const inputs = { checks: 'lineage', comment: 'false', 'report-json': 'report.json' };
const read = (ws: string, rel: string) => JSON.parse(readFileSync(join(ws, rel), 'utf8'));

describe('a central policy in another repository', () => {
  it('is read through the contents API with policy-token, applied (its waiver passes the release) and recorded', async () => {
    // The pull request's own policy would block; the central one is the one in effect.
    const ws = mismatched({ 'policy.yaml': STRICT });
    seen.length = 0;
    const r = await runAction(ws, { ...inputs, policy: 'acme/governance/policies/modelgate.yaml@main', 'policy-token': 'central-token', 'github-token': 'job-token' }, { GITHUB_API_URL: api, GITHUB_EVENT_NAME: 'pull_request' }, { pull_request: { number: 7 } });
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('passed');
    expect(seen).toEqual([`GET /repos/acme/governance/contents/policies/modelgate.yaml?ref=main token central-token`]);
    const report = read(ws, 'report.json');
    expect(report.schemaVersion).toBe('2.3.0');
    expect(report.policy).toBe('acme/governance/policies/modelgate.yaml@main');
    expect(report.policySource).toEqual({ origin: 'repository', repository: 'acme/governance', ref: 'main', path: 'policies/modelgate.yaml', sha256: sha256(WAIVING) });
    expect(report.waivers.applied).toHaveLength(1);
    const statement = read(ws, '.modelgate/verdict.intoto.json');
    expect(statement.predicate.policy).toEqual({
      path: 'acme/governance/policies/modelgate.yaml@main',
      digest: { sha256: sha256(WAIVING) },
      source: { origin: 'repository', repository: 'acme/governance', ref: 'main', path: 'policies/modelgate.yaml' },
    });
    expect(r.summary).toContain('a central policy (repository `acme/governance`, ref `main`, path `policies/modelgate.yaml`)');
    expect(r.summary).not.toContain('a pull request can change this policy');
  });

  it('policy-token defaults to github-token', async () => {
    seen.length = 0;
    const r = await runAction(mismatched(), { ...inputs, policy: 'acme/governance/policies/modelgate.yaml@main', 'github-token': 'job-token' }, { GITHUB_API_URL: api });
    expect(r.status).toBe(0);
    expect(seen).toEqual([`GET /repos/acme/governance/contents/policies/modelgate.yaml?ref=main token job-token`]);
  });

  it('a 404 is exit 2 with the spec and what to fix', async () => {
    const ws = mismatched();
    const r = await runAction(ws, { ...inputs, policy: 'acme/governance/policies/modelgate.yaml@nope', 'github-token': 'job-token' }, { GITHUB_API_URL: api });
    expect(r.status).toBe(2);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(
      /^::error title=ModelGate configuration error::input "policy" "acme\/governance\/policies\/modelgate\.yaml@nope": GitHub answered 404: repository acme\/governance, path policies\/modelgate\.yaml or ref nope not found, or the token in input "github-token" \(policy-token is empty\) lacks contents: read on acme\/governance/m,
    );
    expect(r.stdout).not.toContain('job-token');
  });
});

describe('a policy from the pull request itself', () => {
  it('is flagged in the summary when the PR head holds it', async () => {
    const ws = mismatched({ 'policy.yaml': WAIVING });
    const r = await runAction(ws, { ...inputs, policy: 'policy.yaml' }, { GITHUB_EVENT_NAME: 'pull_request' }, { pull_request: { number: 7 } });
    expect(r.status).toBe(0);
    expect(r.summary).toMatch(/\[!WARNING\]\n> The policy in effect comes from this pull request's own checkout: a pull request can change this policy and its waivers\. .*policy-from: base/);
    expect(read(ws, 'report.json').policySource).toEqual({ origin: 'workspace', path: 'policy.yaml', sha256: sha256(WAIVING) });
  });

  it('policy-from: base reads the base commit\'s policy, not the one the pull request changed', async () => {
    const ws = mismatched({ 'policy.yaml': STRICT });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    // The pull request adds a waiver for its own violation.
    writeFileSync(join(ws, 'policy.yaml'), WAIVING);
    git('commit', '-qam', 'waive my own violation');
    const event = { pull_request: { number: 7, base: { sha: base, ref: 'main', repo: { full_name: 'acme/models' } } } };
    const r = await runAction(ws, { ...inputs, policy: 'policy.yaml', 'policy-from': 'base', 'audit-log': 'audit.jsonl' }, { GITHUB_EVENT_NAME: 'pull_request' }, event);
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('blocked');
    expect(JSON.parse(readFileSync(join(ws, 'audit.jsonl'), 'utf8')).policy).toEqual({ path: 'policy.yaml', sha256: sha256(STRICT) });
    expect(read(ws, 'report.json').policySource).toEqual({ origin: 'base-commit', repository: 'acme/models', ref: 'main', commit: base, path: 'policy.yaml', sha256: sha256(STRICT) });
    expect(r.summary).not.toContain('a pull request can change this policy');
    // The same run on head: the pull request's waiver would have passed it.
    expect((await runAction(ws, { ...inputs, policy: 'policy.yaml' }, { GITHUB_EVENT_NAME: 'pull_request' }, event)).status).toBe(0);
  });

  it('policy-from: base fetches a base commit the shallow checkout lacks', async () => {
    const origin = mismatched({ 'policy.yaml': STRICT });
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
    git(origin, 'init', '-q');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'base');
    const base = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(join(origin, 'policy.yaml'), WAIVING);
    git(origin, 'commit', '-qam', 'head');
    const ws = tempWorkspace();
    rmSync(ws, { recursive: true });
    git(origin, 'clone', '-q', '--depth=1', `file://${origin}`, ws);
    expect(() => git(ws, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    const event = { pull_request: { number: 7, base: { sha: base, ref: 'main' } } };
    const r = await runAction(ws, { ...inputs, policy: 'policy.yaml', 'policy-from': 'base' }, { GITHUB_EVENT_NAME: 'pull_request' }, event);
    expect(r.status).toBe(1);
    expect(read(ws, 'report.json').policySource).toMatchObject({ origin: 'base-commit', repository: 'acme/models', commit: base, sha256: sha256(STRICT) });
  });

  it('policy-from: base without git history is exit 2 with what to do; outside a pull request it is the checkout\'s file', async () => {
    const ws = mismatched({ 'policy.yaml': WAIVING });
    const event = { pull_request: { number: 7, base: { sha: 'a'.repeat(40), ref: 'main' } } };
    const r = await runAction(ws, { ...inputs, policy: 'policy.yaml', 'policy-from': 'base' }, { GITHUB_EVENT_NAME: 'pull_request' }, event);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^::error title=ModelGate configuration error::input "policy-from" base: input "policy" "policy\.yaml" at the base commit aaaaaaaaaaaa: the workspace has no git history to read it from; check out the repository \(actions\/checkout\) before this step/m);
    const push = await runAction(ws, { ...inputs, policy: 'policy.yaml', 'policy-from': 'base' });
    expect(push.status).toBe(0);
    expect(push.stdout).toContain("this run is not on a pull request: the policy is the checkout's policy.yaml");
  });
});
