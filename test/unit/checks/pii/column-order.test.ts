// TableScanner.scanRows scans a run of records column by column. These tests hold it to the
// record-by-record semantics: the same facts, findings and outputs however the records are grouped
// into runs, and of several bad cells the one a record-by-record scan meets first is reported.
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { resolvePolicy, scanTable, TableScanner, type TableScan } from '../../../../checks/pii/scan.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';
import { card, chars, iban, rng, ssn } from './gen.js';

const columns = ['id', 'contact', 'note', 'account', 'city'];

/** Seeded records whose columns change their usual type midway (cache, expected type, first hits). */
function records(n: number): string[][] {
  const r = rng(42);
  const email = () => `${chars(r, 'abcdefgh', 5)}@example.${['com', 'org'][Math.floor(r() * 2)]}`;
  return Array.from({ length: n }, (_, i) => [
    String(i),
    i < n / 2 ? email() : ssn(r),
    r() < 0.2 ? `call ${ssn(r)} or mail ${email()}` : 'nothing to see',
    r() < 0.5 ? card(r, '4', 16) : iban(r, 'DE', 22),
    ['Lyon', 'Turin', 'Leeds'][Math.floor(r() * 3)]!,
  ]);
}

async function scan(rows: string[][], runLength: number, config: object): Promise<{ result: TableScan; clean: string[]; quarantine: string[] }> {
  async function* batches(): AsyncIterable<RecordBatch> {
    for (let s = 0; s < rows.length; s += runLength) yield { start: s, columns, rows: rows.slice(s, s + runLength) };
  }
  const clean: string[] = [];
  const quarantine: string[] = [];
  const sink = (into: string[]) => ({ write: async (v: readonly unknown[]) => void into.push(JSON.stringify(v)) });
  const result = await scanTable(columns, batches(), {
    display: 't.csv',
    policy: resolvePolicy(piiConfigSchema.parse(config)),
    openOutputs: async () => ({ clean: sink(clean), quarantine: sink(quarantine) }),
  });
  return { result, clean, quarantine };
}

describe('column-by-column scanning', () => {
  const rows = records(600);
  for (const [what, config] of [
    ['report', {}],
    ['mask and quarantine', { actions: { email: 'mask', 'credit-card': 'mask', iban: 'quarantine', 'us-ssn': 'mask' }, masking: { strategies: { 'credit-card': 'partial' } } }],
  ] as const) {
    it(`gives the record-by-record result whatever the run length (${what})`, async () => {
      const one = await scan(rows, 1, config);
      expect(one.result.records).toBe(600);
      for (const runLength of [7, 256, 600]) expect(await scan(rows, runLength, config)).toEqual(one);
    });
  }

  it('masks and quarantines the records the policy names (the outputs are not empty)', async () => {
    const { result, clean, quarantine } = await scan(rows, 256, { actions: { iban: 'quarantine', email: 'mask' } });
    expect(quarantine.length).toBe(result.recordsQuarantined);
    expect(quarantine.length).toBeGreaterThan(200);
    expect(clean.length + quarantine.length).toBe(600);
    expect(clean.filter((c) => c.includes('[EMAIL]')).length).toBe(result.recordsMasked);
  });

  it('reports the bad cell a record-by-record scan meets first', async () => {
    const nul = String.fromCharCode(0);
    const bad = records(20);
    bad[9]![0] = `9${nul}`; // an earlier column, a later record
    bad[4]![3] = `x${nul}`; // a later column, the earlier record: this one is reported
    bad[4]![4] = `y${nul}`;
    const err = await scan(bad, 20, {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ message: expect.stringMatching(/NUL bytes/), location: { file: 't.csv', record: 4, field: 'account' } });
  });

  it('gives the same counts when a column\'s value cache grows (values that come back)', () => {
    // Birth dates and addresses drawn from 12,000 distinct values each (some not valid dates), 40,000 records.
    const r = rng(5);
    const dob = Array.from({ length: 12000 }, (_, i) => `${1930 + (i % 80)}-${String(1 + Math.floor(i / 80) % 13).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    const mail = Array.from({ length: 12000 }, (_, i) => `${chars(r, 'abcdefgh', 4)}${i}@example.com`);
    const cols = ['dob', 'mail'];
    const scanner = new TableScanner(cols, { display: 'd.csv', policy: resolvePolicy(piiConfigSchema.parse({})) });
    const expected = [new Map<string, number>(), new Map<string, number>()];
    let record = 0;
    for (let b = 0; b < 160; b++) {
      const rows = Array.from({ length: 250 }, () => [dob[Math.floor(r() * dob.length)]!, mail[Math.floor(r() * mail.length)]!]);
      scanner.scanRows(rows, record);
      record += rows.length;
      for (const row of rows) {
        row.forEach((v, c) => {
          for (const t of new Set(detectPii(v, { threshold: 0.5, context: cols[c]! }).map((m) => m.type))) expected[c]!.set(t, (expected[c]!.get(t) ?? 0) + 1);
        });
      }
    }
    // Both caches grew past their first 4096 values and were kept (12,000 values come back).
    for (const c of scanner.cols) expect(c.cache?.limit).toBeGreaterThan(4096);
    expect(scanner.cols[0]!.cache?.size).toBeGreaterThan(4096);
    expect(scanner.partial().columns.map((c) => c.counts)).toEqual(expected);
    expect(expected[0]!.get('date-of-birth')).toBeGreaterThan(30000);
    expect(expected[0]!.get('date-of-birth')).toBeLessThan(40000); // month 13 is no date
  });
});
