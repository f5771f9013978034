// Identifier classes of issue 17 on their own tuning cases (test/helpers/pii-ids-tuning.ts, written
// from the formats' documentation): SSNs in X12 segments and after the words of eight languages, the
// SSA's unissued numbers as hard negatives, Aadhaar numbers after a cue earlier in the sentence, whole
// cells of Aadhaar, CPF and MAC columns written without separators, 13-digit GS1 numbers that pass Luhn,
// Mastercard's 2-series after a date or an amount, and receipt numbers. Prints counts per kind only.
import { describe, expect, it } from 'vitest';
import { CELL_COLUMNS, idsTuningSet } from '../../../helpers/pii-ids-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

describe('identifier classes of held-out set 8 (issue 17), on cases written from the formats', () => {
  itFindsEachKind([17, 18, 19, 20, 21].flatMap((seed) => idsTuningSet(seed)));
});

describe('typed columns of identifiers, scanned as the check scans a table', () => {
  it('mask every MAC of a neutral column in every notation, and no receipt, transaction, queue id, serial number or record key', async () => {
    const scanned = await scanGeneratedTable(8, CELL_COLUMNS, 400);
    const masked = Object.fromEntries(scanned.map((c) => [c.column, c.masked]));
    expect(masked).toEqual({ c05: 400, receipt_no: 0, Belegnummer: 0, bon_nr: 0, transaction_id: 0, queue_id: 0, serial_no: 0, user_id: 0, eventId: 0 });
    expect(scanned.find((c) => c.column === 'c05')!.cls.type).toBe('mac-address');
  });
});
