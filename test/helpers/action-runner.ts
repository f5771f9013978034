// Runs dist/index.js the way the GitHub runner does: INPUT_* variables, and the step's
// summary, output and event files in a temporary folder.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The bundle under test: dist/, or MODELGATE_DIST (a folder built with `node scripts/build.mjs DIR`). */
export const DIST = process.env.MODELGATE_DIST ? resolve(process.env.MODELGATE_DIST) : join(ROOT, 'dist');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Asynchronous, so a test can serve HTTP (a fake GitHub API) in the same process while the action runs. */
export async function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}, event: object = {}): Promise<ActionRun> {
  return startAction(workspace, inputs, env, event).result;
}

/** Starts the action; `child` lets a test signal it while it runs (a cancelled job). */
export function startAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}, event: object = {}): { child: ChildProcessWithoutNullStreams; result: Promise<ActionRun> } {
  const tmp = mkdtempSync(join(tmpdir(), 'modelgate-runner-'));
  const files = { GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'), GITHUB_OUTPUT: join(tmp, 'output'), GITHUB_EVENT_PATH: join(tmp, 'event.json') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event));
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const child = spawn(process.execPath, [join(DIST, 'index.js')], {
    cwd: workspace,
    // A safety net, above the two minutes a hung GitHub API may take (its calls time out and are retried).
    timeout: 150_000,
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      ...files,
      ...inputEnv,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const result = new Promise<ActionRun>((done) =>
    child.on('close', (status) => {
      done({ status, stdout, stderr, outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') });
      rmSync(tmp, { recursive: true, force: true });
    }),
  );
  return { child, result };
}

/** GITHUB_OUTPUT uses heredoc blocks: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export function runCli(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}
