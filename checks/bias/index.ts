// Bias: fairness metrics of the evaluation predictions across sensitive groups, Fairlearn-exact,
// with intersections, bootstrap intervals and regression against the last known-good release.
import { lazyRun, lazyShard, type Check } from '../../src/check.js';
import { biasConfigSchema, biasManifest, type BiasConfig } from './config.js';
import { RULES } from './rules.js';
import { renderBiasSummary } from './summary.js';

export { biasConfigSchema, biasManifest } from './config.js';
export type { BiasConfig } from './config.js';

export const bias: Check<BiasConfig> = {
  id: 'bias',
  title: 'Bias and fairness',
  section: 'evaluation',
  manifest: biasManifest,
  rules: Object.values(RULES),
  configSchema: biasConfigSchema,
  renderSummary: renderBiasSummary,
  run: lazyRun(() => import('./run.js')),
  shard: lazyShard(() => import('./shard.js')),
};

export default bias;
