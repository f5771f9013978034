// Coarse fuzz of the whole CLI: `node <bundle>/cli.js check` on generated workspaces (a manifest,
// mutated or whole, naming a CSV file, a JSON Lines file, a requirements file, a Dockerfile and a
// pickle, each mutated). Every run exits 0, 1 or 2, prints no stack trace, and no planted secret
// reaches standard output, standard error or a report file. A handful of runs in `npm test`;
// MODELGATE_FUZZ_CLI_RUNS (scripts/fuzz.mjs: 300) for more.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DIST } from '../helpers/action-runner.js';
import { mutatedBytes, mutatedText, plantedSecret, token } from '../helpers/fuzz-inputs.js';
import { fuzzReader } from '../helpers/fuzz-property.js';
import { P } from '../helpers/model-files.js';
import { sha256 } from '../helpers/workspace.js';

const RUNS = Math.max(1, Number.parseInt(process.env.MODELGATE_FUZZ_CLI_RUNS ?? '4', 10) || 4);
const PICKLE = P.call('os', 'system', 'id', 4);
const manifest = (pickleSha: string): string => `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata:
  name: fuzz
  version: 1.0.0
  owner: team@example.com
model:
  artifacts:
    - path: model.pkl
      sha256: ${pickleSha}
data:
  scan:
    - path: data.csv
    - path: records.jsonl
evaluation:
  predictions: data.csv
  label: label
  prediction: prediction
  sensitiveFeatures: [group]
dependencies:
  lockfiles: [requirements.txt]
container:
  dockerfile: Dockerfile
`;

const REQUIREMENTS = 'numpy==1.21.0\nrequests>=2 ; python_version >= "3.8"\n';
const rarely = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);

const workspace = fc
  .record({
    secret: plantedSecret,
    // Mostly whole manifests and lockfiles, so that the checks run on the mutated data behind them.
    manifestEdits: rarely,
    csvNoise: fc.array(token, { maxLength: 3 }),
    jsonlBroken: rarely,
    jsonlNoise: fc.array(token, { maxLength: 3 }),
    requirements: fc.oneof({ weight: 3, arbitrary: fc.constant(REQUIREMENTS) }, { weight: 1, arbitrary: mutatedText([REQUIREMENTS]) }),
    dockerNoise: token,
    pickle: fc.option(mutatedBytes([PICKLE]), { nil: undefined }),
  })
  .chain((w) => {
    const pickle = w.pickle ?? PICKLE;
    const m = manifest(sha256(pickle));
    return (w.manifestEdits ? mutatedText([m]) : fc.constant(m)).map((text) => ({ ...w, pickle, manifest: text }));
  });

type Workspace = typeof workspace extends fc.Arbitrary<infer T> ? T : never;

function files(w: Workspace): Record<string, string | Uint8Array> {
  const s = w.secret;
  return {
    'model-release.yaml': w.manifest,
    'data.csv': ['id,group,label,prediction,token', `1,a,1,1,${s}`, '2,b,0,1,x', ...w.csvNoise.map((n) => `3,${n},1,0,y`)].join('\n'),
    'records.jsonl': [`{"id":1,"token":"${s}"}`, ...(w.jsonlBroken ? [`{"id":2,"token":${s}}`, ...w.jsonlNoise.map((n) => n.replace(/\n/g, ' '))] : [])].join('\n'),
    'requirements.txt': `--extra-index-url https://pypi.example/simple?token=${s}\n${w.requirements}`,
    Dockerfile: `FROM python:3.12-slim\nENV API_TOKEN=${s}\nADD https://user:${s}@files.example/app.tar.gz /srv/\nRUN echo ${JSON.stringify(w.dockerNoise.replace(/\n/g, ' '))}\nUSER 10001\n`,
    'model.pkl': w.pickle,
  };
}

/** Runs the CLI on the workspace; returns everything it printed and wrote, or throws what went wrong. */
async function runGate(w: Workspace): Promise<string> {
  const ws = mkdtempSync(join(tmpdir(), 'modelgate-fuzz-cli-'));
  try {
    for (const [rel, content] of Object.entries(files(w))) writeFileSync(join(ws, rel), content);
    mkdirSync(join(ws, 'out'));
    const args = ['check', '--json', 'out/report.json', '--sarif', 'out/report.sarif', '--summary', 'out/summary.md', '--html', 'out/report.html'];
    const r = await run(join(DIST, 'cli.js'), args, ws);
    const reports = readdirSync(join(ws, 'out')).map((f) => readFileSync(join(ws, 'out', f), 'utf8'));
    if (r.status === null) throw new Error(`no exit within 50 s (killed): ${r.stderr.slice(-500)}`);
    if (![0, 1, 2].includes(r.status)) throw new Error(`exit code ${r.status}: ${r.stderr.slice(-2000)}`);
    if (/\n\s+at .+:\d+:\d+\)?$/m.test(r.stdout + r.stderr)) throw new Error(`stack trace printed: ${r.stderr.slice(-2000)}`);
    return [r.stdout, r.stderr, ...reports].join('\n');
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

function run(cli: string, args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, timeout: 50_000, env: { PATH: process.env.PATH } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('fuzz: the whole CLI', () => {
  it('exits 0, 1 or 2 on generated workspaces, without a stack trace or a planted secret', async () => {
    await fuzzReader(workspace, { reader: 'cli', property: 'generated workspaces', share: 0, runs: RUNS, budgetMs: 60_000, expected: () => false, call: runGate, said: String, secrets: (w) => [w.secret] });
  }, Math.max(600_000, RUNS * 60_000));
});
