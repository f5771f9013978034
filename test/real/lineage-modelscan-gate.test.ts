// The lineage check (through the gate) on copies of picklescan's public test files
// (../shared/pickle-fixtures, read-only; copied into a temporary workspace). Nothing is unpickled.
// Every malicious* file as a model artifact blocks the release; the benign pickles and the tiny
// PyTorch checkpoint pass; the error-path files fail closed with the file named. Prints the table.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { digestTargets } from '../../src/io/artifact-digest.js';
import { lineage } from '../../checks/lineage/index.js';
import { runGate } from '../../src/gate.js';
import type { Report } from '../../src/report/model.js';
import { summaryOf } from '../helpers/views.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.join(repoRoot, '..', 'shared', 'pickle-fixtures', 'picklescan');
const logger = { info() {}, warning() {}, debug() {} };
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A workspace holding copies of `files` under model/, and a manifest listing `artifact` with its digest. */
async function gate(files: string[], artifact: string, format?: string): Promise<Report> {
  const ws = mkdtempSync(path.join(tmpdir(), 'mg-lineage-real-'));
  made.push(ws);
  mkdirSync(path.join(ws, 'model'));
  for (const f of files) copyFileSync(path.join(fixtures, f), path.join(ws, 'model', f));
  const [d] = await digestTargets([path.join(ws, artifact)]);
  writeFileSync(
    path.join(ws, 'model-release.yaml'),
    `apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetadata:\n  name: fixtures\n  version: 1.0.0\n  owner: team@example.com\nmodel:\n  artifacts:\n    - path: ${artifact}\n      sha256: ${d!.sha256}\n${format ? `      format: ${format}\n` : ''}`,
  );
  return runGate({ workspace: ws, manifest: 'model-release.yaml', logger, registry: [lineage], checks: ['lineage'] });
}

const lineageOf = (r: Report) => r.checks.find((c) => c.id === 'lineage')!;

describe.skipIf(!existsSync(fixtures))('lineage check on picklescan fixtures (through the gate)', () => {
  const all = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => !f.startsWith('LICENSE')).sort() : [];
  // Every malicious* file, plus the two evasion samples named otherwise.
  const malicious = all.filter((f) => f.startsWith('malicious') || f === 'pytorch_magic_bypass.pt' || f === 'sys_module_override_sploit.pkl');
  const benign = ['benign0_v0.pkl', 'benign0_v3.pkl', 'benign0_v4.pkl', 'new_pytorch_model.bin'];

  it('blocks every malicious* file as a model artifact, passes the benign ones, and prints the table', async () => {
    expect(malicious.length).toBeGreaterThanOrEqual(37);
    const rows: string[][] = [];
    const wrong: string[] = [];
    for (const f of [...malicious, ...benign, 'benign_password_protected.zip', 'broken_model.pkl']) {
      const r = await gate([f], `model/${f}`);
      const c = lineageOf(r);
      const scan = (c.facts.artifacts as Array<{ scan?: { verdict: string; format?: string; dangerous: Array<{ global: string }> } }>)[0]!.scan;
      const blocking = [...new Set(c.findings.filter((x) => x.violation).map((x) => x.ruleId.replace('lineage/', '')))].join(', ');
      rows.push([f, scan?.format ?? '-', r.verdict, scan?.verdict ?? '-', blocking || '-']);
      const want = benign.includes(f) ? 'passed' : 'blocked';
      if (r.verdict !== want) wrong.push(`${f}: ${r.verdict}, expected ${want}`);
      if (malicious.includes(f) && !(scan?.verdict === 'dangerous' && c.findings.some((x) => x.violation && x.severity === 'critical'))) wrong.push(`${f}: not dangerous`);
    }
    const table = [['file', 'format', 'verdict', 'scan', 'blocking rules'], ...rows];
    const w = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => r[i]!.length)));
    console.log(['', ...table.map((r) => r.map((x, i) => (i < 4 ? x.padEnd(w[i]!) : x)).join('  '))].join('\n'));
    expect(wrong).toEqual([]);
  });

  it('one directory artifact holding every malicious and benign file: per-file facts, one blocked verdict', async () => {
    const files = [...malicious, ...benign];
    const r = await gate(files, 'model');
    expect(r.verdict).toBe('blocked');
    const c = lineageOf(r);
    const facts = c.facts.modelFiles as Array<{ path: string; verdict: string }>;
    expect(facts).toHaveLength(files.length);
    for (const f of facts) expect(f.verdict, f.path).toBe(benign.includes(path.basename(f.path)) ? 'clean' : 'dangerous');
    expect(c.facts.modelScan).toMatchObject({ files: files.length, dangerous: malicious.length, clean: benign.length });
    expect(summaryOf(c)).toContain('#### Model files (unsafe deserialization)');
  });

  it('fails closed on the error-path files, naming the file', async () => {
    let r = await gate(['bad_pytorch.pt'], 'model/bad_pytorch.pt');
    expect(r.verdict).toBe('error');
    expect(lineageOf(r).findings).toMatchObject([{ ruleId: 'gate/check-error', location: { file: 'model/bad_pytorch.pt' }, message: expect.stringMatching(/model\/bad_pytorch\.pt: not a PyTorch checkpoint.*unknown opcode 0x1a/) }]);
    // `.bin` is also ONNX external data: declared as PyTorch it must be a checkpoint.
    r = await gate(['not_a_pickle.bin'], 'model/not_a_pickle.bin', 'pytorch');
    expect(r.verdict).toBe('error');
    expect(lineageOf(r).findings[0]!.message).toMatch(/model\/not_a_pickle\.bin: not a PyTorch checkpoint/);
    // Undeclared, a `.bin` that no unpickler can read is listed as not scanned (not an error, not "clean").
    r = await gate(['not_a_pickle.bin'], 'model/not_a_pickle.bin');
    expect(r.verdict).toBe('passed');
    expect((lineageOf(r).facts.artifacts as Array<{ scan: unknown }>)[0]!.scan).toMatchObject({ verdict: 'not-scanned', format: 'unrecognised' });
  });
});
