// How the reports show the lineage check (summary and HTML sections, log category), and the artifacts
// it hashed, which become the subjects of the verdict statement.
import type { CheckView, SubjectArtifact } from '../../src/check.js';
import { lineageBom } from './bom.js';
import type { LineageFacts } from './facts.js';
import { lineageSection } from './html.js';
import { renderLineageSummary } from './summary.js';
import { lineageEvidence } from './evidence.js';

export const lineageView: CheckView<LineageFacts> = {
  evidence: lineageEvidence,
  summary: renderLineageSummary,
  html: lineageSection,
  logCategories: ['file'],
  subjects: hashedArtifacts,
  bom: lineageBom,
};

/** The artifacts with the digest this run computed, else (a missing file) the one the manifest declared. */
function hashedArtifacts(facts: LineageFacts): SubjectArtifact[] {
  // A missing folder pointer without a digest names nothing: it is not a subject.
  return facts.artifacts.flatMap((a) => {
    const sha256 = a.sha256 ?? a.expected;
    return sha256 === null ? [] : [{ ...(a.name ? { name: a.name } : {}), path: a.path, sha256, source: a.sha256 ? ('computed' as const) : ('declared' as const) }];
  });
}
