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
import { checkDockerfile, type DockerfileFacts } from './dockerfile/rules.js';
import { inspectImage, type ImageFacts } from './inspect.js';
import { credentialMatcher, pathMatcher } from './match.js';
import { parseImageReference, ReferenceError, registryAllowed, type ImageReference } from './reference.js';
import { readImageReport, type ReportFacts } from './reports.js';
import { finding, RULES } from './rules.js';
import { platformOf, selectImages, type Selection } from './select.js';


/** Dockerfiles larger than this are not read (they are not Dockerfiles). */
const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;

export async function run(ctx: CheckContext<ContainerImageConfig>): Promise<CheckResult> {
  const { manifest, workspace, config, signal, now } = ctx;
  const section = readSection(manifest, 'container', containerManifest.container);
  if (section?.archiveImage !== undefined && section.archive === undefined) {
    throw new ConfigError('archiveImage chooses an image of `archive`, but the container section names no archive', manifest.locate(['container', 'archiveImage']));
  }
  if (!section || (section.image === undefined && section.archive === undefined && section.dockerfile === undefined && section.reports.length === 0)) {
    return { status: 'skipped', reason: 'the container section names no image, archive, Dockerfile or report', findings: [], facts: {}, outputs: [] };
  }
  const loc = (path: ReadonlyArray<string | number>): Location => manifest.locate(path);
  const fromManifest = (p: string, at: ReadonlyArray<string | number>): string => resolveInWorkspace(workspace, manifest.dir, p, loc(at));
  const display = (abs: string): string => toWorkspaceRelative(workspace, abs);

  // Every path is resolved before any I/O: one that escapes the workspace fails closed.
  const archiveAbs = section.archive !== undefined ? fromManifest(section.archive, ['container', 'archive']) : undefined;
  const dockerfileAbs = section.dockerfile !== undefined ? fromManifest(section.dockerfile, ['container', 'dockerfile']) : undefined;
  const reports = section.reports.map((r, i) => {
    const path = typeof r === 'string' ? r : r.path;
    const at = typeof r === 'string' ? ['container', 'reports', i] : ['container', 'reports', i, 'path'];
    return { abs: fromManifest(path, at), tool: typeof r === 'string' ? undefined : r.tool, index: i };
  });

  const findings: Finding[] = [];

  // 1. The reference.
  let ref: ImageReference | undefined;
  if (section.image !== undefined) {
    const at = loc(['container', 'image']);
    try {
      ref = parseImageReference(section.image);
    } catch (e) {
      if (e instanceof ReferenceError) throw new ConfigError(e.message, at);
      throw e;
    }
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
  }

  // 2. The Dockerfile.
  let dockerfileFacts: (DockerfileFacts & { path: string }) | null = null;
  if (dockerfileAbs !== undefined) {
    const file = display(dockerfileAbs);
    let text: string;
    try {
      const st = statSync(dockerfileAbs);
      if (!st.isFile()) throw new ConfigError(`the Dockerfile ${file} is not a regular file`, { file });
      if (st.size > MAX_DOCKERFILE_BYTES) throw new ConfigError(`the Dockerfile ${file} is ${st.size} bytes; more than ${MAX_DOCKERFILE_BYTES} is not a Dockerfile`, { file });
      text = readFileSync(dockerfileAbs, 'utf8');
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      throw new ConfigError((e as NodeJS.ErrnoException).code === 'ENOENT' ? `the Dockerfile ${file} does not exist` : `cannot read the Dockerfile ${file}: ${errorMessage(e)}`, { file });
    }
    let parsed;
    try {
      parsed = parseDockerfile(text);
    } catch (e) {
      if (e instanceof DockerfileSyntaxError) throw new ConfigError(`Dockerfile syntax error: ${e.detail}`, { file, line: e.line });
      throw e;
    }
    const r = checkDockerfile(parsed, { file, allowedEnv: config.allowedEnv, allowRootUser: config.allowRootUser, allowedPorts: config.allowedPorts });
    findings.push(...r.findings);
    dockerfileFacts = { path: file, ...r.facts };
    if (archiveAbs === undefined && config.requireHealthcheck && !r.facts.healthcheck) {
      findings.push(finding('healthcheckMissing', 'the final stage of the Dockerfile declares no HEALTHCHECK', { location: { file, line: parsed.stages.at(-1)!.line }, target: 'HEALTHCHECK' }));
    }
  }

  // 3. The archive.
  let archiveFacts: {
    path: string;
    format: ArchiveInfo['format'];
    images: ImageFacts[];
    verifiedBlobs: number;
    imageCount: number;
    selectedBy: Selection['by'];
    available?: Array<{ imageId: string; manifestDigest: string | null; tags: string[]; platform: string | null; selected: boolean }>;
  } | null = null;
  const releaseDigests = new Map<string, string>();
  if (ref?.pinned) releaseDigests.set(ref.digest!.slice('sha256:'.length), 'image reference digest');
  if (archiveAbs !== undefined) {
    const file = display(archiveAbs);
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
      selection = selectImages(info.images, section.archiveImage, ref);
    } catch (e) {
      throw new ConfigError(errorMessage(e), loc(['container', 'archiveImage']));
    }
    const images: ImageFacts[] = [];
    const several = info.images.length > 1;
    selection.images.forEach((image) => {
      const k = info.images.indexOf(image);
      const label = several ? `image ${k + 1}${image.repoTags[0] ? ` (${image.repoTags[0]})` : ''}` : 'the image';
      const r = inspectImage(image, config, now, { file }, label, dockerfileFacts?.healthcheck ?? false);
      findings.push(...r.findings);
      images.push(r.facts);
      releaseDigests.set(image.configDigest, 'archive image id');
      if (image.manifestDigest) releaseDigests.set(image.manifestDigest, 'archive manifest digest');
    });
    archiveFacts = {
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
  }

  // 4. Scanner reports.
  const ignores = compileAdvisoryIgnores(config.ignoreAdvisories, {
    today: now.toISOString().slice(0, 10),
    rules: { expired: RULES.ignoreExpired, unused: RULES.ignoreUnused },
    locate: (i) => ctx.policy.locate(['container-image', 'ignoreAdvisories', i]),
    matchedWhat: 'scanner finding',
  });
  const reportFacts: ReportFacts[] = [];
  for (const r of reports) {
    signal.throwIfAborted();
    const out = readImageReport(r.abs, display(r.abs), r.tool, config, ignores, releaseDigests, loc(['container', 'reports', r.index]));
    findings.push(...out.findings);
    reportFacts.push(out.facts);
  }
  if (reports.length || config.ignoreAdvisories.length) findings.push(...ignores.findings());

  const first = archiveFacts?.images[0];
  const findingsPerRule: Record<string, number> = {};
  for (const f of findings) findingsPerRule[f.ruleId] = (findingsPerRule[f.ruleId] ?? 0) + 1;
  const facts: Record<string, unknown> = {
    reference: ref
      ? { raw: ref.raw, normalized: ref.normalized, registry: ref.registry, repository: ref.repository, tag: ref.tag ?? null, digest: ref.digest ?? null, pinned: ref.pinned }
      : null,
    digest: ref?.digest ?? first?.manifestDigest ?? null,
    imageId: first?.configDigest ?? null,
    user: first ? first.user : (dockerfileFacts?.finalUser ?? null),
    runsAsRoot: first ? first.runsAsRoot : null,
    exposedPorts: first ? first.exposedPorts : (dockerfileFacts?.exposedPorts ?? []),
    created: first?.created ?? null,
    ageDays: first?.ageDays ?? null,
    layerCount: first?.layerCount ?? null,
    layerBytes: first?.layerBytes ?? null,
    uncompressedBytes: first?.uncompressedBytes ?? null,
    archive: archiveFacts,
    dockerfile: dockerfileFacts,
    reports: reportFacts,
    findingsPerRule,
  };
  return { status: 'passed', findings, facts, outputs: [] };
}
