// The engine: load → run checks (parallel, time-boxed, fail closed) → evaluate policy → Report.
import { join } from 'node:path';
import { hasInput, type AnyCheck, type CheckContext, type CheckResult, type LoadedManifest, type LoadedPolicyRef, type Logger } from './check.js';
import { ConfigError, errorMessage, RuleBudgetError } from './errors.js';
import { startBudget } from './io/budget.js';
import { unknownName } from './io/suggest.js';
import { loadManifest } from './manifest/load.js';
import { loadPolicy, type LoadedPolicy } from './policy/load.js';
import type { CompiledRule, RuleBindings } from './policy/rules.js';
import type { FetchedPolicy } from './policy/source.js';
import { assessCompliance } from './compliance/assess.js';
import { frameworkOf, type FrameworkId } from './compliance/catalog.js';
import { complianceMapping, controlsOfRule, POLICY_CHECK, type ComplianceMapping } from './compliance/mapping.js';
import { requiredControlFindings } from './compliance/required.js';
import { POLICY_CONTROLS, policyEvidence } from './policy/controls.js';
import { POLICY_RULES, type PolicyFacts } from './policy/policy-rules.js';
import { present, viewsOf } from './report/views.js';
import { registry as defaultRegistry } from './registry.js';
import { findWaiver, parseWaivers } from './policy/waivers.js';
import {
  REPORT_SCHEMA_VERSION,
  SEVERITIES,
  severityRank,
  type CheckReport,
  type Finding,
  type Report,
  type ReportFinding,
  type RuleInfo,
  type RunContext,
  type Severity,
  type Verdict,
  type WaiverRef,
} from './report/model.js';
import type { LoadedPartial } from './shard/partial.js';
import { VERSION } from './version.js';

export interface GateOptions {
  workspace: string;
  manifest: string;
  policy?: string;
  /** The policy in effect when the front door read it (a central policy, the base commit's file): `policy` is then not read. */
  policyText?: FetchedPolicy;
  /** Subset of check ids to run (default: all registered). */
  checks?: string[];
  /** Overrides the policy's failOn. */
  failOn?: Severity;
  mode?: 'enforce' | 'audit';
  logger: Logger;
  run?: RunContext;
  /** For tests: the run's clock (waiver expiry, and every check's `ctx.now`). */
  now?: Date;
  /** For tests: the checks to choose from (default: the registry in checks/index.ts). */
  registry?: readonly AnyCheck[];
  /** Merge mode (`modelgate merge`): sharded checks take their results from these partial reports. */
  partials?: readonly LoadedPartial[];
}

export const OUTPUT_DIR = '.modelgate';

/** What a run loaded before any check runs: shared by the gate, shard jobs (src/shard/run.ts) and merges. */
export interface LoadedRun {
  registry: readonly AnyCheck[];
  selected: AnyCheck[];
  policyPath: string;
  policy: LoadedPolicy['policy'];
  policySource: LoadedPolicy['source'];
  /** Where the policy was read from, and its digest. */
  policyFrom: LoadedPolicy['from'];
  manifest: LoadedManifest;
  started: Date;
  now: Date;
  policyRef: LoadedPolicyRef;
}

/** Loads policy and manifest and selects the checks. Throws ConfigError (exit 2). */
export function loadRun(opts: GateOptions): LoadedRun {
  const started = new Date();
  const registry = opts.registry ?? defaultRegistry;
  const available = registry.map((c) => c.id);
  for (const id of opts.checks ?? []) if (!available.includes(id)) throw new ConfigError(unknownName('check', id, available));
  const selected = registry.filter((c) => !opts.checks?.length || opts.checks.includes(c.id));
  const { path: policyPath, policy, source: policySource, from: policyFrom } = loadPolicy(opts.workspace, opts.policy, registry, opts.policyText);
  const manifest = loadManifest(opts.workspace, opts.manifest, registry);
  const policyRef: LoadedPolicyRef = { path: policyPath, locate: (p) => policySource.locate(p) };
  return { registry, selected, policyPath, policy, policySource, policyFrom, manifest, started, now: opts.now ?? started, policyRef };
}

