// From definition files to the fleet: classify each document, read endpoints and routes, link routes
// to endpoints, apply the fleet settings (public list, environment, owner), refuse duplicates.
import { ConfigError } from '../../src/errors.js';
import { formatLocation } from '../../src/errors.js';
import type { Finding } from '../../src/report/model.js';
import type { EndpointsConfig } from './config.js';
import type { Endpoint, Exposure, RawEndpoint, Route } from './model.js';
import type { ReadContext } from './platforms/common.js';
import { readInferenceService } from './platforms/kserve.js';
import { readModelgateEndpoint } from './platforms/modelgate.js';
import { readIngress, readService, type RouteDef } from './platforms/routes.js';
import { SageMakerFleet } from './platforms/sagemaker.js';
import { readSeldonDeployment, readSeldonModel } from './platforms/seldon.js';
import { isObj, obj, str, type Obj } from './platforms/util.js';
import { readDocuments, type Doc } from './read.js';
import { INPUT_RULES } from './rules.js';

export interface FleetEntry {
  endpoint: Endpoint;
  raw: RawEndpoint;
}

export interface Fleet {
  entries: FleetEntry[];
  findings: Finding[];
  files: number;
  documents: number;
  routes: number;
  ignored: Record<string, number>;
  unknown: Record<string, number>;
}

const RANK: Record<Exposure, number> = { cluster: 0, internal: 1, public: 2 };
const SAGEMAKER = /^AWS::SageMaker::(Model|EndpointConfig|Endpoint)$/;

/** `*` matches any run of characters; everything else literally. */
export function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

