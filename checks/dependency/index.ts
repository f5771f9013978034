// Dependency check: the release's dependencies (lockfiles, SBOMs) matched against OSV advisories,
// scanner reports read as findings, and the policy's pinning, hash, deny and license rules.
import { lazyRun, type Check } from '../../src/check.js';
import { MODEL_FOLDER_KINDS } from '../../src/manifest/model-folder.js';
import { dependencyConfigSchema, type DependencyConfig } from './config.js';
import { dependencyBom } from './bom.js';
import { dependencyFactsSchema, type DependencyFacts } from './facts.js';
import { dependencyManifest } from './manifest.js';
import { CONTROLS } from './controls.js';
import { dependencyEvidence } from './evidence.js';
import { RULES } from './rules.js';
import { renderDependencySummary } from './summary.js';

export { dependencyConfigSchema, type DependencyConfig } from './config.js';
export { dependencyManifest } from './manifest.js';

export const dependency: Check<DependencyConfig, DependencyFacts> = {
  id: 'dependency',
  title: 'Dependencies: vulnerabilities, pinning, licenses',
  section: 'dependencies',
  alsoReads: MODEL_FOLDER_KINDS.map((k) => ['model', k] as const),
  manifest: dependencyManifest,
  rules: Object.values(RULES),
  controls: CONTROLS,
  configSchema: dependencyConfigSchema,
  facts: dependencyFactsSchema,
  view: { summary: renderDependencySummary, evidence: dependencyEvidence, logCategories: ['package', 'vulnerability'], bom: dependencyBom },
  run: lazyRun(() => import('./run.js')),
};

export default dependency;
