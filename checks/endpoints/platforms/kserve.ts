// KServe InferenceService (serving.kserve.io/v1beta1).
import { isPinned } from '../modeluri.js';
import type { RawEndpoint } from '../model.js';
import type { Doc } from '../read.js';
import { containerLimits, containerResources, docFields, type ReadContext } from './common.js';
import { kservePods } from './pods.js';
import { resolvePulls, type Pull } from './pulled.js';
import { annotationMap, arr, isObj, num, obj, str, stringMap, truthy, type Obj } from './util.js';

/** Predictor keys of the older framework-specific form (spec.predictor.sklearn.storageUri …). */
const FRAMEWORKS = ['sklearn', 'xgboost', 'tensorflow', 'pytorch', 'onnx', 'triton', 'lightgbm', 'pmml', 'paddle', 'huggingface', 'mlflow'];
export const KSERVE_AUTH_ANNOTATIONS = ['serving.kserve.io/enable-auth', 'security.opendatahub.io/enable-auth'];
const VISIBILITY_LABELS = ['networking.kserve.io/visibility', 'serving.knative.dev/visibility'];

const DEPLOYMENT_MODE = 'serving.kserve.io/deploymentMode';
/** Components of an InferenceService, each its own pods; each may pull a model. */
const COMPONENTS = ['predictor', 'transformer', 'explainer'] as const;
/** Explainer keys of the older form (spec.explainer.alibi.storageUri). */
const EXPLAINERS = ['alibi', 'art'];

/**
 * What one component makes KServe pull: `model.storageUri` (or a framework/explainer key), ModelMesh's
 * `storage.key`/`storage.path` (the bucket lives in the storage-config Secret), the `STORAGE_URI` env
 * of a container (KServe's storage initializer reads it), or, for a custom predictor container without
 * one, its image (the model is inside it). A transformer without STORAGE_URI pulls no model.
 */
