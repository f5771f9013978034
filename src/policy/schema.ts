// The policy: one zod schema holds the whole configuration and its defaults, so that no policy at
// all gives the strict baseline. Each check contributes its own section schema from the registry.
import { z } from 'zod';
import type { Check } from '../check.js';
import { FRAMEWORK_IDS } from '../compliance/catalog.js';
import { SEVERITIES } from '../report/model.js';

export const severitySchema = z.enum(SEVERITIES);

export const waiverSchema = z.strictObject({
  rule: z.string().regex(/^[a-z0-9*-]+\/[a-z0-9*-]+$|^\*$/, 'expected a rule id such as "lineage/artifact-missing" (a "*" matches any part)'),
  target: z.string().min(1).optional().describe('The finding target it covers; "*" matches any run of characters. Absent: every target.'),
  reason: z.string().min(1),
  owner: z.string().min(1),
  expires: z.iso.date('expected a date as YYYY-MM-DD').describe('Last day the waiver applies (UTC)'),
});
export type Waiver = z.infer<typeof waiverSchema>;

export const customRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  expression: z.string().min(1).describe('CEL expression over facts, checks and release; it must evaluate to true, false is a violation'),
  message: z.string().min(1),
  severity: severitySchema.default('high'),
  controls: z.array(z.string()).optional().describe('Ids of the compliance controls this rule provides evidence for (docs/compliance.md), e.g. gdpr/art-9'),
});
export type CustomRule = z.infer<typeof customRuleSchema>;

const frameworkSchema = z.enum(FRAMEWORK_IDS);

/** Which frameworks the report's compliance section covers, and the controls that must be assessed. */
export const complianceSchema = z
  .strictObject({
    frameworks: z.array(frameworkSchema).default([...FRAMEWORK_IDS]).describe('Frameworks shown in the compliance section (default: all four)'),
    require: z
      .array(z.string())
      .default([])
      .describe('Control ids (docs/compliance.md) that must be assessed; a parent id covers its sub-controls. Not assessed is a violation (policy/control-not-assessed)'),
  })
  .default({ frameworks: [...FRAMEWORK_IDS], require: [] });
export type CompliancePolicy = z.infer<typeof complianceSchema>;

/** The policy schema for a set of checks. `waivers` is validated item by item at load (a malformed waiver is a violation, not a crash). */
export function policySchema(checks: readonly Check[]) {
  const ids = checks.map((c) => c.id) as [string, ...string[]];
  const checkId = z.enum(ids);
  const sections = Object.fromEntries(checks.map((c) => [c.id, c.configSchema]));
  return z
    .strictObject({
      $schema: z.string().optional(),
      failOn: severitySchema.default('low').describe('Lowest severity that blocks the release'),
      require: z.array(checkId).default([]).describe('Checks that must run for every release; a missing manifest section is a violation'),
      optional: z.array(checkId).default([]).describe('Checks whose errors are reported but do not block'),
      timeouts: z
        .strictObject({
          default: z.number().positive().default(600),
          ...Object.fromEntries(checks.map((c) => [c.id, z.number().positive().optional()])),
        })
        .default({ default: 600 })
        .describe('Time budget per check, in seconds'),
      rules: z.array(customRuleSchema).default([]),
      compliance: complianceSchema,
      waivers: z.array(waiverSchema).default([]),
      ...sections,
    })
    .describe('ModelGate policy');
}

export interface Policy {
  failOn: z.infer<typeof severitySchema>;
  require: string[];
  optional: string[];
  timeouts: { default: number } & Record<string, number | undefined>;
  rules: CustomRule[];
  compliance: CompliancePolicy;
  /** Raw waiver entries; parsed by policy/waivers.ts. */
  waivers: unknown[];
  /** Parsed section of each check, by check id. */
  sections: Record<string, unknown>;
}
