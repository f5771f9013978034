// Endpoints: governance of a fleet of model-serving endpoints (KServe, Seldon, SageMaker, Kubernetes
// Service/Ingress, ModelGate Endpoint), each normalised into one model, checked against built-in and
// custom CEL rules, and tied to the gate's verdicts through the verdict store. Lists the endpoints to halt.
import type { Check } from '../../src/check.js';
import type { loadVerdictStore } from '../../src/verdict/store.js';
import { endpointsConfigSchema, endpointsManifest, type EndpointsConfig } from './config.js';
import { endpointsFactsSchema, type EndpointsFacts } from './facts.js';
import { CONTROLS } from './controls.js';
import { RULES } from './rules.js';
import { endpointsView } from './view.js';

export { endpointsConfigSchema, endpointsManifest, type EndpointsConfig } from './config.js';
export type { EndpointsFacts } from './facts.js';
export type { Endpoint } from './model.js';

export interface EndpointsDeps {
  /** The verdict store reader (src/verdict/store.ts); tests hand in a fake. */
  loadVerdictStore: typeof loadVerdictStore;
}

export function makeEndpointsCheck(deps?: EndpointsDeps): Check<EndpointsConfig, EndpointsFacts> {
  return {
    id: 'endpoints',
    title: 'Serving endpoints',
    section: 'endpoints',
    manifest: endpointsManifest,
    rules: RULES,
    controls: CONTROLS,
    configSchema: endpointsConfigSchema,
    facts: endpointsFactsSchema,
    view: endpointsView,
    // The readers, the CEL engine and the verdict store load when the check runs.
    async run(ctx) {
      const [{ run }, store] = await Promise.all([import('./run.js'), deps ? undefined : import('../../src/verdict/store.js')]);
      return run(ctx, deps ?? { loadVerdictStore: store!.loadVerdictStore });
    },
  };
}

export const endpoints = makeEndpointsCheck();
export default endpoints;