function componentPull(component: (typeof COMPONENTS)[number], c: Obj, objectAnnotations: unknown): { component: string; key?: string; pull?: Pull } | null {
  if (Object.keys(c).length === 0) return null;
  const base = ['spec', component];
  const scopes = [{ path: [...base, 'annotations'], annotations: c.annotations }, { path: ['metadata', 'annotations'], annotations: objectAnnotations }];
  const keys = component === 'explainer' ? ['model', ...EXPLAINERS] : component === 'predictor' ? ['model', ...FRAMEWORKS] : ['model'];
  const key = keys.find((k) => isObj(c[k]));
  if (key) {
    const m = obj(c[key]);
    const format = str(obj(m.modelFormat).name) ?? (key !== 'model' ? key : null);
    const storage = obj(m.storage);
    const uri = str(m.storageUri) ?? (str(storage.path) ? `storage-config://${str(storage.key) ?? 'default'}/${str(storage.path)!.replace(/^\/+/, '')}` : null);
    const path = [...base, key, str(m.storageUri) || !str(storage.path) ? 'storageUri' : 'storage'];
    return { component, key, pull: { name: component, key: component, uri, path, format, scopes } };
  }
  const containers = arr(c.containers).filter(isObj);
  for (const [i, ct] of containers.entries()) {
    const j = arr(ct.env).findIndex((e) => isObj(e) && e.name === 'STORAGE_URI');
    const uri = j >= 0 ? str(obj(arr(ct.env)[j]).value) : null;
    if (uri) return { component, pull: { name: component, key: component, uri, path: [...base, 'containers', i, 'env', j, 'value'], format: null, scopes } };
  }
  const image = containers.length ? str(containers[0]!.image) : null;
  if (component === 'predictor') return { component, pull: { name: component, key: component, uri: image, path: [...base, 'containers', 0, 'image'], format: null, scopes } };
  return { component };
}

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
  const fields: RawEndpoint['fields'] = {};

  // The models: what the predictor, transformer and explainer each make KServe pull.
  const modelMesh = annotations[DEPLOYMENT_MODE] === 'ModelMesh';
  const comps = COMPONENTS.map((c) => componentPull(c, obj(spec[c]), meta.annotations)).filter((c) => c !== null);
  const pulls = comps.flatMap((c) => (c.pull ? [c.pull] : []));
  const models = resolvePulls(doc, pulls);
  const first = pulls[0]?.path ?? ['spec', 'predictor'];
  fields['model-source-allowed'] = first;
  fields['model-pinned'] = pulls.find((_, i) => !isPinned(models[i]!))?.path ?? first;
  fields['model-verdict'] = fields['model-pinned'];
  const predictorPull = comps.find((c) => c.component === 'predictor');
  const containers = arr(predictor.containers).filter(isObj);

  const { authentication, exposure, tls } = modelMesh ? meshAccess(ctx) : kserveAccess(annotations, labels, ctx, fields);
  fields['authentication-required'] ??= ['metadata'];
  fields['no-public-exposure'] ??= ['metadata'];
  fields['tls-required'] ??= ['metadata'];

  // Payload logging: spec.predictor.logger (mode all | request | response; all when absent).
  // ModelMesh does not run KServe's payload logger (its payload processors are set for the whole installation).
  const logger = isObj(predictor.logger) && !modelMesh ? predictor.logger : undefined;
  const mode = logger ? (str(logger.mode) ?? 'all') : null;
  const logging = {
    requests: mode === 'all' || mode === 'request',
    responses: mode === 'all' || mode === 'response',
    destination: logger ? str(logger.url) : null,
    source: logger ? `spec.predictor.logger.mode: ${mode}` : modelMesh ? 'ModelMesh does not apply spec.predictor.logger' : 'no spec.predictor.logger',
  };
  fields['request-logging'] = logger ? ['spec', 'predictor', 'logger'] : ['spec', 'predictor'];

  // Resources: the model container and any other predictor/transformer containers.
  const all: Array<{ spec: Obj; path: Array<string | number>; name: string }> = [];
  const modelKey = predictorPull?.key;
  if (modelKey) all.push({ spec: obj(predictor[modelKey]), path: ['spec', 'predictor', modelKey], name: 'predictor' });
  containers.forEach((c, i) => all.push({ spec: c, path: ['spec', 'predictor', 'containers', i], name: str(c.name) ?? `predictor container ${i}` }));
  arr(obj(spec.transformer).containers)
    .filter(isObj)
    .forEach((c, i) => all.push({ spec: c, path: ['spec', 'transformer', 'containers', i], name: str(c.name) ?? `transformer container ${i}` }));
  const limits = modelMesh
    ? { cpu: null, memory: null, gpu: null, missing: ['ModelMesh: the model runs in the ServingRuntime pods, whose limits are set on the ServingRuntime (not read)'] }
    : containerLimits(all, ctx.config.requiredLimits);
  fields['resource-limits'] = limits.firstMissing ?? ['spec', 'predictor'];

  const replicas = modelMesh
    ? { min: null, max: null, source: 'ModelMesh: the model is loaded into one or more ServingRuntime pods (their count is the ServingRuntime replicas or podsPerRuntime of model-serving-config, not read)' }
    : kserveReplicas(spec);
  fields['min-replicas'] = num(predictor.minReplicas) !== null ? ['spec', 'predictor', 'minReplicas'] : ['spec', 'predictor'];

  return {
    endpoint: {
      name: qualified,
      platform: 'kserve',
      kind: 'InferenceService',
      namespace,
      file: doc.file,
      line: doc.locate([]).line ?? 1,
      models,
      authentication,
      tls,
      exposure,
      networkIsolation: { enabled: false, source: 'KServe has no per-service network isolation field (use a NetworkPolicy)' },
      encryption: { supported: false, keys: [], missing: [], source: 'no per-endpoint encryption key in KServe' },
      logging,
      replicas,
      resources: containerResources(limits, 'resources.limits of the predictor and transformer containers'),
      labels,
      annotations,
    },
    doc: docFields(doc),
    fields,
    // ModelMesh creates no Service or pods per InferenceService (the shared modelmesh-serving Service routes by model name).
    podLabels: modelMesh ? [] : kservePods(name, labels, annotations, spec),
    serviceNames: modelMesh ? [] : [name, `${name}-predictor`, `${name}-predictor-default`],
  };
}

type Access = Pick<RawEndpoint['endpoint'], 'authentication' | 'exposure' | 'tls'>;

