// A fake GitHub REST API on 127.0.0.1 that keeps the comments of pull request acme/models#7, for
// end-to-end tests that read the PR comment the action posts.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGitHub {
  /** GITHUB_API_URL for the action. */
  url: string;
  /** The pull request's comments, as posted or updated. */
  comments: string[];
  close: () => Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += chunk;
  return (JSON.parse(s) as { body: string }).body;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const comments: string[] = [];
  const path = '/repos/acme/models/issues/7/comments';
  const server = createServer(async (req, res) => {
    const send = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    const listed = comments.map((body, i) => ({ id: i + 1, body, user: { login: 'github-actions[bot]', type: 'Bot' } }));
    const url = new URL(req.url!, 'http://x');
    if (req.method === 'GET' && url.pathname === path) return send(200, listed);
    if (req.method === 'POST' && url.pathname === path) {
      comments.push(await bodyOf(req));
      return send(201, { id: comments.length, html_url: `https://github.com/acme/models/pull/7#issuecomment-${comments.length}` });
    }
    const update = /^\/repos\/acme\/models\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (req.method === 'PATCH' && update) {
      comments[Number(update[1]) - 1] = await bodyOf(req);
      return send(200, { id: Number(update[1]), html_url: `https://github.com/acme/models/pull/7#issuecomment-${update[1]}` });
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    comments,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** The pull_request event of acme/models#7 and the environment that makes the action comment on it. */
export function pullRequestRun(api: FakeGitHub): { env: Record<string, string>; event: object } {
  return {
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: api.url, 'INPUT_GITHUB-TOKEN': 'test-token' },
    event: { pull_request: { number: 7 }, repository: { name: 'models', owner: { login: 'acme' } } },
  };
}
