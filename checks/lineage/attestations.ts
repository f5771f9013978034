// The attestations section of the lineage run: SLSA provenance statements, OpenSSF model-signing
// signatures, which artifacts they cover, and what the attested build says it depended on.
import { relative, sep } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import type { Finding } from '../../src/report/model.js';
import { isBundleJson, readAttestation, readSmallFile, verifyBundleJson } from '../../src/attest/verify.js';
import { SHORT } from './artifacts.js';
import { digestTargets, type TargetDigest } from '../../src/io/artifact-digest.js';
import type { ArtifactFact, ProvenanceFact, SignatureFact } from './facts.js';
import { compareSignedFiles, parseModelSignature } from './modelsig.js';
import type { Lineage } from './prepare.js';
import { builderTrusted, commitOf, parseProvenance, type Provenance } from './provenance.js';
import { finding } from './rules.js';
import { parseJsonText } from '../../src/io/json-syntax.js';

/** A provenance statement whose subjects count as attested. */
export interface Accepted {
  value: Provenance;
  signed: boolean;
}

export function checkProvenance(l: Lineage): { facts: ProvenanceFact[]; accepted: Accepted[]; findings: Finding[] } {
  const findings: Finding[] = [];
  if (l.ctx.config.requireProvenance && l.provenance.length === 0) {
    findings.push(finding('provenanceMissing', 'the policy requires build provenance and the manifest lists none (model.provenance)', l.loc(['model']), 'model.provenance'));
  }
  const results = l.provenance.map((p, i) => provenanceStatement(l, i, findings));
  return { facts: results.map((r) => r.fact), accepted: results.flatMap((r) => (r.accepted ? [r.accepted] : [])), findings };
}

/** One statement: verified, parsed, and accepted when signed by a trusted signer for a trusted builder. */
function provenanceStatement(l: Lineage, i: number, findings: Finding[]): { fact: ProvenanceFact; accepted?: Accepted } {
  const { config } = l.ctx;
  const p = l.provenance[i]!;
  const at = l.loc(['model', 'provenance', i, 'path']);
  const abs = l.paths.provenance[i]!;
  const att = readAttestation(abs, l.display(abs), l.trust!);
  for (const pr of att.problems) findings.push(finding(pr.rule, pr.message, at, p.path));
  const parsed = parseProvenance(att.statement);
  const fact: ProvenanceFact = { path: p.path, form: att.form, verified: att.verified, trusted: att.trusted, ...(att.signer ? { signer: att.signer } : {}), subjects: 0, accepted: false };
  if (!parsed.ok) {
    findings.push(finding('provenanceInvalid', `${p.path}: ${parsed.why}`, at, p.path));
    return { fact };
  }
  const builder = parsed.value.builderId;
  fact.subjects = parsed.value.subjects.length;
  fact.builder = builder;
  fact.builderTrusted = builderTrusted(builder, config.trustedBuilders);
  if (att.form === 'plain' && config.requireSignedProvenance) {
    findings.push(finding('provenanceUnsigned', `${p.path} is a plain in-toto statement: nothing proves who wrote it`, at, p.path));
    return { fact };
  }
  if (att.form !== 'plain' && !(att.verified && att.trusted)) return { fact }; // its problems are already findings
  if (!fact.builderTrusted) {
    const empty = config.trustedBuilders.length ? '' : ' (the list is empty)';
    findings.push(finding('builderUntrusted', `${p.path}: builder "${builder}" is not in the policy's trustedBuilders${empty}`, at, builder));
    return { fact };
  }
  fact.accepted = true;
  return { fact, accepted: { value: parsed.value, signed: att.form !== 'plain' } };
}

/** Model signatures (OpenSSF model-signing), one after the other (their directories share the digest cache). */
export async function checkSignatures(l: Lineage): Promise<{ facts: SignatureFact[]; signedDigests: Set<string>; findings: Finding[] }> {
  const facts: SignatureFact[] = [];
  const signedDigests = new Set<string>();
  const findings: Finding[] = [];
  for (const i of l.signatures.keys()) {
    const r = await modelSignature(l, i, findings);
    facts.push(r.fact);
    for (const d of r.signed) signedDigests.add(d);
  }
  return { facts, signedDigests, findings };
}

