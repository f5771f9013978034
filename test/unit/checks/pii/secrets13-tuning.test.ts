// Secret classes of held-out set 13 on their own tuning cases (test/helpers/pii-secrets13-tuning.ts,
// from each format's documentation): every kind found exactly, every look-alike left; and a secret
// store's `path,value,version` export. Prints counts only.
import { describe, expect, it } from 'vitest';
import { DETECTOR_BY_TYPE } from '../../../../checks/pii/detectors/index.js';
import { secrets13TuningSet, storeExport } from '../../../helpers/pii-secrets13-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

const CASES = [131, 132, 133, 134, 135].flatMap((seed) => secrets13TuningSet(seed));
const asSecret = (t: string) => (DETECTOR_BY_TYPE.get(t)?.category === 'credentials' ? 'secret' : t);

describe('secrets of set 13 classes', () => {
  itFindsEachKind(CASES, asSecret);

  it('masks every value of a path,value,version store export whose path names a credential', async () => {
    const cols = await scanGeneratedTable(1313, storeExport(), 60);
    const value = cols.find((c) => c.column === 'value')!;
    console.log(`store-export value: ${value.masked}/60`);
    expect(value.masked).toBe(60);
    expect(cols.find((c) => c.column === 'version')!.masked).toBe(0);
  });
});
