// Package URLs (purl-spec) of the packages the dependency and container-image checks list, built with
// packageurl-js so that names are normalised and encoded as the spec says (pypi lowercases and dashes,
// npm's @scope is a namespace).
import { PackageURL } from 'packageurl-js';

/** OSV ecosystem (and the scanners' names for it) → purl type; undefined for one purl has no type for. */
const PURL_TYPES: Record<string, string> = {
  pypi: 'pypi',
  npm: 'npm',
  conda: 'conda',
  go: 'golang',
  'crates.io': 'cargo',
  cargo: 'cargo',
  maven: 'maven',
  rubygems: 'gem',
  nuget: 'nuget',
  packagist: 'composer',
  hex: 'hex',
  pub: 'pub',
  debian: 'deb',
  alpine: 'apk',
};

/** The purl of a package, or undefined when its ecosystem has no purl type or the name does not form one. */
export function purlOf(ecosystem: string, name: string, version: string | null | undefined): string | undefined {
  const type = PURL_TYPES[ecosystem.toLowerCase().replace(/:.*$/, '')];
  if (!type) return undefined;
  let namespace: string | undefined;
  let local = name;
  const cut = type === 'maven' ? name.lastIndexOf(':') : type === 'npm' || type === 'golang' ? name.lastIndexOf('/') : -1;
  if (cut > 0) {
    namespace = name.slice(0, cut);
    local = name.slice(cut + 1);
  }
  try {
    return new PackageURL(type, namespace, local, version ?? undefined, undefined, undefined).toString();
  } catch {
    return undefined;
  }
}

const HASH_NAMES = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', sha1: 'SHA-1', md5: 'MD5' } as const;
const HEX_LENGTHS: Record<keyof typeof HASH_NAMES, number> = { sha256: 64, sha384: 96, sha512: 128, sha1: 40, md5: 32 };

/**
 * A digest as lockfiles write it, as a CycloneDX hash: "sha256:abc…", "sha256=abc…", a bare 64-hex
 * digest, or npm's Subresource Integrity "sha512-<base64>". Undefined for an algorithm CycloneDX has
 * no name for or a malformed digest.
 */
export function bomHashOf(digest: string): { alg: (typeof HASH_NAMES)[keyof typeof HASH_NAMES]; content: string } | undefined {
  const sri = /^(sha256|sha384|sha512|sha1)-([A-Za-z0-9+/]+={0,2})$/i.exec(digest.trim());
  const m = sri ? undefined : /^(?:(sha256|sha384|sha512|sha1|md5)[:=])?([0-9a-fA-F]+)$/i.exec(digest.trim());
  const alg = (sri?.[1] ?? m?.[1] ?? (m?.[2]?.length === 64 ? 'sha256' : '')).toLowerCase() as keyof typeof HASH_NAMES;
  const hex = sri ? Buffer.from(sri[2]!, 'base64').toString('hex') : m?.[2]?.toLowerCase();
  if (!(alg in HASH_NAMES) || !hex || hex.length !== HEX_LENGTHS[alg]) return undefined;
  return { alg: HASH_NAMES[alg], content: hex };
}
