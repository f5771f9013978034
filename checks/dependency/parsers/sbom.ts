// SBOMs: CycloneDX JSON (1.x, components nested at any depth) and SPDX JSON (2.x packages).
// The ecosystem comes from each component's purl; one without a purl is counted, not matched.
import { ConfigError } from '../../../src/errors.js';
import { parsePurl, purlPackage } from '../../../src/vuln/purl.js';
import type { Dependency, ParsedFile, Scope } from '../package.js';
import type { LockfileParser } from './formats.js';
import { isObject, parseJson } from './json.js';

export function parseSbom(text: string, file: string): ParsedFile {
  const data = parseJson(text, file);
  if (isObject(data) && data.bomFormat === 'CycloneDX') return parseCycloneDx(data, text, file);
  if (isObject(data) && typeof data.spdxVersion === 'string') return parseSpdx(data, text, file);
  throw new ConfigError('unknown SBOM format: expected CycloneDX JSON ("bomFormat": "CycloneDX") or SPDX 2.x JSON ("spdxVersion")', { file, line: 1 });
}

function parseCycloneDx(data: Record<string, unknown>, text: string, file: string): ParsedFile {
  const spec = String(data.specVersion ?? '');
  if (!/^1\.[2-7]$/.test(spec)) throw new ConfigError(`unsupported CycloneDX specVersion ${JSON.stringify(data.specVersion ?? null)}; expected 1.2 to 1.7`, { file, line: lineOf(text, '"specVersion"') });
  const out: Dependency[] = [];
  const walk = (components: unknown, path: string): void => {
    if (components === undefined) return;
    if (!Array.isArray(components)) throw new ConfigError(`${path} must be an array`, { file });
    components.forEach((c, i) => {
      if (!isObject(c) || typeof c.name !== 'string') throw new ConfigError(`${path}[${i}] needs a string "name"`, { file });
      const purl = typeof c.purl === 'string' ? c.purl : undefined;
      const scope: Scope = c.scope === 'excluded' ? 'development' : 'runtime';
      out.push(fromPurl(c.name, typeof c.version === 'string' ? c.version : undefined, purl, scope, cdxLicense(c.licenses), cdxHashes(c.hashes), file, lineOf(text, purl ? JSON.stringify(purl).slice(1, -1) : `"${c.name}"`)));
      walk(c.components, `${path}[${i}].components`);
    });
  };
  walk(data.components, 'components');
  return { format: 'cyclonedx', dependencies: out };
}

function parseSpdx(data: Record<string, unknown>, text: string, file: string): ParsedFile {
  if (!/^SPDX-2\.\d$/.test(String(data.spdxVersion))) throw new ConfigError(`unsupported spdxVersion ${JSON.stringify(data.spdxVersion)}; expected SPDX-2.x`, { file, line: lineOf(text, '"spdxVersion"') });
  const packages = data.packages ?? [];
  if (!Array.isArray(packages)) throw new ConfigError('"packages" must be an array', { file });
  // The packages the document DESCRIBES are the subject (the project itself), not its dependencies.
  const described = new Set<string>([
    ...(Array.isArray(data.documentDescribes) ? data.documentDescribes.filter((x): x is string => typeof x === 'string') : []),
    ...(Array.isArray(data.relationships) ? data.relationships : [])
      .filter((r): r is Record<string, unknown> => isObject(r) && r.relationshipType === 'DESCRIBES' && typeof r.relatedSpdxElement === 'string')
      .map((r) => r.relatedSpdxElement as string),
  ]);
  const dev = new Set(
    (Array.isArray(data.relationships) ? data.relationships : [])
      .filter((r): r is Record<string, unknown> => isObject(r) && /^(DEV_DEPENDENCY_OF|TEST_DEPENDENCY_OF|BUILD_DEPENDENCY_OF)$/.test(String(r.relationshipType)))
      .map((r) => String(r.spdxElementId)),
  );
  const out: Dependency[] = [];
  packages.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string') throw new ConfigError(`packages[${i}] needs a string "name"`, { file });
    if (typeof p.SPDXID === 'string' && described.has(p.SPDXID)) return;
    const refs = Array.isArray(p.externalRefs) ? p.externalRefs : [];
    const purl = refs.find((r): r is Record<string, unknown> => isObject(r) && r.referenceType === 'purl' && typeof r.referenceLocator === 'string')?.referenceLocator as string | undefined;
    const license = [p.licenseConcluded, p.licenseDeclared].find((l): l is string => typeof l === 'string' && l !== 'NOASSERTION' && l !== 'NONE');
    const hashes = (Array.isArray(p.checksums) ? p.checksums : []).flatMap((c) => (isObject(c) && typeof c.algorithm === 'string' && typeof c.checksumValue === 'string' ? [`${c.algorithm.toLowerCase()}:${c.checksumValue}`] : []));
    const scope: Scope = typeof p.SPDXID === 'string' && dev.has(p.SPDXID) ? 'development' : 'runtime';
    const version = typeof p.versionInfo === 'string' ? p.versionInfo : undefined;
    out.push(fromPurl(p.name, version, purl, scope, license, hashes, file, lineOf(text, typeof p.SPDXID === 'string' ? `"${p.SPDXID}"` : `"${p.name}"`)));
  });
  return { format: 'spdx', dependencies: out };
}

function fromPurl(name: string, version: string | undefined, purl: string | undefined, scope: Scope, license: string | undefined, hashes: string[], file: string, line: number): Dependency {
  const parsed = purl ? parsePurl(purl) : undefined;
  const pkg = parsed ? purlPackage(parsed) : { ecosystem: 'unknown', name };
  const v = parsed?.version ?? version;
  const dep: Dependency = { ...pkg, pinned: v !== undefined, hashes, scope, file, line };
  if (v !== undefined) dep.version = v;
  if (license) dep.license = license;
  return dep;
}

function cdxLicense(v: unknown): string | undefined {
  if (!Array.isArray(v)) return undefined;
  const parts = v.flatMap((l) => {
    if (!isObject(l)) return [];
    if (typeof l.expression === 'string') return [l.expression];
    const lic = isObject(l.license) ? l.license : undefined;
    return typeof lic?.id === 'string' ? [lic.id] : typeof lic?.name === 'string' ? [lic.name] : [];
  });
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' AND ');
}

function cdxHashes(v: unknown): string[] {
  return Array.isArray(v) ? v.flatMap((h) => (isObject(h) && typeof h.alg === 'string' && typeof h.content === 'string' ? [`${h.alg.toLowerCase().replace('-', '')}:${h.content}`] : [])) : [];
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i === -1 ? 1 : text.slice(0, i).split('\n').length;
}

export const sbom: LockfileParser = { format: 'sbom', matches: (base) => /\.(cdx|bom|spdx)\.json$|^bom\.json$|^sbom.*\.json$/.test(base), parse: (text, file) => parseSbom(text, file) };
