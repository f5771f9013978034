// Column classification of real tabular datasets in ../shared/datasets: names, dates of birth and
// race columns are found with the right category (read in place, nothing copied).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../checks/pii/config.js';
import { resolvePolicy, scanTable, type TableScan } from '../../checks/pii/scan.js';
import { openTable, type CsvOptions } from '../../src/io/tabular/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const datasets = path.resolve(repoRoot, '..', 'shared', 'datasets');

async function scan(rel: string, csv?: CsvOptions): Promise<TableScan> {
  const t = performance.now();
  const table = await openTable(path.join(datasets, rel), { display: rel, format: 'csv', ...(csv ? { csv } : {}) });
  const r = await scanTable(table.columns, table.batches, { display: rel, policy: resolvePolicy(piiConfigSchema.parse({})), quasiIdentifiers: ['age', 'sex', 'Age', 'Sex'], kAnonymity: 2 });
  const runnerUp = (c: TableScan['columns'][number]) => (c.runnerUp ? ` runner-up ${c.runnerUp.type} ${c.runnerUp.share}` : '');
  const rows = [
    ...r.columns.filter((c) => c.type).map((c) => `  ${c.name.padEnd(16)} ${String(c.type).padEnd(24)} ${String(c.category).padEnd(17)} conf ${c.confidence.toFixed(2)} sens ${c.sensitivity}${runnerUp(c)}`),
    ...r.columns.filter((c) => c.shape).map((c) => `  ${c.name.padEnd(16)} non-personal: ${c.shape}${runnerUp(c)}`),
  ];
  console.log(`${rel}: ${r.records} records, ${(performance.now() - t).toFixed(0)} ms, k-anonymity(age, sex) = ${r.kAnonymity?.k}\n${rows.join('\n')}`);
  return r;
}
const col = (r: TableScan, name: string) => r.columns.find((c) => c.name === name)!;

describe.skipIf(!existsSync(datasets))('column classification of titanic, compas and adult', () => {
  it('titanic: Name is a person column, Sex and Age quasi-identifiers', async () => {
    const r = await scan('titanic/titanic.csv');
    expect(col(r, 'Name')).toMatchObject({ type: 'person', category: 'personal' });
    expect(col(r, 'Sex').quasiIdentifier).toBe(true);
    expect(col(r, 'Age').quasiIdentifier).toBe(true);
    expect(col(r, 'Ticket').type).toBeNull();
    expect(col(r, 'Fare')).toMatchObject({ type: null, shape: 'decimal' });
  });

  it('compas: name/first/last are person columns, dob a date of birth, race special-category', async () => {
    const r = await scan('compas/compas-scores-two-years.csv');
    for (const c of ['name', 'first', 'last']) expect(col(r, c), c).toMatchObject({ type: 'person', category: 'personal' });
    expect(col(r, 'dob')).toMatchObject({ type: 'date-of-birth', category: 'personal', sensitivity: 'high', quasiIdentifier: true });
    expect(col(r, 'race')).toMatchObject({ type: 'racial-or-ethnic-origin', category: 'special-category', sensitivity: 'high' });
    expect(col(r, 'decile_score.1')).toMatchObject({ type: null });
    // Event times and case numbers share a non-personal shape (issue 17): classified as such.
    expect(col(r, 'c_jail_in')).toMatchObject({ type: null, shape: 'timestamp' });
    expect(col(r, 'c_case_number')).toMatchObject({ type: null, shape: 'identifier' });
  });

  it('adult: race is special-category (from its name and its values), no names', async () => {
    const r = await scan('adult/adult.data', { delimiter: ', ' });
    expect(col(r, 'race')).toMatchObject({ type: 'racial-or-ethnic-origin', category: 'special-category' });
    expect(col(r, 'race').prevalence['racial-or-ethnic-origin']).toBeGreaterThan(0.95);
    expect(r.columns.filter((c) => c.type === 'person')).toEqual([]);
    expect(col(r, 'sex').quasiIdentifier).toBe(true);
  });
});
