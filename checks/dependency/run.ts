// The dependency check's work, loaded only when the check runs (index.ts holds what the registry needs).
import { posix } from 'node:path';
import { readSection, type CheckContext, type CheckResult } from '../../src/check.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import { redactUrls } from '../../src/detect/redact-url.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import { manifestModelFolder, type ModelFolder } from '../../src/manifest/read-model-folder.js';
import { SEVERITIES, severityRank, type Finding, type Location, type Severity } from '../../src/report/model.js';
import { readScannerReport, type ScannerReport } from '../../src/scanners/index.js';
import { ecosystemFor } from '../../src/vuln/ecosystem.js';
import { matchPackage, type PackageMatch, type Vulnerability } from '../../src/vuln/match.js';
import { indexRecords, loadOsvDatabase, packageKey, type OsvDatabase } from '../../src/vuln/osv-db.js';
import { compileAdvisoryIgnores, type AdvisoryIgnores } from '../../src/vuln/ignore.js';
import { queryOsvApi } from '../../src/vuln/osv-api.js';
import type { DependencyConfig } from './config.js';
import { compileDenyRules, deniedBy } from './deny.js';
import type { DependencyFacts } from './facts.js';
import { readInventory, type FileEntry } from './inventory.js';
import { evaluateLicense, invalidAllowed, normaliseLicense } from './licenses.js';
import { dependencyManifest, type DependencySection } from './manifest.js';
import { isLockfileFormat } from './parsers/formats.js';
import { applyMarkers } from './markers.js';
import type { Dependency } from './package.js';
import { RULES } from './rules.js';
import { checkBudget, withinBudget } from '../../src/io/budget.js';


export async function run(ctx: CheckContext<DependencyConfig>): Promise<CheckResult<DependencyFacts>> {
  const p = prepare(ctx, await manifestModelFolder(ctx.workspace, ctx.manifest));
  if (!p) return NOTHING_LISTED;
  const matchable = distinctMatchable(p.inScope, ctx.config.condaAsPyPI);
  const sources = await advisorySources(ctx, p, matchable);
  const matched = matchAdvisories(matchable, sources, ctx.config, p.ignores, ctx.signal);
  const reports = scannerReports(ctx, p, matched.reported);
  const policy = inventoryPolicy(p.inScope, ctx.config, p.deny);
  const findings: Finding[] = [
    ...sources.findings,
    ...matched.findings,
    ...reports.findings,
    ...policy.findings,
    ...p.markers.undecided.map(undecidedFinding),
    // Expired and unused ignore entries, at their policy line (after every find()).
    ...p.ignores.findings(),
  ];
  return { status: 'passed', findings, facts: conclude(ctx.config, p, sources, matched.vulnerable, reports.facts, policy), outputs: [] };
}

const NOTHING_LISTED: CheckResult<DependencyFacts> = { status: 'skipped', reason: 'no lockfiles, SBOMs or scanner reports listed in the manifest', findings: [], facts: {}, outputs: [] };

/** A manifest without `dependencies`: a model folder pointer can still bring environment files. */
const NO_SECTION: DependencySection = { lockfiles: [], sboms: [], reports: [] };

type Prepared = NonNullable<ReturnType<typeof prepare>>;

