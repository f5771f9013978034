// The endpoints check's evidence for the compliance section: the fleet, then each enabled rule's tally.
import type { EvidenceSentence } from '../../src/check.js';
import type { EndpointsFacts } from './facts.js';

export function endpointsEvidence(facts: EndpointsFacts): EvidenceSentence[] {
  return [
    {
      rules: ['endpoints/unknown-kind', 'endpoints/unlinked-route', 'endpoints/no-public-exposure'],
      text: `${facts.endpoints} endpoint(s) in ${facts.files} definition file(s): ${facts.public} public, ${facts.production} production, ${facts.failing} failing a rule`,
    },
    ...facts.rules.map((r) => ({ rules: [r.id], text: `${r.id}: ${r.passing} passing, ${r.failing} failing, ${r.notApplicable} not applicable` })),
  ];
}
