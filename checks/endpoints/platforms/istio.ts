// Istio request authentication (security.istio.io RequestAuthentication and AuthorizationPolicy), as
// Istio's security docs define it: a RequestAuthentication validates the JWTs that requests present but
// admits requests with none; a request without a token has no request principal, so the workload is
// authenticated only when an AuthorizationPolicy refuses such requests — a DENY rule with
// notRequestPrincipals ["*"] and nothing narrowing it, or ALLOW policies whose every rule needs a
// principal (requestPrincipals in every source, or a condition on request.auth.*).
// A policy applies to the pods its selector.matchLabels selects in its own namespace (every pod of the
// namespace without a selector; of the whole mesh in the root namespace). Policies bound with
// targetRef(s) (gateways, Services) are not workload policies and are not matched here.
import type { Evidence } from '../model.js';
import type { Doc } from '../read.js';
import { selects } from './pods.js';
import { arr, isObj, obj, str, stringMap, type Obj } from './util.js';

/** Istio's default root namespace (meshConfig.rootNamespace). */
const ROOT_NAMESPACE = 'istio-system';

export interface IstioPolicy {
  kind: 'RequestAuthentication' | 'AuthorizationPolicy';
  name: string;
  namespace: string;
  selector: Record<string, string> | null;
  /** Bound to a gateway or Service with targetRef(s): not a workload selector. */
  targeted: boolean;
  action: string;
  rules: Obj[];
  evidence: Evidence;
}

export const ISTIO_KINDS = new Set(['RequestAuthentication', 'AuthorizationPolicy']);

export function readIstioPolicy(doc: Doc, o: Obj): IstioPolicy {
  const meta = obj(o.metadata);
  const spec = obj(o.spec);
  const kind = str(o.kind) as IstioPolicy['kind'];
  const namespace = str(meta.namespace) ?? 'default';
  const name = `${namespace}/${str(meta.name)}`;
  return {
    kind,
    name,
    namespace,
    selector: isObj(spec.selector) ? stringMap(obj(spec.selector).matchLabels) : null,
    targeted: spec.targetRef !== undefined || spec.targetRefs !== undefined,
    action: str(spec.action) ?? 'ALLOW',
    rules: arr(spec.rules).filter(isObj),
    evidence: { file: doc.file, line: doc.locate([]).line ?? 1, what: `${kind} ${name}` },
  };
}

export interface MeshAuth {
  enabled: boolean;
  source: string;
  evidence: Evidence[];
}

/**
 * Authentication Istio enforces on every pod group of an endpoint; undefined when no Istio policy
 * applies to any of them. All groups must be covered: any one of them takes requests.
 */
export function istioAuthentication(policies: readonly IstioPolicy[], namespace: string | null, pods: ReadonlyArray<Record<string, string>>): MeshAuth | undefined {
  if (policies.length === 0 || pods.length === 0) return undefined;
  const results = pods.map((labels) => forPods(policies.filter((p) => applies(p, namespace ?? 'default', labels))));
  if (results.every((r) => r === undefined)) return undefined;
  const failing = results.findIndex((r) => !r?.enabled);
  if (failing < 0) return results[0]!;
  return results[failing] ?? { enabled: false, source: 'no Istio policy applies to some of its serving pods', evidence: results.flatMap((r) => r?.evidence ?? []) };
}

function applies(p: IstioPolicy, namespace: string, labels: Record<string, string>): boolean {
  if (p.targeted) return false;
  if (p.namespace !== namespace && p.namespace !== ROOT_NAMESPACE) return false;
  return p.selector === null || selects(p.selector, labels);
}

function forPods(applying: readonly IstioPolicy[]): MeshAuth | undefined {
  if (applying.length === 0) return undefined;
  const ra = applying.filter((p) => p.kind === 'RequestAuthentication');
  const authz = applying.filter((p) => p.kind === 'AuthorizationPolicy');
  const deny = authz.filter((p) => p.action === 'DENY' && p.rules.some(deniesAnonymous));
  const allow = authz.filter((p) => p.action === 'ALLOW');
  const requiring = deny.length ? deny : allow.length && allow.every((p) => p.rules.every(needsPrincipal)) ? allow : [];
  const names = (ps: readonly IstioPolicy[]) => ps.map((p) => p.name).join(', ');
  if (requiring.length === 0) {
    const open = allow.find((p) => !p.rules.every(needsPrincipal));
    const why = open
      ? `Istio AuthorizationPolicy ${open.name} has an ALLOW rule that needs no request principal`
      : `no Istio AuthorizationPolicy refuses requests without a request principal${ra.length ? ` (RequestAuthentication ${names(ra)} validates tokens only when present)` : ''}`;
    return { enabled: false, source: why, evidence: applying.map((p) => p.evidence) };
  }
  if (ra.length === 0) {
    return { enabled: false, source: `Istio AuthorizationPolicy ${names(requiring)} requires a request principal, but no RequestAuthentication validates tokens for these pods`, evidence: requiring.map((p) => p.evidence) };
  }
  return {
    enabled: true,
    source: `Istio RequestAuthentication ${names(ra)} and AuthorizationPolicy ${names(requiring)} refuse requests without a request principal`,
    evidence: [...ra, ...requiring].map((p) => p.evidence),
  };
}

/** A DENY rule that matches every request without a principal: a source of exactly notRequestPrincipals ["*"], no `to`, no `when`. */
function deniesAnonymous(rule: Obj): boolean {
  if (rule.to !== undefined || rule.when !== undefined) return false;
  return arr(rule.from).some((f) => {
    const source = obj(obj(f).source);
    return Object.keys(source).length === 1 && arr(source.notRequestPrincipals).includes('*');
  });
}

/** An ALLOW rule that no request without a principal can match. */
function needsPrincipal(rule: Obj): boolean {
  const from = arr(rule.from);
  if (from.length > 0 && from.every((f) => arr(obj(obj(f).source).requestPrincipals).length > 0)) return true;
  return arr(rule.when).some((w) => /^request\.auth\./.test(str(obj(w).key) ?? '') && arr(obj(w).values).length > 0);
}
