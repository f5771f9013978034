// Lineage and integrity: is the model about to ship exactly the one that was built (artifact digests,
// signatures, SLSA provenance), from vetted data (dataset registry), documented (model card), and
// what changed since the last known-good release? Definitions and keys: checks/lineage/README.md.
import { lazyRun, type Check } from '../../src/check.js';
import { lineageConfigSchema, lineageManifest, type LineageConfig } from './config.js';
import { lineageFactsSchema, type LineageFacts } from './facts.js';
import { modelFileRuleDefs } from './modelfiles/rules.js';
import { CONTROLS } from './controls.js';
import { RULES } from './rules.js';
import { lineageView } from './view.js';

export { lineageConfigSchema, lineageManifest, type LineageConfig } from './config.js';
export { DIRECTORY_IGNORE, directoryDigest, listDirectory } from '../../src/io/artifact-digest.js';
export type { ArtifactFact, ProvenanceFact, SignatureFact } from './run.js';

export const lineage: Check<LineageConfig, LineageFacts> = {
  id: 'lineage',
  title: 'Lineage and integrity',
  section: 'model',
  manifest: lineageManifest,
  rules: [...Object.values(RULES), ...modelFileRuleDefs('lineage/')],
  controls: CONTROLS,
  configSchema: lineageConfigSchema,
  // "Changed since last known-good" diffs this run's dependency inventory and measured disparities.
  reads: ['dependency', 'bias'],
  run: lazyRun(() => import('./run.js')),
  facts: lineageFactsSchema,
  view: lineageView,
};

export default lineage;
