// From definition files to the fleet: classify each document, read endpoints and routes, link routes
// to endpoints, apply the fleet settings (public list, environment, owner), refuse duplicates.
import { ConfigError, formatLocation } from '../../src/errors.js';
import { compileGlob, type GlobMatcher } from '../../src/io/glob-match.js';
import type { Finding } from '../../src/report/model.js';
import type { EndpointsConfig } from './config.js';
import type { Endpoint, Evidence, Exposure, RawEndpoint, Route } from './model.js';
import { copyModel } from './modeluri.js';
import type { ReadContext } from './platforms/common.js';
import { readInferenceService } from './platforms/kserve.js';
import { readModelgateEndpoint } from './platforms/modelgate.js';
import { istioAuthentication, ISTIO_KINDS, readIstioPolicy, type IstioPolicy } from './platforms/istio.js';
import { selects } from './platforms/pods.js';
import { albAuthenticates, readIngress, readService, type RouteDef } from './platforms/routes.js';
import { SageMakerFleet } from './platforms/sagemaker.js';
import { readSeldonDeployment, readSeldonModel } from './platforms/seldon.js';
import { isSeldonV2Composite, SeldonV2Fleet } from './platforms/seldon2.js';
import { isObj, obj, str, type Obj } from './platforms/util.js';
import { readDocuments, type Doc } from './read.js';
import { INPUT_RULES } from './rules.js';
import { checkBudget } from '../../src/io/budget.js';

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

/** `*` matches any run of characters; everything else literally. Linear time: endpoint names come from the fleet's files. */
export function wildcard(pattern: string): GlobMatcher {
  return compileGlob(pattern);
}

export function readFleet(
  files: ReadonlyArray<{ abs: string; file: string }>,
  config: EndpointsConfig,
  fleet: { public: readonly string[]; environment?: string | undefined },
  signal?: AbortSignal,
): Fleet {
  const read = new DocumentReader(config);
  for (const f of files) {
    checkBudget(signal);
    for (const doc of readDocuments(f.abs, f.file)) read.document(doc);
  }
  const raws = read.endpoints();
  const linked = linkRoutes(raws, read.routes, read.findings);
  const publics = fleet.public.map(wildcard);
  const entries = raws.map((raw) => ({ endpoint: applyFleet(raw, linked.get(raw) ?? [], read.istio, config, fleet.environment, publics), raw }));
  return { entries, findings: read.findings, files: files.length, documents: read.documents, routes: read.routes.length, ignored: read.ignored, unknown: read.unknown };
}

/** Classifies each document (Kubernetes object or list, CloudFormation template, SageMaker API document) and reads it. */
class DocumentReader {
  readonly routes: RouteDef[] = [];
  readonly istio: IstioPolicy[] = [];
  readonly findings: Finding[] = [];
  readonly ignored: Record<string, number> = {};
  readonly unknown: Record<string, number> = {};
  documents = 0;
  private readonly raws: RawEndpoint[] = [];
  private readonly sagemaker = new SageMakerFleet();
  private readonly seldonV2 = new SeldonV2Fleet();
  private readonly ctx: ReadContext;
  private readonly ignore: GlobMatcher[];

  constructor(config: EndpointsConfig) {
    this.ctx = { config };
    this.ignore = config.ignoreKinds.map(wildcard);
  }

  document(doc: Doc): void {
    this.documents++;
    const o = doc.data;
    if (!isObj(o)) throw new ConfigError(`expected a mapping (a Kubernetes object, a CloudFormation template or a SageMaker API document), found ${Array.isArray(o) ? 'a list' : typeof o}`, doc.locate([]));
    if ('apiVersion' in o || 'kind' in o) this.kube(doc, o, []);
    else if (isObj(o.Resources)) this.cloudFormation(doc, o.Resources);
    else {
      const kind = SageMakerFleet.apiKind(o);
      if (!kind) {
        throw new ConfigError(
          'not an endpoint definition: expected a Kubernetes object (apiVersion, kind, metadata.name), a CloudFormation template (Resources) or a SageMaker API document (EndpointConfigName + ProductionVariants, ModelName + PrimaryContainer, EndpointName + EndpointConfigName)',
          doc.locate([]),
        );
      }
      this.sagemaker.addApi(doc, o, kind);
    }
  }

