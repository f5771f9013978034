// The controls each lineage rule provides evidence for: one line per (rule, control), with the reason.
// Evidence, not legal advice (README "Compliance controls").
import type { ControlEvidence, RuleControls } from '../../src/check.js';

// Dataset registry rules: the training data is vetted, governed and traceable.
const dataset = (what: string): ControlEvidence[] => [
  ['eu-ai-act/art-10-2', `${what}: training data is subject to a governance practice (the dataset registry)`],
  ['eu-ai-act/art-10-2-b', `${what}: the origin and approval of the training data is recorded`],
  ['iso-42001/a.7.3', `${what}: the acquisition of the training data was reviewed`],
  ['iso-42001/a.7.5', `${what}: the provenance of the training data is recorded and checked`],
  ['nist-ai-rmf/map-4.1', `${what}: the risk of a third-party or internal data component is mapped`],
];

// Build provenance and signatures: the released model is the one an attested build produced.
const provenance = (what: string): ControlEvidence[] => [
  ['eu-ai-act/art-15-5', `${what}: a model altered by a third party after its build would go unnoticed (model poisoning)`],
  ['eu-ai-act/annex-iv-2-a', `${what}: the methods and steps of development (the build) are documented and attested`],
  ['nist-ai-rmf/measure-2.7', `${what} is part of the security evaluation of the model artifact`],
  ['iso-42001/a.6.2.3', `${what}: the design and development of the model is documented by an attestation`],
];

// Model-file scanner rules: a model file that runs code when loaded is a security defect.
const modelFile = (what: string): ControlEvidence[] => [
  ['eu-ai-act/art-15-5', `${what}: a model file crafted to run code or evade scanning when loaded`],
  ['nist-ai-rmf/measure-2.7', `${what} is part of the security evaluation of the model artifact`],
  ['nist-ai-rmf/manage-3.2', `${what}: pre-trained model files are scanned at every release`],
];

