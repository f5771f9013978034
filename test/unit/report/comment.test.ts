import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_MAX_BYTES, commentAction, commentMarker, parseCommentMode, parseCommentTag, renderComment, upsertComment } from '../../../src/report/comment.js';
import { WAIVER, check, finding, manyViolations, reportOf, richReport } from '../../helpers/reports.js';

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

/** A fake of the three GitHub REST endpoints upsertComment uses, on 127.0.0.1 and a random port. */
class FakeGitHub {
  comments: Comment[] = [];
  requests: string[] = [];
  /** Comments per page of GET …/comments (GitHub's own page size is per_page; a small one forces pagination). */
  pageSize = 100;
  failWith?: { status: number; message: string };
  private server?: Server;
  private nextId = 1000;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  seed(body: string, user = { login: 'someone', type: 'User' }): Comment {
    const c = { id: this.nextId++, body, user, html_url: `https://github.com/acme/models/pull/7#issuecomment-${this.nextId}` };
    this.comments.push(c);
    return c;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== 'token t0k3n') return send(401, { message: 'Bad credentials' });
    if (this.failWith) return send(this.failWith.status, { message: this.failWith.message });

    if (url.pathname === '/repos/acme/models/issues/7/comments' && req.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = this.comments.slice((page - 1) * this.pageSize, page * this.pageSize);
      const headers: Record<string, string> = {};
      if (page * this.pageSize < this.comments.length) {
        headers.link = `<${this.url}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`;
      }
      return send(200, slice, headers);
    }
    if (url.pathname === '/repos/acme/models/issues/7/comments' && req.method === 'POST') {
      const c = this.seed((JSON.parse(raw) as { body: string }).body, { login: 'github-actions[bot]', type: 'Bot' });
      return send(201, c);
    }
    const patch = url.pathname.match(/^\/repos\/acme\/models\/issues\/comments\/(\d+)$/);
    if (patch && req.method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(patch[1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = (JSON.parse(raw) as { body: string }).body;
      return send(200, c);
    }
    send(404, { message: 'Not Found' });
  }
}

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.stop();
  github = undefined;
});

function options(gh: FakeGitHub, body: string, warnings: string[] = []) {
  const report = richReport();
  return {
    token: 't0k3n',
    owner: 'acme',
    repo: 'models',
    issueNumber: 7,
    body,
    marker: commentMarker(report.manifest),
    apiUrl: gh.url,
    warn: (m: string) => warnings.push(m),
  };
}