  /** Every endpoint read, SageMaker's assembled from its parts; names unique (the waiver target and the halt list key). */
  endpoints(): RawEndpoint[] {
    const raws = [...this.raws, ...this.seldonV2.build(this.raws, this.ctx), ...this.sagemaker.build(this.ctx)];
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
    return raws;
  }

  private kube(doc: Doc, o: Obj, path: Array<string | number>): void {
    const apiVersion = str(o.apiVersion);
    const kind = str(o.kind);
    if (!apiVersion || !kind) throw new ConfigError('not a Kubernetes object: apiVersion and kind must both be strings', doc.locate(path));
    if (kind === 'List' || kind.endsWith('List')) {
      if (!Array.isArray(o.items)) throw new ConfigError(`${kind} without an items list`, doc.locate(path));
      o.items.forEach((item, i) => {
        if (!isObj(item)) throw new ConfigError(`${kind} item ${i} is not a Kubernetes object`, doc.locate([...path, 'items', i]));
        this.kube(doc, item, [...path, 'items', i]);
      });
      return;
    }
    if (!str(obj(o.metadata).name)) throw new ConfigError(`${kind} without metadata.name`, doc.locate([...path, 'metadata']));
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
    const sub: Doc = path.length ? { ...doc, data: o, locate: (p) => doc.locate([...path, ...p]) } : doc;
    const ctx = this.ctx;
    if (kind === 'InferenceService' && group === 'serving.kserve.io') this.raws.push(readInferenceService(sub, o, ctx));
    else if (kind === 'SeldonDeployment' && group === 'machinelearning.seldon.io') this.raws.push(readSeldonDeployment(sub, o, ctx));
    else if (kind === 'Model' && group === 'mlops.seldon.io') this.raws.push(readSeldonModel(sub, o, ctx));
    else if (isSeldonV2Composite(kind, group)) this.seldonV2.add(kind, sub, o);
    else if (kind === 'Endpoint' && apiVersion === 'modelgate.dev/v1') this.raws.push(readModelgateEndpoint(sub, ctx));
    else if (kind === 'Service' && group === '') this.routes.push(readService(sub, o, ctx));
    else if (kind === 'Ingress' && (group === 'networking.k8s.io' || group === 'extensions')) this.routes.push(readIngress(sub, o));
    else if (ISTIO_KINDS.has(kind) && group === 'security.istio.io') this.istio.push(readIstioPolicy(sub, o));
    else this.other(kind, doc, path, `${kind} (${apiVersion}) ${str(obj(o.metadata).name)}`);
  }

  private cloudFormation(doc: Doc, resources: Obj): void {
    for (const [id, r] of Object.entries(resources)) {
      const type = str(obj(r).Type);
      if (!type) throw new ConfigError(`CloudFormation resource ${id} has no Type`, doc.locate(['Resources', id]));
      if (SAGEMAKER.test(type)) this.sagemaker.addResource(doc, id, type, obj(obj(r).Properties));
      else this.other(type, doc, ['Resources', id, 'Type'], `CloudFormation resource ${id} (${type})`);
    }
  }

  /** A kind the check does not read: counted as ignored (policy ignoreKinds) or reported as unknown. */
  private other(kind: string, doc: Doc, path: ReadonlyArray<string | number>, what: string): void {
    if (this.ignore.some((re) => re.test(kind))) {
      this.ignored[kind] = (this.ignored[kind] ?? 0) + 1;
      return;
    }
    this.unknown[kind] = (this.unknown[kind] ?? 0) + 1;
    this.findings.push({
      ruleId: INPUT_RULES.unknownKind.id,
      severity: INPUT_RULES.unknownKind.severity,
      message: `${what} is not an endpoint or route the check can read; it is not evaluated`,
      location: doc.locate(path),
      target: `${doc.file}#${kind}`,
      remediation: INPUT_RULES.unknownKind.remediation,
    });
  }
}

const sameNs = (a: string | null, b: string | null) => a === null || b === null || a === b;

