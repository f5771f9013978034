// The shape the secret tuning sets share: templates whose `{v}` is a generated secret that must be
// found, and look-alikes (fixed or generated) that must not be.
import { rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';

export type R = () => number;
/** [kind, template with `{v}`, the secret's generator]. */
export type FoundTemplate = [string, string, (r: R) => string];
/** [kind, a look-alike text or its generator]. */
export type LookAlike = [string, string | ((r: R) => string)];

/** Cases for seed `seed`: every found template with a fresh value, and every look-alike. */
export function secretCases(found: readonly FoundTemplate[], lookAlikes: readonly LookAlike[], seed: number): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  for (const [kind, t, make] of found) {
    const v = make(r);
    out.push({ kind, text: t.replace('{v}', () => v), want: [{ type: 'secret', value: v }] });
  }
  for (const [kind, t] of lookAlikes) out.push({ kind: `${kind} (look-alike)`, text: typeof t === 'string' ? t : t(r), want: [] });
  return out;
}
