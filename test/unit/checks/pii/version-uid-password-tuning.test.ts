// Issue 17, set-8 classes of part N on their own tuning cases (test/helpers/pii-version-uid-password-tuning.ts,
// written from the formats' documentation): four-part versions are no IPv4 addresses (text in eight
// languages, version keys of nested JSON) while addresses after IP/host/from stay found; IPv4-mapped and
// full IPv6 are found whole, also after a label glued by ":"; iCalendar UID values are no e-mail while
// ORGANIZER/ATTENDEE mailto: addresses are; passwords of netrc, git-credential-store, .pypirc and JSON
// keys are secrets, placeholders are not. Prints counts per kind only, never a value.
import { describe } from 'vitest';
import { DETECTOR_BY_TYPE } from '../../../../checks/pii/detectors/index.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { versionUidPasswordTuningSet } from '../../../helpers/pii-version-uid-password-tuning.js';

const CASES = [8, 9, 10, 11, 12].flatMap((seed) => versionUidPasswordTuningSet(seed));

/** Every credentials type read as `secret`: which secret detector wins a tie does not matter here (all mask as [SECRET]). */
const secretAsOne = (t: string) => (DETECTOR_BY_TYPE.get(t)?.category === 'credentials' ? 'secret' : t);

describe('versions, IPv6, iCalendar UIDs and credential files (issue 17, set-8 part N)', () => {
  itFindsEachKind(CASES, secretAsOne);
});
