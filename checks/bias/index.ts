// Bias: fairness metrics of the evaluation predictions across sensitive groups, Fairlearn-exact,
// with intersections, bootstrap intervals and regression against the last known-good release.
import { lazyRun, lazyShard, type Check } from '../../src/check.js';
import { biasConfigSchema, biasManifest, type BiasConfig } from './config.js';
import { biasFactsSchema, type BiasFacts } from './facts.js';
import { CONTROLS } from './controls.js';
import { RULES } from './rules.js';
import { biasView } from './view.js';

export { biasConfigSchema, biasManifest } from './config.js';
export type { BiasConfig } from './config.js';
export type { BiasFacts } from './facts.js';

export const bias: Check<BiasConfig, BiasFacts> = {
  id: 'bias',
  title: 'Bias and fairness',
  section: 'evaluation',
  manifest: biasManifest,
  rules: Object.values(RULES),
  controls: CONTROLS,
  configSchema: biasConfigSchema,
  facts: biasFactsSchema,
  view: biasView,
  run: lazyRun(() => import('./run.js')),
  shard: lazyShard(() => import('./shard.js')),
};

export default bias;
