// The scorer's contract, shared by the held-out sets written and scored as set 5 is (sets 5's writer and
// tally: sets 7 and 8): a perfect masker scores 1.0, masking nothing recall 0, over-masking every hard
// negative, a half mask partial; nothing printed holds a value; every unit written reads back unchanged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { figures, groupOf, negativesMasked } from '../../bench/pii-heldout/score.js';
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

/** The generator gives the same set for the same options and another set for `otherSeed`. */
export function itIsDeterministic<O extends { seed: number }>(generate: (o: O) => HeldoutSet5, options: O, set: HeldoutSet5, otherSeed: number): void {
  it('is deterministic: the same seed gives the same set, another seed another', () => {
    expect(JSON.stringify(generate(options))).toBe(JSON.stringify(set));
    expect(JSON.stringify(generate({ ...options, seed: otherSeed }))).not.toBe(JSON.stringify(set));
  });
}

/** Every gold phone (form `<region>:<form>`) is valid for its region, over at least 30 regions and `minForms` forms. */
export function itWritesValidPhones(golds: ReadonlyArray<{ type: string; form: string; text: string }>, regions: readonly string[], valid: (text: string, region: CountryCode) => boolean, minForms: number, forms: string): void {
  it(`writes every gold phone validly for its region, over at least 30 regions and ${forms}`, () => {
    const phones = golds.filter((g) => g.type === 'phone');
    expect(new Set(phones.map((p) => p.form.split(':')[0])).size).toBeGreaterThanOrEqual(30);
    expect(new Set(phones.map((p) => p.form.split(':')[1])).size).toBeGreaterThanOrEqual(minForms);
    for (const p of phones) {
      const region = p.form.split(':')[0] as CountryCode;
      expect(regions).toContain(region);
      expect(valid(p.text, region), `phone ${p.form}`).toBe(true);
    }
  });
}

/** Every judged column has a true type of a judged group, and the gold of its cells is of that group. */
export function itTypesJudgedColumns(set: HeldoutSet5): void {
  it('gives every judged column a true type of a judged group, and the gold of its cells that group', () => {
    const judged = [...set.recordFiles.flatMap((f) => f.fields), ...set.tables.flatMap((t) => t.columns)].filter((c) => typeof c.truth === 'string');
    expect(judged.length).toBeGreaterThanOrEqual(20);
    for (const c of judged) expect(groupOf(c.truth!), c.name).not.toBe('other');
    for (const t of set.tables) {
      t.columns.forEach((c, i) => {
        if (c.truth === undefined) return;
        for (const row of t.rows) expect(row[i]!.gold.map((g) => groupOf(g.type)), `${t.file} ${c.name}`).toEqual(c.truth === null ? [] : [groupOf(c.truth)]);
      });
    }
  });
}
