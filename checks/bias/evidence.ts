// The bias check's evidence for the compliance section: each limit it judged, as one sentence.
import type { EvidenceSentence } from '../../src/check.js';
import type { BiasFacts } from './facts.js';

/** `demographicParityRatio` → `demographic parity ratio`. */
const words = (metric: string): string => metric.replace(/([A-Z])/g, ' $1').toLowerCase();
const fmt = (v: number): string => String(Number(v.toPrecision(3)));

export function biasEvidence(facts: BiasFacts): EvidenceSentence[] {
  const out: EvidenceSentence[] = [];
  for (const [feature, f] of Object.entries(facts.features)) {
    for (const l of f.limits ?? []) {
      const bound = [l.min !== undefined ? `min ${fmt(l.min)}` : '', l.max !== undefined ? `max ${fmt(l.max)}` : ''].filter(Boolean).join(', ');
      const value = l.value === null ? 'undefined' : fmt(l.value);
      const baseline = l.baseline !== undefined ? `, baseline ${fmt(l.baseline)}` : '';
      out.push({
        rules: ['bias/limit-exceeded', 'bias/metric-undefined', ...(l.baseline !== undefined ? ['bias/regression'] : [])],
        text: `${words(l.metric)} by ${feature} ${value}, limit ${bound || 'none'}${baseline} (${l.passed ? 'within' : 'beyond'})`,
      });
    }
  }
  const judged = Object.values(facts.features).reduce((n, f) => n + f.groups.filter((g) => g.judged).length, 0);
  out.push({
    rules: ['bias/group-too-small', 'bias/insufficient-groups', 'bias/required-feature-missing'],
    text: `${facts.sensitiveFeatures.length} sensitive feature(s) evaluated (${facts.sensitiveFeatures.join(', ')}), ${judged} group(s) large enough to judge`,
  });
  return out;
}
