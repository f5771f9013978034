// Part U of issue 17's set-9 failure classes on their own tuning cases (test/helpers/pii-userinfo-tuning.ts,
// written from RFC 3986, the tools' docs and GEDCOM 5.5.1): URL passwords of unreserved characters found
// whole, a password after a bare pw/pwd/passwd label (placeholders, commands and words left), GEDCOM
// birth and death dates typed date-of-birth and no DATE line an address, a MAC OUI no time. Prints counts
// per kind only, never a value.
import { describe, expect, it } from 'vitest';
import { chars, rng } from '../../../helpers/personal-data.js';
import { maskJsonlRecords } from '../../../helpers/pii-mask-jsonl.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { secretAsOne, userinfoTuningSet } from '../../../helpers/pii-userinfo-tuning.js';

const CASES = [9, 19, 29, 39, 49].flatMap((seed) => userinfoTuningSet(seed));

describe('URL userinfo passwords, labelled passwords, GEDCOM life dates (issue 17 set-9 part U)', () => {
  itFindsEachKind(CASES, secretAsOne);
});

describe('JSON Lines records through `pii scan --mask` (issue 17 set-9 part U)', () => {
  it('masks unreserved-character URL passwords and labelled passwords whole, GEDCOM life dates as dates, no DATE line as an address', async () => {
    const r = rng(909);
    const urlPw = chars(r, 'abcdefgh', 2) + '~' + chars(r, 'XYZ', 2) + '-' + chars(r, '2345', 2) + '.' + chars(r, 'QRS', 1);
    const labelled = 'lP' + chars(r, '23456789', 1) + chars(r, 'ABCDabcd', 5) + '_' + chars(r, 'wxyzWXYZ23', 7);
    const gedcom = (born: string, wed: string) => `0 @I1@ INDI\n1 SEX F\n1 BIRT\n2 DATE ${born}\n1 MARR\n2 DATE ${wed}`;
    const records = [
      { cmd: `rclone copy https://itzel:${urlPw}@webdav.example/path /backup`, note: `the agent logged pw ${labelled} and left` },
      { ged: gedcom('ABT 3 MAR 1901', '5 JUN 1925'), line: '2 DATE 12 JAN 1950', oui: '00:1A:2B' },
    ];
    expect(await maskJsonlRecords(records)).toEqual([
      { cmd: 'rclone copy https://itzel:[SECRET]@webdav.example/path /backup', note: 'the agent logged pw [SECRET] and left' },
      { ged: gedcom('[DATE_OF_BIRTH]', '5 JUN 1925'), line: '2 DATE 12 JAN 1950', oui: '00:1A:2B' },
    ]);
  });
});
