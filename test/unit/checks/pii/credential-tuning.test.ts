// Group B of issue 17's failure classes on their own tuning cases (test/helpers/pii-credential-tuning.ts,
// written from the formats' documentation): passwords in database and service URLs (also JSON-escaped),
// e-mail addresses with quoted local parts, compact CPF and Aadhaar numbers after a CV's cues. Prints
// counts per kind only, never a value.
import { describe } from 'vitest';
import { credentialTuningSet } from '../../../helpers/pii-credential-tuning.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

const CASES = [17, 18, 19, 20, 21].flatMap((seed) => credentialTuningSet(seed));

describe('credentials in URLs, quoted e-mail local parts, compact ids in a CV (issue 17 group B)', () => {
  itFindsEachKind(CASES);
});
