// The lineage check's work, loaded only when the check runs (index.ts holds what the registry needs).
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { readSection, type CheckContext, type CheckResult } from '../../src/check.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import type { FileDigest } from '../../src/io/hash.js';
import { formatBytes } from '../../src/report/format.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Finding, Location } from '../../src/report/model.js';
import { isBundleJson, loadPublicKey, loadTrustedRoot, readAttestation, readSmallFile, verifyBundleJson, type Trust } from '../../src/attest/verify.js';
import { checkCard } from './card.js';
import { lineageManifest, type LineageConfig } from './config.js';
import { digestTargets, type TargetDigest } from './digest.js';
import { compare, compareMeasured, diffDependencies, inventoryOf, measuredDisparities, readBaseline, type Change, type Compared, type Snapshot } from './knowngood.js';
import { compareSignedFiles, parseModelSignature } from './modelsig.js';
import { builderTrusted, commitOf, parseProvenance, type Provenance } from './provenance.js';
import { loadRegistry, vetDatasets, type DatasetFact } from './registry.js';
import { finding } from './rules.js';
import { artifactScanFact, checkAllowGlobals, scanTargets, type ArtifactScanFact, type ModelFileFact, type ScanTarget } from './scan.js';


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
  /** What the model-file scanner found in the file (or in every file of the directory). */
  scan?: ArtifactScanFact;
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


