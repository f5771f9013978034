// Package URLs (purl-spec): pkg:type/namespace/name@version?qualifiers#subpath, and the OSV
// ecosystem each type maps to.
export interface Purl {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
}

const ECOSYSTEM_OF_TYPE: Record<string, string> = { pypi: 'PyPI', npm: 'npm', conda: 'conda', maven: 'Maven', golang: 'Go', cargo: 'crates.io', gem: 'RubyGems', nuget: 'NuGet' };

/** Parsed purl, or undefined when `s` is not one. */
export function parsePurl(s: string): Purl | undefined {
  const m = /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\/([^?#]+?)(?:@([^?#/]+))?(?:\?[^#]*)?(?:#.*)?$/.exec(s.trim());
  if (!m) return undefined;
  const parts = m[2]!.split('/').filter(Boolean).map(decode);
  if (parts.length === 0) return undefined;
  const purl: Purl = { type: m[1]!.toLowerCase(), name: parts.pop()! };
  if (parts.length) purl.namespace = parts.join('/');
  if (m[3]) purl.version = decode(m[3]);
  return purl;
}

/** The OSV ecosystem and package name a purl designates (npm scopes become `@scope/name`). */
export function purlPackage(p: Purl): { ecosystem: string; name: string } {
  const ecosystem = ECOSYSTEM_OF_TYPE[p.type] ?? p.type;
  if (p.type === 'npm') return { ecosystem, name: p.namespace ? `${p.namespace}/${p.name}` : p.name };
  if (p.type === 'maven' && p.namespace) return { ecosystem, name: `${p.namespace}:${p.name}` };
  return { ecosystem, name: p.namespace ? `${p.namespace}/${p.name}` : p.name };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
