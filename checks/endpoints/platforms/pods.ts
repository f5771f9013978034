// The labels the platforms' operators put on serving pods, which Service selectors and Istio policies
// match. Read from the operators' code: KServe's predictor/transformer reconcilers (labels of the
// InferenceService, then of the component, then serving.kserve.io/inferenceservice and component;
// RawDeployment adds app: isvc.<component service>), and Seldon Core 1's deployment builder (predictor
// and componentSpec labels, seldon-deployment-id, seldon-app, app, fluentd, app.kubernetes.io/managed-by).
import { arr, isObj, obj, str, stringMap, truthy, type Obj } from './util.js';

type Labels = Record<string, string>;

/** One label set per KServe component that serves requests (predictor, and the transformer in front of it). */
export function kservePods(name: string, isvcLabels: Labels, annotations: Labels, spec: Obj): Labels[] {
  const raw = /^raw/i.test(annotations['serving.kserve.io/deploymentMode'] ?? '');
  const component = (c: 'predictor' | 'transformer'): Labels => ({
    ...isvcLabels,
    ...stringMap(obj(spec[c]).labels),
    'serving.kserve.io/inferenceservice': name,
    component: c,
    ...(raw ? { app: `isvc.${name}-${c}` } : {}),
  });
  return isObj(spec.transformer) ? [component('predictor'), component('transformer')] : [component('predictor')];
}

/** Predictor service name: the seldon.io/svc-name annotation of the predictor, else <deployment>-<predictor>. */
export function seldonPredictorService(name: string, predictor: Obj, index: number): string {
  return stringMap(predictor.annotations)['seldon.io/svc-name'] ?? `${name}-${str(predictor.name) ?? `predictor-${index}`}`;
}

/** One label set per Deployment Seldon Core 1 creates: each componentSpec of each predictor. */
export function seldonPods(name: string, spec: Obj): Labels[] {
  const out: Labels[] = [];
  arr(spec.predictors)
    .filter(isObj)
    .forEach((p, pi) => {
      const specs = arr(p.componentSpecs).filter(isObj);
      (specs.length ? specs : [{}]).forEach((cs, ci) => {
        const meta = obj(cs.metadata);
        const containers = arr(obj(cs.spec).containers).filter(isObj).map((c) => str(c.name) ?? '');
        // The Deployment name (label `app`): <sdep>-<predictor>-<index>-<metadata.name or container names>; hashed past 63 characters.
        const depName = `${name}-${str(p.name) ?? ''}-${ci}-${str(meta.name) ?? containers.join('-')}`;
        out.push({
          'seldon-deployment-id': name,
          ...(depName.length <= 63 ? { app: depName } : {}),
          fluentd: 'true',
          ...(truthy(p.shadow) ? { 'seldon.io/shadow': 'true' } : {}),
          ...stringMap(p.labels),
          ...stringMap(meta.labels),
          'seldon-app': seldonPredictorService(name, p, pi),
          'app.kubernetes.io/managed-by': 'seldon-core',
        });
      });
    });
  return out;
}

/** A label selector (matchLabels, or a Service's selector) selects a pod group when every pair is among its labels. */
export function selects(selector: Labels, pods: Labels): boolean {
  return Object.entries(selector).every(([k, v]) => pods[k] === v);
}
