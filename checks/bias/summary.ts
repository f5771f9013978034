// Job-summary section: per feature, a table of groups, the judged disparities, and a Mermaid chart.
import { codeCell, escapeCell, fenced, mermaidLabel } from '../../src/report/format.js';
import type { BiasFacts, GroupFacts } from './facts.js';

const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : v.toFixed(4));
const label = (g: GroupFacts): string => Object.values(g.group).join(' · ');

export function renderBiasSummary(facts: BiasFacts): string {
  const features = facts.features;
  const out: string[] = [];
  out.push(`${facts.rows} rows of ${codeCell(facts.predictions)}; groups under ${facts.minGroupSize} rows are shown but not gated.`);
  for (const [key, f] of Object.entries(features)) {
    out.push('', `#### ${escapeCell(key)}`, '', '| group | count | selection rate | TPR | FPR | accuracy |', '|---|---:|---:|---:|---:|---:|');
    for (const g of f.groups) {
      const note = !g.observed ? ' (no rows)' : !g.judged ? ' (too small)' : '';
      out.push(`| ${escapeCell(label(g))}${note} | ${g.count} | ${pct(g.selectionRate)} | ${pct(g.truePositiveRate)} | ${pct(g.falsePositiveRate)} | ${pct(g.accuracy)} |`);
    }
    if (f.limits?.length) {
      out.push('', '| disparity | value | interval | limit | result |', '|---|---:|---:|---|---|');
      for (const r of f.limits) {
        const limit = [r.min !== undefined ? `≥ ${r.min}` : '', r.max !== undefined ? `≤ ${r.max}` : '', r.maxRegression !== undefined ? `worsens ≤ ${r.maxRegression} vs ${num(r.baseline)}` : '']
          .filter(Boolean)
          .join(', ');
        const ci = r.lower !== undefined ? `${num(r.lower)} – ${num(r.upper)}` : '–';
        out.push(`| ${escapeCell(r.metric)} | ${num(r.value)} | ${ci} | ${limit} | ${r.passed ? '✅ pass' : '❌ fail'} |`);
      }
    }
    const shown = f.groups.filter((g) => g.observed).slice(0, 30);
    if (shown.length > 0) {
      // Labels are cut and stripped for Mermaid; the table above has each value in full.
      const names = shown.map((g) => `"${mermaidLabel(label(g))}"`);
      const chart = [
        'xychart-beta',
        `  title "${mermaidLabel(key)}: selection rate (bars) and TPR (line)"`,
        `  x-axis [${names.join(', ')}]`,
        '  y-axis "rate" 0 --> 1',
        `  bar [${shown.map((g) => (g.selectionRate ?? 0).toFixed(4)).join(', ')}]`,
        `  line [${shown.map((g) => (g.truePositiveRate ?? 0).toFixed(4)).join(', ')}]`,
      ];
      out.push('', fenced(chart.join('\n'), 'mermaid').trimEnd());
    }
  }
  return out.join('\n');
}
