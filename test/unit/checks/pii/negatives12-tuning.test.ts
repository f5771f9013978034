// Issue 17, set-12 classes on their own tuning cases (test/helpers/pii-negatives12-tuning.ts, written
// from the formats' documentation): UPS tracking numbers are no street's house number, ISSNs and ISBN-10s
// no phones, OIDs and a version variable's neighbours no versions or addresses as they should be,
// amounts with a currency no phones, other languages' dates no streets; streets, phones, addresses and
// versions beside them stay as they were. Prints counts per kind only, never a value.
import { describe } from 'vitest';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { negatives12TuningSet } from '../../../helpers/pii-negatives12-tuning.js';

const CASES = [31, 32, 33, 34].flatMap((seed) => negatives12TuningSet(seed));

describe('set-12 hard negatives and IPs after a version variable (issue 17)', () => {
  itFindsEachKind(CASES);
});
