// HTML section of the bias check: per sensitive feature (and intersection), a bar chart of the
// selection rate per group with the threshold the policy's demographic-parity limits put on it, a chart
// of each judged disparity against its limit, and the same numbers as tables (the charts' text form).
import type { BiasFacts, FeatureFacts, GroupFacts, LimitResultFacts as LimitResult } from './facts.js';
import { barChart, type Bar, type Line } from '../../src/report/html/chart.js';
import { EMPTY, badge, html, num, pct, slug, table, type Html } from '../../src/report/html/markup.js';

type Feature = FeatureFacts;

const groupLabel = (g: GroupFacts): string => Object.values(g.group).join(' · ') || 'all rows';
const rate = (v: number): string => pct(v);

export function biasSection(facts: BiasFacts): Html {
  const features = facts.features;
  const intro = html`<p>${facts.rows} rows of <code>${facts.predictions}</code>; groups under ${facts.minGroupSize} rows are shown but not gated; limits judged on the ${facts.judge} ${facts.judge === 'interval' ? `(${Math.round(facts.confidence * 100)}% interval)` : 'estimate'}.</p>
`;
  return html`${intro}${Object.entries(features).map(([key, f], i) => featureBlock(key, f, `bias-${i}-${slug(key)}`))}`;
}

/** Selection-rate thresholds implied by the demographic-parity limits: a group below the line breaks it. */
export function selectionThresholds(f: Feature): Line[] {
  const judged = f.groups.filter((g) => g.judged && typeof g.selectionRate === 'number');
  if (judged.length === 0) return [];
  const highest = Math.max(...judged.map((g) => g.selectionRate as number));
  const lines: Line[] = [];
  for (const l of f.limits ?? []) {
    if (l.metric === 'demographicParityRatio' && l.min !== undefined) {
      lines.push({ value: l.min * highest, label: `${l.min} × highest rate (demographic parity ratio ≥ ${l.min})` });
    } else if (l.metric === 'demographicParityDifference' && l.max !== undefined) {
      lines.push({ value: highest - l.max, label: `highest rate − ${l.max} (demographic parity difference ≤ ${l.max})` });
    } else if (l.metric === 'disparateImpactMin' && l.min !== undefined && f.referenceGroup) {
      const ref = f.groups.find((g) => JSON.stringify(g.group) === JSON.stringify(f.referenceGroup));
      if (typeof ref?.selectionRate === 'number') lines.push({ value: l.min * ref.selectionRate, label: `${l.min} × reference rate (disparate impact ≥ ${l.min})` });
    }
  }
  return lines;
}

function featureBlock(key: string, f: Feature, id: string): Html {
  const observed = f.groups.filter((g) => g.observed);
  const lines = selectionThresholds(f);
  const floor = lines.length ? Math.max(...lines.map((l) => l.value)) : -Infinity;
  const bars: Bar[] = observed.map((g) => {
    const sr = g.selectionRate ?? 0;
    const below = g.judged && sr < floor - 1e-12;
    return { label: groupLabel(g), value: sr, cls: !g.judged ? 'small' : below ? 'fail' : 'ok', ...(!g.judged ? { note: 'too small' } : below ? { note: 'below line' } : {}) };
  });
  const groupChart = bars.length
    ? barChart({
        id: `${id}-groups`,
        title: `${key}: selection rate per group`,
        desc: `Share of rows predicted positive in each group of ${key}.${lines.length ? ` Vertical lines: ${lines.map((l) => `${l.label} at ${rate(l.value)}`).join('; ')}.` : ''} The table below gives the same figures.`,
        bars,
        lines,
        format: rate,
        minMax: 1,
      })
    : EMPTY;
  const groups = table(
    `${key}: metrics per group`,
    ['Group', { label: 'Rows', numeric: true }, { label: 'Selection rate', numeric: true }, { label: 'TPR', numeric: true }, { label: 'FPR', numeric: true }, { label: 'Accuracy', numeric: true }, 'Gated'],
    f.groups.map((g) => [
      groupLabel(g),
      g.count,
      pct(g.selectionRate),
      pct(g.truePositiveRate),
      pct(g.falsePositiveRate),
      pct(g.accuracy),
      !g.observed ? 'no rows' : g.judged ? 'yes' : 'too small',
    ]),
  );
  return html`<section class="feature" aria-labelledby="${id}-h"><h3 id="${id}-h">${key}</h3>
<figure>${groupChart}<figcaption>Selection rate per group of ${key}${f.referenceGroup ? `; reference group ${Object.values(f.referenceGroup).join(' · ')}` : ''}.</figcaption></figure>
${groups}${limitsBlock(key, f.limits ?? [], id)}</section>
`;
}

function limitText(r: LimitResult): string {
  return [
    r.min !== undefined ? `≥ ${r.min}` : '',
    r.max !== undefined ? `≤ ${r.max}` : '',
    r.maxRegression !== undefined ? `worsens ≤ ${r.maxRegression} vs ${num(r.baseline)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function limitsBlock(key: string, limits: readonly LimitResult[], id: string): Html {
  if (limits.length === 0) return EMPTY;
  const bars: Bar[] = limits.map((r) => ({
    label: r.metric,
    value: r.value ?? 0,
    cls: r.passed ? 'ok' : 'fail',
    note: [r.value === null ? 'undefined' : '', r.passed ? 'pass' : 'fail', limitText(r)].filter(Boolean).join(', '),
    ...(r.lower !== undefined && r.upper !== undefined ? { interval: { lower: r.lower, upper: r.upper } } : {}),
    marks: [
      ...(r.min !== undefined ? [{ value: r.min, label: `minimum ${r.min}` }] : []),
      ...(r.max !== undefined ? [{ value: r.max, label: `maximum ${r.max}` }] : []),
    ],
  }));
  const chart = barChart({
    id: `${id}-limits`,
    title: `${key}: disparities against the policy's limits`,
    desc: `One bar per judged disparity of ${key}; the short vertical mark in each row is its limit, the thin line its plausible interval. The table below gives the same figures.`,
    bars,
    format: num,
    minMax: 1,
  });
  const rows = limits.map((r) => [
    r.metric,
    num(r.value),
    r.lower !== undefined ? `${num(r.lower)} – ${num(r.upper)}` : '–',
    limitText(r),
    r.passed ? badge('ok', 'pass') : badge('fail', 'fail'),
  ]);
  return html`<figure>${chart}<figcaption>Disparities of ${key} and their limits.</figcaption></figure>
${table(`${key}: disparities judged by the policy`, ['Disparity', { label: 'Value', numeric: true }, { label: 'Interval', numeric: true }, 'Limit', 'Result'], rows)}`;
}
