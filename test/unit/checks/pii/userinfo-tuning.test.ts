// Part U of issue 17's set-9 failure classes on their own tuning cases (test/helpers/pii-userinfo-tuning.ts,
// written from RFC 3986, the tools' docs and GEDCOM 5.5.1): URL passwords of unreserved characters found
// whole, a password after a bare pw/pwd/passwd label (placeholders, commands and words left), GEDCOM
// birth and death dates typed date-of-birth and no DATE line an address, a MAC OUI no time. Prints counts
// per kind only, never a value.
import { describe } from 'vitest';
import { secretAsOne, userinfoTuningSet } from '../../../helpers/pii-userinfo-tuning.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

const CASES = [9, 19, 29, 39, 49].flatMap((seed) => userinfoTuningSet(seed));

describe('URL userinfo passwords, labelled passwords, GEDCOM life dates (issue 17 set-9 part U)', () => {
  itFindsEachKind(CASES, secretAsOne);
});
