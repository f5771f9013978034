// Kubernetes Service and Ingress objects: they expose endpoints. Each is linked to the endpoint it
// routes to (pod selector, the Service names a platform creates, or a modelgate.dev/endpoint
// annotation) and decides the exposure, TLS and authentication of that path.
import type { Exposure, Route } from '../model.js';
import type { Doc } from '../read.js';
import { ConfigError } from '../../../src/errors.js';
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
  /** ALB authentication annotations on this object (Ingress, or a Service behind an ALB Ingress). */
  albAuth: AlbAuth;
}

/** The AWS Load Balancer Controller reads these on the Ingress and on the backend Service; the Service's win. */
interface AlbAuth {
  type?: string;
  onUnauthenticated?: string;
}

const ALB = 'alb.ingress.kubernetes.io/';
const SSL_CERT = 'service.beta.kubernetes.io/aws-load-balancer-ssl-cert';
const SSL_PORTS = 'service.beta.kubernetes.io/aws-load-balancer-ssl-ports';

const INTERNAL_LB: Array<[string, (v: string) => boolean]> = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', (v) => truthy(v) || v === '0.0.0.0/0'],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', (v) => v === 'internal'],
  ['networking.gke.io/load-balancer-type', (v) => /^internal$/i.test(v)],
  ['cloud.google.com/load-balancer-type', (v) => /^internal$/i.test(v)],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', truthy],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', truthy],
];

const OPEN_RANGES = new Set(['0.0.0.0/0', '::/0']);

function albAuthOf(annotations: Record<string, string>): AlbAuth {
  const type = annotations[`${ALB}auth-type`];
  const on = annotations[`${ALB}auth-on-unauthenticated-request`];
  return { ...(type !== undefined ? { type } : {}), ...(on !== undefined ? { onUnauthenticated: on } : {}) };
}

/** ALB authentication of the path Ingress → backend Service: the Service's annotations over the Ingress's. */
export function albAuthenticates(ingress: AlbAuth, service: AlbAuth | undefined): { ok: boolean; why: string } | undefined {
  const type = service?.type ?? ingress.type;
  if (type === undefined) return undefined;
  const where = service?.type !== undefined ? 'the backend Service' : 'the Ingress';
  const on = service?.onUnauthenticated ?? ingress.onUnauthenticated ?? 'authenticate';
  if (!['oidc', 'cognito'].includes(type)) return { ok: false, why: `${ALB}auth-type: ${type} on ${where}` };
  if (on === 'allow') return { ok: false, why: `${ALB}auth-type: ${type}, but auth-on-unauthenticated-request: allow lets requests without a session through` };
  return { ok: true, why: `${ALB}auth-type: ${type} on ${where}` };
}

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
  const { tls, tlsWhy } = exposure === 'cluster' ? clusterTls(ctx) : loadBalancerTls(annotations, arr(spec.ports).filter(isObj));
  return {
    route: { kind: 'Service', name: qualify(meta), file: doc.file, line: doc.locate([]).line ?? 1, exposure, tls, authentication: false, why, tlsWhy, authWhy: `a ${type} Service forwards connections without authenticating them` },
    namespace: str(meta.namespace),
    doc,
    selector: stringMap(spec.selector),
    backends: [],
    explicit: linked(annotations),
    albAuth: albAuthOf(annotations),
  };
}

function clusterTls(ctx: ReadContext): { tls: boolean; tlsWhy: string } {
  return { tls: ctx.config.cluster.meshMtls, tlsWhy: ctx.config.cluster.meshMtls ? 'in-cluster traffic under mesh mTLS (policy endpoints.cluster.meshMtls)' : 'in-cluster traffic without mesh mTLS (endpoints.cluster.meshMtls is false)' };
}

/** A cloud load balancer terminates TLS only with a certificate, and (AWS) only on the ports of ssl-ports ("*" or absent: all). */
function loadBalancerTls(annotations: Record<string, string>, ports: Obj[]): { tls: boolean; tlsWhy: string } {
  const cert = [SSL_CERT, 'service.beta.kubernetes.io/azure-load-balancer-tls-cert'].find((k) => annotations[k]);
  if (!cert) return { tls: false, tlsWhy: 'the load balancer has no TLS certificate annotation: the bytes pass as they are' };
  const listed = (annotations[SSL_PORTS] ?? '*').split(',').map((s) => s.trim());
  if (cert !== SSL_CERT || listed.includes('*')) return { tls: true, tlsWhy: `annotation ${cert}` };
  const plain = ports.filter((p) => !listed.includes(String(p.port)) && !(str(p.name) && listed.includes(str(p.name)!)));
  if (plain.length === 0) return { tls: true, tlsWhy: `annotation ${cert} with ${SSL_PORTS}: "${annotations[SSL_PORTS]}" covering every port` };
  return { tls: false, tlsWhy: `${SSL_PORTS}: "${annotations[SSL_PORTS]}" leaves port ${plain.map((p) => str(p.port) ?? '?').join(', ')} without TLS` };
}

