// Issue 17's failure classes of the network, card, phone, street and secret detectors, on the tuning
// corpus of test/helpers/pii-network-tuning.ts (lines written from the formats' documentation): every
// personal value (addresses with zone ids, IPv4-mapped and bracketed forms, cards followed by a date
// or an amount, phones beside ISSNs/NDC codes/row ids, vendor tokens) is found whole, and no hard
// negative (subnet and wildcard masks, ISSNs, NDC codes, row ids, frequent-flyer numbers, clock times,
// flight numbers, e-ticket numbers) is masked. Prints counts per format and kind only, never a value.
import { describe, expect, it } from 'vitest';
import { ipv4 } from '../../../../checks/pii/detectors/network.js';
import { networkTuningSet, subnetMask, wildcardMask } from '../../../helpers/pii-network-tuning.js';
import { countsBy, formatOfKey, tallyLogLines, type LogLine } from '../../../helpers/pii-log-tuning.js';

const LINES: LogLine[] = [17, 18, 19].flatMap((seed) => networkTuningSet(seed));

/** Per format: personal values found whole / all; per kind: hard negatives masked / all. */
describe('network, card and secret classes (issue 17)', () => {
  const s = tallyLogLines(LINES);
  const missedBy = countsBy(s.missed, formatOfKey);
  const totals = Object.entries(countsBy(s.seen, formatOfKey)).map(([f, n]) => `${f} ${n - (missedBy[f] ?? 0)}/${n}`);

  it('prints recall per format and the hard negatives masked', () => {
    console.log([`${LINES.length} lines; found ${totals.join(', ')}`, ...Object.entries(s.missed).map(([k, n]) => `  missed ${k}: ${n}`), ...Object.entries(s.masked).map(([k, n]) => `  masked ${k}: ${n}`)].join('\n'));
    expect(LINES.length).toBeGreaterThan(1000);
  });

  it('finds every personal value whole', () => {
    expect(s.missed).toEqual({});
  });

  it('masks no hard negative', () => {
    expect(s.masked).toEqual({});
  });

  it('no subnet or wildcard mask is an address, as a whole cell either (a netmask column is not typed ip-address)', () => {
    for (let len = 1; len <= 32; len++) {
      // A wildcard mask of a prefix shorter than 8 (`127.255.255.255`) would be an address outside 0.0.0.0/8: not asked.
      expect(ipv4.recognise!(subnetMask(len))).toBeUndefined();
      if (len >= 8) expect(ipv4.recognise!(wildcardMask(len))).toBeUndefined();
    }
    // Neighbours of masks are addresses.
    for (const v of ['255.255.255.1', '254.0.0.1', '192.0.0.8', '1.0.0.255', '128.0.0.1', '192.168.0.255']) expect(ipv4.recognise!(v)).toBe(0.7);
  });
});