export const CONTROLS: RuleControls = {
  'lineage/artifact-missing': [
    ['eu-ai-act/art-11', 'a model artifact the technical documentation lists does not exist'],
    ['iso-42001/a.6.2.5', 'the deployment would lack a listed artifact'],
  ],
  'lineage/artifact-digest-mismatch': [
    ['eu-ai-act/art-15-5', 'the released artifact differs from the recorded digest: it may have been altered'],
    ['nist-ai-rmf/measure-2.7', 'artifact integrity is part of the security evaluation'],
    ['iso-42001/a.6.2.5', 'the artifact deployed is the one that was verified'],
  ],
  'lineage/artifact-unpinned': [
    ['eu-ai-act/art-15-5', 'a model folder without a recorded digest could be altered unnoticed'],
    ['nist-ai-rmf/measure-2.7', 'pinning the model folder is part of the security evaluation'],
    ['iso-42001/a.6.2.5', 'the artifact deployed cannot be shown to be the one that was verified'],
  ],
  'lineage/artifact-unsupported-entry': [
    ['eu-ai-act/art-15-5', 'a link or special file in a model directory escapes its digest'],
    ['nist-ai-rmf/measure-2.7', 'model directory integrity is part of the security evaluation'],
  ],
  'lineage/dataset-registry-missing': [
    ['eu-ai-act/art-10-2', 'no dataset registry: no data governance practice can be shown for the training data'],
    ['eu-ai-act/art-10-2-h', 'names the gap that prevents showing the training data was vetted'],
    ['iso-42001/a.7.5', 'the provenance of the training data cannot be checked without a registry'],
  ],
  'lineage/dataset-not-registered': dataset('a training dataset nobody vetted'),
  'lineage/dataset-not-vetted': dataset('a training dataset whose review is not finished'),
  'lineage/dataset-revoked': dataset('a revoked training dataset (consent withdrawn, licence problem, poisoned data)'),
  'lineage/dataset-expired': dataset('a training dataset whose approval expired'),
  'lineage/dataset-digest-mismatch': [
    ...dataset('training data that differs from the vetted digest'),
    ['iso-42001/a.7.4', 'the data trained on is not the data whose quality was vetted'],
  ],
  'lineage/provenance-missing': provenance('no build provenance'),
  'lineage/provenance-invalid': provenance('provenance that is not SLSA Provenance v1'),
  'lineage/provenance-unsigned': provenance('unsigned provenance anybody could have written'),
  'lineage/signature-invalid': provenance('a signature that does not verify'),
  'lineage/signer-untrusted': provenance('a signature by an identity the policy does not trust'),
  'lineage/provenance-subject-missing': provenance('a model artifact no provenance covers'),
  'lineage/builder-untrusted': [
    ...provenance('a build by an untrusted builder'),
    ['nist-ai-rmf/govern-6.1', 'the build service is a third party the policy must trust'],
  ],
  'lineage/provenance-dataset-missing': [
    ['eu-ai-act/annex-iv-2-d', 'the attested build does not declare its training data: provenance of the data set'],
    ['iso-42001/a.7.5', 'the training data is missing from the build provenance'],
  ],
  'lineage/provenance-source-missing': [
    ['eu-ai-act/annex-iv-2-a', 'the source commit of the development is not attested'],
    ['iso-42001/a.6.2.3', 'the development cannot be traced to its source code'],
  ],
  'lineage/signature-missing': provenance('an unsigned model'),
  'lineage/model-signature-mismatch': provenance('model files that differ from their signature'),
  'lineage/card-missing': [
    ['eu-ai-act/art-11', 'the model card is the technical documentation the release carries'],
    ['eu-ai-act/art-13-3-b', 'the model card states capabilities and limitations for deployers'],
    ['nist-ai-rmf/measure-2.8', 'documentation for transparency and accountability is required'],
    ['iso-42001/a.6.2.7', 'the technical documentation of the model is present'],
    ['iso-42001/a.8.2', 'system documentation for users is present'],
  ],
  'lineage/card-field-missing': [
    ['eu-ai-act/art-11', 'the technical documentation lacks a section the policy requires'],
    ['eu-ai-act/art-13-3-b', 'the instructions lack information the policy requires (intended use, limitations, metrics…)'],
    ['nist-ai-rmf/measure-2.9', 'the model is documented with the fields the organisation requires'],
    ['iso-42001/a.6.2.7', 'the technical documentation is complete as the policy defines it'],
  ],
  'lineage/baseline-not-passed': [
    ['nist-ai-rmf/measure-2.3', 'performance is compared with a release that was itself not accepted'],
    ['iso-42001/a.6.2.4', 'verification against a baseline that did not pass is not valid'],
  ],
  'lineage/metric-regression': [
    ['eu-ai-act/art-15-1', 'accuracy must stay consistent across the life cycle: a metric dropped'],
    ['eu-ai-act/art-15-3', 'the declared accuracy metrics are compared with the last known-good release'],
    ['nist-ai-rmf/measure-2.3', 'performance criteria are measured and compared release to release'],
    ['iso-42001/a.6.2.4', 'verification and validation of the model against the previous release'],
  ],
  'lineage/disparity-regression': [
    ['eu-ai-act/art-10-2-f', 'a disparity grew since the last known-good release: a possible bias'],
    ['nist-ai-rmf/measure-2.11', 'fairness results are compared with the previous release'],
    ['iso-42001/a.5.4', 'the impact on groups of individuals worsened'],
  ],
  'lineage/unsafe-global': modelFile('a model file importing a dangerous Python global'),
  'lineage/unresolved-global': modelFile('a model file importing a global that cannot be resolved'),
  'lineage/suspicious-global': modelFile('a model file importing a suspicious global'),
  'lineage/unknown-global': modelFile('a model file importing a global on no list'),
  'lineage/global-mutation': modelFile('a pickle overwriting module attributes'),
  'lineage/malformed': modelFile('a malformed model file'),
  'lineage/scan-limit': modelFile('a model file whose scan stopped at a limit'),
  'lineage/zip-bomb': modelFile('a decompression bomb in a model archive'),
  'lineage/path-escape': modelFile('a path escaping the model folder'),
  'lineage/archive-anomaly': modelFile('an anomalous model archive'),
  'lineage/unreadable-member': modelFile('an unreadable model archive member'),
  'lineage/unsupported-format': modelFile('a model file format that cannot be scanned'),
  'lineage/lambda-layer': modelFile('a Keras Lambda layer (arbitrary code)'),
  'lineage/object-array': modelFile('a NumPy array holding Python objects'),
  'lineage/safetensors-invalid': modelFile('an inconsistent safetensors header'),
  'lineage/external-data-missing': [
    ['eu-ai-act/art-15-4', 'the released model cannot load as built (missing external data): a fault'],
    ['iso-42001/a.6.2.5', 'the deployment lacks files the model needs'],
  ],
};
