// Issue 17, set-9 classes S on their own tuning cases (test/helpers/pii-ssn-mac-phone-tuning.ts, written
// from the formats' documentation): an SSN in HL7 PID-19 or under a quoted YAML/JSON key is found and
// never-issued ones stay out; bare lower-case MACs after a DHCP message or under a MAC key are found,
// git abbreviations and container ids are not; a RADIUS station id holding a telephone number is a
// phone and one holding a MAC stays a MAC; Russian extensions (`доб.`) go with their number. Prints
// counts per kind only, never a value.
import { describe, expect, it } from 'vitest';
import { chars, int, rng } from '../../../helpers/personal-data.js';
import { maskJsonlRecords } from '../../../helpers/pii-mask-jsonl.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { bareMacTuningSet, e164, ssnTuningSet, stationMac, stationPhoneTuningSet } from '../../../helpers/pii-ssn-mac-phone-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const SEEDS = [17, 18, 19, 20, 21];

/** Cells masked per column of a generated table of 300 rows (`gens`: a generator per column), printed under `label`. */
async function maskedPerColumn(label: string, seed: number, gens: Record<string, (r: () => number) => string>): Promise<Array<[string, number]>> {
  const cols = await scanGeneratedTable(seed, gens, 300);
  console.log(label, cols.map((c) => `${c.column}:${c.masked}`).join(' '));
  return cols.map((c) => [c.column, c.masked]);
}

describe('US SSNs in HL7 PID-19 and under quoted keys (issue 17, set-9 class S1)', () => {
  itFindsEachKind(SEEDS.flatMap((seed) => ssnTuningSet(seed)));
});

describe('bare lower-case MACs with a cue, not git or container ids (issue 17, set-9 class S2)', () => {
  itFindsEachKind(SEEDS.flatMap((seed) => bareMacTuningSet(seed)));
});

describe('columns of bare lower-case MACs and of container ids (issue 17, set-9 class S2)', () => {
  it('masks every bare MAC of a column named for one and no id of a commit or container column', async () => {
    const hex12 = (r: () => number) => `${chars(r, 'abcdef', 1)}${chars(r, '0123456789abcdef', 10)}${chars(r, '0123456789', 1)}`;
    const names = ['device_mac', 'client_mac', 'macAddress', 'sta_mac', 'container_id', 'commit'];
    const got = await maskedPerColumn('bare hex columns', 92, Object.fromEntries(names.map((n) => [n, hex12])));
    expect(got).toEqual(names.map((n) => [n, n.toLowerCase().includes('mac') ? 300 : 0]));
  });
});

describe('RADIUS station ids holding a phone, Russian extensions (issue 17, set-9 class S3)', () => {
  itFindsEachKind(SEEDS.flatMap((seed) => stationPhoneTuningSet(seed)));
});

describe('columns of a RADIUS accounting export (issue 17, set-9 class S3)', () => {
  it('masks every telephone number of a station id column and every MAC of another, and no session id', async () => {
    const ssid = (r: () => number) => `${stationMac(r).toUpperCase().replace(/[:]/g, '-')}:eduroam`;
    const session = (r: () => number) => chars(r, '0123456789ABCDEF', 8);
    const got = await maskedPerColumn('RADIUS columns', 91, { 'Calling-Station-Id': e164, calling_station_id: e164, 'Called-Station-Id': ssid, 'Acct-Session-Id': session });
    expect(got).toEqual([['Calling-Station-Id', 300], ['calling_station_id', 300], ['Called-Station-Id', 300], ['Acct-Session-Id', 0]]);
  });
});

describe('nested JSON Lines records through `pii scan --mask` (issue 17, set-9 classes S)', () => {
  it('masks an SSN in PID-19 and under social_security_number, a bare MAC after a DHCP message, a phone in a station id, an RU extension', async () => {
    const r = rng(179);
    const ssn = `${int(r, 100, 665)}${int(r, 10, 99)}${int(r, 1000, 9999)}`;
    const bareMac = `1a${chars(r, '0123456789abcdef', 8)}9f`;
    const number = '+33' + String(int(r, 1, 5)) + chars(r, '0123456789', 8);
    const pid = ['PID', '1', '', '482913^^^HOSP^MR', '', 'DOE^JANE', '', '19800101', 'F', ...new Array<string>(9).fill(''), 'A23817', ssn, ''].join('|');
    const records = [
      { hl7: `${pid}\r`, patient: { social_security_number: ssn } },
      { log: `DHCP Request from ${bareMac}`, radius: { 'Calling-Station-Id': number, 'Called-Station-Id': '00-10-A4-23-19-C0:eduroam' } },
      { note: `Тел.: 8 (812) 312-45-67 доб. ${int(r, 10, 999)}`, git: `HEAD is now at ${bareMac} wifi: fix device probe` },
    ];
    expect(await maskJsonlRecords(records)).toEqual([
      { hl7: pid.replace(ssn, '[US_SSN]') + '\r', patient: { social_security_number: '[US_SSN]' } },
      { log: 'DHCP Request from [MAC_ADDRESS]', radius: { 'Calling-Station-Id': '[PHONE]', 'Called-Station-Id': '[MAC_ADDRESS]:eduroam' } },
      { note: 'Тел.: [PHONE]', git: records[2]!.git },
    ]);
  });
});
