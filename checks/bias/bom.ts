// The bias check's part of the ML-BOM: its figures in the model card. Overall accuracy and, per
// sensitive feature (and intersection), each disparity the policy limits, with its interval, as
// quantitative analysis; a fairness assessment per feature whose limit was exceeded, naming the
// group with the lowest selection rate, the harm as measured, and the waiver (reason, owner, expiry)
// when one accepted it; the waived ones again as ethical considerations.
import type { BomFairnessPart, BomMetricPart, BomPart } from '../../src/bom/part.js';
import type { CheckReport, WaiverRef } from '../../src/report/model.js';
import type { BiasFacts } from './facts.js';
import { RULES } from './rules.js';

type Feature = BiasFacts['features'][string];
type Limit = NonNullable<Feature['limits']>[number];

const fixed = (n: number): string => String(Number(n.toFixed(4)));

function limitText(l: Limit): string {
  const ci = l.lower !== undefined && l.upper !== undefined ? ` (interval ${fixed(l.lower)}–${fixed(l.upper)})` : '';
  const bound = l.min !== undefined ? `the policy's minimum ${fixed(l.min)}` : l.max !== undefined ? `the policy's maximum ${fixed(l.max)}` : 'its limit';
  return `${l.metric} ${l.value === null ? 'undefined' : fixed(l.value)}${ci}, beyond ${bound}`;
}

function metricsOf(name: string, f: Feature): BomMetricPart[] {
  return (f.limits ?? [])
    .filter((l) => l.value !== null)
    .map((l) => ({
      type: l.metric,
      value: fixed(l.value!),
      slice: name,
      ...(l.lower !== undefined && l.upper !== undefined ? { confidenceInterval: { lowerBound: fixed(l.lower), upperBound: fixed(l.upper) } } : {}),
    }));
}

/** The judged group with the lowest selection rate, as "Sex=male". */
function groupAtRisk(name: string, f: Feature): string {
  const judged = f.groups.filter((g) => g.judged && g.selectionRate !== null);
  const low = judged.sort((a, b) => (a.selectionRate ?? 0) - (b.selectionRate ?? 0))[0];
  if (!low) return name;
  return Object.entries(low.group).map(([k, v]) => `${k}=${v}`).join(', ');
}

const waiverText = (w: WaiverRef): string => `Waived by ${w.owner} until ${w.expires}: ${w.reason}`;

export function biasBom(facts: BiasFacts, check: CheckReport): BomPart {
  const metrics: BomMetricPart[] = [];
  const accuracy = facts.overall.accuracy;
  if (typeof accuracy === 'number') metrics.push({ type: 'accuracy', value: fixed(accuracy) });
  const fairness: BomFairnessPart[] = [];
  const ethical: Array<{ name: string; mitigationStrategy?: string }> = [];
  for (const [name, f] of Object.entries(facts.features)) {
    metrics.push(...metricsOf(name, f));
    const failed = (f.limits ?? []).filter((l) => !l.passed);
    if (failed.length === 0) continue;
    const waivers = failed.map((l) => check.findings.find((x) => x.ruleId === RULES.limit.id && x.target === `${name}:${l.metric}`)?.waiver);
    const waiver = waivers.every((w) => w !== undefined) ? waivers[0] : undefined;
    const harms = `Disparity beyond the policy's limits on ${name}: ${failed.map(limitText).join('; ')}.`;
    fairness.push({
      groupAtRisk: groupAtRisk(name, f),
      harms,
      mitigationStrategy: waiver ? waiverText(waiver) : 'None: the finding blocks the release.',
    });
    if (waiver) ethical.push({ name: harms, mitigationStrategy: waiverText(waiver) });
  }
  return {
    model: { metrics, fairness, ethical, properties: [{ name: 'modelgate:bias:rows', value: String(facts.rows) }] },
  };
}
