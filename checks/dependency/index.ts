// Dependency check: the release's dependencies (lockfiles, SBOMs) matched against OSV advisories,
// scanner reports read as findings, and the policy's pinning, hash, deny and license rules.
import { lazyRun, type Check } from '../../src/check.js';
import { dependencyConfigSchema, type DependencyConfig } from './config.js';
import { dependencyBom } from './bom.js';
import { dependencyFactsSchema, type DependencyFacts } from './facts.js';
import { dependencyManifest } from './manifest.js';
import { RULES } from './rules.js';
import { renderDependencySummary } from './summary.js';

export { dependencyConfigSchema, type DependencyConfig } from './config.js';
export { dependencyManifest } from './manifest.js';

export const dependency: Check<DependencyConfig, DependencyFacts> = {
  id: 'dependency',
  title: 'Dependencies: vulnerabilities, pinning, licenses',
  section: 'dependencies',
  manifest: dependencyManifest,
  rules: Object.values(RULES),
  configSchema: dependencyConfigSchema,
  facts: dependencyFactsSchema,
  view: { summary: renderDependencySummary, logCategories: ['package', 'vulnerability'], bom: dependencyBom },
  run: lazyRun(() => import('./run.js')),
};

export default dependency;
