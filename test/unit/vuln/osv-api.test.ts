import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOsvApi, OsvApiError } from '../../../src/vuln/osv-api.js';

// A local stand-in for api.osv.dev: /v1/querybatch and /v1/vulns/{id}, with failure modes by path prefix.
let server: Server;
let base = '';
const calls: string[] = [];
const authorizations: Array<string | undefined> = [];
let failuresLeft = 0;
const VULN = { id: 'PYSEC-2021-1', modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name: 'pillow' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '8.1.1' }] }] }] };

function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
  calls.push(`${req.method} ${req.url}`);
  authorizations.push(req.headers.authorization);
  const mode = req.url!.split('/')[1];
  if (mode === 'down') return void res.writeHead(500).end('boom');
  if (mode === 'slow') return; // never answers
  if (mode === 'flaky' && failuresLeft-- > 0) return void res.writeHead(503).end();
  if (req.url!.endsWith('/v1/querybatch')) {
    const { queries } = JSON.parse(body) as { queries: Array<{ package: { name: string } }> };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: queries.map((q) => (q.package.name === 'pillow' ? { vulns: [{ id: VULN.id, modified: VULN.modified }] } : {})) }));
  } else if (req.url!.endsWith(`/v1/vulns/${VULN.id}`)) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(VULN));
  } else res.writeHead(404).end();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const pkgs = Array.from({ length: 5 }, (_, i) => ({ ecosystem: 'PyPI', name: i === 3 ? 'pillow' : `p${i}`, version: '8.0.0' }));
const opts = { timeoutMs: 300, retries: 2, batchSize: 2, backoffMs: 1 };

describe('OSV API client', () => {
  it('batches queries and fetches the full records once', async () => {
    calls.length = 0;
    const records = await queryOsvApi(pkgs, { ...opts, url: `${base}/ok` });
    expect(records.map((r) => r.id)).toEqual(['PYSEC-2021-1']);
    expect(calls).toEqual(['POST /ok/v1/querybatch', 'POST /ok/v1/querybatch', 'POST /ok/v1/querybatch', 'GET /ok/v1/vulns/PYSEC-2021-1']);
  });
  it('a mirror URL with credentials: they go as a basic-auth header, and an error names the URL masked', async () => {
    const password = ['mirror', 'pw', String(Date.now())].join('-');
    authorizations.length = 0;
    expect(await queryOsvApi(pkgs, { ...opts, url: base.replace('http://', `http://ci:${password}@`) + '/ok' })).toHaveLength(1);
    expect(new Set(authorizations)).toEqual(new Set([`Basic ${Buffer.from(`ci:${password}`).toString('base64')}`]));
    const down = queryOsvApi(pkgs, { ...opts, url: base.replace('http://', `http://ci:${password}@`) + '/down' });
    await expect(down).rejects.toThrow(/^OSV API POST http:\/\/ci:\*\*\*\*@127\.0\.0\.1:\d+\/down\/v1\/querybatch failed/);
    await expect(down).rejects.not.toThrow(password);
  });
  it('retries a 503 and succeeds', async () => {
    failuresLeft = 2;
    expect(await queryOsvApi(pkgs, { ...opts, url: `${base}/flaky` })).toHaveLength(1);
  });
  it('fails with a clear error after retries on 500', async () => {
    calls.length = 0;
    await expect(queryOsvApi(pkgs, { ...opts, url: `${base}/down` })).rejects.toThrow(OsvApiError);
    await expect(queryOsvApi(pkgs, { ...opts, url: `${base}/down` })).rejects.toThrow(/failed after 3 attempt\(s\): HTTP 500/);
    expect(calls.length).toBe(6);
  });
  it('times out', async () => {
    await expect(queryOsvApi(pkgs, { ...opts, retries: 1, url: `${base}/slow` })).rejects.toThrow(/no answer within 300 ms/);
  });
});
