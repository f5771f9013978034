// The facts the endpoints check reports (JSON report, custom policy rules over facts, the summary).
// The schema is the contract: strict objects, so a field added to the run and not here fails the test
// that parses real runs' facts (test/unit/checks/endpoints/facts.test.ts).
import { z } from 'zod';
import { SEVERITIES } from '../../src/report/model.js';
import { PLATFORMS } from './model.js';

// Built on first use: every facts module is imported with the registry at start-up, and a run needs
// the schemas only of the checks that ran, when it reports. z.lazy calls `define` once, on first parse.
function define() {
  const count = z.number().int().nonnegative();
  const line = z.number().int().positive().describe('1-based line of the endpoint in its file');
  const platform = z.enum(PLATFORMS);
  const ruleKeys = z.array(z.string()).describe('rule names: built-in (e.g. tls-required), or custom-<id> for a custom rule');

  const endpointsFactsSchema = z
    .strictObject({
      files: count.describe('definition files read'),
      documents: count.describe('YAML or JSON documents read (empty ones not counted)'),
      endpoints: count,
      routes: count.describe('Kubernetes Services and Ingresses read'),
      byPlatform: z.record(z.string(), count).describe(`endpoints per platform (${PLATFORMS.join(', ')})`),
      production: count.describe('endpoints whose environment is one of the policy productionEnvironments'),
      public: count.describe('endpoints reachable from the internet (their own exposure or a route)'),
      failing: count.describe('endpoints failing at least one enabled rule'),
      ignoredKinds: z.record(z.string(), count).describe('documents skipped by the policy ignoreKinds, per kind'),
      unknownKinds: z.record(z.string(), count).describe('documents of a kind the check cannot read (each also a finding), per kind'),
      verdictStore: z
        .strictObject({ dir: z.string().describe('workspace-relative folder'), files: count.describe('verdict statements read') })
        .nullable()
        .describe('the verdict store the model-verdict rule read; null when the manifest names none'),
      rules: z
        .array(
          z.strictObject({
            key: z.string().describe('rule name, or custom-<id>'),
            id: z.string().describe('rule id as in findings, e.g. endpoints/tls-required'),
            severity: z.enum(SEVERITIES),
            halt: z.boolean().describe('a failing endpoint goes on the halt list'),
            failing: count,
            passing: count,
            notApplicable: count.describe('endpoints the rule does not apply to (e.g. encryption keys on a platform without them)'),
          }),
        )
        .describe('per rule: enabled built-in rules, then custom rules'),
      table: z
        .array(z.strictObject({ name: z.string(), platform, file: z.string(), line, failed: ruleKeys, notApplicable: ruleKeys }))
        .describe('one row per endpoint, in definition order'),
      halt: z
        .array(z.strictObject({ endpoint: z.string(), platform, file: z.string(), line, rules: z.array(z.string()).describe('ids of the halt rules it violates') }))
        .describe('endpoints violating a rule with halt: true (before waivers)'),
    })
    .describe('Facts of the endpoints check');
  return { endpointsFactsSchema };
}

type Defined = ReturnType<typeof define>;

export const endpointsFactsSchema = z.lazy(() => define().endpointsFactsSchema);

export type EndpointsFacts = z.infer<Defined['endpointsFactsSchema']>;