/** The manifest section and the policy compiled, the inventory read and scoped (undefined: nothing listed). */
function prepare(ctx: CheckContext<DependencyConfig>, folder: ModelFolder | undefined) {
  const { manifest, workspace, config, signal } = ctx;
  const section = readSection(manifest, 'dependencies', dependencyManifest.dependencies) ?? NO_SECTION;
  const where = (...path: Array<string | number>) => manifest.locate(['dependencies', ...path]);
  const listed: FileEntry[] = [
    ...section.lockfiles.map((l, i) => (typeof l === 'string' ? { path: l, where: where('lockfiles', i) } : { ...l, where: where('lockfiles', i, 'path') })),
    ...section.sboms.map((s, i) => ({ path: typeof s === 'string' ? s : s.path, format: 'sbom' as const, where: where('sboms', i) })),
  ];
  const entries = [...listed, ...folderEntries(folder, listed, manifest.locate)];
  if (entries.length === 0 && section.reports.length === 0) return undefined;
  const allowed = config.allowLicenses ? invalidAllowed(config.allowLicenses) : [];
  if (allowed.length) throw new ConfigError(`dependency.allowLicenses: ${allowed.map((a) => JSON.stringify(a)).join(', ')} is not a valid SPDX license id`);
  const deny = compileDenyRules(config.denyPackages);
  const ignores = compileAdvisoryIgnores(config.ignoreAdvisories, {
    today: ctx.now.toISOString().slice(0, 10),
    rules: { expired: RULES.ignoreExpired, unused: RULES.ignoreUnused },
    locate: (i) => ctx.policy.locate(['dependency', 'ignoreAdvisories', i]),
  });

  // Lockfiles and SBOMs are parsed synchronously: stopped at the deadline.
  const parsed = withinBudget(signal, () => readInventory(workspace, manifest, entries));
  const all = parsed.flatMap((p) => p.dependencies);
  // Scopes, then environment markers: a requirement not installed in the target environment is not checked.
  const markers = applyMarkers(all.filter((d) => config.scopes.includes(d.scope)), config.environment);
  checkBudget(signal);
  return { section, where, entries, deny, ignores, parsed, all, markers, inScope: markers.checked };
}

/** The model folder's environment files the manifest does not already list, located at the pointer. */
function folderEntries(folder: ModelFolder | undefined, listed: readonly FileEntry[], locate: CheckContext<DependencyConfig>['manifest']['locate']): FileEntry[] {
  if (!folder) return [];
  const same = (a: string, b: string): boolean => posix.normalize(a.replace(/\\/g, '/')) === posix.normalize(b.replace(/\\/g, '/'));
  const fresh = folder.lockfiles.filter((l) => !listed.some((e) => same(e.path, l.path)));
  return fresh.map((l) => ({ path: l.path, ...(isLockfileFormat(l.format) ? { format: l.format } : {}), where: locate(folder.ref.pathAt) }));
}

interface Sources {
  offline?: OsvDatabase | undefined;
  online?: OsvDatabase | undefined;
  /** How the facts name it: none, offline, api, offline+api, offline (API failed). */
  source: string;
  findings: Finding[];
}

/** Advisory sources: offline database, then the API (failure is an error unless fallback is allowed). */
async function advisorySources(ctx: CheckContext<DependencyConfig>, p: Prepared, matchable: readonly Matchable[]): Promise<Sources> {
  const { manifest, workspace, config, signal } = ctx;
  const { section, where } = p;
  const out: Sources = { source: 'none', findings: [] };
  const dbPath = section.advisories?.osvDatabase;
  if (dbPath) {
    const abs = resolveInWorkspace(workspace, manifest.dir, dbPath, where('advisories', 'osvDatabase'));
    const started = performance.now();
    const onInvalid = (e: ConfigError): void => {
      out.findings.push({ ruleId: RULES.invalidAdvisory.id, severity: RULES.invalidAdvisory.severity, message: `advisory skipped: ${e.detail}`, ...(e.location ? { location: e.location } : {}), target: e.location?.file ?? 'osv', remediation: RULES.invalidAdvisory.remediation });
    };
    // Reading and indexing the database is one synchronous call: stopped at the deadline.
    out.offline = withinBudget(signal, () => loadOsvDatabase(abs, toWorkspaceRelative(workspace, abs), { now: ctx.now, ...(config.invalidAdvisories === 'skip' ? { onInvalid } : {}) }));
    ctx.logger.info(`OSV database: ${out.offline.records} advisories for ${out.offline.packages} packages (${out.offline.withdrawn} withdrawn, ignored) in ${Math.round(performance.now() - started)} ms`);
    out.source = 'offline';
  }
  if (config.osvApi.enabled) {
    try {
      const records = await queryOsvApi(
        matchable.map((m) => m.ref),
        { url: config.osvApi.url, timeoutMs: config.osvApi.timeoutSeconds * 1000, retries: config.osvApi.retries, batchSize: config.osvApi.batchSize, signal },
      );
      out.online = indexRecords(records.map((record) => ({ record, source: `${redactUrls(config.osvApi.url)}/v1/vulns/${record.id}` })), ctx.now);
      out.source = out.offline ? 'offline+api' : 'api';
    } catch (e) {
      if (!config.osvApi.offlineFallback || !out.offline || signal.aborted) throw e;
      ctx.logger.warning(`${errorMessage(e)}; continuing with the offline database (osvApi.offlineFallback)`);
      out.source = 'offline (API failed)';
    }
  }
  if (!out.offline && !out.online && section.reports.length === 0 && p.inScope.length > 0) {
    out.findings.push({ ruleId: RULES.noAdvisories.id, severity: RULES.noAdvisories.severity, message: `${p.inScope.length} dependencies listed but no advisory source is configured`, location: where(), remediation: RULES.noAdvisories.remediation });
  }
  return out;
}

