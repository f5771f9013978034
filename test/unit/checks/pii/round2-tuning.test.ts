// Issue 17, round-2 classes on their own tuning cases (test/helpers/pii-round2-tuning.ts, written from
// the formats' documentation): a browser's or agent's name before a four-part version is no IPv4 address
// while agent_ip/agent-addr/client addresses stay found; an address with an unbracketed port is found
// without the port; unencoded URL passwords are found whole up to `@host`, placeholders are not; Mir
// cards (2200–2204) are cards, 2205–2220 are not. Prints counts per kind only, never a value.
import { describe, expect, it } from 'vitest';
import { DETECTOR_BY_TYPE } from '../../../../checks/pii/detectors/index.js';
import { chars, rng } from '../../../helpers/personal-data.js';
import { maskJsonlRecords } from '../../../helpers/pii-mask-jsonl.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { round2TuningSet } from '../../../helpers/pii-round2-tuning.js';

const CASES = [17, 18, 19, 20, 21].flatMap((seed) => round2TuningSet(seed));

/** Every credentials type read as `secret`. */
const secretAsOne = (t: string) => (DETECTOR_BY_TYPE.get(t)?.category === 'credentials' ? 'secret' : t);

describe('named versions, unbracketed ports, unencoded URL passwords and Mir cards (issue 17, round 2)', () => {
  itFindsEachKind(CASES, secretAsOne);
});

describe('nested JSON Lines records through `pii scan --mask` (issue 17, round 2)', () => {
  it('masks an address before its unbracketed port and an unencoded URL password whole, and leaves named versions', async () => {
    const r = rng(172);
    const pw = 'Q' + chars(r, 'abcdefghijkmnpqrstuvwxyz', 3) + '#' + chars(r, '23456789', 2) + '!w%' + chars(r, 'xyz', 2);
    const records = [
      { labels: { instance: '::ffff:10.1.2.3:9100', job: 'node' }, device: { agent: '3.1.204.17', agent_ip: '10.20.30.40' }, note: 'Chrome 120.0.6099.109 on Edge 120.0.2210.91' },
      { remote: `https://anna:${pw}@github.com/org/repo.git`, peer: '2001:db8:85a3:0:0:8a2e:370:7334:9100' },
    ];
    expect(await maskJsonlRecords(records)).toEqual([
      { labels: { instance: '[IP_ADDRESS]:9100', job: 'node' }, device: { agent: '3.1.204.17', agent_ip: '[IP_ADDRESS]' }, note: records[0]!.note },
      { remote: 'https://anna:[SECRET]@github.com/org/repo.git', peer: '[IP_ADDRESS]:9100' },
    ]);
  });
});