export function readIngress(doc: Doc, o: Obj): RouteDef {
  const meta = obj(o.metadata);
  const annotations = stringMap(meta.annotations);
  const spec = obj(o.spec);
  const className = str(spec.ingressClassName) ?? annotations['kubernetes.io/ingress.class'] ?? '';
  const alb = className === 'alb' || Object.keys(annotations).some((k) => k.startsWith(ALB));
  let exposure: Exposure = 'public';
  let why = 'Ingress without an internal scheme or class';
  const scheme = annotations[`${ALB}scheme`];
  if (scheme === 'internal') [exposure, why] = ['internal', `annotation ${ALB}scheme: internal`];
  else if (alb && scheme === undefined) [exposure, why] = ['internal', `ALB Ingress without ${ALB}scheme (the controller's default scheme is internal)`];
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
  const { tls, tlsWhy } = alb ? albTls(doc, annotations, spec) : ingressTls(annotations, spec, hosts);
  const nginxAuth = ['nginx.ingress.kubernetes.io/auth-url', 'nginx.ingress.kubernetes.io/auth-type'].find((k) => annotations[k] !== undefined)
    ?? (annotations['nginx.ingress.kubernetes.io/auth-tls-verify-client'] === 'on' ? 'nginx.ingress.kubernetes.io/auth-tls-verify-client' : undefined);
  return {
    route: {
      kind: 'Ingress', name: qualify(meta), file: doc.file, line: doc.locate([]).line ?? 1, exposure, tls, why, tlsWhy,
      authentication: nginxAuth !== undefined,
      authWhy: nginxAuth ? `annotation ${nginxAuth}: ${annotations[nginxAuth]}` : 'no authentication annotation (nginx auth-url, auth-type, auth-tls-verify-client; ALB auth-type oidc or cognito)',
    },
    namespace: str(meta.namespace),
    doc,
    selector: {},
    backends: [...backends],
    explicit: linked(annotations),
    albAuth: albAuthOf(annotations),
  };
}

/** ingress-nginx and others: every host of the rules in spec.tls, and HTTP redirected to HTTPS (ssl-redirect is true by default once TLS is set). */
function ingressTls(annotations: Record<string, string>, spec: Obj, hosts: readonly string[]): { tls: boolean; tlsWhy: string } {
  if (arr(spec.tls).length === 0) return { tls: false, tlsWhy: 'no spec.tls: served over plain HTTP' };
  const tlsHosts = new Set(arr(spec.tls).flatMap((t) => arr(obj(t).hosts).filter((h): h is string => typeof h === 'string')));
  const uncovered = tlsHosts.size === 0 ? [] : hosts.filter((h) => !tlsHosts.has(h));
  if (uncovered.length) return { tls: false, tlsWhy: `host ${uncovered.join(', ')} not in spec.tls: served over plain HTTP` };
  const redirect = annotations['nginx.ingress.kubernetes.io/ssl-redirect'];
  if (redirect !== undefined && !truthy(redirect)) return { tls: false, tlsWhy: `nginx.ingress.kubernetes.io/ssl-redirect: "${redirect}" keeps plain HTTP open next to TLS` };
  return { tls: true, tlsWhy: 'spec.tls covers every host, HTTP redirected to HTTPS' };
}

/** ALB listeners: listen-ports, by default HTTPS 443 with a certificate (certificate-arn or spec.tls hosts) and HTTP 80 without; ssl-redirect sends HTTP to HTTPS. */
function albTls(doc: Doc, annotations: Record<string, string>, spec: Obj): { tls: boolean; tlsWhy: string } {
  const cert = annotations[`${ALB}certificate-arn`] !== undefined || arr(spec.tls).length > 0;
  const raw = annotations[`${ALB}listen-ports`];
  let protocols: string[];
  if (raw === undefined) protocols = [cert ? 'HTTPS' : 'HTTP'];
  else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed)) throw new ConfigError(`${ALB}listen-ports is not a JSON list such as [{"HTTPS": 443}]`, doc.locate(['metadata', 'annotations', `${ALB}listen-ports`]));
    protocols = parsed.flatMap((l) => Object.keys(obj(l)).map((k) => k.toUpperCase()));
  }
  const redirect = annotations[`${ALB}ssl-redirect`];
  const plain = protocols.filter((p) => p !== 'HTTPS');
  if (plain.length === 0) return { tls: true, tlsWhy: `ALB listeners ${protocols.join(', ')}` };
  if (redirect !== undefined && protocols.includes('HTTPS')) return { tls: true, tlsWhy: `${ALB}ssl-redirect: "${redirect}" redirects HTTP to HTTPS` };
  return { tls: false, tlsWhy: raw === undefined ? 'ALB without a certificate (certificate-arn or spec.tls) listens on HTTP 80' : `${ALB}listen-ports opens ${plain.join(', ')} without ${ALB}ssl-redirect` };
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