describe('upsertComment', () => {
  it('creates the comment once, then updates the same comment in place', async () => {
    github = await new FakeGitHub().start();
    github.seed('LGTM');
    const first = await upsertComment(options(github, renderComment(richReport())));
    expect(first.action).toBe('created');
    expect(first.url).toMatch(/issuecomment-/);
    expect(github.comments).toHaveLength(2);
    const ours = github.comments[1]!;
    expect(ours.body.startsWith('<!-- modelgate-gate: release/modelgate.yml -->\n')).toBe(true);

    const second = await upsertComment(options(github, renderComment({ ...richReport(), verdict: 'passed', violations: 0 })));
    expect(second.action).toBe('updated');
    expect(github.comments).toHaveLength(2); // no duplicate
    expect(github.comments[1]!.id).toBe(ours.id);
    expect(github.comments[1]!.body).toContain('ModelGate passed');
    expect(github.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
    expect(github.requests.filter((r) => r.startsWith('PATCH'))).toEqual([`PATCH /repos/acme/models/issues/comments/${ours.id}`]);
  });

  it('finds its comment on the second page of comments', async () => {
    github = await new FakeGitHub().start();
    github.pageSize = 3;
    for (let i = 0; i < 4; i++) github.seed(`comment ${i}`);
    const ours = github.seed(`${commentMarker(richReport().manifest)}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    const result = await upsertComment(options(github, 'new body'));
    expect(result.action).toBe('updated');
    expect(github.requests.filter((r) => r.startsWith('GET'))).toHaveLength(2);
    expect(github.comments).toHaveLength(5);
    // The marker is added when the body lacks it, so the next run finds the comment again.
    expect(ours.body).toBe(`${commentMarker(richReport().manifest)}\nnew body`);
  });

  it('prefers the comment a bot wrote over one that quotes the marker', async () => {
    github = await new FakeGitHub().start();
    const marker = commentMarker(richReport().manifest);
    const quote = github.seed(`> ${marker}\nwhy is this failing?`);
    const bot = github.seed(`${marker}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    await upsertComment(options(github, 'fresh'));
    expect(bot.body).toContain('fresh');
    expect(quote.body).toContain('why is this failing?');
  });

  it('keeps one comment per gate: another manifest gets its own comment', async () => {
    github = await new FakeGitHub().start();
    await upsertComment(options(github, renderComment(richReport())));
    const other = { ...richReport(), manifest: 'releases/ranker/modelgate.yml' };
    const result = await upsertComment({ ...options(github, renderComment(other)), marker: commentMarker(other.manifest) });
    expect(result.action).toBe('created');
    expect(github.comments).toHaveLength(2);
  });

  it('keeps two comments for two tagged gates on one manifest, and the untagged gate finds neither', async () => {
    github = await new FakeGitHub().start();
    const report = richReport();
    const gate = (tag?: string) => ({ ...options(github!, renderComment(report, tag === undefined ? {} : { tag })), marker: commentMarker(report.manifest, tag) });
    expect((await upsertComment(gate('gpu'))).action).toBe('created');
    expect((await upsertComment(gate('cpu'))).action).toBe('created');
    expect((await upsertComment(gate('gpu'))).action).toBe('updated');
    expect((await upsertComment(gate())).action).toBe('created');
    expect(github.comments).toHaveLength(3);
    // Each body holds its own marker once, and no other gate's.
    for (const [tag, c] of [['gpu', 0], ['cpu', 1]] as const) {
      const body = github.comments[c]!.body;
      expect(body.split(commentMarker(report.manifest, tag))).toHaveLength(2);
      expect(body).not.toContain(commentMarker(report.manifest));
    }
    expect((await upsertComment(gate())).action).toBe('updated');
    expect(github.comments).toHaveLength(3);
  });

  it('with create: false, updates an existing comment and creates none', async () => {
    github = await new FakeGitHub().start();
    expect(await upsertComment({ ...options(github, 'passed now'), create: false })).toEqual({ action: 'skipped' });
    expect(github.comments).toHaveLength(0);
    expect(github.requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
    github.seed(`${commentMarker(richReport().manifest)}\nblocked`, { login: 'github-actions[bot]', type: 'Bot' });
    expect((await upsertComment({ ...options(github, 'passed now'), create: false })).action).toBe('updated');
    expect(github.comments[0]!.body).toContain('passed now');
  });

  it('on 403, warns that the token lacks pull-requests: write and does not throw', async () => {
    github = await new FakeGitHub().start();
    github.failWith = { status: 403, message: 'Resource not accessible by integration' };
    const warnings: string[] = [];
    const result = await upsertComment(options(github, 'body', warnings));
    expect(result).toEqual({ action: 'failed' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the token lacks `pull-requests: write`');
    expect(warnings[0]).toContain('add `permissions: pull-requests: write` to the job');
    expect(warnings[0]).toContain('403');
    expect(warnings[0]).not.toContain('t0k3n');
  });

  it('on 404 (no access to the PR), names the missing permission too', async () => {
    github = await new FakeGitHub().start();
    github.failWith = { status: 404, message: 'Not Found' };
    const warnings: string[] = [];
    expect(await upsertComment(options(github, 'body', warnings))).toEqual({ action: 'failed' });
    expect(warnings[0]).toContain('`pull-requests: write`');
  });

  it('on another error, warns with the status and message and does not throw', async () => {
    github = await new FakeGitHub().start();
    github.failWith = { status: 500, message: 'Server Error' };
    const warnings: string[] = [];
    const result = await upsertComment(options(github, 'body', warnings));
    expect(result.action).toBe('failed');
    expect(warnings[0]).toMatch(/^cannot post the PR comment: GitHub answered 500: Server Error/);
  });

  it('does not throw when the API cannot be reached', async () => {
    github = await new FakeGitHub().start();
    const url = github.url;
    await github.stop();
    github = undefined;
    const warnings: string[] = [];
    const result = await upsertComment({ ...options(new FakeGitHub(), 'body', warnings), apiUrl: url });
    expect(result.action).toBe('failed');
    expect(warnings[0]).toMatch(/^cannot post the PR comment: /);
  });
});

describe('renderComment', () => {
  it('is compact: verdict, checks, violations, link to the run', () => {
    const body = renderComment(richReport());
    expect(body.split('\n')[0]).toBe('<!-- modelgate-gate: release/modelgate.yml -->');
    expect(body).toContain('### ⚠️ ModelGate error: `fraud-model@1.4.0` · commit `deadbee`');
    expect(body).toContain('| `endpoints` | ⚠️ error | 1 | 0 | 1 |');
    // Issue 19 point 2: the message comes second (was last).
    expect(body).toContain('| 🟥 critical | sha256 differs from the manifest | `lineage/artifact-digest-mismatch` | `release/modelgate.yml:7:13` | `models/model.bin` |');
    expect(body).toContain('[Job summary and logs](https://github.com/acme/models/actions/runs/42)');
    expect(body).not.toContain('<details>');
  });

  it('omits the run link without run context and says audit mode did not fail the job', () => {
    const body = renderComment({ ...richReport(), run: {}, mode: 'audit', verdict: 'blocked' });
    expect(body).not.toContain('actions/runs');
    expect(body).toContain('(did not fail the job)');
  });

  it('lists at most 20 violations and says how many more', () => {
    const body = renderComment(manyViolations(45));
    const rows = body.split('\n').filter((l) => /^\| (🟥|🟧|🟨|🟦)/.test(l));
    expect(rows).toHaveLength(20);
    expect(body).toContain('…and 25 more violations: see the job summary.');
  });

  it('stays under GitHub’s comment limit with huge messages and many checks', () => {
    const checks = Array.from({ length: 400 }, (_, i) =>
      check({ id: `check-${'x'.repeat(150)}-${i}`, findings: [finding({ ruleId: 'a/b', violation: true, message: '長'.repeat(5000) })] }),
    );
    const body = renderComment(reportOf(checks));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_MAX_BYTES);
    expect(body).toContain("Comment shortened to fit GitHub's size limit");
  });

  it('escapes what could break the table or ping people', () => {
    const f = finding({ ruleId: 'dependency/vulnerable-package', violation: true, message: 'ask @security-team | now', target: '@scope/pkg@1.0.0' });
    const body = renderComment(reportOf([check({ id: 'dependency', findings: [f] })]));
    // Message second (issue 19 point 2), so the cells are checked one by one.
    expect(body).toContain('| ask @\u200bsecurity-team \\| now | `dependency/vulnerable-package` |  | `@scope/pkg@1.0.0` |');
  });

  it('keeps the marker a valid HTML comment whatever the manifest path', () => {
    expect(commentMarker('a--b/-->x.yml')).toBe('<!-- modelgate-gate: a- -b/- ->x.yml -->');
  });
});

describe('the waivers a pass rests on', () => {
  it('leads the comment with the applied waivers: rule, target, owner, expiry, reason and findings covered', () => {
    const waived = finding({ ruleId: WAIVER.rule, severity: 'high', target: 'left-pad@1.0.0', waiver: WAIVER });
    const body = renderComment(reportOf([check({ id: 'dependency', findings: [waived, { ...waived, target: 'left-pad@1.0.1' }] })]));
    expect(body).toContain('### ✅ ModelGate passed: `fraud-model@1.4.0` · commit `deadbee`');
    expect(body).toContain('#### Waivers applied (1)\n\nThe release passed because of these waivers: without them, 2 findings would block it.');
    expect(body).toContain('| Rule | Target | Owner | Expires | Reason | Findings |');
    expect(body).toContain('| `dependency/vulnerable-package` | `left-pad@1.0.0` | ml-platform | 2099-12-31 | not reachable from the serving path | 2 |');
    // Before the checks table: the first thing after the verdict line.
    expect(body.indexOf('Waivers applied')).toBeLessThan(body.indexOf('| Check |'));
  });

  it('says nothing about a pass when the waived findings would not have blocked, and omits the table without waivers', () => {
    const low = finding({ ruleId: WAIVER.rule, severity: 'low', waiver: WAIVER });
    const body = renderComment(reportOf([check({ id: 'dependency', findings: [low] })]));
    expect(body).toContain('#### Waivers applied (1)\n\n| Rule |');
    expect(body).not.toContain('passed because of');
    expect(renderComment(reportOf([check({ id: 'x' })], { waivers: { applied: [], unused: [], expired: [] } }))).not.toContain('Waivers applied');
  });

  it('escapes the waivers, which a pull request can write', () => {
    const evil = { ...WAIVER, owner: '@org/everyone', reason: 'ok | <img src=x onerror=alert(1)> **now**\nsecond', target: 'a`|b', expires: '2099-12-31' };
    const f = finding({ ruleId: WAIVER.rule, severity: 'high', waiver: evil });
    const body = renderComment(reportOf([check({ id: 'dependency', findings: [f] })], { waivers: { applied: [evil], unused: [], expired: [] } }));
    const row = body.split('\n').find((l) => l.startsWith('| `dependency/vulnerable-package`'))!;
    expect(row).toContain('@\u200borg/everyone');
    expect(row).toContain('ok \\| &lt;img src=x onerror=alert(1)&gt; \\*\\*now\\*\\*<br>second');
    expect(row).toContain('``a`\\|b``');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
  });

  it('lists at most 20 waivers and says how many more', () => {
    const applied = Array.from({ length: 23 }, (_, i) => ({ ...WAIVER, target: `pkg-${i}` }));
    const body = renderComment(reportOf([check({ id: 'dependency' })], { waivers: { applied, unused: [], expired: [] } }));
    expect(body).toContain('#### Waivers applied (23)');
    expect(body.split('\n').filter((l) => l.startsWith('| `dependency/vulnerable-package`'))).toHaveLength(20);
    expect(body).toContain('…and 3 more waivers: see the job summary.');
  });
});

describe('comment mode and tag', () => {
  it('reads always, on-failure and never, with the booleans as aliases', () => {
    expect(parseCommentMode('')).toBe('always');
    for (const v of ['always', 'true', 'TRUE', 'yes', 'on', '1', ' Always ']) expect(parseCommentMode(v)).toBe('always');
    for (const v of ['never', 'false', 'no', 'off', '0']) expect(parseCommentMode(v)).toBe('never');
    expect(parseCommentMode('on-failure')).toBe('on-failure');
    expect(() => parseCommentMode('maybe')).toThrow('input "comment": expected always, on-failure or never (or true / false), got "maybe"');
    expect(() => parseCommentMode('sometimes', '--comment')).toThrow(/^--comment: /);
  });

  it('decides per verdict: on-failure posts for blocked and error, and only updates an earlier comment on a pass', () => {
    expect(commentAction('always', 'passed')).toBe('upsert');
    expect(commentAction('always', 'blocked')).toBe('upsert');
    expect(commentAction('on-failure', 'blocked')).toBe('upsert');
    expect(commentAction('on-failure', 'error')).toBe('upsert');
    expect(commentAction('on-failure', 'passed')).toBe('update-only');
    for (const v of ['passed', 'blocked', 'error'] as const) expect(commentAction('never', v)).toBe('none');
  });

  it('puts the tag into the marker without changing the untagged marker, and never lets one contain the other', () => {
    expect(commentMarker('release/modelgate.yml')).toBe('<!-- modelgate-gate: release/modelgate.yml -->');
    expect(commentMarker('release/modelgate.yml', 'gpu')).toBe('<!-- modelgate-gate (gpu): release/modelgate.yml -->');
    const tags = ['gpu', 'gpu ', 'a)b', 'a--b', 'a-->b', 'x): release/modelgate.yml --><!-- modelgate-gate (y', '名前', '(', '%28'];
    const markers = [commentMarker('release/modelgate.yml'), ...tags.map((t) => commentMarker('release/modelgate.yml', t))];
    expect(new Set(markers).size).toBe(markers.length);
    for (const a of markers) {
      // A valid HTML comment: opened once, closed once at the end, no "--" inside.
      expect(a.slice(4, -3)).not.toContain('--');
      for (const b of markers) if (a !== b) expect(b.includes(a)).toBe(false);
    }
  });

  it('renders the tag in the marker and the heading', () => {
    const body = renderComment(richReport(), { tag: 'gpu <b>' });
    expect(body.split('\n')[0]).toBe('<!-- modelgate-gate (gpu%20%3Cb%3E): release/modelgate.yml -->');
    expect(body).toContain('### ⚠️ ModelGate error: `fraud-model@1.4.0` (`gpu <b>`) · commit `deadbee`');
  });

  it('accepts a one-line tag and treats an empty one as none', () => {
    expect(parseCommentTag('  gpu ')).toBe('gpu');
    expect(parseCommentTag('')).toBeUndefined();
    expect(() => parseCommentTag('a\nb')).toThrow('input "comment-tag": expected one line of at most 100 characters');
    expect(() => parseCommentTag('x'.repeat(101), '--comment-tag')).toThrow(/^--comment-tag: /);
  });
});
