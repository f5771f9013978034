// Every rule the lineage check can emit: stable ids `lineage/<rule-name>`, with help and remediation.
import type { RuleDef } from '../../src/check.js';
import type { Finding, Location } from '../../src/report/model.js';

export const RULES = {
  // Integrity
  missing: {
    id: 'lineage/artifact-missing',
    title: 'Model artifact missing',
    severity: 'high',
    topic: 'supply-chain',
    help: 'A model artifact listed in the release manifest does not exist (or is neither a regular file nor a directory), so its integrity cannot be verified.',
    remediation: 'Build or download the artifact before the gate runs, or correct `path` in the manifest (relative to the manifest folder).',
  },
  mismatch: {
    id: 'lineage/artifact-digest-mismatch',
    title: 'Model artifact digest mismatch',
    severity: 'critical',
    topic: 'supply-chain',
    help: 'The sha256 of a model artifact (for a directory: its directory digest, see checks/lineage/README.md) differs from the digest recorded in the release manifest: what is being released is not what was recorded.',
    remediation:
      'Find out why the artifact changed. If the new content is the intended release, record its digest (`sha256sum <file>`, or the directory digest the report shows) in the manifest; otherwise restore the recorded artifact.',
  },
  unpinned: {
    id: 'lineage/artifact-unpinned',
    title: 'Model folder not pinned to a digest',
    severity: 'high',
    topic: 'supply-chain',
    help: 'The manifest points at a model folder (`model.mlflow` or `model.huggingface`) without recording its directory digest, so the gate cannot tell whether what is released is what was reviewed.',
    remediation: 'Write the pointer as `{ path: <folder>, sha256: <digest> }` with the directory digest the finding shows (`modelgate init --update` refreshes it after retraining).',
  },
  unsupportedEntry: {
    id: 'lineage/artifact-unsupported-entry',
    title: 'Symbolic link or special file inside a model directory',
    severity: 'high',
    topic: 'supply-chain',
    help: 'A directory artifact contains a symbolic link, socket, FIFO or device. Like OpenSSF model-signing (allow_symlinks: false), the directory digest does not follow links: what a link points at could change without changing the digest.',
    remediation: 'Replace the link by the file it points at (or remove it), then record the new directory digest.',
  },
  // Vetted data
  registryMissing: {
    id: 'lineage/dataset-registry-missing',
    title: 'No dataset registry configured',
    severity: 'high',
    topic: 'compliance',
    help: 'The manifest lists training datasets but the policy names no dataset registry (`lineage.datasetRegistry`), so no dataset can be shown to be vetted.',
    remediation: 'Point `lineage.datasetRegistry` in the policy at the data-governance registry file (YAML or JSON).',
  },
  notRegistered: {
    id: 'lineage/dataset-not-registered',
    title: 'Training dataset not in the registry',
    severity: 'high',
    topic: 'compliance',
    help: 'A training dataset of the release is not listed in the dataset registry: nobody vetted it.',
    remediation: 'Have the dataset reviewed and added to the registry with status `vetted`, or correct its `id` in the manifest.',
  },
  notVetted: {
    id: 'lineage/dataset-not-vetted',
    title: 'Training dataset not vetted',
    severity: 'high',
    topic: 'compliance',
    help: 'A training dataset is in the registry with status `pending`: its review is not finished.',
    remediation: 'Finish the review (status `vetted` in the registry) before releasing a model trained on it.',
  },
  revoked: {
    id: 'lineage/dataset-revoked',
    title: 'Training dataset revoked',
    severity: 'critical',
    topic: 'compliance',
    help: 'A training dataset has status `revoked` in the registry (consent withdrawn, licence problem, poisoned data…): no model trained on it may ship.',
    remediation: 'Retrain without the revoked dataset, or ask the data-governance team why it was revoked.',
  },
  expired: {
    id: 'lineage/dataset-expired',
    title: 'Training dataset approval expired',
    severity: 'high',
    topic: 'compliance',
    help: 'The registry entry of a training dataset is past its `expires` date: the approval no longer holds.',
    remediation: 'Have the dataset re-vetted (new `date` and `expires` in the registry).',
  },
  datasetDigest: {
    id: 'lineage/dataset-digest-mismatch',
    title: 'Training dataset digest differs',
    severity: 'critical',
    topic: 'supply-chain',
    help: 'The digest of a training dataset (as recorded in the manifest, or recomputed from the file) differs from the digest the registry vetted: the model was trained on other data than the vetted version.',
    remediation: 'Train on the vetted version, or have the new version vetted and registered with its digest.',
  },
  // Provenance and signatures
  provenanceMissing: {
    id: 'lineage/provenance-missing',
    title: 'No build provenance',
    severity: 'high',
    topic: 'supply-chain',
    help: 'The policy requires build provenance (`lineage.requireProvenance`) and the manifest lists none under `model.provenance`.',
    remediation: 'Attach the SLSA provenance of the training/build run (in-toto Statement, DSSE envelope or Sigstore bundle) and list it under `model.provenance`.',
  },
  provenanceInvalid: {
    id: 'lineage/provenance-invalid',
    title: 'Provenance is not an in-toto Statement v1 with SLSA Provenance v1',
    severity: 'high',
    topic: 'supply-chain',
    help: 'An attestation does not hold an in-toto Statement v1 (`_type` https://in-toto.io/Statement/v1) with predicate type https://slsa.dev/provenance/v1, or the predicate lacks fields the check needs.',
    remediation: 'Generate provenance with a SLSA v1 builder (for example slsa-github-generator or `actions/attest-build-provenance`).',
  },
  provenanceUnsigned: {
    id: 'lineage/provenance-unsigned',
    title: 'Provenance is not signed',
    severity: 'high',
    topic: 'supply-chain',
    help: 'A provenance statement is plain JSON: anybody could have written it. The policy (`lineage.requireSignedProvenance`, on by default) requires a DSSE envelope signed by a trusted key or a Sigstore bundle.',
    remediation: 'Use the signed form your builder produces (DSSE envelope or Sigstore bundle), or set `requireSignedProvenance: false`.',
  },
  signatureInvalid: {
    id: 'lineage/signature-invalid',
    title: 'Signature does not verify',
    severity: 'critical',
    topic: 'supply-chain',
    help: 'A Sigstore bundle, DSSE envelope or model signature failed verification (content changed after signing, certificate not issued by the trusted root, transparency-log entry inconsistent, wrong key).',
    remediation: 'Do not release: find out who changed the signed content. Re-sign only an artifact you rebuilt and trust.',
  },
  signerUntrusted: {
    id: 'lineage/signer-untrusted',
    title: 'Signed by an identity or key the policy does not trust',
    severity: 'high',
    topic: 'supply-chain',
    help: 'The signature is valid, but the certificate identity (SAN and OIDC issuer) matches none of `lineage.sigstore.identities`, or the key is not among `lineage.trustedKeys`.',
    remediation: 'Check who signed. If that signer is legitimate, add an anchored identity pattern or its public key to the policy.',
  },
  subjectMissing: {
    id: 'lineage/provenance-subject-missing',
    title: 'Model artifact not covered by provenance',
    severity: 'high',
    topic: 'supply-chain',
    help: 'No accepted provenance statement lists the digest of this model artifact among its subjects: the build that produced it is not attested.',
    remediation: 'Release the artifact the attested build produced, or attest the build that produced this one.',
  },
  builderUntrusted: {
    id: 'lineage/builder-untrusted',
    title: 'Builder not trusted',
    severity: 'high',
    topic: 'supply-chain',
    help: 'The provenance `runDetails.builder.id` is not in the policy `lineage.trustedBuilders`.',
    remediation: 'Build on a trusted builder, or have the platform team add this builder id to `trustedBuilders`.',
  },
  dependencyDataset: {
    id: 'lineage/provenance-dataset-missing',
    title: 'Training dataset absent from provenance',
    severity: 'high',
    topic: 'supply-chain',
    help: 'A training dataset digest of the manifest does not appear in the provenance `buildDefinition.resolvedDependencies`: the attested build did not declare training on it.',
    remediation: 'Record every training dataset (with its sha256) as a resolved dependency of the training run, or correct `data.training`.',
  },
  sourceCommit: {
    id: 'lineage/provenance-source-missing',
    title: 'Source commit absent from provenance',
    severity: 'high',
    topic: 'supply-chain',
    help: 'The policy requires the source commit (`lineage.requireSourceCommit`); no resolved dependency carries a `gitCommit` digest (equal to `model.source.commit` when the manifest gives one).',
    remediation: 'Build from a checked-out commit with a builder that records it, and state it in `model.source.commit`.',
  },
  signatureMissing: {
    id: 'lineage/signature-missing',
    title: 'Model not signed',
    severity: 'high',
    topic: 'supply-chain',
    help: 'The policy requires a signature (`lineage.requireSignature`): every model artifact must be covered by a verified OpenSSF model-signing signature or by a verified signed provenance statement.',
    remediation: 'Sign the model (`model_signing sign`) or attach signed provenance, and list it in the manifest.',
  },
  modelSignatureMismatch: {
    id: 'lineage/model-signature-mismatch',
    title: 'Model files differ from the model signature',
    severity: 'critical',
    topic: 'supply-chain',
    help: 'A file listed in an OpenSSF model-signing signature is missing or has another digest, or the directory has a file the signature does not list.',
    remediation: 'Restore the signed files, or re-sign the model after a change you trust.',
  },
  // Model card
  cardMissing: {
    id: 'lineage/card-missing',
    title: 'Model card missing',
    severity: 'medium',
    topic: 'compliance',
    help: 'The policy requires a model card (`lineage.card.required`) and the manifest names none under `model.card`, or the file does not exist.',
    remediation: 'Write a model card (Markdown with YAML front matter, like Hugging Face model cards) and reference it as `model.card`.',
  },
  cardField: {
    id: 'lineage/card-field-missing',
    title: 'Model card field missing',
    severity: 'medium',
    topic: 'compliance',
    help: 'The model card lacks a field the policy requires (`lineage.card.fields`): neither a non-empty front-matter key nor a Markdown section with that name.',
    remediation: 'Fill in the field in the front matter or add a section with that heading.',
  },
  // Last known-good
  baselineNotGood: {
    id: 'lineage/baseline-not-passed',
    title: 'Baseline report is not a passed release',
    severity: 'medium',
    topic: 'compliance',
    help: 'The report named as last known-good (`model.baseline.report`) has a verdict other than `passed`: comparisons are made against a release that was not good.',
    remediation: 'Point `model.baseline` at the last release whose gate passed.',
  },
  metricRegression: {
    id: 'lineage/metric-regression',
    title: 'Evaluation metric regressed',
    severity: 'high',
    topic: 'compliance',
    help: 'An evaluation metric got worse than in the last known-good release by more than `lineage.regression.maxMetricDrop`.',
    remediation: 'Investigate the drop before releasing; if it is accepted, waive it with a reason and an owner.',
  },
  disparityRegression: {
    id: 'lineage/disparity-regression',
    title: 'Bias disparity increased',
    severity: 'high',
    topic: 'fairness',
    help: 'A bias disparity grew beyond the last known-good release by more than `lineage.regression.maxDisparityIncrease`.',
    remediation: 'Investigate the fairness regression before releasing; if it is accepted, waive it with a reason and an owner.',
  },
} as const satisfies Record<string, RuleDef>;

export type RuleKey = keyof typeof RULES;

/** A finding of `rule` with the rule's severity and remediation. */
export function finding(rule: RuleKey, message: string, location: Location | undefined, target?: string, evidence?: string): Finding {
  const r = RULES[rule];
  return {
    ruleId: r.id,
    severity: r.severity,
    message,
    ...(location ? { location } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(evidence !== undefined ? { evidence } : {}),
    remediation: r.remediation,
  };
}
