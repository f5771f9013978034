// The container-image check: the image that will serve the model, checked before it ships — its
// reference (digest pinning, registries, latest), the built archive (digests verified, config and
// layers inspected), the Dockerfile (hadolint-style rules with lines) and Trivy/Grype reports
// (tied to the image by digest). Definitions and keys: checks/container-image/README.md.
import { lazyRun, type Check } from '../../src/check.js';
import { containerImageBom } from './bom.js';
import { containerImageConfigSchema, containerManifest, type ContainerImageConfig } from './config.js';
import { containerImageFactsSchema, type ContainerImageFacts } from './facts.js';
import { CONTROLS } from './controls.js';
import { containerImageEvidence } from './evidence.js';
import { RULES } from './rules.js';
import { renderContainerSummary } from './summary.js';

export { containerImageConfigSchema, containerManifest, type ContainerImageConfig } from './config.js';
export { parseImageReference } from './reference.js';

export const containerImage: Check<ContainerImageConfig, ContainerImageFacts> = {
  id: 'container-image',
  title: 'Container image',
  section: 'container',
  manifest: containerManifest,
  rules: Object.values(RULES),
  controls: CONTROLS,
  configSchema: containerImageConfigSchema,
  facts: containerImageFactsSchema,
  view: { summary: renderContainerSummary, evidence: containerImageEvidence, logCategories: ['package', 'vulnerability'], bom: containerImageBom },
  run: lazyRun(() => import('./run.js')),
};

export default containerImage;
