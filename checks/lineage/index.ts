// Lineage and integrity: is the model about to ship exactly the one that was built (artifact digests,
// signatures, SLSA provenance), from vetted data (dataset registry), documented (model card), and
// what changed since the last known-good release? Definitions and keys: checks/lineage/README.md.
import { readFileSync } from 'node:fs';
import { dirname, posix, relative, sep } from 'node:path';
import { readSection, type Check, type CheckContext, type CheckResult } from '../../src/check.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import type { FileDigest } from '../../src/io/hash.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Finding, Location } from '../../src/report/model.js';
import { isBundleJson, loadPublicKey, loadTrustedRoot, readAttestation, readSmallFile, verifyBundleJson, type Trust } from '../../src/attest/verify.js';
import { checkCard } from './card.js';
import { lineageConfigSchema, lineageManifest, type LineageConfig } from './config.js';
import { DIRECTORY_IGNORE, digestTargets, type TargetDigest } from './digest.js';
import { compare, readBaseline, type Change, type Snapshot } from './knowngood.js';
import { compareSignedFiles, parseModelSignature } from './modelsig.js';
import { builderTrusted, commitOf, parseProvenance, type Provenance } from './provenance.js';
import { loadRegistry, vetDatasets, type DatasetFact } from './registry.js';
import { finding, RULES } from './rules.js';
import { renderLineageSummary } from './summary.js';

export { lineageConfigSchema, lineageManifest, type LineageConfig } from './config.js';
export { directoryDigest, listDirectory } from './digest.js';

/** One artifact as reported in the facts: plain values only, null where it could not be read. */
export interface ArtifactFact {
  path: string;
  name: string;
  kind: 'file' | 'directory' | 'missing';
  size: number | null;
  /** Directory: number of files in the digest. */
  files?: number;
  sha256: string | null;
  expected: string;
  ok: boolean;
  /** Covered by accepted provenance. */
  attested?: boolean;
  /** Covered by a verified, trusted signature (model signature or signed provenance). */
  signed?: boolean;
}

export interface ProvenanceFact {
  path: string;
  form: 'plain' | 'dsse' | 'bundle';
  verified: boolean;
  trusted: boolean;
  signer?: string;
  builder?: string;
  builderTrusted?: boolean;
  subjects: number;
  accepted: boolean;
}

export interface SignatureFact {
  path: string;
  model: string;
  verified: boolean;
  trusted: boolean;
  signer?: string;
  files: number;
  missing: string[];
  changed: string[];
  unsigned: string[];
  ok: boolean;
}

/** Digest prefix shown in messages: long enough to tell digests apart, short enough to read. */
const SHORT = 12;

export const lineage: Check<LineageConfig> = {
  id: 'lineage',
  title: 'Lineage and integrity',
  section: 'model',
  manifest: lineageManifest,
  rules: Object.values(RULES),
  configSchema: lineageConfigSchema,
  run: runLineage,
  renderSummary: renderLineageSummary,
};

