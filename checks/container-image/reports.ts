// Trivy and Grype image reports. Findings come from src/scanners (one severity ladder); what images
// need beyond that — which image a report scanned — is read here from the same JSON:
//   Trivy: Metadata.RepoDigests[] ("repo@sha256:…"), Metadata.ImageID (the config digest)
//   Grype: source.target.manifestDigest, .repoDigests[], .imageID
import { readFileSync } from 'node:fs';
import { ConfigError, errorMessage } from '../../src/errors.js';
import { severityRank, type Finding, type Location, type Severity } from '../../src/report/model.js';
import { parseScannerReport, type ScannerFinding, type ScannerTool } from '../../src/scanners/index.js';
import { jsonErrorPosition } from '../../src/vuln/json-position.js';
import type { ContainerImageConfig, IgnoreAdvisory } from './config.js';
import { finding, RULES } from './rules.js';

export interface ReportFacts {
  path: string;
  tool: ScannerTool;
  /** Image report (Trivy ArtifactType container_image, Grype source.type image). */
  image: boolean;
  artifact: string | null;
  /** Digests the report records for what it scanned ("sha256:…"). */
  digests: string[];
  /** true/false when compared with the release's digests; null when there was nothing to compare. */
  digestMatches: boolean | null;
  findings: { vulnerability: number; misconfiguration: number; secret: number };
  ignored: number;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const HEX = /sha256:([0-9a-f]{64})/;

/** What the report says it scanned. */
export function scannedImage(data: unknown, tool: ScannerTool): { image: boolean; artifact: string | null; digests: string[] } {
  const digests = new Set<string>();
  const add = (s: unknown) => {
    const m = typeof s === 'string' ? HEX.exec(s) : null;
    if (m) digests.add(m[1]!);
  };
  if (tool === 'trivy' && isObj(data)) {
    const meta = isObj(data.Metadata) ? data.Metadata : {};
    strs(meta.RepoDigests).forEach(add);
    add(meta.ImageID);
    return { image: data.ArtifactType === 'container_image', artifact: typeof data.ArtifactName === 'string' ? data.ArtifactName : null, digests: [...digests] };
  }
  if (tool === 'grype' && isObj(data)) {
    const source = isObj(data.source) ? data.source : {};
    const target = isObj(source.target) ? source.target : {};
    add(target.manifestDigest);
    strs(target.repoDigests).forEach(add);
    add(target.imageID);
    const artifact = typeof target.userInput === 'string' ? target.userInput : null;
    return { image: source.type === 'image', artifact, digests: [...digests] };
  }
  return { image: false, artifact: null, digests: [] };
}

export interface Ignores {
  find(f: ScannerFinding): IgnoreAdvisory | undefined;
  findings(): Finding[];
}

/** ignoreAdvisories with the engine's waiver semantics: applies through its expiry day (UTC); expired entries are findings; unused ones are reported. */
export function compileIgnores(entries: readonly IgnoreAdvisory[], today: string): Ignores {
  const active = entries.filter((e) => e.expires >= today);
  const used = new Set<IgnoreAdvisory>();
  return {
    find(f) {
      const ids = [f.id, ...f.aliases].map((x) => x.toUpperCase());
      const hit = active.find((e) => ids.includes(e.id.toUpperCase()) && (e.package === undefined || e.package.toLowerCase() === f.package?.name.toLowerCase()));
      if (hit) used.add(hit);
      return hit;
    },
    findings() {
      const out: Finding[] = [];
      for (const e of entries) {
        const what = `${e.id}${e.package ? ` on ${e.package}` : ''}`;
        if (e.expires < today) {
          out.push(finding('ignoreExpired', `ignored advisory ${what}${e.owner ? ` (owner ${e.owner})` : ''} expired on ${e.expires}; it counts again`, { target: e.id }));
        } else if (!used.has(e)) {
          out.push(finding('ignoreUnused', `ignored advisory ${what} matched no scanner finding`, { target: e.id }));
        }
      }
      return out;
    },
  };
}

export function readImageReport(
  abs: string,
  display: string,
  expect: 'trivy' | 'grype' | undefined,
  config: ContainerImageConfig,
  ignores: Ignores,
  releaseDigests: ReadonlyMap<string, string>,
  location: Location,
): { findings: Finding[]; facts: ReportFacts } {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new ConfigError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'scanner report not found' : `cannot read scanner report: ${errorMessage(e)}`, { file: display });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(`scanner report is not valid JSON: ${errorMessage(e)}`, { file: display, ...jsonErrorPosition(text) });
  }
  const report = parseScannerReport(data, display, expect);
  if (report.tool !== 'trivy' && report.tool !== 'grype') {
    throw new ConfigError(`expected a Trivy or Grype image report, found a ${report.tool} report`, { file: display, line: 1 });
  }
  const scanned = scannedImage(data, report.tool);
  const findings: Finding[] = [];
  const at = { file: display };
  const facts: ReportFacts = {
    path: display,
    tool: report.tool,
    image: scanned.image,
    artifact: scanned.artifact,
    digests: scanned.digests.map((d) => `sha256:${d}`),
    digestMatches: null,
    findings: { vulnerability: 0, misconfiguration: 0, secret: 0 },
    ignored: 0,
  };

  if (scanned.image && releaseDigests.size > 0) {
    const match = scanned.digests.some((d) => releaseDigests.has(d));
    facts.digestMatches = match;
    if (!match) {
      const want = [...releaseDigests].map(([d, what]) => `${what} sha256:${d.slice(0, 12)}…`).join(', ');
      const message = scanned.digests.length
        ? `${report.tool} report scanned ${scanned.artifact ?? 'an image'} (sha256:${scanned.digests[0]!.slice(0, 12)}…), not the released image (${want})`
        : `${report.tool} report records no image digest, so it cannot be tied to the released image (${want})`;
      findings.push(finding('reportDigestMismatch', message, { location: { ...location }, target: display }));
    }
  }

  const seen = new Set<string>();
  for (const f of report.findings) {
    facts.findings[f.kind]++;
    if (ignores.find(f)) {
      facts.ignored++;
      continue;
    }
    const key = f.kind === 'vulnerability' ? 'vulnerability' : f.kind === 'misconfiguration' ? 'misconfiguration' : 'scannerSecret';
    const pkg = f.package ? `${f.package.name}${f.package.version ? `@${f.package.version}` : ''}` : undefined;
    const target = f.kind === 'vulnerability' ? `${f.id} ${pkg ?? ''}`.trim() : `${f.id}${f.target ? ` ${f.target}${f.line ? `:${f.line}` : ''}` : ''}`;
    if (seen.has(target)) continue;
    seen.add(target);
    const original: Severity = f.severity ?? config.unknownSeverity;
    const below = severityRank(original) < severityRank(config.failOnSeverity);
    const severity: Severity = below ? 'info' : original;
    const what = f.kind === 'vulnerability' ? `${f.id} in ${pkg ?? 'an unnamed package'}` : f.kind === 'misconfiguration' ? `misconfiguration ${f.id}${f.title ? ` (${f.title})` : ''}` : `secret ${f.id}${f.title ? ` (${f.title})` : ''}`;
    const where = f.target && f.kind !== 'vulnerability' ? ` in ${f.target}${f.line ? ` line ${f.line}` : ''}` : '';
    const fix = f.fixedVersions.length ? `, fixed in ${f.fixedVersions.join(', ')}` : f.kind === 'vulnerability' ? ', no fix yet' : '';
    const sev = f.severity ? original : `unknown, counted as ${original}`;
    const note = below ? ` — below failOnSeverity ${config.failOnSeverity}, reported as info` : '';
    findings.push({
      ...finding(key, `${what}${where} (${report.tool}: ${sev}${fix})${note}`, { location: at, target, severity }),
      remediation: RULES[key].remediation,
    });
  }
  return { findings, facts };
}
