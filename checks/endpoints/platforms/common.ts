// What every reader shares: the cluster facts from the policy, resource limits of containers, and
// the ModelGate annotations that pin a served model's digest or version on Kubernetes objects.
import type { EndpointsConfig } from '../config.js';
import type { RawEndpoint } from '../model.js';
import type { Doc } from '../read.js';
import { obj, quantity, type Obj } from './util.js';

export interface ReadContext {
  config: EndpointsConfig;
}

/** Annotations a Kubernetes object may carry to state the digest or version of the model it serves. */
export const DIGEST_ANNOTATION = 'modelgate.dev/model-sha256';
export const VERSION_ANNOTATION = 'modelgate.dev/model-version';

export type Endpointish = RawEndpoint['endpoint'];

/** Limits of a list of containers: every container must set each required limit. */
export function containerLimits(
  containers: Array<{ spec: Obj; path: ReadonlyArray<string | number>; name: string }>,
  required: readonly string[],
): { cpu: string | null; memory: string | null; gpu: string | null; missing: string[]; firstMissing?: ReadonlyArray<string | number> } {
  let cpu: string | null = null;
  let memory: string | null = null;
  let gpu: string | null = null;
  const missing: string[] = [];
  let firstMissing: ReadonlyArray<string | number> | undefined;
  if (containers.length === 0) return { cpu, memory, gpu, missing: ['no serving container is defined (resources come from platform defaults)'] };
  for (const c of containers) {
    const limits = obj(obj(c.spec.resources).limits);
    const values: Record<string, string | null> = { cpu: quantity(limits.cpu), memory: quantity(limits.memory) };
    cpu ??= values.cpu ?? null;
    memory ??= values.memory ?? null;
    gpu ??= quantity(limits['nvidia.com/gpu']) ?? quantity(limits['amd.com/gpu']);
    for (const r of required) {
      if (!values[r]) {
        missing.push(`${c.name}: limits.${r}`);
        firstMissing ??= c.path;
      }
    }
  }
  return { cpu, memory, gpu, missing, ...(firstMissing ? { firstMissing } : {}) };
}

/** The endpoint's `resources` facts from containerLimits (Kubernetes readers: no instance type). */
export function containerResources(limits: ReturnType<typeof containerLimits>, source: string): Endpointish['resources'] {
  return { cpu: limits.cpu, memory: limits.memory, gpu: limits.gpu, instanceType: null, limitsSet: limits.missing.length === 0, missing: limits.missing, source };
}

export function docFields(doc: Doc): RawEndpoint['doc'] {
  return { file: doc.file, locate: doc.locate };
}
