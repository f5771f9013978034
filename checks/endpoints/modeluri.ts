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
  return { name, uri: uri === null ? null : redactUrls(uri), digest, version, pin, format: explicit.format ?? null };
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
