// How the reports show the lineage check (summary and HTML sections, log category), and the artifacts
// it hashed, which become the subjects of the verdict statement.
import type { CheckView, SubjectArtifact } from '../../src/check.js';
import { lineageSection } from './html.js';
import { renderLineageSummary } from './summary.js';

type Facts = Record<string, unknown>;

export const lineageView: CheckView<Facts> = {
  summary: renderLineageSummary,
  html: lineageSection,
  logCategories: ['file'],
  subjects: hashedArtifacts,
};

/** The artifacts with the digest this run computed, else the one the manifest declared. */
function hashedArtifacts(facts: Facts): SubjectArtifact[] {
  const list = Array.isArray(facts.artifacts) ? (facts.artifacts as Array<{ path?: unknown; name?: unknown; sha256?: unknown; expected?: unknown }>) : [];
  return list.flatMap((a) => {
    if (!a || typeof a.path !== 'string') return [];
    const computed = typeof a.sha256 === 'string' ? a.sha256 : undefined;
    const digest = computed ?? (typeof a.expected === 'string' ? a.expected : undefined);
    if (!digest) return [];
    return [{ ...(typeof a.name === 'string' && a.name ? { name: a.name } : {}), path: a.path, sha256: digest, source: computed ? 'computed' : 'declared' }];
  });
}
