// The container-image check's work, loaded only when the check runs (index.ts holds what the registry needs).
import { readFileSync, statSync } from 'node:fs';
import { readSection, type CheckContext, type CheckResult } from '../../src/check.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Finding, Location } from '../../src/report/model.js';
import { compileAdvisoryIgnores } from '../../src/vuln/ignore.js';
import { ArchiveError, readArchive, type ArchiveInfo } from './archive/read.js';
import { containerManifest, type ContainerImageConfig } from './config.js';
import { DockerfileSyntaxError, parseDockerfile } from './dockerfile/parse.js';
import { checkDockerfile } from './dockerfile/rules.js';
import type { ArchiveFacts, ContainerImageFacts, ImageFacts, ReportFacts } from './facts.js';
import { inspectImage } from './inspect.js';
import { credentialMatcher, pathMatcher } from './match.js';
import { parseImageReference, ReferenceError, registryAllowed, type ImageReference } from './reference.js';
import { readImageReport } from './reports.js';
import { finding, RULES } from './rules.js';
import { platformOf, selectImages, type Selection } from './select.js';
import { checkBudget } from '../../src/io/budget.js';


/** Dockerfiles larger than this are not read (they are not Dockerfiles). */
const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;

export async function run(ctx: CheckContext<ContainerImageConfig>): Promise<CheckResult<ContainerImageFacts>> {
  const p = prepare(ctx);
  if (!p) return NOTHING_NAMED;
  const reference = checkReference(p, ctx.config);
  const dockerfile = p.dockerfileAbs !== undefined ? checkDockerfileAt(p.dockerfileAbs, p, ctx.config) : undefined;
  const archive = p.archiveAbs !== undefined ? await checkArchive(ctx, p, p.archiveAbs, reference.ref, dockerfile?.facts) : undefined;
  // The digests a scanner report must have scanned: the pinned reference's, then each checked image's.
  const releaseDigests = new Map<string, string>();
  if (reference.ref?.pinned) releaseDigests.set(reference.ref.digest!.slice('sha256:'.length), 'image reference digest');
  for (const [d, what] of archive?.digests ?? []) releaseDigests.set(d, what);
  const reports = checkReports(ctx, p, releaseDigests);
  const findings = [...reference.findings, ...(dockerfile?.findings ?? []), ...(archive?.findings ?? []), ...reports.findings];
  return { status: 'passed', findings, facts: conclude(reference.ref, dockerfile?.facts ?? null, archive?.facts ?? null, reports.facts, findings), outputs: [] };
}

const NOTHING_NAMED: CheckResult<ContainerImageFacts> = { status: 'skipped', reason: 'the container section names no image, archive, Dockerfile or report', findings: [], facts: {}, outputs: [] };

type Prepared = NonNullable<ReturnType<typeof prepare>>;
type Facts = ContainerImageFacts;

/** The container section, with every path resolved before any I/O (undefined: it names nothing). */
function prepare(ctx: CheckContext<ContainerImageConfig>) {
  const { manifest, workspace } = ctx;
  const section = readSection(manifest, 'container', containerManifest.container);
  if (section?.archiveImage !== undefined && section.archive === undefined) {
    throw new ConfigError('archiveImage chooses an image of `archive`, but the container section names no archive', manifest.locate(['container', 'archiveImage']));
  }
  if (!section || (section.image === undefined && section.archive === undefined && section.dockerfile === undefined && section.reports.length === 0)) return undefined;
  const loc = (path: ReadonlyArray<string | number>): Location => manifest.locate(path);
  const fromManifest = (p: string, at: ReadonlyArray<string | number>): string => resolveInWorkspace(workspace, manifest.dir, p, loc(at));
  const display = (abs: string): string => toWorkspaceRelative(workspace, abs);

  // A path that escapes the workspace fails closed before anything is read.
  const archiveAbs = section.archive !== undefined ? fromManifest(section.archive, ['container', 'archive']) : undefined;
  const dockerfileAbs = section.dockerfile !== undefined ? fromManifest(section.dockerfile, ['container', 'dockerfile']) : undefined;
  const reports = section.reports.map((r, i) => {
    const path = typeof r === 'string' ? r : r.path;
    const at = typeof r === 'string' ? ['container', 'reports', i] : ['container', 'reports', i, 'path'];
    return { abs: fromManifest(path, at), tool: typeof r === 'string' ? undefined : r.tool, index: i };
  });
  return { section, loc, display, archiveAbs, dockerfileAbs, reports };
}

