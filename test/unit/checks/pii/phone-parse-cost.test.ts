// The phone detector's cost on free text: numbers that are never phones (dates, timestamps, decimals,
// part numbers, ranges, sums, versions) and bare digit runs without a cue are rejected by the cheap
// shape and evidence tests, before libphonenumber's parse (some 30 µs per region, 30 regions for a
// national number). Counts the parses the detector asks for, with the library wrapped.
import { describe, expect, it, vi } from 'vitest';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('libphonenumber-js/max', async (importOriginal) => {
  const lib = await importOriginal<typeof import('libphonenumber-js/max')>();
  return {
    ...lib,
    parsePhoneNumberFromString: (...args: Parameters<typeof lib.parsePhoneNumberFromString>) => {
      parses.count++;
      return lib.parsePhoneNumberFromString(...args);
    },
  };
});

const { phone } = await import('../../../../checks/pii/detectors/phone.js');
const { runDetectors } = await import('../../../../src/detect/index.js');

/** Parses the phone detector asks for over `text` (default threshold), and what it finds. */
function scan(text: string): { parses: number; found: string[] } {
  parses.count = 0;
  const found = runDetectors(text, [phone], { context: 'text' }).map((m) => text.slice(m.start, m.end));
  return { parses: parses.count, found };
}

describe('phone detector: cheap rejections come before the parse', () => {
  it.each([
    'last seen 14.03.2021 09:41 on the site',
    'delivered 2023-12-07, paid 4/23/2023',
    'part 473.160.98 is out of stock',
    'pages 1234-1250 of the report',
    'Référence 1915 - 1949 = 73',
    'the ratio was 3.14159265 today',
    'firmware 10.2.31.7 installed',
    'parcel 4412098765 and order 8012345678 shipped', // bare runs without a phone cue
    'logged 1700000123 at startup',
  ])('%s: no parse, no phone', (text) => {
    expect(scan(text)).toEqual({ parses: 0, found: [] });
  });

  it('a phone still reaches the validator and is found', () => {
    const number = ['+44', '20', '7946', '0958'].join(' ');
    const r = scan(`call me on ${number} tomorrow`);
    expect(r.found).toEqual([number]);
    expect(r.parses).toBeGreaterThan(0);
  });
});