/** Matching: each distinct package version once, against each source. */
function matchAdvisories(matchable: readonly Matchable[], sources: Sources, config: DependencyConfig, ignores: AdvisoryIgnores, signal: AbortSignal) {
  const { offline, online } = sources;
  const findings: Finding[] = [];
  const vulnerable: DependencyFacts['vulnerable'] = [];
  const reported = new Map<string, Set<string>>(); // package key → ids and aliases already reported
  const dbs = [offline, online].filter((d): d is OsvDatabase => !!d);
  for (const m of matchable) {
    checkBudget(signal); // synchronous: the budget's timer cannot fire inside this loop
    const result = mergeMatches(dbs.map((db) => matchPackage(db, m.ref)));
    const dep = m.first;
    const pkgLabel = `${dep.name}@${m.ref.version}`;
    for (const u of result.unorderable) {
      findings.push({ ruleId: RULES.unorderable.id, severity: RULES.unorderable.severity, message: `${pkgLabel}: cannot evaluate advisory ${u}`, location: { file: dep.file, line: dep.line }, target: pkgLabel, remediation: RULES.unorderable.remediation });
    }
    const eco = ecosystemFor(m.ref.ecosystem);
    if (eco && !eco.valid(m.ref.version) && (offline?.lookup(m.ref.ecosystem, m.ref.name).length || online?.lookup(m.ref.ecosystem, m.ref.name).length)) {
      findings.push({ ruleId: RULES.unorderable.id, severity: RULES.unorderable.severity, message: `${pkgLabel}: version is not valid ${eco.name === 'PyPI' ? 'PEP 440' : 'SemVer'}, so advisory ranges cannot be evaluated (only exact version lists were checked)`, location: { file: dep.file, line: dep.line }, target: pkgLabel, remediation: RULES.unorderable.remediation });
    }
    for (const v of result.vulnerabilities) {
      const ids = [...v.ids, ...v.aliases];
      const key = packageKey(m.ref.ecosystem, m.ref.name);
      const seen = reported.get(key) ?? new Set<string>();
      ids.forEach((id) => seen.add(id.toUpperCase()));
      reported.set(key, seen);
      const severity = v.severity ?? config.unknownSeverity;
      const ignored = ignores.find(ids, { ecosystem: m.ref.ecosystem, name: m.ref.name });
      vulnerable.push({ package: dep.name, ecosystem: dep.ecosystem, version: m.ref.version, file: dep.file, line: dep.line, advisories: v.ids, aliases: v.aliases, severity, fix: result.fix ?? null, ignored: !!ignored });
      if (!ignored) findings.push(vulnerableFinding(m, v, severity, result.fix, config));
    }
  }
  return { findings, vulnerable, reported };
}

