// What a model URI says about pinning: an immutable digest, a version, or a mutable reference.
import { redactUrls } from '../../src/detect/redact-url.js';
import type { ServedModel } from './model.js';

const SHA256 = /^[0-9a-f]{64}$/;
const VERSION_SEGMENT = /^v?\d+(?:[.\-_]\d+)*(?:[-+.][0-9A-Za-z.-]+)?$/;
const MUTABLE = new Set(['latest', 'current', 'stable', 'main', 'master', 'head', 'production', 'staging', 'champion', 'prod', 'none', 'archived']);

/** Normalises "sha256:HEX" or "HEX" to lowercase hex; anything else is null. */
export function sha256Of(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const hex = value.trim().replace(/^sha256:/i, '').toLowerCase();
  return SHA256.test(hex) ? hex : null;
}

/**
 * Pinning of a model reference. `digest`/`version` given explicitly (annotation, tag, ModelGate field)
 * win over what the URI shows; a version that reads "latest" (or another moving name) is never a pin.
 */
export function servedModel(name: string, uri: string | null, explicit: { digest?: unknown; version?: unknown; format?: string | null } = {}): ServedModel {
  const fromUri = uri ? parseUri(uri) : { digest: null, version: null, why: 'no model URI' };
  const digest = sha256Of(explicit.digest) ?? fromUri.digest;
  const explicitVersion = typeof explicit.version === 'string' || typeof explicit.version === 'number' ? String(explicit.version) : null;
  const version = explicitVersion ?? fromUri.version;
  let pin: string;
  if (digest) pin = 'pinned by sha256 digest';
  else if (version && MUTABLE.has(version.toLowerCase())) pin = `version "${version}" is a moving reference`;
  else if (version) pin = `pinned to version ${version}`;
  else pin = fromUri.why;
  // The URI is shown in findings and facts: credentials in it are masked (parseUri read it as written).
  const pinned = digest !== null || (version !== null && !MUTABLE.has(version.toLowerCase()));
  // Where the digest was read is for the caller to say (pulledModel does); the shape stays the same for CEL.
  return { name, uri: uri === null ? null : redactUrls(uri), digest, version, pin, pinned, digestSource: null, declaredDigest: sha256Of(explicit.digest), format: explicit.format ?? null };
}

export function isPinned(m: ServedModel): boolean {
  if (m.pinned !== undefined) return m.pinned;
  return m.digest !== null || (m.version !== null && !MUTABLE.has(m.version.toLowerCase()));
}

