// Secrets and personal values never leave through a side door (issue 22), through the bundled action and
// the CLI: a token in a requirement URL, a password in an index URL, in a Dockerfile ADD URL and in the
// Pushgateway URL, and an e-mail address in a bad label cell of the bias predictions. The gate still
// reports each of them (masked), and none of the planted values appears on standard output or error, in
// the step summary, the outputs file, the JSON report, SARIF, HTML, the audit log, the metrics or the
// verdict statement. Every secret is built at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { renderComment } from '../../src/report/comment.js';
import { runAction, runCli } from '../helpers/action-runner.js';
import { rng, secrets } from '../helpers/personal-data.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';

const r = rng(2222);
const token = secrets.github(r);
const password = secrets.urlPassword(r);
const indexPassword = secrets.urlPassword(r);
const pushPassword = secrets.urlPassword(r);
const email = ['ann.l', 'example.org'].join('@');
const PLANTED = { token, password, indexPassword, pushPassword, email };

function release(): string {
  const digest = 'a'.repeat(64);
  return tempWorkspace({
    'model-release.yaml': manifestYaml(
      [{ path: 'm.bin', sha256: sha256('w') }],
      `dependencies:
  lockfiles: [requirements.txt]
container:
  dockerfile: Dockerfile
evaluation:
  predictions: p.csv
  label: y
  prediction: yhat
  sensitiveFeatures: [g]
`,
    ),
    'm.bin': 'w',
    'requirements.txt': `--index-url https://build:${indexPassword}@pypi.example.com/simple\nrequests==2.31.0\ngit+https://${token}@github.com/org/pkg\n`,
    Dockerfile: `FROM python:3.12@sha256:${digest}\nADD https://user:${password}@files.example.com/file /file\nUSER app\nHEALTHCHECK CMD true\n`,
    'p.csv': `y,yhat,g\n1,1,a\n${email},0,b\n0,0,a\n`,
  });
}

/** The planted values found in `text`, by name. */
function leaks(text: string): string[] {
  return Object.entries(PLANTED)
    .filter(([, v]) => text.includes(v))
    .map(([k]) => k);
}

/** Medium → planted values it holds, for the media that hold any. */
function leaksByMedium(media: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(media).flatMap(([m, text]) => (leaks(text).length ? [[m, leaks(text)]] : [])));
}

const read = (ws: string, f: string) => readFileSync(join(ws, f), 'utf8');

describe('secrets through side doors', () => {
  it('the action: every medium shows the findings masked, none holds a planted value', async () => {
    const ws = release();
    const run = await runAction(ws, {
      'report-json': 'out/report.json',
      sarif: 'out/gate.sarif',
      html: 'out/report.html',
      'audit-log': 'out/audit.jsonl',
      metrics: 'out/metrics.prom',
      // Nothing listens on port 9: the push fails, and its warning names the URL.
      'pushgateway-url': `http://ci:${pushPassword}@127.0.0.1:9`,
    });
    expect(run.status, run.stdout).toBe(2); // the bad label cell is a check error: the gate fails closed
    const media = {
      stdout: run.stdout,
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      json: read(ws, 'out/report.json'),
      sarif: read(ws, 'out/gate.sarif'),
      html: read(ws, 'out/report.html'),
      audit: read(ws, 'out/audit.jsonl'),
      metrics: read(ws, 'out/metrics.prom'),
      verdict: read(ws, '.modelgate/verdict.intoto.json'),
      // The PR comment is rendered from the same report (posting it needs a pull request and a token).
      comment: renderComment(JSON.parse(read(ws, 'out/report.json')) as Report),
    };
    expect(leaksByMedium(media)).toEqual({});
    // Still reported, in a masked form.
    expect(media.stdout).toContain('metrics push to http://ci:****@127.0.0.1:9/');
    expect(media.json).toContain('git+https://****@github.com/org/pkg');
    expect(media.comment).toContain('user:****@files.example.com/file');
    expect(media.json).toContain('https://user:****@files.example.com/file');
    expect(media.json).toContain('the label (a text of 17 characters starting with \\"a\\")');
  });

  it('the CLI (text and ECS logs, JSON on standard output, every report file): the same', () => {
    const ws = release();
    const files = ['--json', 'r.json', '--sarif', 'r.sarif', '--html', 'r.html', '--summary', 's.md'];
    const media: Record<string, string> = {};
    for (const args of [['check', ...files], ['check', '--log-format', 'ecs'], ['check', '--format', 'json']]) {
      const run = runCli(args, ws);
      expect(run.status, run.stderr).toBe(2);
      media[`${args.join(' ')}: stdout`] = run.stdout;
      media[`${args.join(' ')}: stderr`] = run.stderr;
    }
    for (const f of ['r.json', 'r.sarif', 'r.html', 's.md']) media[f] = read(ws, f);
    expect(leaksByMedium(media)).toEqual({});
    // Each run and file still shows the Dockerfile finding, masked.
    for (const args of ['check --json', 'check --log-format ecs', 'check --format json']) {
      const both = Object.entries(media).filter(([m]) => m.startsWith(args)).map(([, t]) => t).join('\n');
      expect(both, args).toContain('user:****@files.example.com/file');
    }
    for (const f of ['r.json', 'r.sarif', 'r.html', 's.md']) expect(media[f], f).toContain('user:****@files.example.com/file');
  });
});