function vulnerableFinding(m: Matchable, v: Vulnerability, severity: Severity, fix: string | undefined, config: DependencyConfig): Finding {
  const dep = m.first;
  const below = severityRank(severity) < severityRank(config.failOnSeverity);
  const sevText = v.severity ? `${v.severity}${v.cvss ? `, CVSS ${v.cvss.score}` : ''}` : `no severity in the advisory, treated as ${severity}`;
  return {
    ruleId: RULES.vulnerable.id,
    severity: below ? 'info' : severity,
    message: `${dep.name}@${m.ref.version} is affected by ${v.ids.join(', ')}${v.aliases.length ? ` (${v.aliases.join(', ')})` : ''}: ${v.summary ?? 'no summary'} [${sevText}${below ? `; below failOnSeverity ${config.failOnSeverity}` : ''}]`,
    location: { file: dep.file, line: dep.line },
    target: `${dep.name}@${m.ref.version}/${v.ids[0]}`,
    evidence: fix ? `fixed in ${v.fixed.join(', ') || 'unknown'}; smallest upgrade clearing every advisory: ${fix}` : `fixed in ${v.fixed.join(', ') || 'no fixed version published'}`,
    remediation: fix ? `Upgrade ${dep.name} to ${fix} or later.` : RULES.vulnerable.remediation,
  };
}

/** Scanner reports: additional findings on the same ladder, minus what OSV matching already reported. */
function scannerReports(ctx: CheckContext<DependencyConfig>, p: Prepared, reported: ReadonlyMap<string, ReadonlySet<string>>) {
  const { manifest, workspace, config } = ctx;
  const facts: DependencyFacts['reports'] = [];
  const findings: Finding[] = [];
  p.section.reports.forEach((r, i) => {
    const rel = typeof r === 'string' ? r : r.path;
    const tool = typeof r === 'string' ? undefined : r.tool;
    const abs = resolveInWorkspace(workspace, manifest.dir, rel, p.where('reports', i));
    const display = toWorkspaceRelative(workspace, abs);
    const report = readScannerReport(abs, display, tool);
    facts.push({ file: display, tool: report.tool, findings: report.findings.length });
    findings.push(...scannerFindings(report, display, reported, config, p.ignores));
  });
  return { findings, facts };
}

type PolicyOutcome = ReturnType<typeof inventoryPolicy>;

/** Policy over the inventory: deny list, pinning, hashes, licenses (findings in that order per dependency). */
function inventoryPolicy(inScope: readonly Dependency[], config: DependencyConfig, deny: ReturnType<typeof compileDenyRules>) {
  const findings: Finding[] = [];
  const unpinned: DependencyFacts['unpinned'] = [];
  let missingHashes = 0;
  let denied = 0;
  const licenses = licenseTally(config);
  for (const dep of inScope) {
    const label = dep.version ? `${dep.name}@${dep.version}` : dep.name;
    const location = { file: dep.file, line: dep.line };
    const rule = deniedBy(deny, dep);
    if (rule) {
      denied++;
      findings.push({ ruleId: RULES.denied.id, severity: RULES.denied.severity, message: `${label} is denied by the policy (${rule.label})${rule.reason ? `: ${rule.reason}` : ''}`, location, target: label, remediation: RULES.denied.remediation });
    }
    if (!dep.pinned) {
      unpinned.push({ package: dep.name, specifier: dep.specifier ?? null, file: dep.file, line: dep.line });
      if (config.requirePinned) {
        findings.push({ ruleId: RULES.unpinned.id, severity: RULES.unpinned.severity, message: `${dep.name} is not pinned to an exact version (${dep.specifier ? JSON.stringify(dep.specifier) : 'no version'})`, location, target: dep.name, remediation: RULES.unpinned.remediation });
      }
    }
    if (config.requireHashes && dep.pinned && dep.hashes.length === 0 && dep.ecosystem !== 'conda') {
      missingHashes++;
      findings.push({ ruleId: RULES.hashes.id, severity: RULES.hashes.severity, message: `${label} has no artifact hash`, location, target: label, remediation: RULES.hashes.remediation });
    }
    const license = licenses.add(dep, label, location);
    if (license) findings.push(license);
  }
  return { findings, unpinned, missingHashes, denied, licenses: licenses.facts };
}