/** Routes per endpoint: explicit annotation, then Service selector against the pods' labels, then Ingress backends. A route to nothing is a finding. */
function linkRoutes(raws: readonly RawEndpoint[], routes: readonly RouteDef[], findings: Finding[]): Map<RawEndpoint, Route[]> {
  const byName = new Map(raws.map((r) => [r.endpoint.name, r]));
  const explicitTargets = (def: RouteDef): RawEndpoint[] =>
    def.explicit.map((n) => {
      const qualified = byName.get(n) ?? (def.namespace ? byName.get(`${def.namespace}/${n}`) : undefined);
      if (!qualified) throw new ConfigError(`${def.route.kind} ${def.route.name}: modelgate.dev/endpoint names "${n}", which is not an endpoint of the fleet`, def.doc.locate(['metadata', 'annotations']));
      return qualified;
    });
  const serviceTargets = new Map<RouteDef, RawEndpoint[]>();
  for (const def of routes.filter((d) => d.route.kind === 'Service')) {
    const sel = def.selector;
    const targets = def.explicit.length
      ? explicitTargets(def)
      : Object.keys(sel).length
        ? raws.filter((r) => sameNs(def.namespace, r.endpoint.namespace) && r.podLabels.some((pods) => selects(sel, pods)))
        : [];
    serviceTargets.set(def, targets);
  }
  const ingressTargets = ingressResolver(raws, serviceTargets);
  const linked = new Map<RawEndpoint, Route[]>();
  for (const def of routes) {
    if (def.route.kind === 'Service') {
      const targets = serviceTargets.get(def)!;
      if (targets.length === 0) findings.push(unlinked(def));
      for (const t of targets) appendTo(linked, t, def.route);
      continue;
    }
    const paths = def.explicit.length ? explicitTargets(def).map((target) => ({ target, via: undefined })) : ingressTargets(def);
    if (paths.length === 0) findings.push(unlinked(def));
    const byTarget = new Map<RawEndpoint, Array<RouteDef | undefined>>();
    for (const p of paths) appendTo(byTarget, p.target, p.via);
    for (const [t, vias] of byTarget) appendTo(linked, t, ingressRoute(def, vias));
  }
  return linked;
}

/** The Ingress as a route to one endpoint: ALB authentication is decided per backend Service (its annotations win). */
function ingressRoute(def: RouteDef, vias: ReadonlyArray<RouteDef | undefined>): Route {
  if (def.route.authentication) return def.route;
  const alb = vias.map((v) => albAuthenticates(def.albAuth, v?.albAuth));
  if (alb.every((a) => a === undefined)) return def.route;
  const open = alb.find((a) => !a?.ok);
  return open ? { ...def.route, authWhy: open.why } : { ...def.route, authentication: true, authWhy: alb[0]!.why };
}

