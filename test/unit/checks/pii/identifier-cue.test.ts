// The identifier value cue (issue 17, checks/pii/value-cues.ts): a neutral column whose head holds
// reference numbers — bare digit runs whose leading zero is no trunk prefix, or hex ids a column of
// MACs cannot be — is read as a column named for an id: its zero-led runs are no phones, its capital
// hex runs no MACs. Columns of national numbers written with their trunk prefix keep their phones.
// On the code before, the look-alike columns below lost 8–99 % of their cells.
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { resolvePolicy } from '../../../../checks/pii/scan.js';
import { IDENTIFIER_CUE } from '../../../../checks/pii/value-cues.js';
import { colheadTuning, headCuesOf } from '../../../helpers/pii-colhead-tuning.js';
import { chars, int, pad, pick, rng } from '../../../helpers/personal-data.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const policy = resolvePolicy(piiConfigSchema.parse({}), {});
const DIG = '0123456789';
type R = () => number;

/** A valid national number of `region` written bare with its trunk prefix: `prefix` then random digits. */
function nationalBare(region: CountryCode, prefixes: readonly string[], lengths: readonly number[]): (r: R) => string {
  return (r) => {
    for (;;) {
      const p = pick(r, prefixes);
      const v = p + chars(r, DIG, pick(r, lengths) - p.length);
      if (isValidPhoneNumber(v, region)) return v;
    }
  };
}

describe('identifier cue', () => {
  it('reads columns of look-alike ids as ids: none of their cells masked (20 seeds)', async () => {
    const res = new Map((await colheadTuning(20)).map((k) => [k.kind, k]));
    for (const kind of ['random-9-digit-id', 'zip-plus-4', 'zero-padded-random-id', '11-digit-random-id', '12-hex-id-upper', 'postfix-queue-id', 'mixed-20%-ssn-ids']) {
      const k = res.get(kind)!;
      expect([k.idCued, k.cued, k.masked], kind).toEqual([k.columns, 0, 0]);
    }
    // The types' own columns keep their type's cue.
    for (const k of res.values()) if (k.positive) expect([k.cued, k.masked], k.kind).toEqual([k.columns, k.cells]);
  }, 120_000);

  it('leaves columns of national numbers with their trunk prefix to the phone detector', async () => {
    const gens = {
      c1: nationalBare('GB', ['074', '075', '077', '078', '079'], [11]),
      c2: nationalBare('FR', ['06', '07'], [10]),
      c3: nationalBare('DE', ['0151', '0160', '0171', '0176'], [11, 12]),
      c4: nationalBare('BE', ['02', '03', '09'], [9]),
      c5: nationalBare('IT', ['06', '02', '320', '347', '333'], [10]),
    };
    for (let seed = 1; seed <= 5; seed++) {
      for (const col of await scanGeneratedTable(seed, gens, 120)) {
        expect(col.cls.valueCue, col.cls.name).not.toBe(IDENTIFIER_CUE);
        // Every number written with a zero first is masked (Italy's mobiles, written without one, need a cue).
        const led = col.values.filter((v) => v.startsWith('0'));
        const masked = col.values.filter((v, k) => v.startsWith('0') && col.written[k] !== v).length;
        expect(masked, col.cls.name).toBe(led.length);
        expect(led.length, col.cls.name).toBeGreaterThan(col.cls.name === 'c5' ? 20 : 119);
      }
    }
  }, 60_000);

  it('keeps a column of captured destinations a MAC column: its group addresses are the ones frames go to', async () => {
    const HEX = '0123456789ABCDEF';
    const unicast = (r: R) => pick(r, ['00', '02', '3C', 'A4', 'F0']) + chars(r, HEX, 10);
    const group = (r: R) => pick(r, ['01005E', '333300', 'FFFFFF', '0180C2']) + chars(r, HEX, 6);
    const [col] = await scanGeneratedTable(4, { c1: (r) => (r() < 0.6 ? unicast(r) : group(r)) }, 150);
    expect(col!.cls.valueCue).not.toBe(IDENTIFIER_CUE);
    const devices = col!.values.filter((v) => ['00', '02', '3C', 'A4', 'F0'].includes(v.slice(0, 2)) && /[A-F]/.test(v));
    expect(devices.filter((v) => !col!.written.includes(v)).length).toBe(devices.length);
  });

  it('asks for 30 distinct values and, with zero-led digit runs, for padding or few of them', () => {
    const r = rng(3);
    const ids = (n: number, make: () => string): string[][] => Array.from({ length: n }, () => [make()]);
    expect(headCuesOf(policy, ['c1'], ids(29, () => String(int(r, 100_000_000, 999_999_999)))).size).toBe(0);
    expect(headCuesOf(policy, ['c1'], ids(30, () => String(int(r, 100_000_000, 999_999_999)))).get('c1')).toBe(IDENTIFIER_CUE);
    // A quarter zero-led, one zero each: as a column of national numbers mixed with others, no cue.
    let i = 0;
    expect(headCuesOf(policy, ['c1'], ids(100, () => (i++ % 4 === 0 ? '0' : String(int(r, 1, 9))) + chars(r, DIG, 8))).size).toBe(0);
    // Every value zero-led, a tenth with two zeros: padding.
    expect(headCuesOf(policy, ['c1'], ids(100, () => pad(int(r, 1, 99_999_999), 9))).get('c1')).toBe(IDENTIFIER_CUE);
    // Every value with exactly one zero (a trunk prefix), or two (an international prefix): no cue.
    expect(headCuesOf(policy, ['c1'], ids(100, () => '0' + String(int(r, 1, 9)) + chars(r, DIG, 8))).size).toBe(0);
    expect(headCuesOf(policy, ['c1'], ids(100, () => '00' + String(int(r, 1, 9)) + chars(r, DIG, int(r, 9, 11)))).size).toBe(0);
  });
});
