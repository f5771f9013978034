// KServe InferenceService (serving.kserve.io/v1beta1).
import { servedModel } from '../modeluri.js';
import type { RawEndpoint } from '../model.js';
import type { Doc } from '../read.js';
import { containerLimits, containerResources, DIGEST_ANNOTATION, docFields, VERSION_ANNOTATION, type ReadContext } from './common.js';
import { kservePods } from './pods.js';
import { annotationMap, arr, isObj, num, obj, str, stringMap, truthy, type Obj } from './util.js';

/** Predictor keys of the older framework-specific form (spec.predictor.sklearn.storageUri …). */
const FRAMEWORKS = ['sklearn', 'xgboost', 'tensorflow', 'pytorch', 'onnx', 'triton', 'lightgbm', 'pmml', 'paddle', 'huggingface', 'mlflow'];
export const KSERVE_AUTH_ANNOTATIONS = ['serving.kserve.io/enable-auth', 'security.opendatahub.io/enable-auth'];
const VISIBILITY_LABELS = ['networking.kserve.io/visibility', 'serving.knative.dev/visibility'];

export function qualifiedName(meta: Obj): { name: string; namespace: string | null; qualified: string } {
  const name = str(meta.name)!;
  const namespace = str(meta.namespace);
  return { name, namespace, qualified: namespace ? `${namespace}/${name}` : name };
}

export function readInferenceService(doc: Doc, o: Obj, ctx: ReadContext): RawEndpoint {
  const meta = obj(o.metadata);
  const { name, namespace, qualified } = qualifiedName(meta);
  const labels = stringMap(meta.labels);
  const annotations = annotationMap(meta.annotations);
  const spec = obj(o.spec);
  const predictor = obj(spec.predictor);
  const { cluster } = ctx.config;
  const fields: RawEndpoint['fields'] = {};

  // The model: predictor.model (current form) or a framework key (older form).
  let modelKey = isObj(predictor.model) ? 'model' : FRAMEWORKS.find((k) => isObj(predictor[k]));
  const modelSpec = modelKey ? obj(predictor[modelKey]) : {};
  const containers = arr(predictor.containers).filter(isObj);
  let uri = str(modelSpec.storageUri);
  if (!uri && !modelKey && containers.length) {
    // Custom container: the storage URI is passed as the STORAGE_URI env of the first container.
    uri = str(arr(containers[0]!.env).filter(isObj).find((e) => e.name === 'STORAGE_URI')?.value);
    modelKey = undefined;
  }
  fields['model-source-allowed'] = ['spec', 'predictor', ...(modelKey ? [modelKey, 'storageUri'] : ['containers'])];
  fields['model-pinned'] = fields['model-source-allowed'];
  const format = str(obj(modelSpec.modelFormat).name) ?? (modelKey && modelKey !== 'model' ? modelKey : null);
  const model = servedModel('predictor', uri, { digest: annotations[DIGEST_ANNOTATION], version: annotations[VERSION_ANNOTATION], format });

  // Authentication: KServe's own switch (oauth-proxy / kube-rbac-proxy in front of the predictor), else the mesh.
  const authKey = KSERVE_AUTH_ANNOTATIONS.find((k) => k in annotations);
  const authOn = authKey !== undefined && truthy(annotations[authKey]);
  const authentication = authOn
    ? { enabled: true, mechanism: 'kserve-auth-proxy', source: `annotation ${authKey}: "${annotations[authKey!]}"` }
    : cluster.meshAuthentication
      ? { enabled: true, mechanism: 'service-mesh', source: 'policy endpoints.cluster.meshAuthentication' }
      : { enabled: false, mechanism: null, source: authKey ? `annotation ${authKey}: "${annotations[authKey]}"` : `no ${KSERVE_AUTH_ANNOTATIONS[0]} annotation` };
  fields['authentication-required'] = authKey ? ['metadata', 'annotations', authKey] : ['metadata'];

  // Exposure: KServe publishes an external route through the ingress gateway unless the service is cluster-local.
  const visKey = VISIBILITY_LABELS.find((k) => labels[k] !== undefined);
  const local = visKey !== undefined && labels[visKey] === 'cluster-local';
  const exposure = local
    ? { level: 'cluster' as const, source: `label ${visKey}: cluster-local` }
    : { level: 'public' as const, source: visKey ? `label ${visKey}: ${labels[visKey]}` : 'KServe default: external route through the ingress gateway (no cluster-local visibility label)' };
  fields['no-public-exposure'] = visKey ? ['metadata', 'labels', visKey] : ['metadata'];
  const tls = local
    ? { enabled: cluster.meshMtls, source: cluster.meshMtls ? 'policy endpoints.cluster.meshMtls' : 'cluster-local traffic without mesh mTLS (endpoints.cluster.meshMtls is false)' }
    : { enabled: cluster.ingressTls, source: cluster.ingressTls ? 'policy endpoints.cluster.ingressTls' : 'the ingress gateway is not declared to terminate TLS (endpoints.cluster.ingressTls is false)' };
  fields['tls-required'] = fields['no-public-exposure'];

  // Payload logging: spec.predictor.logger (mode all | request | response; all when absent).
  const logger = isObj(predictor.logger) ? predictor.logger : undefined;
  const mode = logger ? (str(logger.mode) ?? 'all') : null;
  const logging = {
    requests: mode === 'all' || mode === 'request',
    responses: mode === 'all' || mode === 'response',
    destination: logger ? str(logger.url) : null,
    source: logger ? `spec.predictor.logger.mode: ${mode}` : 'no spec.predictor.logger',
  };
  fields['request-logging'] = logger ? ['spec', 'predictor', 'logger'] : ['spec', 'predictor'];

  // Resources: the model container and any other predictor/transformer containers.
  const all: Array<{ spec: Obj; path: Array<string | number>; name: string }> = [];
  if (modelKey) all.push({ spec: modelSpec, path: ['spec', 'predictor', modelKey], name: 'predictor' });
  containers.forEach((c, i) => all.push({ spec: c, path: ['spec', 'predictor', 'containers', i], name: str(c.name) ?? `predictor container ${i}` }));
  arr(obj(spec.transformer).containers)
    .filter(isObj)
    .forEach((c, i) => all.push({ spec: c, path: ['spec', 'transformer', 'containers', i], name: str(c.name) ?? `transformer container ${i}` }));
  const limits = containerLimits(all, ctx.config.requiredLimits);
  fields['resource-limits'] = limits.firstMissing ?? ['spec', 'predictor'];

  const min = num(predictor.minReplicas);
  fields['min-replicas'] = min !== null ? ['spec', 'predictor', 'minReplicas'] : ['spec', 'predictor'];

  return {
    endpoint: {
      name: qualified,
      platform: 'kserve',
      kind: 'InferenceService',
      namespace,
      file: doc.file,
      line: doc.locate([]).line ?? 1,
      models: [model],
      authentication,
      tls,
      exposure,
      networkIsolation: { enabled: false, source: 'KServe has no per-service network isolation field (use a NetworkPolicy)' },
      encryption: { supported: false, keys: [], missing: [], source: 'no per-endpoint encryption key in KServe' },
      logging,
      replicas: { min: min ?? 1, max: num(predictor.maxReplicas), source: min !== null ? 'spec.predictor.minReplicas' : 'KServe default minReplicas 1' },
      resources: containerResources(limits, 'resources.limits of the predictor and transformer containers'),
      labels,
      annotations,
    },
    doc: docFields(doc),
    fields,
    podLabels: kservePods(name, labels, annotations, spec),
    serviceNames: [name, `${name}-predictor`, `${name}-predictor-default`],
  };
}