/** Runs the gate. Throws ConfigError for configuration problems (exit 2); check failures are in the Report. */
export async function runGate(opts: GateOptions): Promise<Report> {
  const t0 = performance.now();
  const loaded = loadRun(opts);
  const { policy, policySource, now } = loaded;
  // Merge mode: the partial reports must come from this very run's inputs (src/shard/).
  const merging = opts.partials ? await import('./shard/merge.js') : undefined;
  if (merging && opts.partials) merging.checkPartials(opts.partials, merging.runIdentity(loaded.manifest, loaded.policyPath, loaded.policyFrom, loaded.selected));
  // The CEL engine is loaded only when the policy has custom rules.
  const rules = policy.rules.length ? await import('./policy/rules.js') : undefined;
  const compiled = rules ? rules.compileRules(policy.rules, policySource) : [];
  const failOn = opts.failOn ?? policy.failOn;
  const waivers = parseWaivers(policy.waivers, policySource, now.toISOString().slice(0, 10));
  const classifier = makeClassifier(waivers.active, failOn);

  const results = await runChecks(loaded, opts, merging && opts.partials ? (check) => merging.mergeWork(check, opts.partials!) : undefined);
  const checkReports = results.map((ran) => checkReportOf(ran, policy.optional.includes(ran.check.id), classifier.classify));
  const custom = rules ? evaluateCustom(rules, compiled, ruleInputs(checkReports, loaded.manifest), policy.timeouts.default) : { findings: [] };
  const mapping = complianceMapping(loaded.registry, POLICY_CONTROLS, policy.rules);
  const unassessed = requiredControlFindings(policy.compliance.require, mapping, checkReports, loaded.policyRef);
  checkReports.push(policyCheckReport(loaded, checkReports, { failOn, waivers, classifier, custom, customRules: compiled.length, unassessed }));
  return assembleReport(loaded, opts, checkReports, {
    mapping,
    failOn,
    durationMs: Math.round(performance.now() - t0),
    waivers: { applied: [...classifier.used], unused: unusedWaivers(waivers.active, classifier.used), expired: waivers.expired },
    customRules: compiled.map(({ rule }) => ({
      id: `custom/${rule.id}`,
      title: rule.message,
      severity: rule.severity,
      help: `Custom policy rule: \`${rule.expression}\` must be true.`,
      remediation: 'See the policy file.',
    })),
  });
}

type Work = (check: AnyCheck) => ((ctx: CheckContext<unknown>) => Promise<CheckResult>) | undefined;

/** Checks run in parallel; one that reads another's facts starts when that one has finished. */
async function runChecks(loaded: LoadedRun, opts: GateOptions, mergeWork?: Work): Promise<Ran[]> {
  const { selected, policy, manifest, now, policyRef } = loaded;
  const running = new Map<string, Promise<Ran>>();
  const start = (check: AnyCheck): Promise<Ran> => {
    const existing = running.get(check.id);
    if (existing) return existing;
    const upstreamChecks = selected.filter((c) => check.reads?.includes(c.id));
    const p = Promise.all(upstreamChecks.map(start)).then((before) => {
      const upstream = Object.fromEntries(
        before.filter((r) => r.result.status !== 'skipped').map((r) => [r.check.id, { status: r.result.status, facts: r.result.facts }]),
      );
      const budget = policy.timeouts[check.id] ?? policy.timeouts.default;
      // Merging: a sharded check's result comes from the shards' states instead of the data.
      const work = check.shard ? mergeWork?.(check) : undefined;
      return runOne(check, manifest, policy.sections[check.id], budget, opts, { now, policy: policyRef, upstream }, work);
    });
    running.set(check.id, p);
    return p;
  };
  assertNoReadCycle(selected);
  return Promise.all(selected.map(start));
}

