// The JSON report's schema (schemas/report.schema.json): the Report of model.ts with, for each check
// of the registry, the schema of its facts. Users validate and code against it; the tests validate
// the example pipeline's reports with it.
import { z } from 'zod';
import type { AnyCheck } from '../check.js';
import { metadataSchema } from '../manifest/schema.js';
import { policyFactsSchema } from '../policy/policy-rules.js';
import { CONTROL_STATUSES, POLICY_ORIGINS, REPORT_SCHEMA_VERSION, RULE_TOPICS, SEVERITIES } from './model.js';

const severity = z.enum(SEVERITIES);
const count = z.number().int().nonnegative();

const location = z.strictObject({
  file: z.string().describe('Workspace-relative, forward slashes'),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  record: count.optional().describe('0-based data row (CSV, after the header) or JSON Lines record'),
  field: z.string().optional().describe('Column name or JSON path inside the record'),
  start: count.optional().describe('JavaScript string index inside that field'),
  end: count.optional(),
});

const waiver = z.strictObject({
  rule: z.string(),
  target: z.string().optional(),
  reason: z.string(),
  owner: z.string(),
  expires: z.string().describe('YYYY-MM-DD'),
  location: location.optional().describe('Where the waiver is written in the policy'),
});

const finding = z.strictObject({
  ruleId: z.string().describe('<check>/<rule-name>'),
  severity,
  message: z.string(),
  location: location.optional(),
  target: z.string().optional().describe('The thing concerned: package@version, column, artifact path…'),
  evidence: z.string().optional().describe('Always masked: never a raw personal value or secret'),
  remediation: z.string().optional(),
  violation: z.boolean().describe('Blocks the release: at or above failOn and not waived'),
  waiver: waiver.optional(),
});

const rule = z.strictObject({
  id: z.string(),
  title: z.string(),
  severity,
  help: z.string(),
  remediation: z.string(),
  topic: z.enum(RULE_TOPICS).optional().describe('What the rule is about (SARIF tags); absent on custom policy rules and before 2.1.0: compliance'),
  controls: z.array(z.string()).optional().describe('Compliance controls the rule provides evidence for, of the frameworks the policy selects (since 2.3.0)'),
});

const controlStatus = z.enum(CONTROL_STATUSES);

const control = z.strictObject({
  id: z.string().describe('<framework>/<control>, e.g. eu-ai-act/art-10-2-f (docs/compliance.md)'),
  ref: z.string().describe('The reference as the framework writes it, e.g. Art. 10(2)(f)'),
  title: z.string(),
  parent: z.string().optional().describe('The control this one is a sub-point of'),
  status: controlStatus.describe('violated: a violation maps to it; waived: only waived findings do; satisfied: a check that evidences it ran, no violation; not-assessed: no such check ran. A parent takes the worst status of itself and its sub-controls'),
  checks: z.array(z.string()).describe('Checks with a rule that evidences it: those that would assess it'),
  ran: z.array(z.string()).describe('Those of checks that ran in this release'),
  rules: z.array(z.string()).describe('Rules that evidence it (or a sub-control)'),
  findings: z
    .array(z.strictObject({ check: z.string(), index: count.describe('Index in that check\'s findings'), ruleId: z.string(), severity, violation: z.boolean(), waived: z.boolean() }))
    .describe('Findings of those rules, violations and most severe first (at most 50)'),
  findingCount: count,
  evidence: z.array(z.string()).describe("What the checks that ran measured, as short sentences from their facts"),
});

const compliance = z.strictObject({
  required: z.array(z.string()).describe('Controls the policy requires to be assessed (compliance.require)'),
  frameworks: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      source: z.string().describe('The text the catalog follows'),
      counts: z.strictObject(Object.fromEntries(CONTROL_STATUSES.map((s) => [s, count])) as Record<(typeof CONTROL_STATUSES)[number], typeof count>),
      controls: z.array(control),
    }),
  ),
});

const policySource = z.strictObject({
  origin: z.enum(POLICY_ORIGINS).describe("baseline (no file), workspace (the job's checkout: on a pull request, its own head), base-commit (the pull request's base commit) or repository (another repository, through the contents API)"),
  repository: z.string().optional().describe('owner/name of the repository the file was read from'),
  ref: z.string().optional().describe('The ref as given, or the base branch'),
  commit: z.string().optional().describe('The commit the file was read at, when known'),
  path: z.string().describe('Path of the file in that repository or workspace, or "baseline"'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the bytes read (baseline: of the empty document)'),
});

const output = z.strictObject({ path: z.string(), kind: z.string(), description: z.string().optional() });

/** One entry of `checks[]` whose facts follow `facts` (or are empty: the check errored or was skipped first). */
function checkEntry(id: string, facts: z.ZodType) {
  return z.strictObject({
    id: z.literal(id),
    title: z.string(),
    status: z.enum(['passed', 'failed', 'error', 'skipped']),
    optional: z.boolean().describe('Errors of an optional check do not block'),
    durationMs: count,
    findings: z.array(finding),
    facts: z.union([facts, z.strictObject({})]).describe(`What the ${id} check measured; {} when it did not get that far`),
    outputs: z.array(output).describe('Files the check wrote'),
    reason: z.string().optional().describe('Why the check is skipped or errored, one line'),
  });
}

export function reportSchemaFor(checks: readonly AnyCheck[]) {
  const entries = [...checks.map((c) => checkEntry(c.id, c.facts)), checkEntry('policy', policyFactsSchema)];
  return z.strictObject({
    schemaVersion: z.string().describe(`Semantic version of this format; this schema describes ${REPORT_SCHEMA_VERSION}`),
    tool: z.strictObject({ name: z.literal('modelgate'), version: z.string() }),
    verdict: z.enum(['passed', 'blocked', 'error']),
    mode: z.enum(['enforce', 'audit']),
    failOn: severity,
    manifest: z.string().describe('Manifest path, workspace-relative'),
    release: metadataSchema.partial().describe("The manifest's metadata"),
    policy: z.string().describe('Policy path (workspace-relative), owner/repo/path@ref of a central policy, or "baseline"'),
    policySource: policySource.optional().describe('Where the policy was read from (since 2.2.0)'),
    startedAt: z.string().describe('ISO 8601'),
    durationMs: count,
    checks: z.array(z.union(entries)).describe('One entry per check that was selected, then the policy\'s own findings'),
    violations: count,
    counts: z.strictObject(Object.fromEntries(SEVERITIES.map((s) => [s, count])) as Record<(typeof SEVERITIES)[number], typeof count>),
    waivers: z.strictObject({ applied: z.array(waiver), unused: z.array(waiver), expired: z.array(waiver) }),
    rules: z.array(rule).describe('Every rule that can appear in this report'),
    compliance: compliance.optional().describe('The release by regulatory control, per framework (since 2.3.0)'),
    run: z.strictObject({
      repository: z.string().optional(),
      sha: z.string().optional(),
      ref: z.string().optional(),
      eventName: z.string().optional(),
      runId: z.string().optional(),
      serverUrl: z.string().optional(),
      workflow: z.string().optional(),
    }),
  });
}
