// How the reports show the endpoints check (summary and HTML sections), and the action output it adds:
// `halt`, the endpoints to take out of service.
import type { CheckView } from '../../src/check.js';
import type { CheckReport } from '../../src/report/model.js';
import type { EndpointsFacts } from './facts.js';
import { endpointsSection } from './html.js';
import { renderEndpointsSummary } from './summary.js';
import { endpointsEvidence } from './evidence.js';

export const endpointsView: CheckView<EndpointsFacts> = {
  evidence: endpointsEvidence,
  summary: renderEndpointsSummary,
  html: endpointsSection,
  outputs: {
    halt: {
      description: 'JSON list of the endpoints to halt, each with the rules that halt it; [] when none or when the check did not run',
      empty: '[]',
      value: haltList,
    },
  },
};

/**
 * The halt list as compact JSON. The check lists halting rules before waivers; a rule whose findings
 * for that endpoint are all waived does not halt it.
 */
export function haltList(check: CheckReport, facts: EndpointsFacts): string {
  const standing = (endpoint: string, rule: string) => check.findings.some((f) => f.ruleId === rule && f.target === endpoint && !f.waiver);
  const kept = facts.halt
    .map((h) => ({ ...h, rules: h.rules.filter((r) => standing(h.endpoint, r)) }))
    .filter((h) => h.rules.length > 0);
  return JSON.stringify(kept);
}