/** Serverless and RawDeployment: KServe's auth switch, the visibility label, the gateway's or the mesh's TLS. */
function kserveAccess(annotations: Record<string, string>, labels: Record<string, string>, ctx: ReadContext, fields: RawEndpoint['fields']): Access {
  const { cluster } = ctx.config;
  // Authentication: KServe's own switch (oauth-proxy / kube-rbac-proxy in front of the predictor), else the mesh.
  const authKey = KSERVE_AUTH_ANNOTATIONS.find((k) => k in annotations);
  const authOn = authKey !== undefined && truthy(annotations[authKey]);
  const authentication = authOn
    ? { enabled: true, mechanism: 'kserve-auth-proxy', source: `annotation ${authKey}: "${annotations[authKey!]}"` }
    : cluster.meshAuthentication
      ? { enabled: true, mechanism: 'service-mesh', source: 'policy endpoints.cluster.meshAuthentication' }
      : { enabled: false, mechanism: null, source: authKey ? `annotation ${authKey}: "${annotations[authKey]}"` : `no ${KSERVE_AUTH_ANNOTATIONS[0]} annotation` };
  if (authKey) fields['authentication-required'] = ['metadata', 'annotations', authKey];

  // Exposure: KServe publishes an external route through the ingress gateway unless the service is cluster-local.
  const visKey = VISIBILITY_LABELS.find((k) => labels[k] !== undefined);
  const local = visKey !== undefined && labels[visKey] === 'cluster-local';
  const exposure = local
    ? { level: 'cluster' as const, source: `label ${visKey}: cluster-local` }
    : { level: 'public' as const, source: visKey ? `label ${visKey}: ${labels[visKey]}` : 'KServe default: external route through the ingress gateway (no cluster-local visibility label)' };
  if (visKey) fields['no-public-exposure'] = fields['tls-required'] = ['metadata', 'labels', visKey];
  const tls = local
    ? { enabled: cluster.meshMtls, source: cluster.meshMtls ? 'policy endpoints.cluster.meshMtls' : 'cluster-local traffic without mesh mTLS (endpoints.cluster.meshMtls is false)' }
    : { enabled: cluster.ingressTls, source: cluster.ingressTls ? 'policy endpoints.cluster.ingressTls' : 'the ingress gateway is not declared to terminate TLS (endpoints.cluster.ingressTls is false)' };
  return { authentication, exposure, tls };
}

/**
 * ModelMesh (annotation serving.kserve.io/deploymentMode: ModelMesh): the model is loaded into the shared
 * ServingRuntime pods and reached through the namespace's `modelmesh-serving` Service (ClusterIP); the
 * ModelMesh controller creates no route and no auth proxy per InferenceService.
 */
function meshAccess(ctx: ReadContext): Access {
  const { cluster } = ctx.config;
  return {
    authentication: cluster.meshAuthentication
      ? { enabled: true, mechanism: 'service-mesh', source: 'policy endpoints.cluster.meshAuthentication' }
      : { enabled: false, mechanism: null, source: 'ModelMesh serves through the shared modelmesh-serving Service without authentication of its own (serving.kserve.io/enable-auth does not apply); none is declared for the mesh' },
    exposure: { level: 'cluster', source: `annotation ${DEPLOYMENT_MODE}: ModelMesh (served through the modelmesh-serving ClusterIP Service, no external route)` },
    tls: cluster.meshMtls ? { enabled: true, source: 'policy endpoints.cluster.meshMtls' } : { enabled: false, source: 'ModelMesh in-cluster traffic without mesh mTLS (endpoints.cluster.meshMtls is false; the tls.secretName of model-serving-config is not read)' },
  };
}

/** Replicas on the request path: the predictor's and the transformer's (each defaults to 1). */
function kserveReplicas(spec: Obj): RawEndpoint['endpoint']['replicas'] {
  const p = num(obj(spec.predictor).minReplicas);
  const t = isObj(spec.transformer) ? (num(spec.transformer.minReplicas) ?? 1) : null;
  const min = Math.min(p ?? 1, t ?? Infinity);
  const source = t !== null && t < (p ?? 1) ? 'spec.transformer.minReplicas' : p !== null ? 'spec.predictor.minReplicas' : 'KServe default minReplicas 1';
  return { min, max: num(obj(spec.predictor).maxReplicas), source };
}
