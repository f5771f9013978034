// `pii/protected` counts values (cells), not detector spans: a name column protected as whole cells
// whose values also hold several person spans, or a note with two e-mail addresses, counts once.
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { resolvePolicy, scanTable } from '../../../../checks/pii/scan.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';
import { chars, rng } from '../../../helpers/personal-data.js';

const r = rng(7);
const FIRST = ['Owen', 'John', 'Laina', 'William', 'Mary'];
const LAST = ['Harris', 'Bradley', 'Cumings', 'Allen', 'Moran'];
const pick = (xs: readonly string[]) => xs[Math.floor(r() * xs.length)]!;
/** Titanic-style names: "Surname, Mr. Given Middle (Given Surname)" give the person detector several spans. */
const name = () => `${pick(LAST)}, ${['Mr.', 'Mrs.', 'Miss.'][Math.floor(r() * 3)]} ${pick(FIRST)} ${pick(FIRST)} (${pick(FIRST)} ${pick(LAST)})`;
const email = () => `${chars(r, 'abcdefghij', 6)}@${['example.com', 'example.org'][Math.floor(r() * 2)]}`;

const columns = ['id', 'Name', 'note'];
const rows = Array.from({ length: 12 }, (_, i) => [String(i), i === 4 ? '' : name(), i % 3 === 0 ? `write to ${email()} or ${email()}` : 'no contact']);

async function* batches(): AsyncIterable<RecordBatch> {
  yield { start: 0, columns, rows };
}

describe('pii/protected counts', () => {
  it('counts each protected value once per type, whole-cell or span-masked', async () => {
    const policy = resolvePolicy(piiConfigSchema.parse({ actions: { person: 'mask', email: 'mask' } }));
    const written: unknown[][] = [];
    const sink = { write: async (v: readonly unknown[]) => void written.push([...v]) };
    const result = await scanTable(columns, batches(), { display: 'people.csv', policy, openOutputs: async () => ({ clean: sink, quarantine: sink }) });

    // The detector sees more than one person span in these values (the bug counted spans + cells).
    const nameCol = result.columns.find((c) => c.name === 'Name')!;
    expect(nameCol.counts.person).toBe(11);
    const maskedNames = written.filter((w) => w[1] !== '').length;
    expect(maskedNames).toBe(11);
    const messages = result.findings.map((f) => f.message);
    expect(messages).toContain('column "Name" holds person in 11 value(s) (100.0% of non-empty values); 11 masked in the clean output');
    // Two addresses in one note: one value protected.
    expect(messages).toContain('column "note" holds email in 4 value(s) (33.3% of non-empty values); 4 masked in the clean output');
    expect(written.filter((w) => String(w[2]).includes('[EMAIL]')).length).toBe(4);
  });
});
