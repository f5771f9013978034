// How the reports show and measure the bias check: its summary and HTML sections, and one Prometheus
// sample per measured disparity (name documented in docs/monitoring.md).
import type { CheckView, MetricSample } from '../../src/check.js';
import { biasBom } from './bom.js';
import type { BiasFacts } from './facts.js';
import { biasSection } from './html.js';
import { renderBiasSummary } from './summary.js';
import { biasEvidence } from './evidence.js';

export const biasView: CheckView<BiasFacts> = {
  evidence: biasEvidence,
  summary: renderBiasSummary,
  html: biasSection,
  bom: biasBom,
  metrics: {
    families: {
      modelgate_bias_disparity: { help: 'Disparities the bias check measured, per sensitive feature (or intersection a*b) and metric.', labels: ['feature', 'metric'] },
    },
    samples(facts): MetricSample[] {
      // Intervals and the four-fifths boolean are not disparities; an undefined one (null) has no sample.
      return Object.entries(facts.features).flatMap(([feature, f]) =>
        Object.entries(f.disparities)
          .filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))
          .map(([metric, value]) => ({ name: 'modelgate_bias_disparity', labels: { feature, metric }, value })),
      );
    },
  },
};
