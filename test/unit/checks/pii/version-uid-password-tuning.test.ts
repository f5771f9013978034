// Issue 17, set-8 classes of part N on their own tuning cases (test/helpers/pii-version-uid-password-tuning.ts,
// written from the formats' documentation): four-part versions are no IPv4 addresses (text in eight
// languages, version keys of nested JSON) while addresses after IP/host/from stay found; IPv4-mapped and
// full IPv6 are found whole, also after a label glued by ":"; iCalendar UID values are no e-mail while
// ORGANIZER/ATTENDEE mailto: addresses are; passwords of netrc, git-credential-store, .pypirc and JSON
// keys are secrets, placeholders are not; the same through `pii scan --mask` on nested JSON Lines records.
// Prints counts per kind only, never a value.
import { describe, expect, it } from 'vitest';
import { DETECTOR_BY_TYPE } from '../../../../checks/pii/detectors/index.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { chars, rng } from '../../../helpers/personal-data.js';
import { maskJsonlRecords } from '../../../helpers/pii-mask-jsonl.js';
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

describe('nested JSON Lines records through `pii scan --mask` (issue 17, set-8 part N)', () => {
  it('masks passwords under keys and IPv6 after a glued label whole, and leaves versions and calendar UIDs', async () => {
    const r = rng(88);
    const pw = 'Q' + chars(r, 'abcdefghijkmnpqrstuvwxyz23456789', 9) + '#4';
    const uid = `20261206T101500Z-${chars(r, '0123456789', 4)}@host.example.com`;
    const v = quadVersion(r);
    const records = [
      { device: { agentVersion: v, firmwareRev: v, note: `Client ${v} (x64), fixed in ${v}` }, sftp: { host: 'sftp.example.com', sftp_password: pw } },
      { ics: `BEGIN:VEVENT\r\nUID:${uid}\r\nORGANIZER:mailto:anna.berg@example.com\r\nEND:VEVENT`, net: 'IP:::ffff:192.0.2.33 and IP:2001:0db8:0000:0000:0000:ff00:0042:8329' },
    ];
    expect(await maskJsonlRecords(records)).toEqual([
      { device: records[0]!.device, sftp: { host: 'sftp.example.com', sftp_password: '[SECRET]' } },
      { ics: `BEGIN:VEVENT\r\nUID:${uid}\r\nORGANIZER:mailto:[EMAIL]\r\nEND:VEVENT`, net: 'IP:[IP_ADDRESS] and IP:[IP_ADDRESS]' },
    ]);
  });
});
