// The model-file scanner over picklescan's public test data (../shared/pickle-fixtures, read-only).
// Nothing is unpickled: the scanner only walks opcodes. Prints the verdict table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { scanModelFile, type ModelFileScan } from '../../checks/lineage/modelfiles/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const fixtures = path.join(shared, 'pickle-fixtures', 'picklescan');

type Outcome = { file: string; scan?: ModelFileScan; error?: ConfigError };

const BLOCKING = new Set(['unsafe-global', 'unresolved-global', 'global-mutation']);
const dangerous = (s: ModelFileScan): boolean => s.globals.some((g) => g.rating === 'dangerous') || s.findings.some((f) => BLOCKING.has(f.rule));

/** Files whose naive STACK_GLOBAL pairing (last two string pushes, memo ignored) is wrong: see the fixtures README. */
const NAIVE_MISPAIRED = new Set(['malicious15b.pkl', 'sys_module_override_sploit.pkl', 'malicious11.pkl', 'malicious-invalid-bytes.pkl']);

describe.skipIf(!existsSync(fixtures))('model-file scanner on picklescan fixtures', () => {
  const files = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => !f.startsWith('LICENSE')).sort() : [];
  const outcomes = new Map<string, Outcome>();

  const scanAll = async (): Promise<void> => {
    if (outcomes.size > 0) return;
    for (const file of files) {
      try {
        outcomes.set(file, { file, scan: await scanModelFile(path.join(fixtures, file), { display: file }) });
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        outcomes.set(file, { file, error: e });
      }
    }
  };

  it('prints the verdict table', async () => {
    await scanAll();
    const rows = [...outcomes.values()].map(({ file, scan, error }) => {
      if (error) return [file, '-', 'ERROR', error.message];
      const s = scan!;
      const verdict = dangerous(s) ? 'DANGEROUS' : s.findings.length > 0 ? `findings: ${[...new Set(s.findings.map((f) => f.rule))].join(', ')}` : 'clean';
      const globals = s.globals.map((g) => `${g.global} (${g.rating})`).join(', ') || '-';
      return [file, s.format, verdict, globals];
    });
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    const line = (r: string[]): string => `${r[0]!.padEnd(w[0]!)}  ${r[1]!.padEnd(w[1]!)}  ${r[2]!.padEnd(w[2]!)}  ${r[3]}`;
    console.log(['', line(['file', 'format', 'verdict', 'globals (rating)']), ...rows.map(line)].join('\n'));
    const mal = rows.filter((r) => r[0]!.startsWith('malicious'));
    console.log(`\nmalicious flagged dangerous: ${mal.filter((r) => r[2] === 'DANGEROUS').length}/${mal.length}`);
    expect(rows.length).toBe(files.length);
  });

  it('flags every malicious* fixture as dangerous', async () => {
    await scanAll();
    const mal = files.filter((f) => f.startsWith('malicious'));
    expect(mal.length).toBeGreaterThanOrEqual(35);
    const missed = mal.filter((f) => {
      const o = outcomes.get(f)!;
      return o.error !== undefined || !dangerous(o.scan!);
    });
    expect(missed).toEqual([]);
  });

  it('does not flag benign fixtures, and the tiny PyTorch checkpoint is clean', async () => {
    await scanAll();
    for (const f of ['benign0_v0.pkl', 'benign0_v3.pkl', 'benign0_v4.pkl', 'new_pytorch_model.bin']) {
      const o = outcomes.get(f)!;
      expect(o.error, f).toBeUndefined();
      expect(o.scan!.findings, f).toEqual([]);
    }
    const torch = outcomes.get('new_pytorch_model.bin')!.scan!;
    expect(torch.format).toBe('pytorch-zip');
    expect(torch.globals.map((g) => g.global).sort()).toEqual(['collections.OrderedDict', 'torch.FloatStorage', 'torch._utils._rebuild_tensor_v2']);
    expect(torch.globals.every((g) => g.rating === 'safe')).toBe(true);
    const pw = outcomes.get('benign_password_protected.zip')!.scan!;
    expect(dangerous(pw)).toBe(false);
  });

  it('gives clear errors on the error-path files', async () => {
    await scanAll();
    for (const f of ['bad_pytorch.pt', 'not_a_pickle.bin']) {
      const o = outcomes.get(f)!;
      expect(o.error, f).toBeInstanceOf(ConfigError);
      expect(o.error!.message).toContain(f);
      expect(o.error!.message).toMatch(/offset \d+/);
    }
    expect(outcomes.get('bad_pytorch.pt')!.error!.message).toMatch(/unknown opcode 0x1a/);
    // Truncated after importing builtins.exec: the import is reported, and so is the truncation.
    const broken = outcomes.get('broken_model.pkl')!.scan!;
    expect(broken.findings.map((f) => f.rule).sort()).toEqual(['malformed', 'unsafe-global']);
    expect(broken.findings.find((f) => f.rule === 'malformed')!.message).toMatch(/truncated/);
    // An encrypted member is never assumed clean.
    const pw = outcomes.get('benign_password_protected.zip')!.scan!;
    expect(pw.findings.some((f) => f.rule === 'unreadable-member' && f.member === 'test.txt')).toBe(true);
  });

  it('handles the zip evasion cases and memo tricks', async () => {
    await scanAll();
    for (const f of ['malicious1_0x1.zip', 'malicious1_0x20.zip', 'malicious1_0x40.zip', 'malicious1_central_directory.zip']) {
      const s = outcomes.get(f)!.scan!;
      expect(s.findings.some((x) => x.rule === 'archive-anomaly'), f).toBe(true);
      expect(s.globals.some((g) => g.global === 'builtins.eval'), f).toBe(true);
    }
    expect(outcomes.get('malicious1_central_directory.zip')!.scan!.findings.some((x) => /datap\.kl/.test(x.message))).toBe(true);
    // Memo followed: the naive pairing is wrong for these.
    expect(outcomes.get('malicious11.pkl')!.scan!.globals.map((g) => g.global)).toEqual(['os.system']);
    expect(outcomes.get('malicious-invalid-bytes.pkl')!.scan!.globals.map((g) => g.global)).toEqual(['os.system']);
    expect(outcomes.get('malicious15b.pkl')!.scan!.globals.map((g) => g.global).sort()).toEqual(['bdb.Bdb', 'bdb.Bdb.run']);
    const sploit = outcomes.get('sys_module_override_sploit.pkl')!.scan!;
    expect(sploit.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['unresolved-global', 'global-mutation']));
    expect(outcomes.get('pytorch_magic_bypass.pt')!.scan!.globals.map((g) => g.global).sort()).toEqual(['__builtin__.eval', 'posix.system']);
  });

  it('finds every global of the naive cross-check (naive-walk-globals.json), except where its STACK_GLOBAL pairing is wrong', async () => {
    await scanAll();
    const naive = JSON.parse(readFileSync(path.join(shared, 'pickle-fixtures', 'naive-walk-globals.json'), 'utf8')) as Record<
      string,
      { globals?: string[][]; members?: Record<string, { globals?: string[][] }> }
    >;
    const missing: string[] = [];
    for (const [file, entry] of Object.entries(naive)) {
      if (NAIVE_MISPAIRED.has(file)) continue;
      const expected = [...(entry.globals ?? []), ...Object.values(entry.members ?? {}).flatMap((m) => m.globals ?? [])].map(([m, n]) => `${m}.${n}`);
      const ours = new Set(outcomes.get(file)?.scan?.globals.map((g) => g.global) ?? []);
      for (const g of expected) if (!ours.has(g)) missing.push(`${file}: ${g}`);
    }
    expect(missing).toEqual([]);
  });
});
