// Issue 17, set-9 classes of part V on their own tuning cases (test/helpers/pii-prices-versions-tuning.ts,
// written from the formats' documentation): four-part versions after upgrade and bump wording, in nmap
// port tables, SSH identification strings and daemon banners are no IPv4 addresses, while addresses after
// routing and connection words stay found. Prints counts per kind only, never a value.
import { describe } from 'vitest';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { pricesVersionsTuningSet } from '../../../helpers/pii-prices-versions-tuning.js';

const CASES = [17, 18, 19, 20, 21].flatMap((seed) => pricesVersionsTuningSet(seed));

describe('versions after upgrade wording and in service banners (issue 17, set 9)', () => {
  itFindsEachKind(CASES);
});
