// Seldon Core 1 SeldonDeployment (machinelearning.seldon.io/v1) and Seldon Core 2 Model (mlops.seldon.io/v1alpha1).
import { isPinned } from '../modeluri.js';
import type { RawEndpoint } from '../model.js';
import type { Doc } from '../read.js';
import { containerLimits, containerResources, docFields, type ReadContext } from './common.js';
import { qualifiedName } from './kserve.js';
import { seldonPods, seldonPredictorService } from './pods.js';
import { resolvePulls, type Pull } from './pulled.js';
import { annotationMap, arr, isObj, num, obj, quantity, str, stringMap, type Obj } from './util.js';

export function meshAuth(ctx: ReadContext, platform: string): RawEndpoint['endpoint']['authentication'] {
  return ctx.config.cluster.meshAuthentication
    ? { enabled: true, mechanism: 'service-mesh', source: 'policy endpoints.cluster.meshAuthentication' }
    : { enabled: false, mechanism: null, source: `${platform} has no authentication of its own; none is declared for the mesh (endpoints.cluster.meshAuthentication)` };
}

export function clusterTls(ctx: ReadContext): RawEndpoint['endpoint']['tls'] {
  return ctx.config.cluster.meshMtls
    ? { enabled: true, source: 'policy endpoints.cluster.meshMtls' }
    : { enabled: false, source: 'in-cluster traffic without mesh mTLS (endpoints.cluster.meshMtls is false)' };
}

/** Images of a predictor's componentSpecs containers by container name (a custom model node runs the container of its name). */
function componentImages(p: Obj, pi: number): Map<string, { image: string | null; path: Array<string | number> }> {
  const out = new Map<string, { image: string | null; path: Array<string | number> }>();
  arr(p.componentSpecs).forEach((cs, ci) =>
    arr(obj(obj(cs).spec).containers).forEach((c, k) => {
      const n = str(obj(c).name);
      if (n && !out.has(n)) out.set(n, { image: str(obj(c).image), path: ['spec', 'predictors', pi, 'componentSpecs', ci, 'spec', 'containers', k, 'image'] });
    }),
  );
  return out;
}

/**
 * The model a graph node makes Seldon pull: `modelUri` (a prepackaged server's storage initializer
 * downloads it), or for a custom node of type MODEL the image of its container (the model is inside it).
 */
function nodePull(node: Obj, path: Array<string | number>, images: ReturnType<typeof componentImages>): Omit<Pull, 'name' | 'key' | 'scopes'> | null {
  const uri = str(node.modelUri);
  const implementation = str(node.implementation);
  if (uri || implementation) return { uri, path: [...path, uri ? 'modelUri' : 'implementation'], format: implementation };
  const custom = str(node.type)?.toUpperCase() === 'MODEL' ? images.get(str(node.name) ?? '') : undefined;
  return custom ? { uri: custom.image, path: custom.path, format: null } : null;
}

export function readSeldonDeployment(doc: Doc, o: Obj, ctx: ReadContext): RawEndpoint {
  const meta = obj(o.metadata);
  const { name, namespace, qualified } = qualifiedName(meta);
  const labels = stringMap(meta.labels);
  const annotations = annotationMap(meta.annotations);
  const spec = obj(o.spec);
  const predictors = arr(spec.predictors).filter(isObj);
  const fields: RawEndpoint['fields'] = {};

  const pulls: Pull[] = [];
  const containers: Array<{ spec: Obj; path: Array<string | number>; name: string }> = [];
  let rootLogger: { mode: string; url: string | null; path: Array<string | number> } | undefined;
  let minReplicas: number | null = null;
  predictors.forEach((p, pi) => {
    const pname = str(p.name) ?? `predictor-${pi}`;
    // An annotation on the predictor declares its model's digest; the object's, only when it pulls one model.
    const scopes = [
      { path: ['spec', 'predictors', pi, 'annotations'], annotations: p.annotations },
      { path: ['metadata', 'annotations'], annotations: meta.annotations },
    ];
    const images = componentImages(p, pi);
    const walk = (node: Obj, path: Array<string | number>): void => {
      const pull = nodePull(node, path, images);
      if (pull) pulls.push({ name: `${pname}/${str(node.name) ?? 'model'}`, key: str(node.name) ?? 'model', ...pull, scopes });
      arr(node.children).filter(isObj).forEach((c, ci) => walk(c, [...path, 'children', ci]));
    };
    const graph = obj(p.graph);
    walk(graph, ['spec', 'predictors', pi, 'graph']);
    // The root node's logger sees every request and response of the predictor.
    const logger = obj(graph.logger);
    if (Object.keys(logger).length && !rootLogger) rootLogger = { mode: str(logger.mode) ?? 'all', url: str(logger.url), path: ['spec', 'predictors', pi, 'graph', 'logger'] };
    arr(p.componentSpecs)
      .filter(isObj)
      .forEach((cs, ci) => {
        arr(obj(cs.spec).containers)
          .filter(isObj)
          .forEach((c, k) => containers.push({ spec: c, path: ['spec', 'predictors', pi, 'componentSpecs', ci, 'spec', 'containers', k], name: `${pname}/${str(c.name) ?? k}` }));
        const hpaMin = num(obj(cs.hpaSpec).minReplicas);
        if (hpaMin !== null) minReplicas = Math.min(minReplicas ?? hpaMin, hpaMin);
      });
    const r = num(p.replicas) ?? num(spec.replicas) ?? 1;
    minReplicas = Math.min(minReplicas ?? r, r);
  });
  const models = resolvePulls(doc, pulls);
  fields['model-source-allowed'] = pulls[0]?.path ?? ['spec', 'predictors'];
  fields['model-pinned'] = pulls.find((_, i) => !isPinned(models[i]!))?.path ?? fields['model-source-allowed'];
  fields['model-verdict'] = fields['model-pinned'];
  const limits = containerLimits(containers, ctx.config.requiredLimits);
  fields['resource-limits'] = limits.firstMissing ?? ['spec', 'predictors'];
  fields['request-logging'] = rootLogger?.path ?? ['spec', 'predictors'];
  fields['min-replicas'] = ['spec', 'predictors'];
  const mode = rootLogger?.mode;

  return {
    endpoint: {
      name: qualified,
      platform: 'seldon',
      kind: 'SeldonDeployment',
      namespace,
      file: doc.file,
      line: doc.locate([]).line ?? 1,
      models,
      authentication: meshAuth(ctx, 'Seldon Core'),
      tls: clusterTls(ctx),
      exposure: { level: 'cluster', source: 'Seldon Core services are cluster-internal; external access comes from a Service or Ingress' },
      networkIsolation: { enabled: false, source: 'SeldonDeployment has no network isolation field (use a NetworkPolicy)' },
      encryption: { supported: false, keys: [], missing: [], source: 'no per-endpoint encryption key in Seldon Core' },
      logging: {
        requests: mode === 'all' || mode === 'request',
        responses: mode === 'all' || mode === 'response',
        destination: rootLogger?.url ?? null,
        source: rootLogger ? `graph.logger.mode: ${mode}` : 'no logger on the root graph node',
      },
      replicas: { min: minReplicas, max: null, source: 'predictors[].replicas (or hpaSpec.minReplicas), default 1' },
      resources: containerResources(limits, 'componentSpecs containers resources.limits'),
      labels,
      annotations,
    },
    doc: docFields(doc),
    fields,
    podLabels: seldonPods(name, spec),
    serviceNames: predictors.map((p, i) => seldonPredictorService(name, p, i)),
  };
}

