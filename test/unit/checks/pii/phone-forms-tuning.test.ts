// Phones written in their regions' national forms (dots, hyphens, Argentine forms, E.164 digits
// under a phone's key), software versions that must not be read as phones, and UnionPay numbers
// printed in groups (test/helpers/pii-phone-forms-tuning.ts). Every case gives exactly its values;
// counts per kind are printed, never a value.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { phoneFormsSet } from '../../../helpers/pii-phone-forms-tuning.js';
import { TUNED_TYPES, type TuningCase } from '../../../helpers/pii-tuning-set.js';

/** Five seeds: a rule that fits one draw only shows here. */
const CASES = [17, 18, 19, 20, 21].flatMap((seed) => phoneFormsSet(seed));

function found(c: TuningCase): Array<[string, string]> {
  return detectPii(c.text, c.context !== undefined ? { context: c.context } : {})
    .filter((m) => TUNED_TYPES.has(m.type))
    .map((m) => [m.type, c.text.slice(m.start, m.end)]);
}

/** Whether the case gives exactly its values. */
const right = (c: TuningCase) => JSON.stringify(found(c)) === JSON.stringify(c.want.map((w) => [w.type, w.value]));

describe('phone forms, versions and grouped cards (issue 17)', () => {
  it('per-kind counts (printed for the issue note)', () => {
    const kinds = new Map<string, { n: number; ok: number }>();
    for (const c of CASES) {
      const k = kinds.get(c.kind) ?? kinds.set(c.kind, { n: 0, ok: 0 }).get(c.kind)!;
      k.n++;
      if (right(c)) k.ok++;
    }
    console.log([...kinds].map(([k, x]) => `  ${k.padEnd(24)} ${x.ok}/${x.n}`).join('\n'));
    expect(CASES.length).toBeGreaterThan(300);
  });

  const kinds = [...new Set(CASES.map((c) => c.kind))];
  it.each(kinds)('%s', (kind) => {
    for (const c of CASES.filter((x) => x.kind === kind)) {
      expect(found(c), JSON.stringify({ text: c.text, context: c.context })).toEqual(c.want.map((w) => [w.type, w.value]));
    }
  });
});
