// The lineage check's evidence for the compliance section: artifacts, datasets, provenance, card and model-file scan as counts.
import type { EvidenceSentence } from '../../src/check.js';
import type { LineageFacts } from './facts.js';

export function lineageEvidence(facts: LineageFacts): EvidenceSentence[] {
  const out: EvidenceSentence[] = [
    {
      rules: ['lineage/artifact-missing', 'lineage/artifact-digest-mismatch'],
      text: `${facts.verified} of ${facts.artifactCount} model artifact(s) match their sha256, ${facts.mismatched} mismatched, ${facts.missing} missing`,
    },
  ];
  if (facts.datasets) {
    const revoked = facts.datasets.filter((d) => d.status === 'revoked').length;
    out.push({
      rules: ['lineage/dataset-not-registered', 'lineage/dataset-not-vetted', 'lineage/dataset-revoked', 'lineage/dataset-expired', 'lineage/dataset-digest-mismatch'],
      text: `${facts.datasetsVetted ?? 0} of ${facts.datasets.length} training dataset(s) vetted in the registry, ${revoked} revoked`,
    });
  }
  if (facts.provenance) {
    const accepted = facts.provenance.filter((p) => p.accepted).length;
    const signed = facts.provenance.filter((p) => p.verified && p.trusted).length;
    out.push({
      rules: ['lineage/provenance-missing', 'lineage/provenance-invalid', 'lineage/provenance-unsigned', 'lineage/provenance-subject-missing', 'lineage/builder-untrusted', 'lineage/provenance-dataset-missing'],
      text: `${accepted} of ${facts.provenance.length} provenance statement(s) accepted, ${signed} signed by a trusted signer`,
    });
  }
  if (facts.card) {
    const present = facts.card.fields.filter((f) => f.present).length;
    out.push({ rules: ['lineage/card-missing', 'lineage/card-field-missing'], text: `model card ${facts.card.path}: ${present} of ${facts.card.fields.length} required field(s) present` });
  }
  if (facts.metrics && Object.keys(facts.metrics).length) {
    const metrics = Object.entries(facts.metrics).map(([k, v]) => `${k} ${Number(v.toPrecision(4))}`).join(', ');
    out.push({ rules: ['lineage/metric-regression'], text: `model metrics declared in the manifest: ${metrics}` });
  }
  if (facts.baseline) {
    const b = facts.baseline;
    const regressed = b.changes.filter((c) => (c.kind === 'metric' || c.kind === 'disparity' || c.kind === 'bias') && c.breach).length;
    out.push({
      rules: ['lineage/baseline-not-passed', 'lineage/metric-regression', 'lineage/disparity-regression'],
      text: `compared with the last known-good release ${b.version ?? b.manifest}${b.verdict ? ` (verdict ${b.verdict})` : ''}: ${regressed} metric(s) or disparit(ies) regressed beyond the limit`,
    });
  }
  const s = facts.modelScan;
  out.push({
    rules: ['lineage/unsafe-global', 'lineage/suspicious-global', 'lineage/unknown-global', 'lineage/malformed'],
    text: `${s.scanned} of ${s.files} model file(s) scanned: ${s.dangerous} dangerous, ${s.suspicious} suspicious, ${s.clean} clean`,
  });
  return out;
}
