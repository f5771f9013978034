// The pii check: discovers, classifies, masks and quarantines personal data and secrets in the
// datasets listed under `data.scan`. Facts hold counts and classifications only, never values.
import { lazyRun, lazyShard, type Check } from '../../src/check.js';
import { piiConfigSchema, piiManifest, type PiiConfig } from './config.js';
import { RULES } from './rules.js';
import { renderPiiSummary } from './summary.js';

export { piiConfigSchema, piiManifest } from './config.js';
export type { FileFacts, PiiFacts } from './run.js';

export const pii: Check<PiiConfig> = {
  id: 'pii',
  title: 'Personal data and secrets in datasets',
  section: 'data',
  manifest: piiManifest,
  rules: Object.values(RULES),
  configSchema: piiConfigSchema,
  renderSummary: renderPiiSummary,
  run: lazyRun(() => import('./run.js')),
  shard: lazyShard(() => import('./shard.js')),
};
