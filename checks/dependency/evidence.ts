// The dependency check's evidence for the compliance section: packages, vulnerabilities, pins and licences as counts.
import type { EvidenceSentence } from '../../src/check.js';
import type { DependencyFacts } from './facts.js';

export function dependencyEvidence(facts: DependencyFacts): EvidenceSentence[] {
  const severities = Object.entries(facts.bySeverity).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(', ');
  const ignored = facts.vulnerable.filter((v) => v.ignored).length;
  return [
    {
      rules: ['dependency/vulnerable-package', 'dependency/scanner-finding', 'dependency/no-advisory-source', 'dependency/version-not-comparable'],
      text: `${facts.packages.checked} of ${facts.packages.total} package(s) checked against ${facts.advisories.source} advisories: ${facts.vulnerabilities} vulnerabilit${facts.vulnerabilities === 1 ? 'y' : 'ies'}${severities ? ` (${severities})` : ''}, ${ignored} ignored with a reason`,
    },
    {
      rules: ['dependency/unpinned', 'dependency/missing-hash', 'dependency/denied-package'],
      text: `${facts.unpinned.length} unpinned, ${facts.missingHashes} without a hash, ${facts.denied} denied`,
    },
    {
      rules: ['dependency/license-not-allowed', 'dependency/license-unknown'],
      text: `licences: ${Object.keys(facts.licenses.counts).length} distinct, ${facts.licenses.violations.length} not allowed or unknown`,
    },
  ];
}