/** License counts of every dependency; allowLicenses judged once per package version. */
function licenseTally(config: DependencyConfig) {
  const facts: DependencyFacts['licenses'] = { counts: {}, violations: [] };
  const seen = new Set<string>();
  const add = (dep: Dependency, label: string, location: Location): Finding | undefined => {
    const license = normaliseLicense(dep.license);
    facts.counts[license ?? 'unknown'] = (facts.counts[license ?? 'unknown'] ?? 0) + 1;
    if (!config.allowLicenses) return undefined;
    const key = `${packageKey(dep.ecosystem, dep.name)}@${dep.version ?? ''}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const verdict = evaluateLicense(license, config.allowLicenses);
    if (verdict.kind === 'denied') {
      facts.violations.push({ package: dep.name, version: dep.version ?? null, license: license ?? null });
      return { ruleId: RULES.license.id, severity: RULES.license.severity, message: `${label} is licensed ${license}, which allowLicenses does not satisfy`, location, target: label, remediation: RULES.license.remediation };
    }
    if (verdict.kind === 'unknown' && config.unknownLicense !== 'ignore') {
      facts.violations.push({ package: dep.name, version: dep.version ?? null, license: null });
      return { ruleId: RULES.licenseUnknown.id, severity: config.unknownLicense, message: `${label}: license cannot be determined (${verdict.why})`, location, target: label, remediation: RULES.licenseUnknown.remediation };
    }
    return undefined;
  };
  return { add, facts };
}

function undecidedFinding(u: Prepared['markers']['undecided'][number]): Finding {
  const label = u.dep.version ? `${u.dep.name}@${u.dep.version}` : u.dep.name;
  return { ruleId: RULES.markerUndecided.id, severity: RULES.markerUndecided.severity, message: `${label}: marker ${JSON.stringify(u.marker)} needs ${u.missing.join(', ')}, which dependency.environment does not give; checked as if installed`, location: { file: u.dep.file, line: u.dep.line }, target: label, remediation: RULES.markerUndecided.remediation };
}

/** The facts: what was read, matched and judged. */
function conclude(config: DependencyConfig, p: Prepared, sources: Sources, vulnerable: DependencyFacts['vulnerable'], reports: DependencyFacts['reports'], policy: PolicyOutcome): DependencyFacts {
  const { parsed, entries, all, inScope, markers } = p;
  const { offline, online } = sources;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, vulnerable.filter((v) => !v.ignored && v.severity === s).length])) as Record<Severity, number>;
  const count = <T extends string>(xs: T[]): Record<string, number> => xs.reduce<Record<string, number>>((acc, x) => ((acc[x] = (acc[x] ?? 0) + 1), acc), {});
  return {
    files: parsed.map((f, i) => ({ file: f.file ?? entries[i]!.path, format: f.format, packages: f.dependencies.length, byEcosystem: count(f.dependencies.map((d) => d.ecosystem)) })),
    packages: { total: all.length, byEcosystem: count(all.map((d) => d.ecosystem)), byScope: count(all.map((d) => d.scope)), checked: inScope.length },
    vulnerable,
    vulnerabilities: vulnerable.filter((v) => !v.ignored).length,
    bySeverity,
    licenses: policy.licenses,
    unpinned: policy.unpinned,
    missingHashes: policy.missingHashes,
    denied: policy.denied,
    advisories: { source: sources.source, records: (offline?.records ?? 0) + (online?.records ?? 0), withdrawn: (offline?.withdrawn ?? 0) + (online?.withdrawn ?? 0), packages: offline?.packages ?? online?.packages ?? 0 },
    reports,
    // Every package once per (ecosystem, name, version), all scopes: the lineage check diffs it against the last known-good report.
    inventory: [...new Map(all.map((d) => [`${d.ecosystem}\0${d.name}\0${d.version ?? ''}`, inventoryEntry(d)])).values()],
    markers: {
      evaluated: config.environment !== undefined,
      environment: config.environment ? (Object.fromEntries(Object.entries(config.environment).filter(([, v]) => v !== undefined)) as Record<string, string>) : null,
      withMarkers: all.filter((d) => d.marker !== undefined && config.scopes.includes(d.scope)).length,
      excluded: markers.excluded.map(({ dep, marker }) => ({ package: dep.name, version: dep.version ?? null, marker, file: dep.file, line: dep.line })),
      undecided: markers.undecided.map(({ dep, marker, missing }) => ({ package: dep.name, marker, missing, file: dep.file, line: dep.line })),
    },
  };
}

/** One package of the inventory: what the lockfile pins of it (the ML-BOM lists its hashes and license). */
function inventoryEntry(d: Dependency): DependencyFacts['inventory'][number] {
  return {
    ecosystem: d.ecosystem,
    name: d.name,
    version: d.version ?? null,
    ...(d.hashes.length ? { hashes: [...d.hashes] } : {}),
    ...(d.license ? { license: d.license } : {}),
    scope: d.scope,
    ...(d.dependsOn?.length ? { dependsOn: [...d.dependsOn] } : {}),
  };
}

interface Matchable {
  ref: { ecosystem: string; name: string; version: string };
  first: Dependency;
}

/** Distinct (ecosystem, name, version) among pinned dependencies of a known ecosystem; conda read as PyPI when asked. */
function distinctMatchable(deps: readonly Dependency[], condaAsPyPI: boolean): Matchable[] {
  const out = new Map<string, Matchable>();
  for (const d of deps) {
    if (d.version === undefined) continue;
    const ecosystem = d.ecosystem === 'conda' && condaAsPyPI ? 'PyPI' : d.ecosystem;
    if (!ecosystemFor(ecosystem)) continue;
    const key = `${packageKey(ecosystem, d.name)}@${d.version}`;
    if (!out.has(key)) out.set(key, { ref: { ecosystem, name: d.name, version: d.version }, first: d });
  }
  return [...out.values()];
}

/** Results of several sources for one package: vulnerabilities merged by shared id, the larger fix kept. */
function mergeMatches(results: PackageMatch[]): PackageMatch {
  if (results.length === 1) return results[0]!;
  const merged: PackageMatch = { vulnerabilities: [], unorderable: results.flatMap((r) => r.unorderable) };
  for (const r of results) {
    for (const v of r.vulnerabilities) {
      const same = merged.vulnerabilities.find((m) => [...m.ids, ...m.aliases].some((id) => v.ids.includes(id) || v.aliases.includes(id)));
      if (!same) merged.vulnerabilities.push(v);
    }
    if (r.fix !== undefined && merged.fix === undefined) merged.fix = r.fix;
  }
  return merged;
}

function scannerFindings(report: ScannerReport, file: string, reported: ReadonlyMap<string, ReadonlySet<string>>, config: DependencyConfig, ignores: AdvisoryIgnores): Finding[] {
  const out: Finding[] = [];
  for (const f of report.findings) {
    const ids = [f.id, ...f.aliases];
    if (f.kind === 'vulnerability' && f.package) {
      const eco = f.package.ecosystem && ecosystemFor(f.package.ecosystem) ? f.package.ecosystem : undefined;
      const seen = eco ? reported.get(packageKey(eco, f.package.name)) : undefined;
      if (seen && ids.some((id) => seen.has(id.toUpperCase()))) continue; // already a finding from OSV matching
      if (ignores.find(ids, f.package)) continue;
    }
    const severity = f.severity ?? config.unknownSeverity;
    const below = f.kind === 'vulnerability' && severityRank(severity) < severityRank(config.failOnSeverity);
    // A scanned target may be a repository URL (`trivy repo https://<token>@…`): shown with its credentials masked.
    const what = f.package ? `${f.package.name}${f.package.version ? `@${f.package.version}` : ''}` : redactUrls(f.target ?? file);
    const finding: Finding = {
      ruleId: RULES.scanner.id,
      severity: below ? 'info' : severity,
      message: `${report.tool}: ${f.kind} ${f.id}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''} in ${what}${f.title ? `: ${f.title}` : ''}${f.severity ? '' : ` [no severity, treated as ${severity}]`}`,
      location: { file },
      target: `${what}/${f.id}`,
      remediation: f.fixedVersions.length ? `Upgrade to ${f.fixedVersions.join(' or ')}.` : RULES.scanner.remediation,
    };
    out.push(finding);
  }
  return out;
}