interface Classifier {
  classify(f: Finding, alwaysViolation?: boolean): ReportFinding;
  /** The waivers that covered a finding so far. */
  used: Set<WaiverRef>;
}

/** Turns findings into violations: at or above failOn and not waived (policy findings always block). */
function makeClassifier(active: readonly WaiverRef[], failOn: Severity): Classifier {
  const used = new Set<WaiverRef>();
  const classify = (f: Finding, alwaysViolation = false): ReportFinding => {
    const waiver = findWaiver(active, f);
    if (waiver) used.add(waiver);
    const blocking = alwaysViolation || severityRank(f.severity) >= severityRank(failOn);
    return { ...f, violation: !waiver && blocking, ...(waiver ? { waiver } : {}) };
  };
  return { classify, used };
}

function checkReportOf({ check, result, durationMs }: Ran, optional: boolean, classify: Classifier['classify']): CheckReport {
  // An optional check's failure to run is reported, never blocking.
  const findings = result.findings.map((f) => (optional && f.ruleId === 'gate/check-error' ? { ...f, violation: false } : classify(f)));
  const status = result.status === 'passed' && findings.some((f) => f.violation) ? 'failed' : result.status;
  return {
    id: check.id,
    title: check.title,
    status,
    optional,
    durationMs,
    findings,
    facts: result.facts,
    outputs: result.outputs,
    ...(result.reason ? { reason: result.reason } : {}),
  };
}

/** What custom rules (CEL) read: every check's facts and counts, the release and the manifest. */
function ruleInputs(checkReports: readonly CheckReport[], manifest: LoadedManifest) {
  return {
    facts: Object.fromEntries(checkReports.map((c) => [c.id, c.facts])),
    checks: Object.fromEntries(
      checkReports.map((c) => [c.id, { status: c.status, findings: c.findings.length, violations: c.findings.filter((f) => f.violation).length }]),
    ),
    release: manifest.data.metadata,
    manifest: manifest.data,
  };
}

interface CustomOutcome {
  findings: Finding[];
  /** A rule past its cost limit or the time budget: the policy cannot be decided (fail closed, exit 2). */
  error?: Finding;
}

/** Custom rules, all together within `timeouts.default` seconds (src/policy/rules.ts bounds each one's cost). */
function evaluateCustom(rules: typeof import('./policy/rules.js'), compiled: CompiledRule[], inputs: RuleBindings, seconds: number): CustomOutcome {
  const budget = startBudget(seconds, "the custom rules' time budget (timeouts.default)");
  try {
    return { findings: rules.evaluateRules(compiled, inputs, budget.signal) };
  } catch (e) {
    if (!(e instanceof RuleBudgetError)) throw e;
    const id = e.ruleId;
    return {
      findings: [],
      error: {
        ruleId: `custom/${id}`,
        severity: 'high',
        message: `${e.message}; the policy cannot be decided, so the gate fails closed`,
        location: e.location,
        target: id,
        remediation: 'Make the rule cheaper (fewer nested comprehensions, shorter lists), or raise timeouts.default in the policy.',
      },
    };
  } finally {
    budget.stop();
  }
}

interface PolicyInputs {
  failOn: Severity;
  waivers: ReturnType<typeof parseWaivers>;
  classifier: Classifier;
  custom: CustomOutcome;
  customRules: number;
  /** policy/control-not-assessed: required controls no check assessed. */
  unassessed: Finding[];
}

