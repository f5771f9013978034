// The container-image check's evidence for the compliance section: the image, its user and its scans.
import type { EvidenceSentence } from '../../src/check.js';
import type { ContainerImageFacts } from './facts.js';

export function containerImageEvidence(facts: ContainerImageFacts): EvidenceSentence[] {
  const out: EvidenceSentence[] = [];
  if (facts.reference) {
    out.push({
      rules: ['container-image/reference-not-pinned', 'container-image/reference-latest', 'container-image/registry-not-allowed'],
      text: `image ${facts.reference.normalized} ${facts.reference.pinned ? 'pinned by digest' : 'not pinned by digest'}`,
    });
  }
  if (facts.user !== null || facts.runsAsRoot !== null) {
    out.push({
      rules: ['container-image/root-user', 'container-image/dockerfile-user-root'],
      text: `runs as ${facts.runsAsRoot === true || facts.user === '' ? 'root' : `user ${facts.user ?? 'unknown'}`}`,
    });
  }
  const scanned = facts.reports.reduce((n, r) => ({ v: n.v + r.findings.vulnerability, m: n.m + r.findings.misconfiguration, s: n.s + r.findings.secret }), { v: 0, m: 0, s: 0 });
  out.push({
    rules: ['container-image/vulnerability', 'container-image/misconfiguration', 'container-image/scanner-secret', 'container-image/report-digest-mismatch'],
    text: `${facts.reports.length} scanner report(s) read: ${scanned.v} vulnerabilit${scanned.v === 1 ? 'y' : 'ies'}, ${scanned.m} misconfiguration(s), ${scanned.s} secret(s) listed, ignored ones included`,
  });
  if (facts.dockerfile) {
    const unpinned = facts.dockerfile.baseImages.filter((b) => !b.pinned && !b.stageRef).length;
    out.push({
      rules: ['container-image/dockerfile-base-not-pinned', 'container-image/dockerfile-base-latest', 'container-image/healthcheck-missing'],
      text: `Dockerfile: ${facts.dockerfile.baseImages.length} base image(s), ${unpinned} not pinned; HEALTHCHECK ${facts.dockerfile.healthcheck ? 'declared' : 'missing'}`,
    });
  }
  return out;
}
