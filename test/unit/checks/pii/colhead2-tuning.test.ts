// Value cues for bare Aadhaar numbers and CPFs (issue 17): a neutral column whose head's values all pass
// the type's check digits is cued and its cells masked; without a cue a whole cell of twelve or eleven
// bare digits is no longer masked for passing a check by chance (one number in ten passes Verhoeff).
// On the old code the twelve-digit columns lost a tenth of their cells and no such column was cued.
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { resolvePolicy } from '../../../../checks/pii/scan.js';
import { bareCpf, colheadTuning, headCuesOf } from '../../../helpers/pii-colhead-tuning.js';
import { aadhaar, rng } from '../../../helpers/personal-data.js';
import { IDENTIFIER_CUE } from '../../../../checks/pii/value-cues.js';

const policy = resolvePolicy(piiConfigSchema.parse({}), {});

/** The type cues of a head (the identifier cue of a column of ids too few or too mixed for its type's, aside). */
const cuesOf = (columns: string[], rows: string[][]): Map<string, string> => new Map([...headCuesOf(policy, columns, rows)].filter(([, t]) => t !== IDENTIFIER_CUE));

describe('value cues for Aadhaar and CPF', () => {
  it('cue their columns, and leave twelve-digit numbers that pass Verhoeff by chance alone (20 seeds)', async () => {
    const res = new Map((await colheadTuning(20)).map((k) => [k.kind, k]));
    for (const kind of ['aadhaar-bare', 'aadhaar-mixed-grouped', 'cpf-bare', 'cpf-formatted']) {
      const k = res.get(kind)!;
      expect([k.cued, k.masked], kind).toEqual([k.columns, k.cells]);
    }
    // Left: the cards among random twelve-digit numbers (Luhn passes one in ten, 12-digit Maestro).
    for (const kind of ['12-digit-number', '12-digit-invoice-no']) expect(res.get(kind)!.masked / res.get(kind)!.cells, kind).toBeLessThan(0.03);
  }, 120_000);

  it('need 30 distinct values passing the check, three in four of the shaped ones', () => {
    const r = rng(11);
    const ids = Array.from({ length: 29 }, () => aadhaar(r));
    const cpfs = Array.from({ length: 29 }, () => bareCpf(r));
    const rows = (a: string[], b: string[]) => a.map((x, i) => [x, b[i % b.length]!]);
    expect(cuesOf(['a', 'b'], rows(ids, cpfs)).size).toBe(0);
    ids.push(aadhaar(r));
    cpfs.push(bareCpf(r).replace(/^(\d{3})(\d{3})(\d{3})/, '$1.$2.$3-'));
    expect([...cuesOf(['a', 'b'], rows(ids, cpfs))]).toEqual([
      ['a', 'in-aadhaar'],
      ['b', 'br-cpf'],
    ]);
    // Typos (a changed last digit fails both checks): a few keep the cue, eleven in forty-one take it away.
    const typo = (v: string) => v.slice(0, -1) + String((Number(v.slice(-1)) + 1) % 10);
    const typos = (n: number) => Array.from({ length: n }, (_, i) => typo(ids[i]!));
    expect(cuesOf(['a'], [...ids, ...typos(5)].map((x) => [x])).size).toBe(1);
    expect(cuesOf(['a'], [...ids, ...typos(11)].map((x) => [x])).size).toBe(0);
  });
});
