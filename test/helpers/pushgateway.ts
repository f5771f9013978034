// A Prometheus Pushgateway stand-in on 127.0.0.1 for the metrics tests: records every request and
// answers with the given status (or never, to test timeouts). Servers close after the test file.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

export interface Pushed {
  method?: string;
  url?: string;
  type?: string;
  auth?: string;
  body: string;
}

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

export async function fakePushgateway(opts: { status?: number; answer?: boolean } = {}): Promise<{ url: string; got: Pushed[] }> {
  const status = opts.status ?? 200;
  const got: Pushed[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      got.push({ method: req.method, url: req.url, type: req.headers['content-type'], auth: req.headers.authorization, body });
      // The Pushgateway explains a refusal in a short text body.
      if (opts.answer ?? true) res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? '' : 'pushed metrics are invalid');
    });
  });
  servers.push(server);
  return { url: `http://127.0.0.1:${await listen(server)}`, got };
}

/** A URL on 127.0.0.1 where nothing listens: a port just released. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}`;
}
