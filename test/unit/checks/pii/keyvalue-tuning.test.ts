// Secrets and MACs whose key is written apart from the value (issue 17, brief h2) on their own tuning
// cases (test/helpers/pii-keyvalue-tuning.ts): key/value pair objects, PowerShell plain-text secure
// strings, a NIC's NetworkAddress registry value, 32-hex API keys of low entropy, and their hard
// negatives. Prints counts per kind only, never a value.
import { describe, expect, it } from 'vitest';
import { INVENTORY_ROWS, keyValueTuningSet, SECRET_TYPE_OF } from '../../../helpers/pii-keyvalue-tuning.js';
import { pick } from '../../../helpers/personal-data.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

const CASES = [31, 32, 33, 34, 35].flatMap((seed) => keyValueTuningSet(seed));

describe('secrets and MACs named by a sibling key, PowerShell and registry forms (issue 17 brief h2)', () => {
  itFindsEachKind(CASES, SECRET_TYPE_OF);
});

describe('a value column beside a name column: the row names its value (row-key.ts)', () => {
  it('masks the values whose row names a secret, and leaves the others (5 seeds)', async () => {
    let secrets = 0;
    let masked = 0;
    let others = 0;
    let left = 0;
    for (const seed of [41, 42, 43, 44, 45]) {
      // The row's kind is drawn by the name column's generator and read back by the value column's.
      let row = INVENTORY_ROWS[0]!;
      const cols = await scanGeneratedTable(seed, {
        name: (r) => (row = pick(r, INVENTORY_ROWS)).name,
        value: (r) => row.value(r),
        rotated: () => '2026-11-30T08:00:00Z',
      }, 200);
      const names = cols[0]!.values;
      const value = cols[1]!;
      names.forEach((n, i) => {
        const secret = INVENTORY_ROWS.find((x) => x.name === n)!.secret;
        const changed = value.written[i] !== value.values[i];
        if (secret) {
          secrets++;
          if (changed) masked++;
        } else {
          others++;
          if (!changed) left++;
        }
      });
    }
    console.log(`inventory secrets masked: ${masked}/${secrets}; other values left: ${left}/${others}`);
    expect(masked).toBe(secrets);
    expect(left).toBe(others);
  });
});
