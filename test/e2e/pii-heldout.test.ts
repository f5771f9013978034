// Issue 17's goals on the first evaluation set (bench/pii-heldout: seeded free text in eleven languages
// and a typed table). It was held out for the first detector round and has been tuned on since: it now
// guards what that tuning reached; judgement on unseen data is bench/pii-heldout2 (`npm run bench --
// pii-heldout2`). Through the bundled CLI as a new user runs it:
// `modelgate pii scan --format jsonl --mask …` and the CSV with --report-json. Scored by span overlap
// (a value is found when masks of its type cover ≥ 80 % of its letters and digits). Failure messages
// carry figures, types and kinds only, never a value. `npm run bench -- pii-heldout.bench` prints the full
// tables on the larger default set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHeldout } from '../../bench/pii-heldout/generate.js';
import { runHeldout, type HeldoutResult } from '../../bench/pii-heldout/run.js';
import { F2_GOALS, figures, NEGATIVES_MASKED_GOAL, negativesMasked } from '../../bench/pii-heldout/score.js';
import { DIST } from '../helpers/action-runner.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout-'));
let result: HeldoutResult;

beforeAll(() => {
  result = runHeldout(join(DIST, 'cli.js'), dir, generateHeldout({ seed: 1717, records: 1200, rows: 200 }));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const round = (x: number) => Math.round(x * 1000) / 1000;

// Goals not met yet on this set (none since the phone and version rules tuned on it).
// `it.fails` passes only while the goal is missed, so meeting one turns the test red until it moves
// out of this list and becomes a plain assertion.
const UNMET = new Set<string>([]);

describe('pii scan on the held-out set (issue 17)', () => {
  it('aligns every masked record and cell with its input', () => {
    expect(result.all.unaligned).toBe(0);
  });

  for (const [group, goal] of Object.entries(F2_GOALS)) {
    (UNMET.has(group) ? it.fails : it)(`${group}: F2 ≥ ${goal}`, () => {
      const c = result.all.groups.get(group as never);
      expect(c?.gold, `no ${group} values in the set`).toBeGreaterThan(20);
      const f = figures(c!);
      expect({ group, f2: round(f.f2), precision: round(f.precision), recall: round(f.recall) }).toEqual({ group, f2: expect.toSatisfy((x: number) => x >= goal, `≥ ${goal}`), precision: round(f.precision), recall: round(f.recall) });
    });
  }

  (UNMET.has('negatives') ? it.fails : it)(`masks at most ${NEGATIVES_MASKED_GOAL * 100} % of the hard negatives`, () => {
    const n = negativesMasked(result.all);
    const byKind = Object.fromEntries([...result.all.negatives].filter(([, [m]]) => m > 0).map(([k, [m, t]]) => [k, `${m}/${t}`]));
    expect({ share: round(n.share), maskedPerKind: byKind }).toEqual({ share: expect.toSatisfy((x: number) => x <= NEGATIVES_MASKED_GOAL, `≤ ${NEGATIVES_MASKED_GOAL}`), maskedPerKind: byKind });
  });

  it('classifies every column: personal columns by their type, hard-negative columns as no personal data', () => {
    const wrong = result.columns.filter((c) => !c.correct).map((c) => `${c.name}: ${c.truth ?? `none (${c.negative})`} reported as ${c.reported ?? 'none'}`);
    expect(wrong).toEqual([]);
  });
});
