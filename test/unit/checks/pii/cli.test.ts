// `modelgate pii scan` as a pipeline stage: a bundled runner spawned with pipes, records flowing
// through before standard input closes, flat memory, atomic outputs, exit codes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { piiScanCommand } from '../../../../checks/pii/cli.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import { card, chars, rng } from '../../../helpers/personal-data.js';

const root = resolve(fileURLToPath(import.meta.url), '../../../../..');
let dir: string;
let runner: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-cli-'));
  const entry = join(dir, 'runner.ts');
  writeFileSync(
    entry,
    `import { piiScanCommand } from ${JSON.stringify(join(root, 'checks/pii/cli.ts'))};
const code = await piiScanCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;
`,
  );
  runner = join(dir, 'runner.mjs');
  await build({
    entryPoints: [entry],
    outfile: runner,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [runner, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)));
  return { child, out: () => stdout, err: () => stderr, done };
}

const r = rng(5);
const rowOf = (i: number) => `${i},user${i}@example.com,${card(r, '4', 16)},ok ${chars(r, 'abc', 5)}\n`;

describe('pii scan command', () => {
  it('masks records as they come: output appears before standard input closes', async () => {
    const ws = tempWorkspace();
    const p = start(['-', '--format', 'csv', '--mask', '-'], ws);
    p.child.stdin.write('id,email,card,note\n');
    // The head decides the value cues first (value-cues.ts): here once the neutral columns (id, note)
    // hold more than 20 values of no cued type's shape. A reader may hold a record back until the next
    // line has ended too: with 23 records written and standard input still open, record 0 must come out masked.
    p.child.stdin.write(Array.from({ length: 23 }, (_, i) => rowOf(i)).join(''));
    const t0 = Date.now();
    while (!p.out().includes('[EMAIL]') && Date.now() - t0 < 20_000) await new Promise((x) => setTimeout(x, 50));
    expect(p.out()).toMatch(/^id,email,card,note\n0,\[EMAIL\],\[CREDIT_CARD\],ok \w+\n/);
    p.child.stdin.end();
    expect(await p.done).toBe(0);
    const lines = p.out().trim().split('\n');
    expect(lines).toHaveLength(24);
    expect(lines[2]).toContain('1,[EMAIL],[CREDIT_CARD]');
    expect(p.err()).toContain('23 record(s), 23 clean (23 masked), 0 quarantined');
  }, 60_000);

  it('keeps memory flat over a long stream', async () => {
    const ws = tempWorkspace();
    const p = start(['-', '--format', 'csv', '--mask', '-'], ws);
    let received = 0;
    p.child.stdout.on('data', (d: Buffer | string) => (received += d.length));
    p.child.stdin.write('id,email,note\n');
    const block = Array.from({ length: 2000 }, (_, i) => `${i},a${i}@example.com,plain words here\n`).join('');
    const total = 16 * 1024 * 1024;
    for (let sent = 0; sent < total; sent += block.length) {
      if (!p.child.stdin.write(block)) await new Promise((x) => p.child.stdin.once('drain', x));
    }
    p.child.stdin.end();
    expect(await p.done).toBe(0);
    expect(received).toBeGreaterThan(total / 2);
    const rss = Number(/maxRSS=(\d+)/.exec(p.err())?.[1]) / 1024;
    expect(rss).toBeLessThan(200); // MiB, for 16 MiB streamed through (a 4 MiB run peaks near the same figure)
  }, 300_000);

  it('writes clean and quarantine files atomically, a JSON report without values, exit 1 on violations', async () => {
    const secret = 'gh' + 'p_' + chars(r, 'ABCDEFGHIJabcdefghij0123456789', 36);
    const email = 'someone.special@example.com';
    const ws = tempWorkspace({ 'in.csv': `id,contact,note\n1,${email},fine\n2,x,token ${secret}\n` });
    writeFileSync(join(ws, 'policy.yaml'), 'pii:\n  actions: { credentials: quarantine, email: report }\n');
    const lines: string[] = [];
    const code = await piiScanCommand(['in.csv', '--mask', 'out/clean.csv', '--quarantine', 'out/q.csv', '--report-json', 'out/r.json', '--policy', 'policy.yaml', '--workspace', ws], {
      stdout: (s) => lines.push(s),
      stderr: (s) => lines.push(s),
    });
    // cwd-relative outputs: run from the workspace
    expect(code).toBe(2); // outputs resolve from the current folder, which is not inside this workspace
    const prev = process.cwd();
    process.chdir(ws);
    try {
      const code2 = await piiScanCommand(['in.csv', '--mask', 'out/clean.csv', '--quarantine', 'out/q.csv', '--report-json', 'out/r.json', '--policy', 'policy.yaml'], {
        stdout: (s) => lines.push(s),
        stderr: (s) => lines.push(s),
      });
      expect(code2).toBe(1); // the email is reported at the baseline failOn
    } finally {
      process.chdir(prev);
    }
    expect(readFileSync(join(ws, 'out/clean.csv'), 'utf8')).toBe(`id,contact,note\n1,${email},fine\n`);
    expect(readFileSync(join(ws, 'out/q.csv'), 'utf8')).toContain(secret);
    const report = readFileSync(join(ws, 'out/r.json'), 'utf8');
    expect(JSON.parse(report)).toMatchObject({ verdict: 'blocked', files: [{ path: 'in.csv', records: 2, recordsClean: 1, recordsQuarantined: 1 }] });
    expect(report).not.toContain(secret);
    expect(report).not.toContain(email);
    expect(lines.join('')).not.toContain(email);
    expect(readdirSync(join(ws, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('bad input gives the same message from a file and from standard input', async () => {
    const bad = 'a,b\n1,2\n3,"open\n4,5\n';
    const ws = tempWorkspace({ 'bad.csv': bad });
    const messageOf = async (args: string[], stdin?: AsyncIterable<Buffer>): Promise<string> => {
      const errs: string[] = [];
      expect(await piiScanCommand(args, { stdout: () => {}, stderr: (s) => errs.push(s), ...(stdin ? { stdin } : {}) })).toBe(2);
      return errs.join('');
    };
    const prev = process.cwd();
    process.chdir(ws);
    try {
      const fromFile = await messageOf(['bad.csv']);
      expect(fromFile).toBe('modelgate: error: bad.csv:3: a quoted field is not closed before the end of the file\n');
      expect(await messageOf(['-', '--format', 'csv'], Readable.from([Buffer.from(bad)]))).toBe(fromFile.replace('bad.csv', '-'));
    } finally {
      process.chdir(prev);
    }
  });

  it('bad input: exit 2, a clear message, no output file left', async () => {
    const ws = tempWorkspace({ 'bad.csv': 'a,b\n1,"open\n' });
    const prev = process.cwd();
    process.chdir(ws);
    const errs: string[] = [];
    try {
      expect(await piiScanCommand(['bad.csv', '--mask', 'o/clean.csv'], { stdout: () => {}, stderr: (s) => errs.push(s) })).toBe(2);
      expect(await piiScanCommand(['-', '--mask', '-'], { stdout: () => {}, stderr: (s) => errs.push(s) })).toBe(2);
    } finally {
      process.chdir(prev);
    }
    expect(errs.join('')).toMatch(/quoted field is not closed/);
    expect(errs.join('')).toMatch(/--format is required/);
    expect(existsSync(join(ws, 'o')) ? readdirSync(join(ws, 'o')) : []).toEqual([]);
  });
});
