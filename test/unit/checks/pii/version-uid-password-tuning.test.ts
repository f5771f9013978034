// Issue 17, set-8 classes of part N on their own tuning cases (test/helpers/pii-version-uid-password-tuning.ts,
// written from the formats' documentation): four-part versions are no IPv4 addresses (text in eight
// languages, version keys of nested JSON) while addresses after IP/host/from stay found; IPv4-mapped and
// full IPv6 are found whole, also after a label glued by ":"; iCalendar UID values are no e-mail while
// ORGANIZER/ATTENDEE mailto: addresses are; passwords of netrc, git-credential-store, .pypirc and JSON
// keys are secrets, placeholders are not. Prints counts per kind only, never a value.
import { describe, expect, it } from 'vitest';
import { DETECTOR_BY_TYPE } from '../../../../checks/pii/detectors/index.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { address, quadVersion, versionUidPasswordTuningSet } from '../../../helpers/pii-version-uid-password-tuning.js';

const CASES = [8, 9, 10, 11, 12].flatMap((seed) => versionUidPasswordTuningSet(seed));

/** Every credentials type read as `secret`: which secret detector wins a tie does not matter here (all mask as [SECRET]). */
const secretAsOne = (t: string) => (DETECTOR_BY_TYPE.get(t)?.category === 'credentials' ? 'secret' : t);

describe('versions, IPv6, iCalendar UIDs and credential files (issue 17, set-8 part N)', () => {
  itFindsEachKind(CASES, secretAsOne);
});

describe('columns of versions and addresses (issue 17, set-8 part N)', () => {
  it('masks no cell of a version column named by a version key, and every cell of an address column', async () => {
    const cols = await scanGeneratedTable(81, { agentVersion: quadVersion, firmwareRev: quadVersion, hw_rev: quadVersion, os_build: quadVersion, client_ip: address }, 300);
    console.log('version and address columns', cols.map((c) => `${c.column}:${c.masked}`).join(' '));
    expect(cols.map((c) => [c.column, c.masked])).toEqual([
      ['agentVersion', 0],
      ['firmwareRev', 0],
      ['hw_rev', 0],
      ['os_build', 0],
      ['client_ip', 300],
    ]);
  });
});
