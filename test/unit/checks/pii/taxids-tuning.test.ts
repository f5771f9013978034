// Business, tax and bank identifiers after their labels (issue 17) on their own tuning cases
// (test/helpers/pii-taxids-tuning.ts, written from the identifiers' specifications): no phone after
// `Partita IVA`, `USt-IdNr.`, `ABN`, `EIN`, `RUT`, `DUNS`, `ABA` … in invoice lines of eight languages,
// as a record's key or as a cell of a column so named; phones and SSNs beside them still found, and the
// identifiers already left alone kept so. Prints counts per kind only.
import { describe, expect, it } from 'vitest';
import { SUPPLIER_COLUMNS, taxidsTuningSet } from '../../../helpers/pii-taxids-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

describe('business, tax and bank identifiers after their labels (issue 17), on cases written from their specifications', () => {
  itFindsEachKind([17, 18, 19, 20, 21].flatMap((seed) => taxidsTuningSet(seed)));
});

describe('a supplier table, scanned as the check scans a table', () => {
  it('masks the phone column and no identifier column, which are typed no phone', async () => {
    const scanned = await scanGeneratedTable(9, SUPPLIER_COLUMNS, 400);
    const masked = Object.fromEntries(scanned.map((c) => [c.column, c.masked]));
    console.log(JSON.stringify(masked));
    console.log(JSON.stringify(Object.fromEntries(scanned.map((c) => [c.column, c.cls.type ?? c.cls.shape ?? null]))));
    expect(masked).toEqual({ ...Object.fromEntries(Object.keys(SUPPLIER_COLUMNS).map((c) => [c, 0])), phone: 400 });
    expect(scanned.filter((c) => c.column !== 'phone' && c.cls.type === 'phone').map((c) => c.column)).toEqual([]);
  });
});