export function readSeldonModel(doc: Doc, o: Obj, ctx: ReadContext): RawEndpoint {
  const meta = obj(o.metadata);
  const { namespace, qualified } = qualifiedName(meta);
  const labels = stringMap(meta.labels);
  const annotations = annotationMap(meta.annotations);
  const spec = obj(o.spec);
  const fields: RawEndpoint['fields'] = {
    'model-source-allowed': ['spec', 'storageUri'],
    'model-pinned': ['spec', 'storageUri'],
    'resource-limits': ['spec', 'memory'],
    'min-replicas': ['spec', 'minReplicas' in spec ? 'minReplicas' : 'replicas'],
    'request-logging': ['spec', 'logger'],
  };
  const [model] = resolvePulls(doc, [
    {
      name: 'model',
      key: str(meta.name)!,
      uri: str(spec.storageUri),
      path: ['spec', 'storageUri'],
      format: arr(spec.requirements).filter((r): r is string => typeof r === 'string')[0] ?? null,
      scopes: [{ path: ['metadata', 'annotations'], annotations: meta.annotations }],
    },
  ]);
  const memory = quantity(spec.memory);
  const missing = ctx.config.requiredLimits.filter((r) => r === 'memory' && !memory).map(() => 'spec.memory');
  // Core 2 logs a share of requests and responses when spec.logger.percent is above zero.
  const logger = obj(spec.logger);
  const percent = num(logger.percent);
  const logs = Object.keys(logger).length > 0 && (percent === null || percent > 0);
  return {
    endpoint: {
      name: qualified,
      platform: 'seldon-v2',
      kind: 'Model',
      namespace,
      file: doc.file,
      line: doc.locate([]).line ?? 1,
      models: [model!],
      authentication: meshAuth(ctx, 'Seldon Core 2'),
      tls: clusterTls(ctx),
      exposure: { level: 'cluster', source: 'Seldon Core 2 models are reached through the seldon-mesh service inside the cluster' },
      networkIsolation: { enabled: false, source: 'Seldon Core 2 Model has no network isolation field' },
      encryption: { supported: false, keys: [], missing: [], source: 'no per-model encryption key in Seldon Core 2' },
      logging: {
        requests: logs,
        responses: logs,
        destination: null,
        source: logs ? `spec.logger${percent !== null ? `.percent: ${percent}` : ''}` : 'no spec.logger (or percent 0)',
      },
      replicas: { min: num(spec.minReplicas) ?? num(spec.replicas) ?? 1, max: num(spec.maxReplicas), source: 'spec.minReplicas or spec.replicas, default 1' },
      resources: { cpu: null, memory, gpu: null, instanceType: null, limitsSet: missing.length === 0, missing, source: 'spec.memory (CPU limits live on the Server resource)' },
      labels,
      annotations,
    },
    doc: docFields(doc),
    fields,
    podLabels: [],
    serviceNames: [],
  };
}
