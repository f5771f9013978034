// Issue 17, set-9 classes S on their own tuning cases (test/helpers/pii-ssn-mac-phone-tuning.ts, written
// from the formats' documentation): an SSN in HL7 PID-19 or under a quoted YAML/JSON key is found and
// never-issued ones stay out; bare lower-case MACs after a DHCP message or under a MAC key are found,
// git abbreviations and container ids are not; a RADIUS station id holding a telephone number is a
// phone and one holding a MAC stays a MAC; Russian extensions (`доб.`) go with their number. Prints
// counts per kind only, never a value.
import { describe } from 'vitest';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { bareMacTuningSet, ssnTuningSet, stationPhoneTuningSet } from '../../../helpers/pii-ssn-mac-phone-tuning.js';

const SEEDS = [17, 18, 19, 20, 21];

describe('US SSNs in HL7 PID-19 and under quoted keys (issue 17, set-9 class S1)', () => {
  itFindsEachKind(SEEDS.flatMap((seed) => ssnTuningSet(seed)));
});

describe('bare lower-case MACs with a cue, not git or container ids (issue 17, set-9 class S2)', () => {
  itFindsEachKind(SEEDS.flatMap((seed) => bareMacTuningSet(seed)));
});

describe('RADIUS station ids holding a phone, Russian extensions (issue 17, set-9 class S3)', () => {
  itFindsEachKind(SEEDS.flatMap((seed) => stationPhoneTuningSet(seed)));
});
