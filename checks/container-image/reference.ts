// Image references as Docker's distribution/reference grammar reads them:
//   [registry[:port]/]path[:tag][@algorithm:hex]
// The first component is a registry when it contains "." or ":" or is "localhost" (Docker's rule);
// otherwise the registry is Docker Hub (docker.io) and a one-component path gets "library/".
import { redactUrls } from '../../src/detect/redact-url.js';

export interface ImageReference {
  /** As written. */
  raw: string;
  /** Registry host (and port), lowercase: docker.io for Docker Hub. */
  registry: string;
  /** Path inside the registry: library/python, acme/model-server. */
  repository: string;
  tag?: string;
  /** `algorithm:hex` as written. */
  digest?: string;
  /** Pinned: the digest is exactly `sha256:` + 64 lowercase hex characters. */
  pinned: boolean;
  /** No tag and no digest: Docker resolves `latest`. */
  implicitLatest: boolean;
  /** registry/repository[:tag][@digest], the form policies match against. */
  normalized: string;
  /** registry/repository */
  name: string;
}

export class ReferenceError extends Error {
  override name = 'ReferenceError';
}

/**
 * A reference as a message quotes it, with credentials someone wrote into it masked: a URL's
 * (`https://user:****@registry/…`) or a `user:password@` before the registry (`user:****@registry/repo`).
 * An `@` after the first `/` is a digest, not credentials.
 */
export function shownReference(raw: string): string {
  if (raw.includes('://')) return redactUrls(raw);
  const slash = raw.indexOf('/');
  return slash > 0 && raw.lastIndexOf('@', slash) !== -1 ? redactUrls(`x://${raw}`).slice('x://'.length) : raw;
}

const DOCKER_HUB = 'docker.io';
const HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com', 'docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
export const PINNED_DIGEST = /^sha256:[0-9a-f]{64}$/;
const MAX_NAME = 255;

/** Parses an image reference; throws ReferenceError with what is wrong. */
export function parseImageReference(input: string): ImageReference {
  const raw = input;
  const s = input.trim();
  const fail = (why: string): never => {
    throw new ReferenceError(`image reference ${JSON.stringify(shownReference(raw))} does not parse: ${why}`);
  };
  if (s === '') fail('it is empty');
  if (/\s/.test(s)) fail('it contains white space');
  if (s.includes('://')) fail('write the reference without a scheme (registry/repository:tag@sha256:…)');

  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail(`"${digest}" is not a digest (expected algorithm:hex, e.g. sha256: and 64 hexadecimal characters)`);
  }
  // A tag follows the last ":" after the last "/" (a ":" before it is a registry port).
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`"${tag}" is not a valid tag (letters, digits, "_", "." and "-", at most 128, not starting with "." or "-")`);
  }
  if (rest === '') fail('the repository name is missing');

  let registry = DOCKER_HUB;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      registry = first;
      path = rest.slice(slash + 1);
      const [host, port, ...more] = registry.split(':');
      if (more.length || !host || !host.split('.').every((c) => DOMAIN_COMPONENT.test(c))) fail(`"${registry}" is not a valid registry host`);
      if (port !== undefined && !/^[0-9]{1,5}$/.test(port)) fail(`"${port}" is not a valid registry port`);
      registry = registry.toLowerCase();
      if (HUB_ALIASES.has(registry)) registry = DOCKER_HUB;
    }
  }
  const components = path.split('/');
  for (const c of components) {
    if (c === '') fail('the repository has an empty path component');
    if (!PATH_COMPONENT.test(c)) {
      fail(c !== c.toLowerCase() ? `repository name must be lowercase ("${c}")` : `"${c}" is not a valid repository path component`);
    }
  }
  if (registry === DOCKER_HUB && components.length === 1) path = `library/${path}`;
  const name = `${registry}/${path}`;
  if (name.length > MAX_NAME) fail(`the repository name is longer than ${MAX_NAME} characters`);

  const ref: ImageReference = {
    raw,
    registry,
    repository: path,
    pinned: digest !== undefined && PINNED_DIGEST.test(digest),
    implicitLatest: tag === undefined && digest === undefined,
    normalized: `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`,
    name,
  };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** The hex of a pinned sha256 digest, else undefined. */
export function digestHex(ref: ImageReference): string | undefined {
  return ref.pinned ? ref.digest!.slice('sha256:'.length) : undefined;
}

/**
 * Normalises an allowedRegistries entry the way references are: host lowercased, Docker Hub aliases
 * folded into docker.io. The entry is a prefix of the normalised reference.
 */
export function normalizePrefix(prefix: string): string {
  const p = prefix.trim();
  const slash = p.indexOf('/');
  const host = (slash < 0 ? p : p.slice(0, slash)).toLowerCase();
  const folded = HUB_ALIASES.has(host) ? DOCKER_HUB : host;
  return slash < 0 ? folded : `${folded}${p.slice(slash)}`;
}

/**
 * Prefix match on the normalised reference, on a boundary: `ghcr.io/acme` matches
 * `ghcr.io/acme/x` and `ghcr.io/acme:1`, not `ghcr.io/acme-evil/x`. An entry ending with "/"
 * matches anything below it.
 */
export function registryAllowed(ref: ImageReference, allowed: readonly string[]): string | undefined {
  for (const entry of allowed) {
    const prefix = normalizePrefix(entry);
    if (prefix === '') continue;
    if (!ref.normalized.startsWith(prefix)) continue;
    const next = ref.normalized.charAt(prefix.length);
    if (/[/:@]$/.test(prefix) || next === '' || next === '/' || next === ':' || next === '@') return entry;
  }
  return undefined;
}