/** 1. The reference: pinned by digest, not latest, under an allowed registry. */
function checkReference(p: Prepared, config: ContainerImageConfig): { ref?: ImageReference; findings: Finding[] } {
  const image = p.section.image;
  if (image === undefined) return { findings: [] };
  const at = p.loc(['container', 'image']);
  let ref: ImageReference;
  try {
    ref = parseImageReference(image);
  } catch (e) {
    if (e instanceof ReferenceError) throw new ConfigError(e.message, at);
    throw e;
  }
  const findings: Finding[] = [];
  if (config.requireDigest && !ref.pinned) {
    const why = ref.digest ? `its digest ${ref.digest} is not sha256 with 64 lowercase hexadecimal characters` : 'it has no digest';
    findings.push(finding('referenceNotPinned', `image ${ref.raw} is not pinned: ${why}`, { location: at, target: ref.normalized }));
  }
  if (config.forbidLatest && (ref.tag === 'latest' || ref.implicitLatest)) {
    findings.push(finding('referenceLatest', `image ${ref.raw} uses ${ref.implicitLatest ? 'no tag and no digest (implicitly latest)' : 'the latest tag'}`, { location: at, target: ref.normalized }));
  }
  if (config.allowedRegistries !== undefined && registryAllowed(ref, config.allowedRegistries) === undefined) {
    findings.push(
      finding('registryNotAllowed', `image ${ref.normalized} is not under any allowed registry prefix (${config.allowedRegistries.join(', ') || 'none allowed'})`, { location: at, target: ref.normalized }),
    );
  }
  return { ref, findings };
}

/** 2. The Dockerfile: its rules, and HEALTHCHECK when no archive can declare one. */
function checkDockerfileAt(abs: string, p: Prepared, config: ContainerImageConfig): { facts: NonNullable<Facts['dockerfile']>; findings: Finding[] } {
  const file = p.display(abs);
  const text = readDockerfile(abs, file);
  let parsed;
  try {
    parsed = parseDockerfile(text);
  } catch (e) {
    if (e instanceof DockerfileSyntaxError) throw new ConfigError(`Dockerfile syntax error: ${e.detail}`, { file, line: e.line });
    throw e;
  }
  const r = checkDockerfile(parsed, { file, allowedEnv: config.allowedEnv, allowRootUser: config.allowRootUser, allowedPorts: config.allowedPorts });
  const findings = [...r.findings];
  if (p.archiveAbs === undefined && config.requireHealthcheck && !r.facts.healthcheck) {
    findings.push(finding('healthcheckMissing', 'the final stage of the Dockerfile declares no HEALTHCHECK', { location: { file, line: parsed.stages.at(-1)!.line }, target: 'HEALTHCHECK' }));
  }
  return { facts: { path: file, ...r.facts }, findings };
}

