// The PR comment against a GitHub API that fails: a 502 is retried, a hung call times out and is
// retried, and neither ever throws; the warning says what happened.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { upsertComment } from '../../../src/report/comment.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A fake API: `answer(n)` decides the n-th request (0-based): a status, or 'hang' (never answers). */
async function api(answer: (n: number, method: string) => number | 'hang'): Promise<{ url: string; calls: string[] }> {
  const calls: string[] = [];
  server = createServer((req, res) => {
    const a = answer(calls.length, req.method!);
    calls.push(`${req.method} ${req.url}`);
    if (a === 'hang') return;
    res.writeHead(a, { 'content-type': 'application/json' });
    res.end(JSON.stringify(a >= 400 ? { message: 'Bad Gateway' } : req.method === 'GET' ? [] : { id: 1, html_url: 'https://github.com/acme/models/pull/7#issuecomment-1' }));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

const post = (apiUrl: string, warn: (m: string) => void, timeoutMs = 30_000) =>
  upsertComment({ token: 't', owner: 'acme', repo: 'models', issueNumber: 7, body: 'b', marker: '<!-- m -->', apiUrl, warn, timeoutMs, retries: 2 });

describe('upsertComment on a failing network', () => {
  it('retries a 502 and posts the comment', async () => {
    const { url, calls } = await api((n) => (n === 0 ? 502 : n === 1 ? 200 : 201));
    const warnings: string[] = [];
    const r = await post(url, (m) => warnings.push(m));
    expect(r.action).toBe('created');
    expect(calls).toEqual(['GET /repos/acme/models/issues/7/comments?per_page=100', 'GET /repos/acme/models/issues/7/comments?per_page=100', 'POST /repos/acme/models/issues/7/comments']);
    expect(warnings).toEqual([]);
  }, 20_000);

  it('gives up on a hung API after its timeouts and retries, with a warning that says so', async () => {
    const { url, calls } = await api(() => 'hang');
    const warnings: string[] = [];
    const t0 = performance.now();
    const r = await post(url, (m) => warnings.push(m), 300);
    server!.closeAllConnections();
    expect(r.action).toBe('failed');
    expect(calls).toHaveLength(3); // the call and its two retries
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(warnings).toEqual(['cannot post the PR comment: GitHub gave no answer within 0.3 s (after retries); the verdict is unchanged']);
  }, 20_000);

  it('does not retry a 403, and names the missing permission', async () => {
    const { url, calls } = await api(() => 403);
    const warnings: string[] = [];
    expect((await post(url, (m) => warnings.push(m))).action).toBe('failed');
    expect(calls).toHaveLength(1);
    expect(warnings[0]).toMatch(/pull-requests: write/);
  });
});