export async function run(ctx: CheckContext<LineageConfig>): Promise<CheckResult> {
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
  checkAllowGlobals(config.allowGlobals, (i) => ctx.policy.locate(['lineage', 'allowGlobals', i]));

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

  // Unsafe model files: every file artifact and every file inside a directory artifact, scanned
  // statically (nothing is unpickled). A file the scanner cannot read or parse fails the check.
  const hashMs = Math.round(performance.now() - started);
  const scanList: ScanTarget[] = [];
  const scanned = new Set<string>();
  const filesOf: string[][] = artifacts.map(() => []);
  artifacts.forEach((a, i) => {
    const d = artifactDigests[i]!;
    const add = (abs: string, size: number, hint?: string): void => {
      const shown = display(abs);
      filesOf[i]!.push(shown);
      if (scanned.has(abs)) return;
      scanned.add(abs);
      scanList.push({ artifact: a.path, abs, display: shown, size, ...(hint !== undefined ? { hint } : {}) });
    };
    if (d.kind === 'file') add(artifactAbs[i]!, d.size ?? 0, a.format);
    else if (d.kind === 'directory') for (const f of d.files ?? []) add(join(artifactAbs[i]!, ...f.path.split('/')), f.size);
  });
  const scan = await scanTargets(scanList, { allowGlobals: config.allowGlobals, signal, concurrency: config.hashConcurrency ?? 4 });
  if (scan.errors.length) {
    const [first, ...rest] = scan.errors;
    const more = rest.length ? ` (and ${rest.length} more model file(s) that cannot be scanned: ${rest.slice(0, 5).map((e) => e.location?.file ?? '?').join(', ')}${rest.length > 5 ? ', …' : ''})` : '';
    throw new ConfigError(`${first!.detail}${more}; the gate fails closed on a model file it cannot read`, first!.location);
  }
  findings.push(...scan.findings);
  const fileFacts = new Map(scan.files.map((f) => [f.path, f]));
  facts.forEach((f, i) => {
    if (f.kind === 'missing') return;
    f.scan = artifactScanFact(filesOf[i]!.map((p) => fileFacts.get(p)).filter((x): x is ModelFileFact => x !== undefined), f.kind === 'directory');
  });
  ctx.logger.info(`scanned ${scan.files.filter((f) => f.verdict !== 'not-scanned').length} model file(s) of ${scan.files.length} in ${scan.ms} ms`);

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
        ctx.now.toISOString().slice(0, 10),
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
  let baseline:
    | {
        manifest: string;
        report?: string;
        version?: string;
        verdict?: string;
        changes: Change[];
        dependencies: Compared<{ added: number; removed: number; changed: number; unchanged: number }>;
        bias: Compared<{ disparities: number; regressed: number; breaches: number }>;
      }
    | undefined;
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
    const changes = [...cmp.changes];

    // Dependencies: this run's dependency check against the baseline report's (both must have run).
    let dependencies: Compared<{ added: number; removed: number; changed: number; unchanged: number }>;
    const depNow = ctx.upstream.dependency;
    if (!info.report) dependencies = { compared: false, reason: 'no baseline report (model.baseline.report): the last known-good dependencies are unknown' };
    else if (!depNow) dependencies = { compared: false, reason: 'the dependency check did not run in this gate' };
    else if (depNow.status !== 'passed') dependencies = { compared: false, reason: `the dependency check ${depNow.status === 'error' ? 'errored' : `has status ${depNow.status}`} in this gate` };
    else {
      const before = inventoryOf(info.upstream.dependency, 'in the baseline report');
      const after = inventoryOf(depNow.facts, 'in this gate');
      if ('why' in after) dependencies = { compared: false, reason: after.why };
      else if ('why' in before) dependencies = { compared: false, reason: before.why };
      else {
        const d = diffDependencies(before.packages, after.packages);
        changes.push(...d.changes);
        dependencies = { compared: true, added: d.added, removed: d.removed, changed: d.changed, unchanged: d.unchanged };
      }
    }

    // Bias: the disparities the bias check measured in this run against those in the baseline report.
    let bias: Compared<{ disparities: number; regressed: number; breaches: number }>;
    const biasNow = ctx.upstream.bias;
    if (!info.report) bias = { compared: false, reason: 'no baseline report (model.baseline.report): the last known-good measured disparities are unknown' };
    else if (!biasNow) bias = { compared: false, reason: 'the bias check did not run in this gate' };
    else if (biasNow.status !== 'passed') bias = { compared: false, reason: `the bias check ${biasNow.status === 'error' ? 'errored' : `has status ${biasNow.status}`} in this gate` };
    else if (!info.upstream.bias) bias = { compared: false, reason: 'the baseline report has no bias facts (the check did not run or errored then)' };
    else {
      const evaluationAt = loc(manifest.data.evaluation !== undefined ? ['evaluation'] : ['model', 'baseline', 'report']);
      const m = compareMeasured(measuredDisparities(info.upstream.bias), measuredDisparities(biasNow.facts), config.regression.maxDisparityIncrease, () => evaluationAt);
      changes.push(...m.changes);
      findings.push(...m.findings);
      bias = { compared: true, disparities: m.changes.length, regressed: m.changes.filter((c) => c.change === 'regressed').length, breaches: m.findings.length };
    }

    if (info.verdict !== undefined && info.verdict !== 'passed') {
      findings.push(finding('baselineNotGood', `the last known-good report ${model.baseline.report} has verdict "${info.verdict}", not "passed"`, loc(['model', 'baseline', 'report']), model.baseline.report ?? ''));
    }
    baseline = {
      manifest: model.baseline.manifest,
      ...(model.baseline.report ? { report: model.baseline.report } : {}),
      ...(info.snapshot.version ? { version: info.snapshot.version } : {}),
      ...(info.verdict ? { verdict: info.verdict } : {}),
      changes,
      dependencies,
      bias,
    };
  }

  const verified = facts.filter((f) => f.ok).length;
  const missing = facts.filter((f) => f.kind === 'missing').length;
  const mismatched = facts.length - verified - missing;
  const ms = hashMs;
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
      modelFiles: scan.files,
      modelScan: {
        files: scan.files.length,
        scanned: scan.files.filter((f) => f.verdict !== 'not-scanned').length,
        dangerous: scan.files.filter((f) => f.verdict === 'dangerous').length,
        suspicious: scan.files.filter((f) => f.verdict === 'suspicious').length,
        unknown: scan.files.filter((f) => f.verdict === 'unknown').length,
        clean: scan.files.filter((f) => f.verdict === 'clean').length,
        pickles: scan.files.reduce((n, f) => n + f.pickles, 0),
        allowGlobals: config.allowGlobals.length,
        ms: scan.ms,
      },
    },
    outputs: [],
  };
}