/** The policy's own findings (required checks, waivers, custom rules) as the report's `policy` entry. */
function policyCheckReport(loaded: LoadedRun, checkReports: readonly CheckReport[], p: PolicyInputs): CheckReport {
  const { classify, used } = p.classifier;
  const findings: ReportFinding[] = [
    ...requiredCheckFindings(loaded, checkReports).map((f) => classify(f, true)),
    ...p.unassessed.map((f) => classify(f, true)),
    ...p.waivers.findings.map((f) => classify(f, true)),
    ...p.custom.findings.map((f) => classify(f)),
    ...(p.custom.error ? [classify(p.custom.error, true)] : []),
  ];
  // After every other finding is classified: only then is it known which waivers matched nothing.
  const unused = unusedWaivers(p.waivers.active, used);
  findings.push(...unused.map(unusedWaiverFinding));
  const facts: PolicyFacts = {
    failOn: p.failOn,
    required: loaded.policy.require,
    customRules: p.customRules,
    waivers: { active: p.waivers.active.length, expired: p.waivers.expired.length, unused: unused.length },
  };
  return {
    id: 'policy',
    title: 'Policy',
    status: p.custom.error ? 'error' : findings.some((f) => f.violation) ? 'failed' : 'passed',
    ...(p.custom.error ? { reason: p.custom.error.message } : {}),
    optional: false,
    durationMs: 0,
    findings,
    facts,
    outputs: [],
  };
}

function requiredCheckFindings({ policy, policySource, registry }: LoadedRun, checkReports: readonly CheckReport[]): Finding[] {
  const out: Finding[] = [];
  for (const id of policy.require) {
    const c = checkReports.find((r) => r.id === id);
    if (c && c.status !== 'skipped') continue;
    const section = registry.find((r) => r.id === id)!.section;
    out.push({
      ruleId: 'policy/required-check-missing',
      severity: 'high',
      message: c ? `required check "${id}" did not run: the manifest has no \`${section}\` section` : `required check "${id}" was not selected to run`,
      location: policySource.locate(['require', policy.require.indexOf(id)]),
      target: id,
      remediation: `Describe the release's \`${section}\` in the manifest, or remove "${id}" from the policy's require list.`,
    });
  }
  return out;
}

function unusedWaivers(active: readonly WaiverRef[], used: ReadonlySet<WaiverRef>): WaiverRef[] {
  return active.filter((w) => !used.has(w));
}

function unusedWaiverFinding(w: WaiverRef): ReportFinding {
  return {
    ruleId: 'policy/waiver-unused',
    severity: 'info',
    message: `waiver for ${w.rule}${w.target ? ` on ${w.target}` : ''} matched no finding; remove it if the issue is fixed`,
    ...(w.location ? { location: w.location } : {}),
    target: w.target ?? w.rule,
    violation: false,
  };
}

interface Assembly {
  mapping: ComplianceMapping;
  failOn: Severity;
  durationMs: number;
  waivers: Report['waivers'];
  customRules: RuleInfo[];
}

function assembleReport(loaded: LoadedRun, opts: GateOptions, checkReports: CheckReport[], a: Assembly): Report {
  const all = checkReports.flatMap((c) => c.findings);
  const violations = all.filter((f) => f.violation).length;
  const blockingError = checkReports.some((c) => c.status === 'error' && !c.optional);
  const verdict: Verdict = blockingError ? 'error' : violations > 0 ? 'blocked' : 'passed';
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'modelgate', version: VERSION },
    verdict,
    mode: opts.mode ?? 'enforce',
    failOn: a.failOn,
    manifest: loaded.manifest.path,
    release: { ...loaded.manifest.data.metadata },
    policy: loaded.policyPath,
    policySource: loaded.policyFrom,
    startedAt: loaded.started.toISOString(),
    durationMs: a.durationMs,
    checks: checkReports,
    violations,
    counts,
    waivers: a.waivers,
    rules: withControls([...loaded.selected.flatMap((c) => c.rules), ...POLICY_RULES, ...a.customRules], a.mapping, loaded.policy.compliance.frameworks),
    compliance: complianceOf(loaded, checkReports, a.mapping),
    run: opts.run ?? {},
  };
}