/** Ingress backends: a Service name resolves to what that Service selects (via that Service), or to the endpoint whose platform creates it. */
function ingressResolver(raws: readonly RawEndpoint[], serviceTargets: ReadonlyMap<RouteDef, RawEndpoint[]>): (def: RouteDef) => Array<{ target: RawEndpoint; via: RouteDef | undefined }> {
  const byService = new Map<string, RouteDef[]>();
  for (const svc of serviceTargets.keys()) appendTo(byService, svc.route.name.split('/').pop()!, svc);
  const byPlatformService = new Map<string, RawEndpoint[]>();
  // Appended in place: many endpoints share a Service name (Seldon Core 2's seldon-mesh), and copying the list per endpoint is quadratic.
  for (const r of raws) for (const n of r.serviceNames) appendTo(byPlatformService, n, r);
  return (def) => {
    const out: Array<{ target: RawEndpoint; via: RouteDef | undefined }> = [];
    for (const b of def.backends) {
      for (const svc of byService.get(b) ?? []) if (sameNs(svc.namespace, def.namespace)) for (const target of serviceTargets.get(svc)!) out.push({ target, via: svc });
      for (const target of byPlatformService.get(b) ?? []) if (sameNs(target.endpoint.namespace, def.namespace)) out.push({ target, via: undefined });
    }
    return out;
  };
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unlinked(def: RouteDef): Finding {
  return {
    ruleId: INPUT_RULES.unlinkedRoute.id,
    severity: INPUT_RULES.unlinkedRoute.severity,
    message: `${def.route.kind} ${def.route.name} (${def.route.exposure}) routes to no endpoint of the fleet${def.backends.length ? ` (backends: ${def.backends.join(', ')})` : ''}`,
    location: def.doc.locate([]),
    target: def.route.name,
    remediation: INPUT_RULES.unlinkedRoute.remediation,
  };
}

/** The endpoint with its routes and the fleet settings applied: widest exposure, TLS, authentication, owner, environment, evidence. */
function applyFleet(
  raw: RawEndpoint,
  rts: readonly Route[],
  istio: readonly IstioPolicy[],
  config: EndpointsConfig,
  fleetEnvironment: string | undefined,
  publics: readonly GlobMatcher[],
): Endpoint {
  const e = raw.endpoint;
  // The endpoint's own document when the reader names none (a finding then points at the deciding field;
  // positions are looked up only for findings).
  let ownEvidence: Evidence[] | undefined; // one list for every attribute that names none (never changed in place)
  const own = (): Evidence[] => (ownEvidence ??= [{ file: e.file, line: e.line, what: `${e.kind} ${e.name}` }]);
  const at = (r: Route): Evidence => ({ file: r.file, line: r.line, what: `${r.kind} ${r.name}` });
  // Exposure: the widest of the platform's own and every route's.
  let exposure = { level: e.exposure.level, source: e.exposure.source, evidence: e.exposure.evidence ?? own() };
  for (const r of rts) if (RANK[r.exposure] > RANK[exposure.level]) exposure = { level: r.exposure, source: `${r.kind} ${r.name}: ${r.why}`, evidence: [at(r)] };
  const clearRoute = rts.find((r) => !r.tls);
  const ownTls = { ...e.tls, evidence: e.tls.evidence ?? own() };
  const tls = !e.tls.enabled || !clearRoute ? ownTls : { enabled: false, source: `${clearRoute.kind} ${clearRoute.name} serves without TLS: ${clearRoute.tlsWhy}`, evidence: [at(clearRoute)] };
  const labelOf = (keys: readonly string[]) => {
    const k = keys.find((key) => e.labels[key] || e.annotations[key]);
    return k ? (e.labels[k] || e.annotations[k])! : null;
  };
  const environment = labelOf(config.environmentLabels) ?? fleetEnvironment ?? null;
  // Every field named, in the order of model.ts (the readers' order, which CEL rules iterating `endpoint`
  // see): one object shape for all platforms, where a spread of each reader's object made six.
  return {
    name: e.name,
    platform: e.platform,
    kind: e.kind,
    namespace: e.namespace,
    file: e.file,
    line: e.line,
    // `verdict` in place (the evaluation sets it): every model gets its final shape once.
    models: e.models.map((m) => copyModel(m, { evidence: m.evidence ?? own(), verdict: null })),
    authentication: authenticationOf(raw, rts, istio, { ...e.authentication, evidence: e.authentication.evidence ?? own() }, at),
    tls,
    exposure: { ...exposure, allowedPublic: publics.some((re) => re.test(e.name)) },
    networkIsolation: e.networkIsolation,
    encryption: e.encryption,
    logging: e.logging,
    replicas: e.replicas,
    resources: e.resources,
    labels: e.labels,
    annotations: e.annotations,
    owner: labelOf(config.ownerLabels),
    environment,
    production: environment !== null && config.productionEnvironments.some((p) => p.toLowerCase() === environment.toLowerCase()),
    routes: [...rts],
  };
}

/**
 * Authentication: the platform's own; else Istio's on every serving pod; else, for a workload the platform
 * keeps inside the cluster, every route that lets requests in from outside it (a ClusterIP Service
 * between an Ingress and the pods is part of the Ingress's path, not a way in) authenticates.
 */
function authenticationOf(raw: RawEndpoint, rts: readonly Route[], istio: readonly IstioPolicy[], own: Endpoint['authentication'], at: (r: Route) => Evidence): Endpoint['authentication'] {
  if (own.enabled) return own;
  const e = raw.endpoint;
  const mesh = istioAuthentication(istio, e.namespace, raw.podLabels);
  if (mesh?.enabled) return { enabled: true, mechanism: 'istio-request-authentication', source: mesh.source, evidence: mesh.evidence };
  const ways = rts.filter((r) => r.exposure !== 'cluster');
  const open = ways.find((r) => !r.authentication);
  if (open) return { enabled: false, mechanism: null, source: `${open.kind} ${open.name} lets requests in without authentication (${open.authWhy})`, evidence: [at(open)] };
  if (ways.length > 0 && e.exposure.level === 'cluster') {
    return { enabled: true, mechanism: 'ingress-auth', source: `authenticated by ${ways.map((r) => `${r.kind} ${r.name} (${r.authWhy})`).join(', ')}`, evidence: ways.map(at) };
  }
  return mesh ? { ...own, source: `${own.source}; ${mesh.source}`, evidence: [...(own.evidence ?? []), ...mesh.evidence] } : own;
}
