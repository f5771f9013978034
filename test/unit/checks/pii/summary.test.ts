// The pii section of the job summary and the HTML report: a column classified by its name or by the
// policy's declaration shows how, never "prevalence 0.0%" (issue 19, point 5).
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { piiSection } from '../../../../checks/pii/html.js';
import { resolvePolicy, scanTable } from '../../../../checks/pii/scan.js';
import { prevalenceLabel, renderPiiSummary } from '../../../../checks/pii/summary.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';
import { piiColumn, piiFacts, piiFile } from '../../../helpers/facts.js';

const TOTALS = { records: 3, recordsMasked: 0, recordsQuarantined: 0, counts: {}, byCategory: {} };
const classified = { category: 'personal', sensitivity: 'low', confidence: 1 } as const;

describe('prevalenceLabel', () => {
  it('gives the share of matching values when values matched', () => {
    expect(prevalenceLabel(piiColumn({ name: 'contact', type: 'email', ...classified, prevalence: { email: 0.934 } }))).toBe('93.4%');
    expect(prevalenceLabel(piiColumn({ name: 'contact', type: 'email', ...classified, prevalence: { email: 0.0001 } }))).toBe('<0.1%');
  });

  it('says "by name" for a column classified by its name, "declared" for one the policy declares', () => {
    expect(prevalenceLabel(piiColumn({ name: 'Sex', type: 'sex', hint: 'sex', ...classified }))).toBe('by name');
    expect(prevalenceLabel(piiColumn({ name: 'Age', type: 'age', hint: 'age', ...classified, prevalence: { 'date-of-birth': 0.01 } }))).toBe('by name');
    expect(prevalenceLabel(piiColumn({ name: 'Ticket', type: 'ticket-number', hint: 'ticket-number', ...classified }))).toBe('declared');
    expect(prevalenceLabel(piiColumn({ name: 'PassengerId' }))).toBe('–');
  });
});

describe('the pii summary section', () => {
  it('shows the confidence and how a column was classified, never 0.0%', () => {
    const columns = [
      piiColumn({ name: 'Sex', type: 'sex', hint: 'sex', ...classified, action: 'report' }),
      piiColumn({ name: 'Ticket', type: 'ticket-number', hint: 'ticket-number', ...classified, confidence: 1 }),
      piiColumn({ name: 'contact', type: 'email', ...classified, confidence: 0.93, prevalence: { email: 0.93 } }),
    ];
    const md = renderPiiSummary(piiFacts({ totals: TOTALS, files: [piiFile({ path: 'data/train.csv', columns })] }));
    expect(md).not.toContain('0.0%');
    expect(md).toContain('| data/train.csv | Sex | sex | personal | by name | 1.00 | low | report |');
    expect(md).toContain('| data/train.csv | Ticket | ticket-number | personal | declared | 1.00 | low |  |');
    expect(md).toContain('| data/train.csv | contact | email | personal | 93.0% | 0.93 | low |  |');
    const page = piiSection(piiFacts({ totals: TOTALS, files: [piiFile({ path: 'data/train.csv', columns })] })).text;
    expect(page).not.toContain('0.0%');
    expect(page).toContain('<td class="num">by name</td>');
    expect(page).toContain('<td class="num">declared</td>');
  });

  it('names the columns whose first values cued their type (value cues)', () => {
    const columns = [piiColumn({ name: 'c7', type: 'us-ssn', ...classified, prevalence: { 'us-ssn': 1 }, valueCue: 'us-ssn' }), piiColumn({ name: 'c8' })];
    const md = renderPiiSummary(piiFacts({ totals: TOTALS, files: [piiFile({ path: 'data/t.csv', columns })] }));
    expect(md).toContain('Columns whose first values cued their type');
    expect(md).toContain('data/t.csv c7 (us-ssn).');
    expect(renderPiiSummary(piiFacts({ totals: TOTALS, files: [piiFile({ path: 'data/t.csv', columns: [columns[1]!] })] }))).not.toContain('cued');
  });

  it('labels the columns of a real scan: Sex by its name, a declared Ticket as declared', async () => {
    const columns = ['Sex', 'Ticket'];
    const rows = [['male', 'A/5 21171'], ['female', 'PC 17599'], ['female', '113803']];
    async function* batches(): AsyncIterable<RecordBatch> {
      yield { start: 0, columns, rows };
    }
    const config = piiConfigSchema.parse({ columns: [{ column: 'Ticket', type: 'ticket-number', category: 'personal' }] });
    const sink = { write: async () => undefined };
    const result = await scanTable(columns, batches(), {
      display: 'data/train.csv',
      policy: resolvePolicy(config, { MODELGATE_PII_KEY: 'summary-test-key' }),
      openOutputs: async () => ({ clean: sink, quarantine: sink }),
    });
    const labels = Object.fromEntries(result.columns.map((c) => [c.name, prevalenceLabel(piiColumn(c))]));
    expect(labels).toEqual({ Sex: 'by name', Ticket: 'declared' });
  });
});
