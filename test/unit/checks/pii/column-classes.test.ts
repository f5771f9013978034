// Column classification that resists coincidence (issue 17): a column takes a type when a majority of
// its values show it (or its name says so), a checksum outranks a shape, a column whose values share a
// non-personal shape (versions, timestamps, order numbers, ISBNs, SKUs, decimals) is classified as such
// and its values are not masked as phones or IP addresses, and the runner-up type is reported.
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { resolvePolicy, scanTable, type TableScan } from '../../../../checks/pii/scan.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';
import { aadhaar, chars, isbn, rng } from '../../../helpers/personal-data.js';

const D = '0123456789';
const r = rng(17);
const int = (n: number) => Math.floor(r() * n);
const spaced = (v: string) => `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`;
const usPhone = () => `(${2 + int(7)}${chars(r, D, 2)}) ${2 + int(7)}${chars(r, D, 2)}-${chars(r, D, 4)}`;
const email = () => `${chars(r, 'abcdefgh', 6)}@example.org`;

const GENERATORS: Record<string, () => string> = {
  c17: () => spaced(aadhaar(r)),
  order_no: () => '45' + chars(r, D, 8),
  firmware: () => `${1 + int(12)}.${int(10)}.${int(40)}.${int(200)}`,
  c4: () => `${int(5)}.${int(20)}.${int(30)}`,
  c5: () => `2024-0${1 + int(9)}-1${int(9)}T1${int(9)}:${10 + int(49)}:0${int(9)}Z`,
  c6: () => `1${int(9)}.0${1 + int(8)}.2021 09:${10 + int(49)}`,
  c7: () => '17' + chars(r, D, 8),
  c8: () => isbn(r, 13),
  isbn: () => isbn(r, 10),
  c10: () => 'SKU-' + chars(r, D, 6),
  c11: () => `${chars(r, D, 3)}.${chars(r, D, 3)}.${chars(r, D, 2)}`,
  c12: () => `${int(9000)}.${chars(r, D, 2)}`,
  c13: usPhone,
  c15: () => `${2 + int(7)}${chars(r, D, 2)}.${2 + int(7)}${chars(r, D, 2)}.${chars(r, D, 4)}`,
  c14: () => (r() < 0.2 ? `write to ${email()} today` : 'nothing to report'),
  contact: () => (r() < 0.9 ? email() : 'n/a'),
};
const columns = Object.keys(GENERATORS);
const ROWS = Array.from({ length: 600 }, () => columns.map((c) => GENERATORS[c]!()));

async function scan(pii: unknown): Promise<{ result: TableScan; clean: string[][]; quarantine: string[][] }> {
  async function* batches(): AsyncIterable<RecordBatch> {
    for (let s = 0; s < ROWS.length; s += 256) yield { start: s, columns, rows: ROWS.slice(s, s + 256) };
  }
  const clean: string[][] = [];
  const quarantine: string[][] = [];
  const sink = (into: string[][]) => ({ write: async (v: readonly unknown[]) => void into.push(v as string[]) });
  const result = await scanTable(columns, batches(), {
    display: 't.csv',
    policy: resolvePolicy(piiConfigSchema.parse(pii), { MODELGATE_PII_KEY: 'column-classes-test-key' }),
    openOutputs: async () => ({ clean: sink(clean), quarantine: sink(quarantine) }),
  });
  return { result, clean, quarantine };
}

const column = (s: TableScan, name: string) => s.columns.find((c) => c.name === name)!;
/** Cells of a column that differ from the input in the clean output. */
const maskedCells = (clean: string[][], name: string) => clean.filter((row, i) => row[columns.indexOf(name)] !== ROWS[i]![columns.indexOf(name)]).length;

