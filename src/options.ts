// One schema for the options both front doors accept (action inputs and CLI flags), with defaults.
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { DEFAULT_MANIFEST } from './manifest/load.js';
import { SEVERITIES } from './report/model.js';
import { unknownName } from './io/suggest.js';
import { POLICY_FROM } from './policy/source.js';

const list = z
  .string()
  .transform((s) => s.split(/[\s,]+/).filter(Boolean));
const optionalPath = z
  .string()
  .transform((s) => s.trim() || undefined)
  .optional();

export const optionsSchema = z.object({
  manifest: z.string().trim().default(DEFAULT_MANIFEST).transform((s) => s || DEFAULT_MANIFEST),
  policy: optionalPath,
  /** head: the policy file of the checkout; base: that file at the pull request's base commit. */
  policyFrom: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || 'head')
    .pipe(z.enum(POLICY_FROM)),
  checks: list.optional(),
  failOn: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || undefined)
    .pipe(z.enum(SEVERITIES).optional()),
  mode: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || 'enforce')
    .pipe(z.enum(['enforce', 'audit'])),
  reportJson: optionalPath,
  sarif: optionalPath,
  summary: optionalPath,
  /** SARIF: keep waived findings as suppressed results (code scanning shows them as open by default). */
  sarifIncludeWaived: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || 'false')
    .pipe(z.stringbool({ error: 'expected true or false' })),
  /** SARIF `automationDetails.id`: set only when given, so upload-sarif's own `category` works otherwise. */
  sarifCategory: optionalPath,
  /** Self-contained HTML report (src/report/html.ts). */
  html: optionalPath,
  /** Verdict statement (in-toto) to write; the action defaults it, the CLI writes one only when asked. */
  verdict: optionalPath,
  /** CycloneDX 1.6 ML-BOM of the release, from the verified facts (src/bom/). */
  bom: optionalPath,
  /** Audit log: one JSON line appended per run (src/report/audit.ts). */
  auditLog: optionalPath,
  /** Prometheus metrics file (src/report/metrics.ts), and a Pushgateway to push the same metrics to. */
  metrics: optionalPath,
  pushgatewayUrl: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as http://pushgateway:9091' }).optional()),
  /** text (grouped, for people; when unset) or ecs (JSON lines with Elastic Common Schema fields, for log shippers). */
  logFormat: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || undefined)
    .pipe(z.enum(['text', 'ecs']).optional()),
});
export type GateRunOptions = z.infer<typeof optionsSchema>;

/** Validates raw option strings; `names` maps option keys to how the user spelt them (input or flag). */
export function parseOptions(raw: Record<string, string | undefined>, names: Record<string, string>): GateRunOptions {
  const r = optionsSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const key = String(issue.path[0]);
  const value = raw[key] ?? '';
  if (key === 'failOn') throw new ConfigError(`${names[key] ?? key}: ${unknownName('severity', value, SEVERITIES)}`);
  if (key === 'mode') throw new ConfigError(`${names[key] ?? key}: ${unknownName('mode', value, ['enforce', 'audit'])}`);
  if (key === 'policyFrom') throw new ConfigError(`${names[key] ?? key}: ${unknownName('policy source', value, POLICY_FROM)}`);
  if (key === 'logFormat') throw new ConfigError(`${names[key] ?? key}: ${unknownName('log format', value, ['text', 'ecs'])}`);
  throw new ConfigError(`${names[key] ?? key}: ${issue.message}`);
}

/** Exit code of a finished run: 0 passed, 1 blocked, 2 error. Audit mode reports but never fails. */
export function exitCodeFor(verdict: 'passed' | 'blocked' | 'error', mode: 'enforce' | 'audit'): number {
  if (mode === 'audit') return 0;
  return verdict === 'passed' ? 0 : verdict === 'blocked' ? 1 : 2;
}

/** What the SARIF report keeps and its category, as both front doors hand it to the delivery. */
export function sarifOptions(opts: GateRunOptions): { includeWaived: boolean; category?: string } {
  return { includeWaived: opts.sarifIncludeWaived, ...(opts.sarifCategory ? { category: opts.sarifCategory } : {}) };
}

/** The part of the options the gate itself takes (the rest decides what to write and how to exit). */
export function gateSelection(opts: GateRunOptions) {
  return {
    manifest: opts.manifest,
    ...(opts.policy ? { policy: opts.policy } : {}),
    ...(opts.checks ? { checks: opts.checks } : {}),
    ...(opts.failOn ? { failOn: opts.failOn } : {}),
    mode: opts.mode,
  };
}
