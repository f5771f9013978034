// The cases of a tuning set that detectPii gets wrong, described by types and span lengths only (a
// failure prints no value): what a per-kind tuning test expects to be empty.
import { expect, it } from 'vitest';
import { detectPii } from '../../checks/pii/detectors/index.js';
import type { TuningCase } from './pii-tuning-set.js';

/** A match's type as a tuning set names it (default: as the detector does). */
export type TypeOf = (type: string) => string;

/** The matches of a case as [type, value], secrets and the scored types alike. */
export function foundIn(c: TuningCase, typeOf: TypeOf = (t) => t): Array<[string, string]> {
  return detectPii(c.text, c.context !== undefined ? { context: c.context } : {}).map((m) => [typeOf(m.type), c.text.slice(m.start, m.end)]);
}

/** One line per case of `cases` whose matches are not exactly its wanted ones. */
export function tuningMisses(cases: readonly TuningCase[], typeOf?: TypeOf): string[] {
  const wrong: string[] = [];
  cases.forEach((c, i) => {
    const got = foundIn(c, typeOf);
    const want = c.want.map((w) => [w.type, w.value]);
    if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${c.context ?? ''} ${JSON.stringify(got.map(([t, v]) => `${t}:${v.length}`))} want ${JSON.stringify(want.map(([t, v]) => `${t}:${v!.length}`))} (case ${i})`);
  });
  return wrong;
}

/** One test per kind of `cases`: every case of it found exactly (prints `kind: right/all`). */
export function itFindsEachKind(cases: readonly TuningCase[], typeOf?: TypeOf): void {
  const kinds = [...new Set(cases.map((c) => c.kind))];
  it.each(kinds)('%s', (kind) => {
    const of = cases.filter((x) => x.kind === kind);
    const wrong = tuningMisses(of, typeOf);
    console.log(`${kind}: ${of.length - wrong.length}/${of.length}`);
    expect(wrong).toEqual([]);
  });
}
