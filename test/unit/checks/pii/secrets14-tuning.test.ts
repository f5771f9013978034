// Secret classes of held-out set 14 on their own tuning cases (test/helpers/pii-secrets14-tuning.ts,
// from each format's documentation): every kind found exactly, every look-alike left; and a KV secret
// engine's `path,key,value,version` export. Prints counts only.
import { describe, expect, it } from 'vitest';
import { DETECTOR_BY_TYPE } from '../../../../checks/pii/detectors/index.js';
import { KV_CREDENTIAL_KEYS, kvFieldExport, secrets14TuningSet } from '../../../helpers/pii-secrets14-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

const CASES = [141, 142, 143, 144, 145].flatMap((seed) => secrets14TuningSet(seed));
const asSecret = (t: string) => (DETECTOR_BY_TYPE.get(t)?.category === 'credentials' ? 'secret' : t);

describe('secrets of set 14 classes', () => {
  itFindsEachKind(CASES, asSecret);

  it('masks the values of a path,key,value,version export whose key names a credential, and no other', async () => {
    const cols = await scanGeneratedTable(1414, kvFieldExport(), 60);
    const keys = cols.find((c) => c.column === 'key')!.values;
    const value = cols.find((c) => c.column === 'value')!;
    const want = keys.filter((k) => KV_CREDENTIAL_KEYS.has(k)).length;
    const wrong = value.values.filter((v, i) => (v !== value.written[i]) !== KV_CREDENTIAL_KEYS.has(keys[i]!)).length;
    console.log(`kv-export value: ${value.masked}/${want} credentials masked, ${wrong} rows wrong`);
    expect(wrong).toBe(0);
    expect(cols.find((c) => c.column === 'version')!.masked).toBe(0);
  });
});