function parseUri(uri: string): { digest: string | null; version: string | null; why: string } {
  // OCI (KServe oci://, container images): name@sha256:… or name:tag.
  const at = uri.match(/@sha256:([0-9a-fA-F]{64})$/);
  if (at) return { digest: at[1]!.toLowerCase(), version: null, why: '' };
  const scheme = uri.match(/^([a-z][a-z0-9+.-]*):\/\//i)?.[1]?.toLowerCase() ?? (uri.startsWith('models:/') ? 'models' : null);
  if (scheme === 'models') {
    // MLflow registry: models:/name/3 is a version; models:/name/Production (stage) and models:/name@alias move.
    const m = uri.match(/^models:\/([^/@]+)(?:\/([^/]+)|@(.+))?\/?$/);
    if (m?.[2] && /^\d+$/.test(m[2])) return { digest: null, version: m[2], why: '' };
    if (m?.[3]) return { digest: null, version: null, why: `MLflow alias "@${m[3]}" can be moved to another version` };
    if (m?.[2]) return { digest: null, version: m[2], why: '' };
    return { digest: null, version: null, why: 'MLflow model URI names no version' };
  }
  if (scheme === 'hf') {
    const rev = uri.match(/@([^/]+)$/)?.[1];
    if (rev && /^[0-9a-f]{40}$/.test(rev)) return { digest: null, version: rev, why: '' };
    return rev ? { digest: null, version: rev, why: '' } : { digest: null, version: null, why: 'Hugging Face URI names no revision (commit)' };
  }
  if (scheme === 'oci' || scheme === 'docker' || !scheme) {
    const ref = uri.replace(/^[a-z]+:\/\//i, '');
    const lastSlash = ref.lastIndexOf('/');
    const tag = ref.slice(lastSlash + 1).match(/:([\w][\w.-]{0,127})$/)?.[1];
    if (tag) return { digest: null, version: tag, why: '' };
    if (scheme === 'oci' || scheme === 'docker') return { digest: null, version: null, why: 'OCI reference has no tag or digest (means "latest")' };
  }
  // SageMaker model package ARN: …:model-package/name/3
  const pkg = uri.match(/:model-package\/[^/]+\/(\d+)$/);
  if (pkg) return { digest: null, version: pkg[1]!, why: '' };
  if (/:model-package-group\//.test(uri) || /:model-package\/[^/]+$/.test(uri)) return { digest: null, version: null, why: 'model package reference names no version' };
  // Object storage and file URIs: a path segment that reads like a version (…/fraud/3/, …/v1.2.0/model.tar.gz).
  const segments = uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split('/').filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!.replace(/\.(tar\.gz|tgz|zip|onnx|pt|pkl|joblib|bst|safetensors)$/i, '');
    if (MUTABLE.has(s.toLowerCase())) return { digest: null, version: s, why: '' };
    if (VERSION_SEGMENT.test(s)) return { digest: null, version: s.replace(/^v(?=\d)/, ''), why: '' };
  }
  return { digest: null, version: null, why: 'the model URI carries no version or digest' };
}

/**
 * Where a model reference or a declared digest was read, for findings: the field (`field in file`), and
 * the field with its file:line. Both are functions: the field's text is built only when a model's
 * `digestSource` or `pin` shows it, and finding the line re-reads the document, so only a message that
 * needs it asks.
 */
export type Where = string | { field: () => string; at: () => string };
const full = (w: Where): string => (typeof w === 'string' ? w : w.at());
const brief = (w: Where): string => (typeof w === 'string' ? w : w.field());

/** A digest or version an annotation (or tag) declares for a model, and where. */
export interface Declared {
  digest?: unknown;
  version?: unknown;
  /** e.g. `metadata.annotations["modelgate.dev/model-sha256"] at deploy/fraud.yaml:7:5`. */
  source: Where;
}

// Where the digest of a pinned model was read, its line found only when asked (see digestEvidence). A
// property under a symbol, not enumerable: CEL rules, facts and JSON see the model's plain fields only,
// and (unlike a WeakMap entry per model) it costs the garbage collector nothing extra.
const DIGEST_WHERE = Symbol('digest read at');
type Tracked = ServedModel & { [DIGEST_WHERE]?: Where };

/** Where the digest looked up for `m` was read, with file:line when known (for verdict findings). */
export function digestEvidence(m: ServedModel): string | null {
  const w = (m as Tracked)[DIGEST_WHERE];
  return w ? full(w) : (m.digestSource ?? null);
}

/** A copy of `m` with some fields changed (another name for a Pipeline step, its evidence), keeping where its digest was read. */
export function copyModel(m: ServedModel, patch: Partial<ServedModel>): ServedModel {
  const copy = { ...m, ...patch };
  const w = (m as Tracked)[DIGEST_WHERE];
  return w ? pinnedBy(copy, w) : copy;
}

function pinnedBy(m: ServedModel, where: Where): ServedModel {
  Object.defineProperty(m, DIGEST_WHERE, { value: where });
  return m;
}

const shortDigest = (d: string) => `sha256:${d.slice(0, 12)}…`;

/**
 * The model a platform actually pulls from `uri` (read at `uriSource`), with what a definition declares
 * beside it (an annotation): the pulled artifact decides. A digest in the URI wins over a declared one;
 * when both are given they must agree (a disagreement is not pinned, and the verdict looked up is the
 * URI's). A reference that moves (an OCI tag or no tag, `latest/`, an MLflow stage or alias, a Hugging
 * Face branch) is not pinned by a declared digest: what it resolves to can change after the annotation
 * was written, so no digest is looked up for it.
 */
export function pulledModel(name: string, uri: string | null, uriSource: Where, declared: Declared | null, format: string | null = null): ServedModel {
  const parsed = uri ? parseUri(uri) : { digest: null, version: null, why: 'no model URI' };
  const shownUri = uri === null ? null : redactUrls(uri);
  const fromUri = parsed.digest;
  const claimed = declared ? sha256Of(declared.digest) : null;
  // Every branch builds the same shape, fields in the same order (name, uri, format first).
  if (fromUri && claimed && claimed !== fromUri) {
    const pin = `${full(declared!.source)} declares ${shortDigest(claimed)} but ${full(uriSource)} pulls ${shortDigest(fromUri)}; the pulled artifact is the one checked`;
    return pinnedBy({ name, uri: shownUri, format, digest: fromUri, version: null, pinned: false, digestSource: brief(uriSource), declaredDigest: claimed, pin }, uriSource);
  }
  if (fromUri) {
    const field = brief(uriSource);
    return pinnedBy({ name, uri: shownUri, format, digest: fromUri, version: null, pinned: true, digestSource: field, declaredDigest: claimed, pin: `pinned by sha256 digest in ${field}` }, uriSource);
  }
  const moving = uri ? movingReference(uri, parsed) : null;
  if (moving) {
    const ignored = claimed ? `; the digest ${shortDigest(claimed)} in ${full(declared!.source)} does not pin what it resolves to` : '';
    return { name, uri: shownUri, format, digest: null, version: parsed.version, pinned: false, digestSource: null, declaredDigest: claimed, pin: `${full(uriSource)}: ${moving}${ignored}` };
  }
  if (claimed) {
    const field = brief(declared!.source);
    return pinnedBy({ name, uri: shownUri, format, digest: claimed, version: null, pinned: true, digestSource: field, declaredDigest: claimed, pin: `pinned by sha256 digest in ${field}` }, declared!.source);
  }
  const given = declared && (typeof declared.version === 'string' || typeof declared.version === 'number') ? String(declared.version) : null;
  const version = given ?? parsed.version;
  const pinned = version !== null && !MUTABLE.has(version.toLowerCase());
  const why = version === null ? parsed.why : pinned ? `pinned to version ${version}` : `version "${version}" is a moving reference`;
  // No digest: the verdict lookup fails, and its message shows this text, so the line is found now.
  const where = full(given ? declared!.source : uriSource);
  return { name, uri: shownUri, format, digest: null, version, pinned, digestSource: null, declaredDigest: null, pin: uri || given ? `${why} (${where})` : `${why} at ${where}` };
}

/** Why a model reference resolves to different artifacts over time, or null when it names one artifact. */
function movingReference(uri: string, parsed: ReturnType<typeof parseUri>): string | null {
  if (parsed.digest) return null;
  const scheme = uri.match(/^([a-z][a-z0-9+.-]*):\/\//i)?.[1]?.toLowerCase() ?? (uri.startsWith('models:/') ? 'models' : null);
  if (scheme === 'models') {
    if (parsed.version && /^\d+$/.test(parsed.version)) return null;
    return parsed.version ? `MLflow stage "${parsed.version}" moves to whichever version is promoted` : parsed.why;
  }
  if (scheme === 'hf') return parsed.version && /^[0-9a-f]{40}$/.test(parsed.version) ? null : parsed.version ? `Hugging Face revision "${parsed.version}" is a branch or tag, not a commit` : parsed.why;
  if (scheme === 'oci' || scheme === 'docker' || isImageReference(uri)) {
    return parsed.version ? `OCI tag "${parsed.version}" can be pushed again to another artifact; only @sha256: names one` : 'OCI reference without a digest resolves to "latest"';
  }
  if (parsed.version && MUTABLE.has(parsed.version.toLowerCase())) return `path segment "${parsed.version}/" is a moving reference`;
  return null;
}

/** A container image reference (registry/name[:tag]) as given in a Kubernetes `image` field: no URI scheme. */
function isImageReference(uri: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(uri) && !uri.startsWith('models:/') && !uri.startsWith('/') && !uri.startsWith('arn:');
}
