// Trivy and Grype image reports. Findings come from src/scanners (one severity ladder); what images
// need beyond that — which image a report scanned — is read here from the same JSON:
//   Trivy: Metadata.RepoDigests[] ("repo@sha256:…"), Metadata.ImageID (the config digest)
//   Grype: source.target.manifestDigest, .repoDigests[], .imageID
import { redactUrls } from '../../src/detect/redact-url.js';
import { ConfigError } from '../../src/errors.js';
import { severityRank, type Finding, type Location, type Severity } from '../../src/report/model.js';
import { parseScannerReport, readScannerJson, type ScannerTool } from '../../src/scanners/index.js';
import type { AdvisoryIgnores } from '../../src/vuln/ignore.js';
import type { ContainerImageConfig } from './config.js';
import type { ReportFacts } from './facts.js';
import { finding, RULES } from './rules.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const HEX = /sha256:([0-9a-f]{64})/;

/** What the report says it scanned (as the tool names it, credentials in a URL masked: `trivy repo https://<token>@…`). */
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
    return { image: data.ArtifactType === 'container_image', artifact: typeof data.ArtifactName === 'string' ? redactUrls(data.ArtifactName) : null, digests: [...digests] };
  }
  if (tool === 'grype' && isObj(data)) {
    const source = isObj(data.source) ? data.source : {};
    const target = isObj(source.target) ? source.target : {};
    add(target.manifestDigest);
    strs(target.repoDigests).forEach(add);
    add(target.imageID);
    const artifact = typeof target.userInput === 'string' ? redactUrls(target.userInput) : null;
    return { image: source.type === 'image', artifact, digests: [...digests] };
  }
  return { image: false, artifact: null, digests: [] };
}

export function readImageReport(
  abs: string,
  display: string,
  expect: 'trivy' | 'grype' | undefined,
  config: ContainerImageConfig,
  ignores: AdvisoryIgnores,
  releaseDigests: ReadonlyMap<string, string>,
  location: Location,
): { findings: Finding[]; facts: ReportFacts } {
  const data = readScannerJson(abs, display);
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
    if (ignores.find([f.id, ...f.aliases], f.package)) {
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
