// `pii.columns`: a column the policy declares (an identifier no detector recognises) is classified,
// reported or protected as a whole, like a column-name class.
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { resolvePolicy, scanTable } from '../../../../checks/pii/scan.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';

const KEY = ['declared', 'columns', 'test', 'key'].join('-');
const columns = ['id', 'Ticket', 'Fare'];
const rows = [
  ['1', 'A/5 21171', '7.25'],
  ['2', 'PC 17599', '71.28'],
  ['3', '', '8.05'],
];

async function* batches(): AsyncIterable<RecordBatch> {
  yield { start: 0, columns, rows };
}

async function scan(pii: unknown) {
  const config = piiConfigSchema.parse(pii);
  const written: unknown[][] = [];
  const sink = { write: async (v: readonly unknown[]) => void written.push([...v]) };
  const result = await scanTable(columns, batches(), {
    display: 'data/train.csv',
    policy: resolvePolicy(config, { MODELGATE_PII_KEY: KEY }),
    openOutputs: async () => ({ clean: sink, quarantine: sink }),
  });
  return { result, written };
}

describe('pii.columns (declared column classes)', () => {
  it('without a declaration, ticket numbers are not personal data to the detectors', async () => {
    const { result } = await scan({});
    expect(result.columns.find((c) => c.name === 'Ticket')!.type).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('masks a declared column as whole cells with a keyed pseudonym', async () => {
    const { result, written } = await scan({
      columns: [{ column: 'Tick*', type: 'ticket-number', category: 'personal' }],
      actions: { 'ticket-number': 'mask' },
      masking: { strategies: { 'ticket-number': 'hash' } },
    });
    const col = result.columns.find((c) => c.name === 'Ticket')!;
    expect(col).toMatchObject({ type: 'ticket-number', category: 'personal', sensitivity: 'moderate', confidence: 1, action: 'mask' });
    // The keyed pseudonyms of "A/5 21171" and "PC 17599" under KEY (known values, see mask.test.ts).
    expect(written.map((r) => r[1])).toEqual(['[TICKET_NUMBER:iclmdlgbpadkkagfocfp]', '[TICKET_NUMBER:fomjembekebhogpnifgl]', '']);
    expect(written.map((r) => r[2])).toEqual(['7.25', '71.28', '8.05']);
    expect(result.findings.map((f) => [f.ruleId, f.target])).toEqual([['pii/protected', 'data/train.csv#Ticket']]);
    expect(JSON.stringify(result)).not.toContain('17599');
  });

  it('reports a declared column whose action is report, and honours the file glob', async () => {
    const declared = { column: 'Ticket', type: 'ticket-number', category: 'personal' };
    const { result } = await scan({ columns: [declared] });
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['pii/personal-data', 'medium']]);
    const elsewhere = await scan({ columns: [{ ...declared, file: 'other/*.csv' }] });
    expect(elsewhere.result.findings).toEqual([]);
  });

  it('refuses a type that is not kebab-case', () => {
    expect(() => piiConfigSchema.parse({ columns: [{ column: 'Ticket', type: 'Ticket Number', category: 'personal' }] })).toThrow(/kebab-case/);
  });
});
