// The normalised endpoint: every format is read into this one shape, which the built-in rules and
// the custom CEL rules (as `endpoint`) read. Plain JSON only. `null` means "the definition does not say".
import type { Location } from '../../src/report/model.js';

export const PLATFORMS = ['kserve', 'seldon', 'seldon-v2', 'sagemaker', 'modelgate'] as const;
export type Platform = (typeof PLATFORMS)[number];
/** public: reachable from the internet; internal: private network / IAM-only cloud API; cluster: inside the cluster only. */
export type Exposure = 'public' | 'internal' | 'cluster';

export interface ServedModel {
  /** Variant, predictor or component that serves it. */
  name: string;
  uri: string | null;
  /** sha256 hex of the model artifact (from an OCI digest, a digest annotation/tag, or the ModelGate definition). */
  digest: string | null;
  version: string | null;
  /** Why the model counts as pinned or not, in words (with the document and line that decided it, for Kubernetes readers). */
  pin: string;
  /** Pinned or not; absent: decided from digest and version (isPinned). */
  pinned?: boolean;
  /** Where the digest looked up in the verdict store was read (field or annotation, file:line). */
  digestSource?: string | null;
  /** A digest declared by an annotation or tag that was not used: it disagrees with the pulled artifact's, or the reference moves. */
  declaredDigest?: string | null;
  format: string | null;
  /** The documents that gave the URI and the digest (the reader's field by default). */
  evidence?: Evidence[];
  /** The newest gate verdict for `digest` in the verdict store (null: none, no digest, or no store). */
  verdict?: { verdict: 'passed' | 'blocked'; time: string; ageDays: number; release: string; signed: boolean; file: string } | null;
}

/** Where a decision comes from: a document and line, and what is there. Findings quote it (`evidence`). */
export interface Evidence {
  file: string;
  line: number;
  what: string;
}

export interface Route {
  kind: 'Service' | 'Ingress';
  name: string;
  file: string;
  line: number;
  exposure: Exposure;
  tls: boolean;
  authentication: boolean;
  /** What decided the exposure (a field or annotation). */
  why: string;
  /** What decided tls and authentication. */
  tlsWhy: string;
  authWhy: string;
}

export interface Endpoint {
  /** Unique in the fleet: namespace/name for Kubernetes objects, the endpoint name for SageMaker. Waiver target. */
  name: string;
  platform: Platform;
  kind: string;
  namespace: string | null;
  file: string;
  line: number;
  models: ServedModel[];
  // `evidence`: the documents that decided the value; a reader may leave it out, the fleet then sets the
  // reader's deciding field (RawEndpoint.fields) of the endpoint's own document.
  authentication: { enabled: boolean; mechanism: string | null; source: string; evidence?: Evidence[] };
  tls: { enabled: boolean; source: string; evidence?: Evidence[] };
  exposure: { level: Exposure; source: string; allowedPublic: boolean; evidence?: Evidence[] };
  networkIsolation: { enabled: boolean; source: string };
  encryption: { supported: boolean; keys: string[]; missing: string[]; source: string };
  logging: { requests: boolean; responses: boolean; destination: string | null; source: string };
  replicas: { min: number | null; max: number | null; source: string };
  resources: { cpu: string | null; memory: string | null; gpu: string | null; instanceType: string | null; limitsSet: boolean; missing: string[]; source: string };
  owner: string | null;
  environment: string | null;
  production: boolean;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  routes: Route[];
}

/** Source positions of one document, for findings that point at the deciding field. */
export interface DocRef {
  file: string;
  locate(path: ReadonlyArray<string | number>): Location;
}

/** An endpoint as a reader produced it, before routes and fleet settings are applied. */
export interface RawEndpoint {
  endpoint: Omit<Endpoint, 'exposure' | 'owner' | 'environment' | 'production' | 'routes'> & { exposure: { level: Exposure; source: string; evidence?: Evidence[] } };
  doc: DocRef;
  /** Paths (in the document) of the fields that decide each rule, for finding locations. */
  fields: Partial<Record<string, ReadonlyArray<string | number>>>;
  /**
   * The labels of each group of its serving pods as the platform's operator sets them (platforms/pods.ts),
   * for Service selectors and Istio policies; and the Service names the platform creates for it.
   */
  podLabels: Array<Record<string, string>>;
  serviceNames: string[];
}
