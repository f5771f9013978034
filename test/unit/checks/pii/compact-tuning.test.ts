// Recall classes of issue 17 on their own tuning cases (test/helpers/pii-compact-tuning.ts, written from
// the formats' documentation): bare MAC addresses under the words and column names tools use for them,
// compact Aadhaar and CPF numbers after their cues and in neutral columns, GitLab tokens of every
// documented prefix, and AWS secret keys paired with a key id elsewhere in one text. Prints counts per
// kind only, never a value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { piiScanCommand } from '../../../../checks/pii/cli.js';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { resolvePolicy, scanTable } from '../../../../checks/pii/scan.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';
import { maskSecret } from '../../../../src/detect/index.js';
import { compactIdColumn, compactTuningSet, gitlabTokens } from '../../../helpers/pii-compact-tuning.js';
import { chars, rng, secrets } from '../../../helpers/personal-data.js';
import type { TuningCase } from '../../../helpers/pii-tuning-set.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

const CASES = [17, 18, 19, 20, 21].flatMap((seed) => compactTuningSet(seed));

/** The matches of a case as [type, value], secrets and the scored types alike. */
function found(c: TuningCase): Array<[string, string]> {
  return detectPii(c.text, c.context !== undefined ? { context: c.context } : {}).map((m) => [m.type, c.text.slice(m.start, m.end)]);
}

describe('compact identifiers and secrets in one text (issue 17 recall classes)', () => {
  const kinds = [...new Set(CASES.map((c) => c.kind))];
  it.each(kinds)('%s', (kind) => {
    let right = 0;
    const of = CASES.filter((x) => x.kind === kind);
    const wrong: string[] = [];
    for (const c of of) {
      const got = found(c);
      const want = c.want.map((w) => [w.type, w.value]);
      if (JSON.stringify(got) === JSON.stringify(want)) right++;
      // Types and spans' lengths only: the values are test data, but a failure prints no value.
      else wrong.push(`${c.context ?? ''} ${JSON.stringify(got.map(([t, v]) => `${t}:${v.length}`))} want ${JSON.stringify(want.map(([t, v]) => `${t}:${v!.length}`))} (form ${of.indexOf(c) % 50})`);
    }
    console.log(`${kind}: ${right}/${of.length}`);
    expect(wrong).toEqual([]);
  });
});

/** The column classes and masked cells of a table of neutral columns (`c02`, `col_7`, `field3`). */
async function scanColumns(table: Record<string, string[]>): Promise<{ types: Record<string, string | null>; masked: Record<string, number> }> {
  const columns = Object.keys(table);
  const rows = table[columns[0]!]!.map((_, i) => columns.map((c) => table[c]![i]!));
  async function* batches(): AsyncIterable<RecordBatch> {
    for (let s = 0; s < rows.length; s += 256) yield { start: s, columns, rows: rows.slice(s, s + 256) };
  }
  const clean: string[][] = [];
  const sink = { write: async (v: readonly unknown[]) => void clean.push(v as string[]) };
  const result = await scanTable(columns, batches(), {
    display: 't.csv',
    policy: resolvePolicy(piiConfigSchema.parse({ actions: { personal: 'mask' } }), {}),
    openOutputs: async () => ({ clean: sink, quarantine: sink }),
  });
  const types = Object.fromEntries(result.columns.map((c) => [c.name, c.type]));
  const masked = Object.fromEntries(columns.map((c, k) => [c, clean.filter((row, i) => row[k] !== rows[i]![k]).length]));
  return { types, masked };
}

describe('neutral columns of compact national ids', () => {
  it('take the type whose checksum a clear majority of their values pass (blanks and typos among them)', async () => {
    const r = rng(6);
    const { types, masked } = await scanColumns({
      c02: compactIdColumn(r, 'cpf', 400),
      col_7: compactIdColumn(r, 'aadhaar', 400),
      field3: compactIdColumn(r, 'cpf', 400, 40, 40),
      c9: compactIdColumn(r, 'aadhaar', 400, 40, 40),
      // Eleven digits that pass the CPF check, in a column named for a reference number: that number.
      case_number: compactIdColumn(r, 'cpf', 400),
      // So are twelve that pass the Aadhaar check there, and in a column of amounts.
      order_no: compactIdColumn(r, 'aadhaar', 400),
      amount_minor: compactIdColumn(r, 'aadhaar', 400),
    });
    expect(types).toMatchObject({ c02: 'br-cpf', col_7: 'in-aadhaar', field3: 'br-cpf', c9: 'in-aadhaar' });
    // Every bare CPF and Aadhaar number that passes its check is masked as a whole cell (in field3 and
    // c9 the 320 valid ones; a CPF typo starting with 0 is a phone's trunk prefix); the reference
    // numbers and amounts are left alone.
    expect({ ...masked, field3: masked.field3! >= 320 }).toEqual({ c02: 400, col_7: 400, field3: true, c9: 320, case_number: 0, order_no: 0, amount_minor: 0 });
  });
});

describe('an AWS key pair in a nested JSON Lines field', () => {
  it('is found and masked although the JSON text writes its line breaks as \\n before each key', async () => {
    const r = rng(9);
    const pairs = Array.from({ length: 20 }, () => ({ id: secrets.awsKeyId(r), secret: chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 14) + chars(r, 'abcdefghijklmnopqrstuvwxyz', 13) + chars(r, '0123456789/+', 13) }));
    const lines = pairs.map((p, i) => JSON.stringify({ n: i, ticket: { title: 'creds', body: `pasted:\n${p.id}\n${p.secret}\nthanks` } }));
    const ws = tempWorkspace({ 'in.jsonl': lines.join('\n') + '\n' });
    const prev = process.cwd();
    process.chdir(ws);
    try {
      expect(await piiScanCommand(['in.jsonl', '--format', 'jsonl', '--mask', 'clean.jsonl'], { stdout: () => {}, stderr: () => {} })).toBeLessThanOrEqual(1);
    } finally {
      process.chdir(prev);
    }
    const clean = readFileSync(join(ws, 'clean.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { ticket: { body: string } });
    const left = clean.filter((c, i) => c.ticket.body.includes(pairs[i]!.id) || c.ticket.body.includes(pairs[i]!.secret)).length;
    expect({ records: clean.length, keysLeft: left }).toEqual({ records: 20, keysLeft: 0 });
  });
});

describe('GitLab tokens masked', () => {
  it('keep only the prefix that says what they are', () => {
    for (const t of gitlabTokens(rng(3))) {
      const masked = maskSecret(t);
      const prefix = /^(?:gl[a-z]+-|GR1348941)/.exec(t)![0];
      expect(masked).toBe(`${prefix}…[REDACTED ${t.length - prefix.length} chars]`);
    }
  });
});
