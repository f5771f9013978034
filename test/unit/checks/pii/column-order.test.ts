// TableScanner.scanRows scans a run of records column by column. These tests hold it to the
// record-by-record semantics: the same facts, findings and outputs however the records are grouped
// into runs, and of several bad cells the one a record-by-record scan meets first is reported.
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { resolvePolicy, scanTable, TableScanner, type TableScan } from '../../../../checks/pii/scan.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';
import { card, chars, iban, rng, ssn } from '../../../helpers/personal-data.js';

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
    // Street addresses and MAC addresses drawn from 12,000 distinct values each (some not MACs), and
    // e-mail addresses, 40,000 records.
    const r = rng(5);
    const street = ['Crown Street', 'Glyn St', 'Via Roma', 'Oak Avenue', 'Mill Lane', 'Rue de la Paix'];
    const address = Array.from({ length: 12000 }, (_, i) => `${1 + (i % 2000)} ${street[Math.floor(i / 2000)]!}`);
    const hex = (n: number): string => n.toString(16).padStart(2, '0');
    const mac = Array.from({ length: 12000 }, (_, i) => [0x3c, 0x22, 0xfb, i >> 8, i & 255, 17].map(hex).join(i % 10 === 0 ? ':-' : ':'));
    // One in ten with a non-ASCII letter, which the e-mail recogniser leaves to the pattern.
    const mail = Array.from({ length: 12000 }, (_, i) => `${chars(r, 'abcdefgh', 4)}${i % 10 === 0 ? 'ü' : ''}${i}@example.com`);
    // UK numbers, whose form the phone recogniser leaves to the pattern and the library (2,000 distinct).
    const phone = Array.from({ length: 2000 }, (_, i) => `+44 20 7946 ${String(i).padStart(4, '0')}`);
    const cols = ['address', 'mac', 'mail', 'phone'];
    const scanner = new TableScanner(cols, { display: 'd.csv', policy: resolvePolicy(piiConfigSchema.parse({})) });
    const expected = cols.map(() => new Map<string, number>());
    let record = 0;
    for (let b = 0; b < 160; b++) {
      const rows = Array.from({ length: 250 }, () => [address[Math.floor(r() * address.length)]!, mac[Math.floor(r() * mac.length)]!, mail[Math.floor(r() * mail.length)]!, phone[Math.floor(r() * phone.length)]!]);
      scanner.scanRows(rows, record);
      record += rows.length;
      for (const row of rows) {
        row.forEach((v, c) => {
          for (const t of new Set(detectPii(v, { threshold: 0.5, context: cols[c]! }).map((m) => m.type))) expected[c]!.set(t, (expected[c]!.get(t) ?? 0) + 1);
        });
      }
    }
    // The address and MAC caches grew past their first 4096 values and were kept (12,000 values
    // come back); the e-mail column, whose type has a recogniser, passed its cache by for the values
    // the recogniser answered and kept the others (1,200 distinct); so did the phone column, whose
    // values the recogniser leaves all to the pattern (2,000 distinct).
    for (const c of scanner.cols.slice(0, 2)) expect(c.cache?.limit).toBeGreaterThan(4096);
    expect(scanner.cols[0]!.cache?.size).toBeGreaterThan(4096);
    expect(scanner.cols[2]!.cache?.size).toBeGreaterThan(1000);
    expect(scanner.cols[2]!.cache?.size).toBeLessThanOrEqual(1201); // and the first value, seen before its type was known
    expect(scanner.partial().columns.map((c) => c.counts)).toEqual(expected);
    expect(expected[0]!.get('street-address')).toBeGreaterThan(30000);
    expect(expected[1]!.get('mac-address')).toBeGreaterThan(30000);
    expect(expected[1]!.get('mac-address')).toBeLessThan(40000); // ":-" is no MAC separator
    expect(expected[2]!.get('email')).toBe(40000);
    expect(scanner.cols[3]!.cache?.size).toBeGreaterThan(1900);
    expect(expected[3]!.get('phone')).toBe(40000);
  });
});
