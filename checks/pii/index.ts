// The pii check: discovers, classifies, masks and quarantines personal data and secrets in the
// datasets listed under `data.scan`. Facts hold counts and classifications only, never values.
import { lazyRun, lazyShard, type Check } from '../../src/check.js';
import { piiConfigSchema, piiManifest, type PiiConfig } from './config.js';
import { piiFactsSchema, type PiiFacts } from './facts.js';
import { CONTROLS } from './controls.js';
import { RULES } from './rules.js';
import { piiView } from './view.js';

export { piiConfigSchema, piiManifest } from './config.js';
export type { FileFacts, PiiFacts } from './facts.js';

export const pii: Check<PiiConfig, PiiFacts> = {
  id: 'pii',
  title: 'Personal data and secrets in datasets',
  section: 'data',
  manifest: piiManifest,
  rules: Object.values(RULES),
  controls: CONTROLS,
  configSchema: piiConfigSchema,
  facts: piiFactsSchema,
  view: piiView,
  // The stream stage pulls in the detectors and writers only when called.
  commands: [
    {
      name: 'pii',
      help: 'pii scan [FILE...|-]   find, mask and quarantine personal data in files or a stream\n                                   (modelgate pii scan --help for its options)',
      run: async (args, io) => (await import('./cli.js')).piiCommand(args, io),
    },
  ],
  run: lazyRun(() => import('./run.js')),
  shard: lazyShard(() => import('./shard.js')),
};