function readDockerfile(abs: string, file: string): string {
  try {
    const st = statSync(abs);
    if (!st.isFile()) throw new ConfigError(`the Dockerfile ${file} is not a regular file`, { file });
    if (st.size > MAX_DOCKERFILE_BYTES) throw new ConfigError(`the Dockerfile ${file} is ${st.size} bytes; more than ${MAX_DOCKERFILE_BYTES} is not a Dockerfile`, { file });
    return readFileSync(abs, 'utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError((e as NodeJS.ErrnoException).code === 'ENOENT' ? `the Dockerfile ${file} does not exist` : `cannot read the Dockerfile ${file}: ${errorMessage(e)}`, { file });
  }
}

/** 3. The archive: read and verified, the release's images chosen and inspected. */
async function checkArchive(ctx: CheckContext<ContainerImageConfig>, p: Prepared, archiveAbs: string, ref: ImageReference | undefined, dockerfile: Facts['dockerfile'] | undefined) {
  const { workspace, config, signal, now } = ctx;
  const file = p.display(archiveAbs);
  const started = performance.now();
  let info: ArchiveInfo;
  try {
    info = await readArchive(archiveAbs, {
      isCredential: credentialMatcher(config.credentialFiles, config.allowedFiles),
      isSetuidAllowed: pathMatcher(config.allowedSetuid),
      maxEntries: config.maxLayerEntries,
      signal,
      resolve: (rel) => resolveInWorkspace(workspace, archiveAbs, rel, { file }),
    });
  } catch (e) {
    // The archive has no lines: the message names it (a front door may print only file:line locations).
    if (e instanceof ArchiveError) throw new ConfigError(`image archive ${file}: ${e.message}`, { file });
    throw e;
  }
  let selection: Selection;
  try {
    selection = selectImages(info.images, p.section.archiveImage, ref);
  } catch (e) {
    throw new ConfigError(errorMessage(e), p.loc(['container', 'archiveImage']));
  }
  const findings: Finding[] = [];
  const images: ImageFacts[] = [];
  const digests: Array<[string, string]> = [];
  const several = info.images.length > 1;
  selection.images.forEach((image) => {
    const k = info.images.indexOf(image);
    const label = several ? `image ${k + 1}${image.repoTags[0] ? ` (${image.repoTags[0]})` : ''}` : 'the image';
    const r = inspectImage(image, config, now, { file }, label, dockerfile?.healthcheck ?? false);
    findings.push(...r.findings);
    images.push(r.facts);
    digests.push([image.configDigest, 'archive image id']);
    if (image.manifestDigest) digests.push([image.manifestDigest, 'archive manifest digest']);
  });
  const facts: ArchiveFacts = {
    path: file,
    format: info.format,
    images,
    verifiedBlobs: info.verifiedBlobs,
    imageCount: info.images.length,
    selectedBy: selection.by,
    ...(several ? { available: info.images.map((im) => ({ imageId: `sha256:${im.configDigest}`, manifestDigest: im.manifestDigest ? `sha256:${im.manifestDigest}` : null, tags: im.repoTags, platform: platformOf(im), selected: selection.images.includes(im) })) } : {}),
  };
  const bytes = images.reduce((n, im) => n + im.layerBytes, 0);
  ctx.logger.info(`read ${file} (${info.format}): ${images.length} of ${info.images.length} image(s) checked (${selection.by}), ${images.reduce((n, im) => n + im.layerCount, 0)} layer(s), ${bytes} bytes in ${Math.round(performance.now() - started)} ms`);
  return { facts, findings, digests };
}

/** 4. Scanner reports, tied to the release by digest; then the ignore list's own findings. */
function checkReports(ctx: CheckContext<ContainerImageConfig>, p: Prepared, releaseDigests: ReadonlyMap<string, string>): { facts: ReportFacts[]; findings: Finding[] } {
  const { config, signal, now } = ctx;
  const ignores = compileAdvisoryIgnores(config.ignoreAdvisories, {
    today: now.toISOString().slice(0, 10),
    rules: { expired: RULES.ignoreExpired, unused: RULES.ignoreUnused },
    locate: (i) => ctx.policy.locate(['container-image', 'ignoreAdvisories', i]),
    matchedWhat: 'scanner finding',
  });
  const facts: ReportFacts[] = [];
  const findings: Finding[] = [];
  for (const r of p.reports) {
    checkBudget(signal);
    const out = readImageReport(r.abs, p.display(r.abs), r.tool, config, ignores, releaseDigests, p.loc(['container', 'reports', r.index]));
    findings.push(...out.findings);
    facts.push(out.facts);
  }
  if (p.reports.length || config.ignoreAdvisories.length) findings.push(...ignores.findings());
  return { facts, findings };
}

/** The facts: the reference, then the first checked image (else the Dockerfile) at the top level. */
function conclude(ref: ImageReference | undefined, dockerfile: Facts['dockerfile'], archive: Facts['archive'], reports: ReportFacts[], findings: readonly Finding[]): Facts {
  const first = archive?.images[0];
  const findingsPerRule: Record<string, number> = {};
  for (const f of findings) findingsPerRule[f.ruleId] = (findingsPerRule[f.ruleId] ?? 0) + 1;
  return {
    reference: ref
      ? { raw: ref.raw, normalized: ref.normalized, registry: ref.registry, repository: ref.repository, tag: ref.tag ?? null, digest: ref.digest ?? null, pinned: ref.pinned }
      : null,
    digest: ref?.digest ?? first?.manifestDigest ?? null,
    imageId: first?.configDigest ?? null,
    user: first ? first.user : (dockerfile?.finalUser ?? null),
    runsAsRoot: first ? first.runsAsRoot : null,
    exposedPorts: first ? first.exposedPorts : (dockerfile?.exposedPorts ?? []),
    created: first?.created ?? null,
    ageDays: first?.ageDays ?? null,
    layerCount: first?.layerCount ?? null,
    layerBytes: first?.layerBytes ?? null,
    uncompressedBytes: first?.uncompressedBytes ?? null,
    archive,
    dockerfile,
    reports,
    findingsPerRule,
  };
}