/** One signature: verified, then its signed file list against the model directory on disk. `signed`: the digests it vouches for. */
async function modelSignature(l: Lineage, i: number, findings: Finding[]): Promise<{ fact: SignatureFact; signed: string[] }> {
  const { signal, config } = l.ctx;
  const s = l.signatures[i]!;
  const at = l.loc(['model', 'signatures', i, 'path']);
  const abs = l.paths.signatures[i]!;
  const file = l.display(abs);
  const modelDir = l.paths.signedModels[i]!;
  const att = verifyBundleJson(readSignatureJson(abs, file), file, l.trust!);
  for (const pr of att.problems) findings.push(finding(pr.rule, pr.message, at, s.path));
  if (!att.verified && att.problems.some((p) => p.rule === 'signatureInvalid')) {
    // The signed content is not what was signed: nothing in it is read.
    return { fact: { path: s.path, model: l.display(modelDir), verified: false, trusted: false, files: 0, missing: [], changed: [], unsigned: [], ok: false }, signed: [] };
  }
  const signed = parseModelSignature(att, file);
  const sigRel = relative(modelDir, abs).split(sep).join('/');
  const ignore = [...signed.ignorePaths, ...(sigRel.startsWith('..') ? [] : [sigRel])];
  const [dir] = await digestTargets([modelDir], { signal, cache: l.cache, ignore: [ignore], ...(config.hashConcurrency ? { concurrency: config.hashConcurrency } : {}) });
  if (dir!.kind !== 'directory') throw new ConfigError(`the model directory of this signature (${l.display(modelDir)}) is not a directory`, l.loc(['model', 'signatures', i, s.model ? 'model' : 'path']));
  const cmp = compareSignedFiles(signed, new Map((dir!.files ?? []).map((f) => [f.path, f.sha256])));
  const problems: string[] = [];
  if (cmp.unsafe.length) problems.push(`lists paths outside the model directory: ${cmp.unsafe.join(', ')}`);
  if (cmp.missing.length) problems.push(`signed file(s) missing: ${cmp.missing.join(', ')}`);
  if (cmp.changed.length) problems.push(`file(s) changed since signing: ${cmp.changed.join(', ')}`);
  if (cmp.unsigned.length) problems.push(`file(s) not covered by the signature: ${cmp.unsigned.join(', ')}`);
  if (!cmp.subjectConsistent) problems.push('the signed subject digest does not match the signed file list');
  for (const u of dir!.unsupported ?? []) problems.push(`symbolic link or special file "${u}"`);
  if (problems.length) findings.push(finding('modelSignatureMismatch', `${s.path}: ${problems.join('; ')}`, at, s.path));
  const ok = att.verified && att.trusted && problems.length === 0;
  const { missing, changed, unsigned } = cmp;
  return {
    fact: { path: s.path, model: l.display(modelDir), verified: att.verified, trusted: att.trusted, ...(att.signer ? { signer: att.signer } : {}), files: signed.resources.length, missing, changed, unsigned, ok },
    signed: ok ? [signed.subjectDigest, ...signed.resources.map((r) => r.sha256)] : [],
  };
}

/** The signature file as JSON, which must be a Sigstore bundle. */
function readSignatureJson(abs: string, file: string): unknown {
  const text = readSmallFile(abs, file, 'model signature').toString('utf8');
  const json = parseJsonText(text, 'model signature is not valid JSON', file);
  if (!isBundleJson(json)) throw new ConfigError('not an OpenSSF model-signing signature: expected a Sigstore bundle (mediaType application/vnd.dev.sigstore.bundle…)', { file });
  return json;
}

/** Coverage of the artifacts by provenance subjects and signatures: fills in each found artifact's `attested` and `signed`. */
export function coverArtifacts(l: Lineage, digests: readonly TargetDigest[], facts: ArtifactFact[], accepted: readonly Accepted[], signedDigests: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const subjects = new Set(accepted.flatMap((a) => a.value.subjects.map((s) => s.sha256)));
  const signedSubjects = new Set(accepted.filter((a) => a.signed).flatMap((a) => a.value.subjects.map((s) => s.sha256)));
  const covers = (set: ReadonlySet<string>, d: TargetDigest): boolean =>
    d.sha256 !== undefined && (set.has(d.sha256) || (d.kind === 'directory' && (d.files?.length ?? 0) > 0 && d.files!.every((f) => set.has(f.sha256))));
  facts.forEach((f, i) => {
    const d = digests[i]!;
    if (f.kind === 'missing') return;
    const at = l.loc(l.artifacts[i]!.pathAt);
    if (l.provenance.length) {
      f.attested = covers(subjects, d);
      if (!f.attested) findings.push(finding('subjectMissing', `no accepted provenance statement lists the digest of "${f.path}" among its subjects`, at, f.path, `sha256 ${d.sha256!.slice(0, SHORT)}…`));
    }
    f.signed = covers(signedSubjects, d) || covers(signedDigests, d);
    if (l.ctx.config.requireSignature && !f.signed) findings.push(finding('signatureMissing', `model artifact "${f.path}" is covered by no verified, trusted signature`, at, f.path));
  });
  return findings;
}

/** Dependencies of the attested build: training data and source commit. */
export function buildDependencies(l: Lineage, accepted: readonly Accepted[]): Finding[] {
  const { config } = l.ctx;
  if (accepted.length === 0) return [];
  const findings: Finding[] = [];
  const deps = accepted.flatMap((a) => a.value.dependencies);
  const depDigests = new Set(deps.flatMap((d) => Object.values(d.digest)));
  if (config.requireDatasetDependencies) {
    l.training.forEach((d, i) => {
      if (depDigests.has(d.sha256)) return;
      findings.push(finding('dependencyDataset', `training dataset "${d.id}" (sha256 ${d.sha256.slice(0, SHORT)}…) is not among the provenance's resolved dependencies`, l.loc(['data', 'training', i, 'sha256']), d.id));
    });
  }
  if (config.requireSourceCommit) {
    const commits = deps.map(commitOf).filter((c): c is string => c !== undefined);
    const want = l.model?.source?.commit?.toLowerCase();
    const ok = want ? commits.some((c) => c.startsWith(want) || want.startsWith(c)) : commits.length > 0;
    if (!ok && want) {
      const found = commits.length ? ` (found ${commits.map((c) => c.slice(0, 12)).join(', ')})` : '';
      findings.push(finding('sourceCommit', `no provenance resolved dependency pins source commit ${want}${found}`, l.loc(['model', 'source', 'commit']), want));
    } else if (!ok) findings.push(finding('sourceCommit', 'no provenance resolved dependency carries a gitCommit digest', l.loc(['model', 'provenance']), 'source'));
  }
  return findings;
}