async function runLineage(ctx: CheckContext<LineageConfig>): Promise<CheckResult> {
  const { manifest, workspace, signal, config } = ctx;
  const model = readSection(manifest, 'model', lineageManifest.model);
  const data = readSection(manifest, 'data', lineageManifest.data);
  const artifacts = model?.artifacts ?? [];
  const training = data?.training ?? [];
  const provenance = model?.provenance ?? [];
  const signatures = model?.signatures ?? [];
  if (artifacts.length === 0 && training.length === 0 && provenance.length === 0 && signatures.length === 0 && !model?.card && !model?.baseline) {
    return { status: 'skipped', reason: 'no model artifacts listed in the manifest', findings: [], facts: {}, outputs: [] };
  }
  const loc = (path: ReadonlyArray<string | number>): Location => manifest.locate(path);
  // Every path is resolved before any I/O: a path that escapes the workspace is a configuration
  // error (thrown, so the gate fails closed), not a finding.
  const fromManifest = (p: string, at: ReadonlyArray<string | number>): string => resolveInWorkspace(workspace, manifest.dir, p, loc(at));
  const fromPolicy = (p: string, key: string): string => {
    try {
      return resolveInWorkspace(workspace, workspace, p);
    } catch (e) {
      throw e instanceof ConfigError ? new ConfigError(`policy lineage.${key}: ${e.detail}`, e.location) : e;
    }
  };
  const display = (abs: string): string => toWorkspaceRelative(workspace, abs);

  const artifactAbs = artifacts.map((a, i) => fromManifest(a.path, ['model', 'artifacts', i, 'path']));
  const trainingAbs = training.map((d, i) => (d.path !== undefined ? fromManifest(d.path, ['data', 'training', i, 'path']) : undefined));
  const provenanceAbs = provenance.map((p, i) => fromManifest(p.path, ['model', 'provenance', i, 'path']));
  const signatureAbs = signatures.map((s, i) => fromManifest(s.path, ['model', 'signatures', i, 'path']));
  const signedModelAbs = signatures.map((s, i) => (s.model !== undefined ? fromManifest(s.model, ['model', 'signatures', i, 'model']) : dirname(signatureAbs[i]!)));
  const cardAbs = model?.card !== undefined ? fromManifest(model.card, ['model', 'card']) : undefined;
  const baselineAbs = model?.baseline
    ? {
        manifest: fromManifest(model.baseline.manifest, ['model', 'baseline', 'manifest']),
        report: model.baseline.report !== undefined ? fromManifest(model.baseline.report, ['model', 'baseline', 'report']) : undefined,
      }
    : undefined;
  const registryAbs = config.datasetRegistry !== undefined ? fromPolicy(config.datasetRegistry, 'datasetRegistry') : undefined;

  // Trust material and registry: a file that cannot be read or does not validate is an error naming it.
  let trust: Trust | undefined;
  if (provenance.length || signatures.length) {
    trust = {
      identities: config.sigstore.identities,
      keys: config.trustedKeys.map((k, i) => loadPublicKey(fromPolicy(k, `trustedKeys[${i}]`), display(fromPolicy(k, `trustedKeys[${i}]`)))),
      ...(config.sigstore.trustedRoot !== undefined
        ? { root: loadTrustedRoot(fromPolicy(config.sigstore.trustedRoot, 'sigstore.trustedRoot'), display(fromPolicy(config.sigstore.trustedRoot, 'sigstore.trustedRoot'))) }
        : {}),
    };
  }
  const registry = training.length && registryAbs ? loadRegistry(registryAbs, display(registryAbs)) : undefined;

  // One hashing pass over every artifact and training file (directories expanded), parallel.
  const started = performance.now();
  const cache = new Map<string, FileDigest>();
  const targets = [...artifactAbs, ...trainingAbs.filter((p): p is string => p !== undefined)];
  const digests = await digestTargets(targets, { signal, cache, ...(config.hashConcurrency ? { concurrency: config.hashConcurrency } : {}) });
  const artifactDigests = digests.slice(0, artifacts.length);
  let k = artifacts.length;
  const trainingDigests = trainingAbs.map((p) => (p !== undefined ? digests[k++] : undefined));

  const findings: Finding[] = [];
  const facts: ArtifactFact[] = [];
  let totalBytes = 0;
  artifacts.forEach((a, i) => {
    const d = artifactDigests[i]!;
    const name = a.name ?? posix.basename(a.path.replace(/\\/g, '/').replace(/\/+$/, ''));
    if (d.kind === 'missing' || d.kind === 'other' || d.sha256 === undefined) {
      facts.push({ path: a.path, name, kind: 'missing', size: null, sha256: null, expected: a.sha256, ok: false });
      findings.push(
        finding('missing', `model artifact "${a.path}" ${d.kind === 'missing' ? 'does not exist' : 'is neither a regular file nor a directory'}`, loc(['model', 'artifacts', i, 'path']), a.path),
      );
      return;
    }
    totalBytes += d.size ?? 0;
    const ok = d.sha256 === a.sha256;
    facts.push({
      path: a.path,
      name,
      kind: d.kind === 'directory' ? 'directory' : 'file',
      size: d.size ?? 0,
      ...(d.kind === 'directory' ? { files: d.files?.length ?? 0 } : {}),
      sha256: d.sha256,
      expected: a.sha256,
      ok,
    });
    for (const u of d.unsupported ?? []) {
      findings.push(finding('unsupportedEntry', `model directory "${a.path}" contains "${u}", a symbolic link or special file (not followed, not in the digest)`, loc(['model', 'artifacts', i, 'path']), `${a.path}/${u}`));
    }
    if (!ok) {
      findings.push(
        finding(
          'mismatch',
          `model artifact "${a.path}" does not match the sha256 recorded in the manifest${d.kind === 'directory' ? ` (directory digest over ${d.files?.length ?? 0} files)` : ''}`,
          loc(['model', 'artifacts', i, 'sha256']),
          a.path,
          `expected ${a.sha256.slice(0, SHORT)}…, got ${d.sha256.slice(0, SHORT)}…`,
        ),
      );
    }
  });

  // Vetted data.
  let datasets: DatasetFact[] = [];
  const actual = trainingDigests.map((d) => (d && d.sha256 !== undefined ? d.sha256 : undefined));
  if (training.length) {
    if (!registry) {
      findings.push(finding('registryMissing', `${training.length} training dataset(s) listed, but the policy names no dataset registry (lineage.datasetRegistry)`, loc(['data', 'training']), 'data.training'));
      datasets = training.map((d, i) => ({
        id: d.id,
        ...(d.path ? { path: d.path } : {}),
        ...(d.uri ? { uri: d.uri } : {}),
        sha256: d.sha256,
        actual: actual[i] ?? null,
        status: 'unregistered',
        ok: false,
      }));
    } else {
      const vetted = vetDatasets(
        training.map((d, i) => ({ id: d.id, sha256: d.sha256, index: i, ...(actual[i] ? { actual: actual[i] } : {}), ...(d.path ? { path: d.path } : {}), ...(d.uri ? { uri: d.uri } : {}) })),
        registry,
        new Date().toISOString().slice(0, 10),
        (i, key) => loc(['data', 'training', i, key]),
      );
      findings.push(...vetted.findings);
      datasets = vetted.facts;
    }
    // The registry is compared with the manifest's digest; the file, when present, with the manifest.
    training.forEach((d, i) => {
      const a = actual[i];
      if (a !== undefined && a !== d.sha256) {
        findings.push(finding('datasetDigest', `training dataset "${d.id}": the file's sha256 differs from the manifest's`, loc(['data', 'training', i, 'path']), d.id, `manifest ${d.sha256.slice(0, SHORT)}…, file ${a.slice(0, SHORT)}…`));
      }
    });
  }

  // Provenance.
  const provFacts: ProvenanceFact[] = [];
  const accepted: Array<{ value: Provenance; signed: boolean }> = [];
  if (config.requireProvenance && provenance.length === 0) {
    findings.push(finding('provenanceMissing', 'the policy requires build provenance and the manifest lists none (model.provenance)', loc(['model']), 'model.provenance'));
  }
  provenance.forEach((p, i) => {
    const at = loc(['model', 'provenance', i, 'path']);
    const att = readAttestation(provenanceAbs[i]!, display(provenanceAbs[i]!), trust!);
    for (const pr of att.problems) findings.push(finding(pr.rule, pr.message, at, p.path));
    const parsed = parseProvenance(att.statement);
    const fact: ProvenanceFact = { path: p.path, form: att.form, verified: att.verified, trusted: att.trusted, ...(att.signer ? { signer: att.signer } : {}), subjects: 0, accepted: false };
    provFacts.push(fact);
    if (!parsed.ok) {
      findings.push(finding('provenanceInvalid', `${p.path}: ${parsed.why}`, at, p.path));
      return;
    }
    fact.subjects = parsed.value.subjects.length;
    fact.builder = parsed.value.builderId;
    fact.builderTrusted = builderTrusted(parsed.value.builderId, config.trustedBuilders);
    if (att.form === 'plain' && config.requireSignedProvenance) {
      findings.push(finding('provenanceUnsigned', `${p.path} is a plain in-toto statement: nothing proves who wrote it`, at, p.path));
      return;
    }
    if (att.form !== 'plain' && !(att.verified && att.trusted)) return; // its problems are already findings
    if (!fact.builderTrusted) {
      findings.push(
        finding(
          'builderUntrusted',
          `${p.path}: builder "${parsed.value.builderId}" is not in the policy's trustedBuilders${config.trustedBuilders.length ? '' : ' (the list is empty)'}`,
          at,
          parsed.value.builderId,
        ),
      );
      return;
    }
    fact.accepted = true;
    accepted.push({ value: parsed.value, signed: att.form !== 'plain' });
  });

  // Model signatures (OpenSSF model-signing).
  const sigFacts: SignatureFact[] = [];
  const signedDigests = new Set<string>();
  for (const [i, s] of signatures.entries()) {
    const at = loc(['model', 'signatures', i, 'path']);
    const abs = signatureAbs[i]!;
    const file = display(abs);
    const json = ((): unknown => {
      try {
        return JSON.parse(readSmallFile(abs, file, 'model signature').toString('utf8'));
      } catch (e) {
        if (e instanceof ConfigError) throw e;
        throw new ConfigError(`model signature is not valid JSON: ${errorMessage(e).split('\n')[0]}`, { file });
      }
    })();
    if (!isBundleJson(json)) throw new ConfigError('not an OpenSSF model-signing signature: expected a Sigstore bundle (mediaType application/vnd.dev.sigstore.bundle…)', { file });
    const att = verifyBundleJson(json, file, trust!);
    for (const pr of att.problems) findings.push(finding(pr.rule, pr.message, at, s.path));
    if (!att.verified && att.problems.some((p) => p.rule === 'signatureInvalid')) {
      // The signed content is not what was signed: nothing in it is read.
      sigFacts.push({ path: s.path, model: display(signedModelAbs[i]!), verified: false, trusted: false, files: 0, missing: [], changed: [], unsigned: [], ok: false });
      continue;
    }
    const signed = parseModelSignature(att, file);
    const modelDir = signedModelAbs[i]!;
    const sigRel = relative(modelDir, abs).split(sep).join('/');
    const ignore = [...signed.ignorePaths, ...(sigRel.startsWith('..') ? [] : [sigRel])];
    const [dir] = await digestTargets([modelDir], { signal, cache, ignore: [ignore], ...(config.hashConcurrency ? { concurrency: config.hashConcurrency } : {}) });
    if (dir!.kind !== 'directory') throw new ConfigError(`the model directory of this signature (${display(modelDir)}) is not a directory`, loc(['model', 'signatures', i, s.model ? 'model' : 'path']));
    const onDisk = new Map((dir!.files ?? []).map((f) => [f.path, f.sha256]));
    const cmp = compareSignedFiles(signed, onDisk);
    const problems: string[] = [];
    if (cmp.unsafe.length) problems.push(`lists paths outside the model directory: ${cmp.unsafe.join(', ')}`);
    if (cmp.missing.length) problems.push(`signed file(s) missing: ${cmp.missing.join(', ')}`);
    if (cmp.changed.length) problems.push(`file(s) changed since signing: ${cmp.changed.join(', ')}`);
    if (cmp.unsigned.length) problems.push(`file(s) not covered by the signature: ${cmp.unsigned.join(', ')}`);
    if (!cmp.subjectConsistent) problems.push('the signed subject digest does not match the signed file list');
    for (const u of dir!.unsupported ?? []) problems.push(`symbolic link or special file "${u}"`);
    if (problems.length) findings.push(finding('modelSignatureMismatch', `${s.path}: ${problems.join('; ')}`, at, s.path));
    const ok = att.verified && att.trusted && problems.length === 0;
    if (ok) {
      signedDigests.add(signed.subjectDigest);
      for (const r of signed.resources) signedDigests.add(r.sha256);
    }
    sigFacts.push({
      path: s.path,
      model: display(modelDir),
      verified: att.verified,
      trusted: att.trusted,
      ...(att.signer ? { signer: att.signer } : {}),
      files: signed.resources.length,
      missing: cmp.missing,
      changed: cmp.changed,
      unsigned: cmp.unsigned,
      ok,
    });
  }

  // Coverage of the artifacts by provenance subjects and signatures.
  const subjects = new Set(accepted.flatMap((a) => a.value.subjects.map((s) => s.sha256)));
  const signedSubjects = new Set(accepted.filter((a) => a.signed).flatMap((a) => a.value.subjects.map((s) => s.sha256)));
  const covers = (set: Set<string>, d: TargetDigest): boolean =>
    d.sha256 !== undefined && (set.has(d.sha256) || (d.kind === 'directory' && (d.files?.length ?? 0) > 0 && d.files!.every((f) => set.has(f.sha256))));
  facts.forEach((f, i) => {
    const d = artifactDigests[i]!;
    if (f.kind === 'missing') return;
    if (provenance.length) {
      f.attested = covers(subjects, d);
      if (!f.attested) findings.push(finding('subjectMissing', `no accepted provenance statement lists the digest of "${f.path}" among its subjects`, loc(['model', 'artifacts', i, 'path']), f.path, `sha256 ${d.sha256!.slice(0, SHORT)}…`));
    }
    f.signed = covers(signedSubjects, d) || covers(signedDigests, d);
    if (config.requireSignature && !f.signed) {
      findings.push(finding('signatureMissing', `model artifact "${f.path}" is covered by no verified, trusted signature`, loc(['model', 'artifacts', i, 'path']), f.path));
    }
  });

  // Dependencies of the attested build: training data and source commit.
  if (accepted.length) {
    const deps = accepted.flatMap((a) => a.value.dependencies);
    const depDigests = new Set(deps.flatMap((d) => Object.values(d.digest)));
    if (config.requireDatasetDependencies) {
      training.forEach((d, i) => {
        if (!depDigests.has(d.sha256)) {
          findings.push(finding('dependencyDataset', `training dataset "${d.id}" (sha256 ${d.sha256.slice(0, SHORT)}…) is not among the provenance's resolved dependencies`, loc(['data', 'training', i, 'sha256']), d.id));
        }
      });
    }
    if (config.requireSourceCommit) {
      const commits = deps.map(commitOf).filter((c): c is string => c !== undefined);
      const want = model?.source?.commit?.toLowerCase();
      const ok = want ? commits.some((c) => c.startsWith(want) || want.startsWith(c)) : commits.length > 0;
      if (!ok) {
        findings.push(
          finding(
            'sourceCommit',
            want ? `no provenance resolved dependency pins source commit ${want}${commits.length ? ` (found ${commits.map((c) => c.slice(0, 12)).join(', ')})` : ''}` : 'no provenance resolved dependency carries a gitCommit digest',
            want ? loc(['model', 'source', 'commit']) : loc(['model', 'provenance']),
            want ?? 'source',
          ),
        );
      }
    }
  }

  // Model card.
  let card: { path: string; fields: Array<{ name: string; present: boolean }> } | undefined;
  if (cardAbs && model?.card) {
    let text: string | undefined;
    try {
      text = readFileSync(cardAbs, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR') throw new ConfigError(`cannot read the model card: ${errorMessage(e)}`, { file: display(cardAbs) });
      findings.push(finding('cardMissing', `model card "${model.card}" ${code === 'ENOENT' ? 'does not exist' : 'is a directory'}`, loc(['model', 'card']), model.card));
    }
    if (text !== undefined) {
      const r = checkCard(text, display(cardAbs), config.card.fields);
      for (const f of r.fields) {
        if (!f.present) findings.push(finding('cardField', `model card ${f.why === 'empty' ? 'has an empty' : 'has no'} "${f.name}" (front-matter key or section)`, f.location, `${model.card}#${f.name}`));
      }
      card = { path: model.card, fields: r.fields.map((f) => ({ name: f.name, present: f.present })) };
    }
  } else if (config.card.required) {
    findings.push(finding('cardMissing', 'the policy requires a model card and the manifest names none (model.card)', loc(['model']), 'model.card'));
  }

  // Last known-good.
  let baseline: { manifest: string; report?: string; version?: string; verdict?: string; changes: Change[] } | undefined;
  if (baselineAbs && model?.baseline) {
    const info = readBaseline(baselineAbs.manifest, display(baselineAbs.manifest), baselineAbs.report ? { abs: baselineAbs.report, display: display(baselineAbs.report) } : undefined);
    const now: Snapshot = {
      artifacts: new Map(facts.map((f) => [f.path.replace(/\\/g, '/'), f.sha256])),
      training: new Map(training.map((d) => [d.id, d.sha256])),
      metrics: { ...(model.metrics ?? {}) },
      disparities: { ...(model.disparities ?? {}) },
    };
    const cmp = compare(info.snapshot, now, config.regression, {
      metric: (n) => loc(['model', 'metrics', n]),
      disparity: (n) => loc(['model', 'disparities', n]),
      artifact: () => undefined,
    });
    findings.push(...cmp.findings);
    if (info.verdict !== undefined && info.verdict !== 'passed') {
      findings.push(finding('baselineNotGood', `the last known-good report ${model.baseline.report} has verdict "${info.verdict}", not "passed"`, loc(['model', 'baseline', 'report']), model.baseline.report ?? ''));
    }
    baseline = {
      manifest: model.baseline.manifest,
      ...(model.baseline.report ? { report: model.baseline.report } : {}),
      ...(info.snapshot.version ? { version: info.snapshot.version } : {}),
      ...(info.verdict ? { verdict: info.verdict } : {}),
      changes: cmp.changes,
    };
  }

  const verified = facts.filter((f) => f.ok).length;
  const missing = facts.filter((f) => f.kind === 'missing').length;
  const mismatched = facts.length - verified - missing;
  const ms = Math.round(performance.now() - started);
  const hashedBytes = [...cache.values()].reduce((a, d) => a + d.size, 0);
  ctx.logger.info(`hashed ${cache.size} file(s), ${formatBytes(hashedBytes)} in ${ms} ms`);

  return {
    status: 'passed',
    findings,
    facts: {
      artifacts: facts,
      artifactCount: facts.length,
      totalBytes,
      verified,
      mismatched,
      missing,
      ...(training.length ? { datasets, datasetsVetted: datasets.filter((d) => d.ok).length } : {}),
      ...(provenance.length ? { provenance: provFacts } : {}),
      ...(signatures.length ? { signatures: sigFacts } : {}),
      ...(card ? { card } : {}),
      ...(model?.metrics ? { metrics: model.metrics } : {}),
      ...(model?.disparities ? { disparities: model.disparities } : {}),
      ...(baseline ? { baseline } : {}),
      hashing: { files: cache.size, bytes: hashedBytes, ms },
    },
    outputs: [],
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export { DIRECTORY_IGNORE };
export default lineage;