/** Each rule with the controls (of the selected frameworks) it provides evidence for: SARIF shows them. */
function withControls(rules: RuleInfo[], mapping: ComplianceMapping, frameworks: readonly FrameworkId[]): RuleInfo[] {
  const selected = new Set<string | undefined>(frameworks);
  return rules.map((r) => {
    const controls = controlsOfRule(mapping, r.id).filter((id) => selected.has(frameworkOf(id)));
    return controls.length ? { ...r, controls } : r;
  });
}

/** The compliance section, with each check's evidence sentences drawn from its facts through its view. */
function complianceOf(loaded: LoadedRun, checkReports: readonly CheckReport[], mapping: ComplianceMapping): Report['compliance'] {
  const views = viewsOf(loaded.registry);
  const evidence = new Map(checkReports.map((c) => [c.id, present(views, c, 'compliance evidence', (v) => v.evidence) ?? []]));
  const { frameworks, require } = loaded.policy.compliance;
  const policy = checkReports.find((c) => c.id === POLICY_CHECK);
  if (policy) evidence.set(POLICY_CHECK, policyEvidence(policy, policy.facts as PolicyFacts, require, loaded.policy.rules));
  return assessCompliance({ mapping, checks: checkReports, evidence, frameworks, required: require });
}

export interface Ran {
  check: AnyCheck;
  result: CheckResult;
  durationMs: number;
}

/**
 * Runs one check (or `work` in its place: a shard's share, a merge) within its time budget. Anything
 * it throws becomes an `error` status (fail closed).
 */
export async function runOne(
  check: AnyCheck,
  manifest: LoadedManifest,
  config: unknown,
  budgetSeconds: number,
  opts: Pick<GateOptions, 'workspace' | 'logger'>,
  shared: Pick<CheckContext<unknown>, 'now' | 'policy' | 'upstream'>,
  work: (ctx: CheckContext<unknown>) => Promise<CheckResult> = (ctx) => check.run(ctx),
): Promise<Ran> {
  const t0 = performance.now();
  const done = (result: CheckResult): Ran => ({ check, result, durationMs: Math.round(performance.now() - t0) });
  if (!hasInput(check, manifest)) {
    return done({ status: 'skipped', findings: [], facts: {}, outputs: [], reason: `the manifest has no \`${check.section}\` section` });
  }
  // The signal carries its deadline: synchronous loops see it too (src/io/budget.ts).
  const budget = startBudget(budgetSeconds);
  try {
    const result = await Promise.race([
      work({
        manifest,
        config,
        workspace: opts.workspace,
        logger: opts.logger,
        signal: budget.signal,
        outputDir: join(opts.workspace, OUTPUT_DIR, check.id),
        ...shared,
      }),
      budget.expired,
    ]);
    return done(result);
  } catch (e) {
    const message = errorMessage(e);
    const location = e instanceof ConfigError ? e.location : undefined;
    return done({
      status: 'error',
      reason: message,
      findings: [
        {
          ruleId: 'gate/check-error',
          severity: 'high',
          message: `check "${check.id}" could not run: ${e instanceof ConfigError ? e.detail : message}`,
          ...(location ? { location } : { location: { file: manifest.path } }),
          target: check.id,
          remediation: 'Fix the input named in the message; the gate fails closed while a check cannot run.',
        },
      ],
      facts: {},
      outputs: [],
    });
  } finally {
    budget.stop();
  }
}

/** A check that (through others) reads its own facts would wait for itself forever: refuse the registry. */
function assertNoReadCycle(checks: readonly AnyCheck[]): void {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const visit = (c: AnyCheck, path: string[]): void => {
    if (path.includes(c.id)) throw new Error(`checks read each other's facts in a cycle: ${[...path, c.id].join(' → ')}`);
    for (const id of c.reads ?? []) {
      const next = byId.get(id);
      if (next) visit(next, [...path, c.id]);
    }
  };
  for (const c of checks) visit(c, []);
}