describe('column classification that resists coincidence', () => {
  it('classifies non-personal shapes as such and leaves their values alone', async () => {
    const { result, clean } = await scan({ actions: { personal: 'mask', financial: 'mask' } });
    const shapes = Object.fromEntries(columns.map((c) => [c, column(result, c).shape]));
    expect(shapes).toMatchObject({
      order_no: 'identifier',
      firmware: 'version',
      c4: 'version',
      c5: 'timestamp',
      c6: 'timestamp',
      c7: 'timestamp',
      c8: 'isbn',
      isbn: 'isbn',
      c10: 'identifier',
      c11: 'version',
      c12: 'decimal',
    });
    for (const c of ['order_no', 'firmware', 'c4', 'c5', 'c6', 'c7', 'c8', 'isbn', 'c10', 'c11', 'c12']) {
      expect(column(result, c), c).toMatchObject({ type: null, category: null, counts: {} });
      expect(maskedCells(clean, c), c).toBe(0);
    }
    expect(result.findings.filter((f) => !['t.csv#c17', 't.csv#c13', 't.csv#c14', 't.csv#c15', 't.csv#contact'].includes(f.target ?? ''))).toEqual([]);
    expect(maskedCells(clean, 'c15')).toBe(ROWS.length);
  });

  it('types a neutral column of Aadhaar numbers by their checksum, not as phones, and names the runner-up', async () => {
    const { result } = await scan({});
    const c17 = column(result, 'c17');
    expect(c17).toMatchObject({ type: 'in-aadhaar', category: 'personal', shape: null });
    expect(c17.runnerUp?.type).toBe('phone');
    expect(column(result, 'c13')).toMatchObject({ type: 'phone', shape: null, runnerUp: null });
    // Dotted phone numbers (555.123.4567) are no versions.
    expect(column(result, 'c15')).toMatchObject({ type: 'phone', shape: null });
  });

  it('needs a majority: a free-text column where a fifth of the values hold an address is not an e-mail column', async () => {
    const { result } = await scan({});
    const c14 = column(result, 'c14');
    expect(c14.type).toBeNull();
    expect(c14.runnerUp).toEqual({ type: 'email', share: c14.prevalence.email });
    expect(c14.runnerUp!.share).toBeGreaterThan(0.1);
    expect(c14.runnerUp!.share).toBeLessThan(0.3);
    // Its addresses are still found, reported and counted.
    expect(result.findings.some((f) => f.target === 't.csv#c14' && f.ruleId === 'pii/personal-data')).toBe(true);
    expect(column(result, 'contact')).toMatchObject({ type: 'email', shape: null });
  });

  it('keeps the record counts: input records = clean + quarantined, masked records counted once', async () => {
    const { result, clean, quarantine } = await scan({ actions: { email: 'quarantine', phone: 'mask', 'in-aadhaar': 'mask' } });
    expect(result.records).toBe(ROWS.length);
    expect(result.recordsClean + result.recordsQuarantined).toBe(ROWS.length);
    expect([clean.length, quarantine.length]).toEqual([result.recordsClean, result.recordsQuarantined]);
    // Quarantined records are written as read; the others go to the clean output in order.
    const quarantined = new Set(quarantine.map((row) => JSON.stringify(row)));
    const kept = ROWS.filter((row) => !quarantined.has(JSON.stringify(row)));
    expect(kept.length).toBe(clean.length);
    expect(result.recordsMasked).toBe(clean.filter((row, i) => row.some((v, j) => v !== kept[i]![j])).length);
    expect(result.recordsMasked).toBeGreaterThan(0);
  });

  it('lets a column name that says personal data win over a shape: a phone column of digit runs', async () => {
    async function* batches(): AsyncIterable<RecordBatch> {
      yield { start: 0, columns: ['phone'], rows: Array.from({ length: 50 }, () => [`${2 + int(7)}${chars(r, D, 2)}${2 + int(7)}${chars(r, D, 6)}`]) };
    }
    const result = await scanTable(['phone'], batches(), { display: 'p.csv', policy: resolvePolicy(piiConfigSchema.parse({})) });
    expect(result.columns[0]).toMatchObject({ type: 'phone', shape: null });
  });
});
