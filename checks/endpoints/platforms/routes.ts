// Kubernetes Service and Ingress objects: they expose endpoints. Each is linked to the endpoint it
// routes to (pod selector, the Service names a platform creates, or a modelgate.dev/endpoint
// annotation) and decides the exposure, TLS and authentication of that path.
import type { Exposure, Route } from '../model.js';
import type { Doc } from '../read.js';
import type { ReadContext } from './common.js';
import { arr, isObj, obj, str, stringMap, truthy, type Obj } from './util.js';

export const LINK_ANNOTATION = 'modelgate.dev/endpoint';

export interface RouteDef {
  route: Route;
  namespace: string | null;
  doc: Doc;
  /** Service: its pod selector. */
  selector: Record<string, string>;
  /** Ingress: the Services it sends traffic to. */
  backends: string[];
  /** Endpoint names given by the modelgate.dev/endpoint annotation (comma-separated). */
  explicit: string[];
}

const INTERNAL_LB: Array<[string, (v: string) => boolean]> = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', (v) => truthy(v) || v === '0.0.0.0/0'],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', (v) => v === 'internal'],
  ['networking.gke.io/load-balancer-type', (v) => /^internal$/i.test(v)],
  ['cloud.google.com/load-balancer-type', (v) => /^internal$/i.test(v)],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', truthy],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', truthy],
];

const OPEN_RANGES = new Set(['0.0.0.0/0', '::/0']);

export function readService(doc: Doc, o: Obj, ctx: ReadContext): RouteDef {
  const meta = obj(o.metadata);
  const annotations = stringMap(meta.annotations);
  const spec = obj(o.spec);
  const type = str(spec.type) ?? 'ClusterIP';
  let exposure: Exposure = 'cluster';
  let why = `type ${type}`;
  const internal = INTERNAL_LB.find(([k, test]) => annotations[k] !== undefined && test(annotations[k]!));
  const ranges = arr(spec.loadBalancerSourceRanges).filter((r): r is string => typeof r === 'string');
  if (type === 'LoadBalancer') {
    if (internal) {
      exposure = 'internal';
      why = `type LoadBalancer, annotation ${internal[0]}: ${annotations[internal[0]]}`;
    } else if (ranges.length && !ranges.some((r) => OPEN_RANGES.has(r))) {
      exposure = 'internal';
      why = `type LoadBalancer restricted by loadBalancerSourceRanges ${ranges.join(', ')}`;
    } else {
      exposure = 'public';
      why = 'type LoadBalancer without an internal load-balancer annotation';
    }
  } else if (type === 'NodePort') {
    exposure = 'public';
    why = "type NodePort opens the port on every node's address";
  }
  if (arr(spec.externalIPs).length) {
    exposure = 'public';
    why = 'spec.externalIPs';
  }
  // A cloud load balancer terminates TLS only with a certificate annotation; otherwise the bytes pass as they are.
  const cert = ['service.beta.kubernetes.io/aws-load-balancer-ssl-cert', 'service.beta.kubernetes.io/azure-load-balancer-tls-cert'].find((k) => annotations[k]);
  const tls = exposure === 'cluster' ? ctx.config.cluster.meshMtls : cert !== undefined;
  return {
    route: { kind: 'Service', name: qualify(meta), file: doc.file, line: doc.locate([]).line ?? 1, exposure, tls, authentication: false, why },
    namespace: str(meta.namespace),
    doc,
    selector: stringMap(spec.selector),
    backends: [],
    explicit: linked(annotations),
  };
}

export function readIngress(doc: Doc, o: Obj): RouteDef {
  const meta = obj(o.metadata);
  const annotations = stringMap(meta.annotations);
  const spec = obj(o.spec);
  const className = str(spec.ingressClassName) ?? annotations['kubernetes.io/ingress.class'] ?? '';
  let exposure: Exposure = 'public';
  let why = 'Ingress without an internal scheme or class';
  if (annotations['alb.ingress.kubernetes.io/scheme'] === 'internal') [exposure, why] = ['internal', 'annotation alb.ingress.kubernetes.io/scheme: internal'];
  else if (/internal|private/i.test(className)) [exposure, why] = ['internal', `ingress class ${className}`];
  else if (truthy(annotations['appgw.ingress.kubernetes.io/use-private-ip'])) [exposure, why] = ['internal', 'annotation appgw.ingress.kubernetes.io/use-private-ip'];
  else if (annotations['nginx.ingress.kubernetes.io/whitelist-source-range'] || annotations['nginx.ingress.kubernetes.io/allowlist-source-range']) {
    const ranges = (annotations['nginx.ingress.kubernetes.io/allowlist-source-range'] ?? annotations['nginx.ingress.kubernetes.io/whitelist-source-range'])!.split(',').map((s) => s.trim());
    if (!ranges.some((r) => OPEN_RANGES.has(r))) [exposure, why] = ['internal', `source ranges restricted to ${ranges.join(', ')}`];
  }

  const backends = new Set<string>();
  const addBackend = (b: unknown): void => {
    const name = str(obj(obj(b).service).name) ?? str(obj(b).serviceName);
    if (name) backends.add(name);
  };
  addBackend(spec.defaultBackend ?? spec.backend);
  const hosts: string[] = [];
  for (const rule of arr(spec.rules).filter(isObj)) {
    hosts.push(str(rule.host) ?? '*');
    for (const p of arr(obj(rule.http).paths)) addBackend(obj(p).backend);
  }
  // TLS: every host of the rules covered by spec.tls (or an ALB certificate); a host left out is served in clear.
  const tlsHosts = new Set(arr(spec.tls).flatMap((t) => arr(obj(t).hosts).filter((h): h is string => typeof h === 'string')));
  const anyTls = arr(spec.tls).length > 0;
  const albCert = annotations['alb.ingress.kubernetes.io/certificate-arn'] !== undefined;
  const tls = albCert || (anyTls && (tlsHosts.size === 0 || hosts.every((h) => tlsHosts.has(h))));
  const authentication =
    annotations['nginx.ingress.kubernetes.io/auth-url'] !== undefined ||
    annotations['nginx.ingress.kubernetes.io/auth-type'] !== undefined ||
    annotations['nginx.ingress.kubernetes.io/auth-tls-verify-client'] === 'on' ||
    ['cognito', 'oidc'].includes(annotations['alb.ingress.kubernetes.io/auth-type'] ?? '');
  return {
    route: { kind: 'Ingress', name: qualify(meta), file: doc.file, line: doc.locate([]).line ?? 1, exposure, tls, authentication, why },
    namespace: str(meta.namespace),
    doc,
    selector: {},
    backends: [...backends],
    explicit: linked(annotations),
  };
}

function qualify(meta: Obj): string {
  const ns = str(meta.namespace);
  return ns ? `${ns}/${str(meta.name)}` : str(meta.name)!;
}

function linked(annotations: Record<string, string>): string[] {
  return (annotations[LINK_ANNOTATION] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