export function readFleet(
  files: ReadonlyArray<{ abs: string; file: string }>,
  config: EndpointsConfig,
  fleet: { public: readonly string[]; environment?: string | undefined },
  signal?: AbortSignal,
): Fleet {
  const ctx: ReadContext = { config };
  const ignore = config.ignoreKinds.map(wildcard);
  const raws: RawEndpoint[] = [];
  const routes: RouteDef[] = [];
  const sagemaker = new SageMakerFleet();
  const findings: Finding[] = [];
  const ignored: Record<string, number> = {};
  const unknown: Record<string, number> = {};
  let documents = 0;

  const other = (kind: string, doc: Doc, path: ReadonlyArray<string | number>, what: string): void => {
    if (ignore.some((re) => re.test(kind))) {
      ignored[kind] = (ignored[kind] ?? 0) + 1;
      return;
    }
    unknown[kind] = (unknown[kind] ?? 0) + 1;
    findings.push({
      ruleId: INPUT_RULES.unknownKind.id,
      severity: INPUT_RULES.unknownKind.severity,
      message: `${what} is not an endpoint or route the check can read; it is not evaluated`,
      location: doc.locate(path),
      target: `${doc.file}#${kind}`,
      remediation: INPUT_RULES.unknownKind.remediation,
    });
  };

  const kube = (doc: Doc, o: Obj, path: Array<string | number>): void => {
    const apiVersion = str(o.apiVersion);
    const kind = str(o.kind);
    if (!apiVersion || !kind) throw new ConfigError('not a Kubernetes object: apiVersion and kind must both be strings', doc.locate(path));
    if (kind === 'List' || kind.endsWith('List')) {
      if (!Array.isArray(o.items)) throw new ConfigError(`${kind} without an items list`, doc.locate(path));
      o.items.forEach((item, i) => {
        if (!isObj(item)) throw new ConfigError(`${kind} item ${i} is not a Kubernetes object`, doc.locate([...path, 'items', i]));
        kube(doc, item, [...path, 'items', i]);
      });
      return;
    }
    if (!str(obj(o.metadata).name)) throw new ConfigError(`${kind} without metadata.name`, doc.locate([...path, 'metadata']));
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
    const sub: Doc = path.length ? { ...doc, data: o, locate: (p) => doc.locate([...path, ...p]) } : doc;
    if (kind === 'InferenceService' && group === 'serving.kserve.io') raws.push(readInferenceService(sub, o, ctx));
    else if (kind === 'SeldonDeployment' && group === 'machinelearning.seldon.io') raws.push(readSeldonDeployment(sub, o, ctx));
    else if (kind === 'Model' && group === 'mlops.seldon.io') raws.push(readSeldonModel(sub, o, ctx));
    else if (kind === 'Endpoint' && apiVersion === 'modelgate.dev/v1') raws.push(readModelgateEndpoint(sub, ctx));
    else if (kind === 'Service' && group === '') routes.push(readService(sub, o, ctx));
    else if (kind === 'Ingress' && (group === 'networking.k8s.io' || group === 'extensions')) routes.push(readIngress(sub, o));
    else other(kind, doc, path, `${kind} (${apiVersion}) ${str(obj(o.metadata).name)}`);
  };

  for (const f of files) {
    signal?.throwIfAborted();
    for (const doc of readDocuments(f.abs, f.file)) {
      documents++;
      const o = doc.data;
      if (!isObj(o)) throw new ConfigError(`expected a mapping (a Kubernetes object, a CloudFormation template or a SageMaker API document), found ${Array.isArray(o) ? 'a list' : typeof o}`, doc.locate([]));
      if ('apiVersion' in o || 'kind' in o) kube(doc, o, []);
      else if (isObj(o.Resources)) {
        for (const [id, r] of Object.entries(o.Resources)) {
          const type = str(obj(r).Type);
          if (!type) throw new ConfigError(`CloudFormation resource ${id} has no Type`, doc.locate(['Resources', id]));
          if (SAGEMAKER.test(type)) sagemaker.addResource(doc, id, type, obj(obj(r).Properties));
          else other(type, doc, ['Resources', id, 'Type'], `CloudFormation resource ${id} (${type})`);
        }
      } else {
        const kind = SageMakerFleet.apiKind(o);
        if (!kind) {
          throw new ConfigError(
            'not an endpoint definition: expected a Kubernetes object (apiVersion, kind, metadata.name), a CloudFormation template (Resources) or a SageMaker API document (EndpointConfigName + ProductionVariants, ModelName + PrimaryContainer, EndpointName + EndpointConfigName)',
            doc.locate([]),
          );
        }
        sagemaker.addApi(doc, o, kind);
      }
    }
  }
  raws.push(...sagemaker.build(ctx));

  // Unique names: the waiver target and the halt list key.
  const byName = new Map<string, RawEndpoint>();
  for (const r of raws) {
    const first = byName.get(r.endpoint.name);
    if (first) {
      throw new ConfigError(
        `duplicate endpoint name "${r.endpoint.name}" (also defined at ${formatLocation({ file: first.endpoint.file, line: first.endpoint.line })}); endpoint names must be unique in the fleet (set metadata.namespace, or rename)`,
        { file: r.endpoint.file, line: r.endpoint.line },
      );
    }
    byName.set(r.endpoint.name, r);
  }

  // Link routes: explicit annotation, then Service selector ⊆ pod labels, then Ingress backends.
  const sameNs = (a: string | null, b: string | null) => a === null || b === null || a === b;
  const linkedRoutes = new Map<RawEndpoint, Route[]>();
  const serviceTargets = new Map<RouteDef, RawEndpoint[]>();
  const attach = (r: RawEndpoint, route: Route) => {
    const list = linkedRoutes.get(r);
    if (list) list.push(route);
    else linkedRoutes.set(r, [route]);
  };
  const explicitTargets = (def: RouteDef): RawEndpoint[] =>
    def.explicit.map((n) => {
      const qualified = byName.get(n) ?? (def.namespace ? byName.get(`${def.namespace}/${n}`) : undefined);
      if (!qualified) throw new ConfigError(`${def.route.kind} ${def.route.name}: modelgate.dev/endpoint names "${n}", which is not an endpoint of the fleet`, def.doc.locate(['metadata', 'annotations']));
      return qualified;
    });
  for (const def of routes.filter((d) => d.route.kind === 'Service')) {
    const sel = Object.entries(def.selector);
    const targets = def.explicit.length
      ? explicitTargets(def)
      : sel.length
        ? raws.filter((r) => sameNs(def.namespace, r.endpoint.namespace) && Object.keys(r.podLabels).length > 0 && sel.every(([k, v]) => r.podLabels[k] === v))
        : [];
    serviceTargets.set(def, targets);
  }
  // Indexes for Ingress backends: Service name → what it selects, and the Services platforms create.
  const byService = new Map<string, Array<{ ns: string | null; targets: RawEndpoint[] }>>();
  for (const [svc, ts] of serviceTargets) {
    const short = svc.route.name.split('/').pop()!;
    byService.set(short, [...(byService.get(short) ?? []), { ns: svc.namespace, targets: ts }]);
  }
  const byPlatformService = new Map<string, RawEndpoint[]>();
  for (const r of raws) for (const n of r.serviceNames) byPlatformService.set(n, [...(byPlatformService.get(n) ?? []), r]);
  for (const def of routes) {
    let targets: RawEndpoint[];
    if (def.route.kind === 'Service') targets = serviceTargets.get(def)!;
    else if (def.explicit.length) targets = explicitTargets(def);
    else {
      const set = new Set<RawEndpoint>();
      for (const b of def.backends) {
        for (const svc of byService.get(b) ?? []) if (sameNs(svc.ns, def.namespace)) svc.targets.forEach((t) => set.add(t));
        for (const r of byPlatformService.get(b) ?? []) if (sameNs(r.endpoint.namespace, def.namespace)) set.add(r);
      }
      targets = [...set];
    }
    if (targets.length === 0) {
      findings.push({
        ruleId: INPUT_RULES.unlinkedRoute.id,
        severity: INPUT_RULES.unlinkedRoute.severity,
        message: `${def.route.kind} ${def.route.name} (${def.route.exposure}) routes to no endpoint of the fleet${def.backends.length ? ` (backends: ${def.backends.join(', ')})` : ''}`,
        location: def.doc.locate([]),
        target: def.route.name,
        remediation: INPUT_RULES.unlinkedRoute.remediation,
      });
    }
    for (const t of targets) attach(t, def.route);
  }

  const publics = fleet.public.map(wildcard);
  const entries: FleetEntry[] = raws.map((raw) => {
    const e = raw.endpoint;
    const rts = linkedRoutes.get(raw) ?? [];
    // Exposure: the widest of the platform's own and every route's.
    let exposure = { level: e.exposure.level, source: e.exposure.source };
    for (const r of rts) if (RANK[r.exposure] > RANK[exposure.level]) exposure = { level: r.exposure, source: `${r.kind} ${r.name}: ${r.why}` };
    const clearRoute = rts.find((r) => !r.tls);
    const tls = !e.tls.enabled ? e.tls : clearRoute ? { enabled: false, source: `${clearRoute.kind} ${clearRoute.name} serves without TLS` } : e.tls;
    // Authentication: the platform's own, or (for a cluster-only workload) every route authenticates.
    const authentication =
      e.authentication.enabled || rts.length === 0 || e.exposure.level !== 'cluster' || !rts.every((r) => r.authentication)
        ? e.authentication
        : { enabled: true, mechanism: 'ingress-auth', source: `authenticated by ${rts.map((r) => `${r.kind} ${r.name}`).join(', ')}` };
    const labelOf = (keys: readonly string[]) => {
      const k = keys.find((key) => e.labels[key] || e.annotations[key]);
      return k ? (e.labels[k] || e.annotations[k])! : null;
    };
    const environment = labelOf(config.environmentLabels) ?? fleet.environment ?? null;
    const endpoint: Endpoint = {
      ...e,
      authentication,
      tls,
      exposure: { ...exposure, allowedPublic: publics.some((re) => re.test(e.name)) },
      owner: labelOf(config.ownerLabels),
      environment,
      production: environment !== null && config.productionEnvironments.some((p) => p.toLowerCase() === environment.toLowerCase()),
      routes: rts,
    };
    return { endpoint, raw };
  });
  return { entries, findings, files: files.length, documents, routes: routes.length, ignored, unknown };
}
