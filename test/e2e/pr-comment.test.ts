import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { runAction } from '../helpers/action-runner.js';

// A fake GitHub REST API on 127.0.0.1 holding the comments of one pull request.
interface Comment { id: number; body: string; user: { login: string; type: string } }
let server: Server;
let api: string;
let comments: Comment[] = [];
let forbid = false;
/** Answer this many requests with a 502 first; `hang`: never answer. */
let failNext = 0;
let hang = false;
const seen: string[] = [];

async function body(req: IncomingMessage): Promise<{ body: string }> {
  let s = '';
  for await (const chunk of req) s += chunk;
  return JSON.parse(s) as { body: string };
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (forbid) return send(403, { message: 'Resource not accessible by integration' });
    if (hang) return;
    if (failNext > 0) {
      failNext--;
      return send(502, { message: 'Bad Gateway' });
    }
    const url = new URL(req.url!, 'http://x');
    if (req.method === 'GET' && url.pathname === '/repos/acme/models/issues/7/comments') return send(200, comments);
    if (req.method === 'POST' && url.pathname === '/repos/acme/models/issues/7/comments') {
      const c = { id: 100 + comments.length, body: (await body(req)).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
      comments.push(c);
      return send(201, { ...c, html_url: `https://github.com/acme/models/pull/7#issuecomment-${c.id}` });
    }
    const m = /^\/repos\/acme\/models\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (req.method === 'PATCH' && m) {
      const c = comments.find((x) => x.id === Number(m[1]))!;
      c.body = (await body(req)).body;
      return send(200, { ...c, html_url: `https://github.com/acme/models/pull/7#issuecomment-${c.id}` });
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => {
  server.closeAllConnections();
  server.close(() => r());
}));

const MODEL = 'w';
const event = { pull_request: { number: 7 }, repository: { name: 'models', owner: { login: 'acme' } } };
const env = () => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api, 'INPUT_GITHUB-TOKEN': 'test-token' });

describe('the PR comment, end to end', () => {
  it('creates one comment, then updates it in place on the next run', async () => {
    comments = [{ id: 1, body: 'LGTM', user: { login: 'alice', type: 'User' } }];
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('other') }]), 'm.bin': MODEL });
    const first = await runAction(ws, {}, env(), event);
    expect(first.status).toBe(1);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toMatch(/blocked/i);
    expect(seen.some((s) => s.startsWith('POST') && s.endsWith('token test-token'))).toBe(true);

    writeFileSync(join(ws, 'model-release.yaml'), manifestYaml([{ path: 'm.bin', sha256: sha256(MODEL) }]));
    const second = await runAction(ws, {}, env(), event);
    expect(second.status).toBe(0);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toMatch(/passed/i);
    expect(comments[0]!.body).toBe('LGTM');
  });

  it('a pass through a waiver: the comment names the waiver\'s rule, owner, expiry and reason, and the waived finding is a notice', async () => {
    comments = [];
    const policy = [
      'waivers:',
      '  - rule: lineage/artifact-digest-mismatch',
      '    target: "*"',
      '    reason: "re-exported by the @ml-platform <b>pipeline</b> | digest pending"',
      '    owner: ml-platform@example.com',
      '    expires: "2099-12-31"',
      '',
    ].join('\n');
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('other') }]), 'm.bin': MODEL, 'policy.yaml': policy });
    const r = await runAction(ws, { policy: 'policy.yaml' }, env(), event);
    expect(r.status, r.stdout).toBe(0);
    expect(comments).toHaveLength(1);
    const text = comments[0]!.body;
    expect(text).toMatch(/### ✅ ModelGate passed: .* · commit `0123456`/);
    expect(text).toContain('Waivers applied (1)');
    expect(text).toContain('The release passed because of these waivers');
    const row = text.split('\n').find((l) => l.startsWith('| `lineage/artifact-digest-mismatch`'));
    expect(row).toContain('ml-platform@\u200bexample.com'); // shown, but not linked (a zero-width space after the @)
    expect(row).toContain('2099-12-31');
    // The reason is escaped: no mention, no markup, no table break.
    expect(row).toContain('re-exported by the @\u200bml-platform &lt;b&gt;pipeline&lt;/b&gt; \\| digest pending');
    // (The runner's command format escapes the comma of the title as %2C.)
    expect(r.stdout).toMatch(/^::notice title=lineage\/artifact-digest-mismatch \(critical%2C waived\),file=model-release\.yaml,.*Waived: re-exported/m);
    expect(r.stdout).not.toMatch(/^::(error|warning) title=lineage\/artifact-digest-mismatch/m);
  });

  it('a 403 is a warning naming the missing permission, not a failure', async () => {
    forbid = true;
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256(MODEL) }]), 'm.bin': MODEL });
    const r = await runAction(ws, {}, env(), event);
    forbid = false;
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('passed');
    expect(r.stdout).toMatch(/^::warning::.*pull-requests: write/m);
  });

  it('retries a 502: the comment is posted, with the commit it is about', async () => {
    comments = [];
    failNext = 1;
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256(MODEL) }]), 'm.bin': MODEL });
    const r = await runAction(ws, {}, { ...env(), GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01' }, event);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::warning::/m);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('commit `abcdef0`');
  });

  it('a configuration error replaces a standing "passed" comment and writes the summary with the message', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256(MODEL) }]), 'm.bin': MODEL });
    comments = [];
    expect((await runAction(ws, {}, env(), event)).status).toBe(0);
    expect(comments[0]!.body).toMatch(/passed/);
    writeFileSync(join(ws, 'model-release.yaml'), 'apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetadata: [not, a, map]\n');
    const r = await runAction(ws, {}, env(), event);
    expect(r.status).toBe(2);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/could not decide \(error\)/);
    expect(comments[0]!.body).toContain('model-release.yaml:3');
    expect(comments[0]!.body).not.toMatch(/passed/);
    expect(r.summary).toMatch(/could not decide \(error\)[\s\S]*model-release\.yaml:3/);
  });

  it('a hung API ends the step within two minutes, with the outputs already set and a warning that says what happened', async () => {
    hang = true;
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256(MODEL) }]), 'm.bin': MODEL });
    const t0 = performance.now();
    const r = await runAction(ws, {}, env(), event);
    hang = false;
    server.closeAllConnections();
    expect(performance.now() - t0).toBeLessThan(120_000);
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('passed');
    expect(r.summary).toMatch(/passed/);
    expect(r.stdout).toMatch(/^::warning::cannot post the PR comment: GitHub gave no answer within 30 s/m);
  }, 150_000);

  it('comment on, token empty (a secret a fork cannot read): no call, a warning that says how to have the comment', async () => {
    seen.length = 0;
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256(MODEL) }]), 'm.bin': MODEL });
    const r = await runAction(ws, {}, { ...env(), 'INPUT_GITHUB-TOKEN': '' }, event);
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('passed');
    expect(seen).toEqual([]);
    expect(r.stdout).toMatch(/^::warning::no pull-request comment: input "comment" asks for one but input "github-token" is empty.*pull-requests: write/m);
  });
});
