// The scorer's contract, shared by the held-out sets written and scored as set 5 is (sets 5's writer and
// tally: sets 7 and 8): a perfect masker scores 1.0, masking nothing recall 0, over-masking every hard
// negative, a half mask partial; nothing printed holds a value; every unit written reads back unchanged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { figures, negativesMasked } from '../../bench/pii-heldout/score.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from '../../bench/pii-heldout3/report.js';
import type { Scored } from '../../bench/pii-heldout3/tally.js';
import { readMaskedCsv, readMaskedJsonl, recordUnits } from '../../bench/pii-heldout4/files.js';
import { perfectMask } from '../../bench/pii-heldout4/tally.js';
import type { Unit } from '../../bench/pii-heldout4/unit.js';
import { DOCUMENTS_FILE5, writeSet5 } from '../../bench/pii-heldout5/files.js';
import type { HeldoutSet5 } from '../../bench/pii-heldout5/generate.js';
import { allUnits5, maskSet5With, scoreMaskedSet5 } from '../../bench/pii-heldout5/tally.js';

/** A set's units, and its gold values and hard negatives each with the text it spans (for the generator's tests). */
export function heldoutSpans(set: HeldoutSet5) {
  const all = allUnits5(set);
  const withText = <S extends { start: number; end: number }>(pick: (u: Unit) => S[]) => all.flatMap((u) => pick(u).map((s) => ({ ...s, text: u.text.slice(s.start, s.end) })));
  return { all, golds: withText((u) => u.gold), negs: withText((u) => u.negatives) };
}

/** Declares the scorer's and the writer's tests of held-out set `n` (a set of set 5's shape). */
export function describeScorerContract(n: number, set: HeldoutSet5): void {
  const { golds, negs } = heldoutSpans(set);
  describe(`held-out set ${n}: the scorer`, () => {
    it('scores a perfect masker 1.0 in every group with no hard negative masked', () => {
      const s = scoreMaskedSet5(set, maskSet5With(set, perfectMask));
      for (const [g, c] of s.all.groups) expect([g, figures(c).precision, figures(c).recall, figures(c).f2]).toEqual([g, 1, 1, 1]);
      expect(negativesMasked(s.all).masked).toBe(0);
      expect(s.all.unaligned).toBe(0);
    });

    it('scores masking nothing recall 0, masking the negatives as masked, and a half mask as partial', () => {
      const none = scoreMaskedSet5(set, maskSet5With(set, (u) => u.text));
      for (const [, c] of none.all.groups) expect(c.found).toBe(0);
      const overMask = (u: Unit) => perfectMask({ ...u, gold: [...u.gold, ...u.negatives.map((n) => ({ type: 'phone', form: 'x', start: n.start, end: n.end }))] });
      const over = scoreMaskedSet5(set, maskSet5With(set, overMask));
      expect(negativesMasked(over.all).share).toBe(1);
      expect(figures(over.all.groups.get('phone')!).precision).toBeLessThan(0.5);
      const half = (u: Unit) => perfectMask({ ...u, gold: u.gold.map((g) => ({ ...g, end: g.start + Math.floor((g.end - g.start) / 2) })) });
      const email = scoreMaskedSet5(set, maskSet5With(set, half)).all.groups.get('email')!;
      expect([email.found, email.partial]).toEqual([0, email.gold]);
    });

    it('prints no value: the tables of a perfect and of an over-masking run hold none of the set’s values', () => {
      const overMask = (u: Unit) => perfectMask({ ...u, gold: [...u.gold, ...u.negatives.map((n) => ({ type: 'ip-address', form: 'x', start: n.start, end: n.end }))] });
      const render = (s: Scored) => [groupTable(s), negativeTable(s), maskedAsLine(s), sourceTable(s), formTable(s, true)].join('\n');
      const columns = set.tables.flatMap((t) => t.columns.map((c) => ({ file: t.file, column: c.name, truth: c.truth ?? null, reported: 'phone' })));
      const printed = [render(scoreMaskedSet5(set, maskSet5With(set, perfectMask))), render(scoreMaskedSet5(set, maskSet5With(set, overMask))), columnTable(columns)].join('\n');
      const values = [...golds.filter((g) => g.type !== 'person'), ...negs].map((v) => v.text).filter((t) => t.length >= 8);
      expect(values.length).toBeGreaterThan(1000);
      expect(values.filter((v) => printed.includes(v)).length).toBe(0);
    });
  });

  describe(`held-out set ${n}: files written and read back`, () => {
    it('writes every unit so that it reads back unchanged: document texts, nested record leaves, cells, gzip files', () => {
      const dir = mkdtempSync(join(tmpdir(), `pii-heldout${n}-test-`));
      try {
        writeSet5(dir, set);
        const text = (f: string) => {
          const raw = readFileSync(join(dir, f));
          return (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
        };
        const docs = readMaskedJsonl(text(DOCUMENTS_FILE5), false).map((m) => m.get('text'));
        expect(docs.filter((d, i) => d !== set.documents[i]!.unit.text).length).toBe(0);
        const leavesBack = set.recordFiles.flatMap((f) => readMaskedJsonl(text(f.file), true));
        const leavesSent = set.recordFiles.flatMap((f) => f.records.map((r) => [...recordUnits(r)].map(([k, u]) => [k, u.text])));
        expect(leavesBack.map((m) => [...m])).toEqual(leavesSent);
        for (const t of set.tables) expect(readMaskedCsv(text(t.file), t.delimiter, t.columns.length), t.file).toEqual(t.rows.map((r) => r.map((u) => u.text)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
