import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('modelgate CLI', () => {
  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('modelgate check [options]');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect((await run([])).code).toBe(2);
  });

  it('rejects unknown commands, flags and values with one line and exit 2', async () => {
    for (const [args, msg] of [
      [['chek'], 'unknown command "chek"'],
      [['check', '--manfest', 'x'], "Unknown option '--manfest'"],
      [['check', '--fail-on', 'severe'], '--fail-on: unknown severity "severe"'],
      [['check', '--format', 'xml'], '--format: expected text or json'],
      [['check', '--mode', 'audti'], '--mode: unknown mode "audti"; did you mean "audit"?'],
    ] as const) {
      const r = await run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(msg);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('checks a release: text by default, JSON on request, files written, exit code by verdict', async () => {
    const model = 'abc';
    const ws = tempWorkspace({ 'm.yaml': manifestYaml([{ path: 'model.bin', sha256: sha256(model) }]), 'model.bin': model, 'bad.yaml': manifestYaml([{ path: 'model.bin', sha256: sha256('x') }]) });
    const ok = await run(['check', '--workspace', ws, '--manifest', 'm.yaml', '--json', 'r/report.json', '--summary', 'r/summary.md', '--sarif', 'r/x.sarif']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/passed/);
    expect(JSON.parse(readFileSync(join(ws, 'r/report.json'), 'utf8')).verdict).toBe('passed');
    expect(readFileSync(join(ws, 'r/summary.md'), 'utf8')).toMatch(/passed/i);
    const blocked = await run(['check', '--workspace', ws, '--manifest', 'bad.yaml', '--format', 'json']);
    expect(blocked.code).toBe(1);
    const report = JSON.parse(blocked.stdout);
    expect(report.verdict).toBe('blocked');
    expect(report.checks.find((c: { id: string }) => c.id === 'lineage').findings[0]).toMatchObject({ ruleId: 'lineage/artifact-digest-mismatch', violation: true, location: { file: 'bad.yaml', line: 10 } });
    expect((await run(['check', '--workspace', ws, '--manifest', 'bad.yaml', '--fail-on', 'info', '--mode', 'audit'])).code).toBe(0);
  });

  // Once "refuses report paths outside the workspace": output paths given on the command line may be
  // anywhere the process can write; what cannot be written is refused before the gate runs.
  it('writes report paths outside the workspace; refuses a folder before the gate, naming the fix', async () => {
    const ws = tempWorkspace({ 'm.yaml': manifestYaml([]) });
    const outside = tempWorkspace();
    const r = await run(['check', '--workspace', ws, '--manifest', 'm.yaml', '--json', join(outside, 'r.json'), '--verdict', join(outside, 'v.intoto.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(outside, 'v.intoto.json'), 'utf8')).predicate.report.path).toBe(join(outside, 'r.json'));
    const dir = await run(['check', '--workspace', ws, '--manifest', 'm.yaml', '--json', outside]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toBe(`modelgate: error: --json: ${outside} is a folder; choose a file path this process can write, e.g. ${tmpdir()}/modelgate-report.json\n`);
    expect(dir.stdout).toBe('');
  });

  it('--verdict writes the verdict statement, for a blocked release too; nothing extra is printed', async () => {
    const model = 'abc';
    const ws = tempWorkspace({ 'm.yaml': manifestYaml([{ path: 'model.bin', sha256: sha256(model) }]), 'model.bin': model, 'bad.yaml': manifestYaml([{ path: 'model.bin', sha256: sha256('x') }]) });
    const plain = await run(['check', '--workspace', ws, '--manifest', 'm.yaml']);
    const ok = await run(['check', '--workspace', ws, '--manifest', 'm.yaml', '--verdict', 'v/verdict.intoto.json', '--json', 'v/report.json']);
    expect(ok.code).toBe(0);
    expect(ok.stdout.replace(/\d+ ms/g, '')).toBe(plain.stdout.replace(/\d+ ms/g, ''));
    const st = JSON.parse(readFileSync(join(ws, 'v/verdict.intoto.json'), 'utf8'));
    expect(st).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'model.bin', digest: { sha256: sha256(model) } }],
      predicateType: 'https://modelgate.dev/verdict/v1',
      predicate: { verdict: 'passed', release: { name: 'demo', version: '1.0.0' }, report: { path: 'v/report.json', digest: { sha256: sha256(readFileSync(join(ws, 'v/report.json'))) } } },
    });
    const blocked = await run(['check', '--workspace', ws, '--manifest', 'bad.yaml', '--verdict', 'v/bad.intoto.json']);
    expect(blocked.code).toBe(1);
    expect(JSON.parse(readFileSync(join(ws, 'v/bad.intoto.json'), 'utf8')).predicate.verdict).toBe('blocked');
    // Once a refusal ("leaves the workspace"): a statement path given on the command line may lie outside it.
    const outside = tempWorkspace();
    const escape = await run(['check', '--workspace', ws, '--manifest', 'm.yaml', '--verdict', join(outside, 'v.json')]);
    expect(escape.code, escape.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(outside, 'v.json'), 'utf8')).predicate.verdict).toBe('passed');
    expect((await run(['--help'])).stdout).toContain('--verdict F');
  });

  it('prints the JSON Schemas', async () => {
    const r = await run(['schema']);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['model-release.schema.json', 'policy.schema.json', 'report.schema.json']);
  });
});
