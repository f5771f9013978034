// The rules over each endpoint: built-in rules (each on/off with severity and halt), the verdict
// lookup, and custom CEL rules compiled by the policy engine (src/policy/fast-rules.ts without the CEL
// engine when it can, else src/policy/rules.ts).
import { ConfigError, errorMessage, RuleBudgetError } from '../../src/errors.js';
import { checkBudget } from '../../src/io/budget.js';
import { compileRulesWithoutEngine, EngineNeeded } from '../../src/policy/fast-rules.js';
import type { LoadedPolicyRef } from '../../src/check.js';
import type { Finding, Location, Severity } from '../../src/report/model.js';
import type { VerdictStore } from '../../src/verdict/store.js';
import { RULE_NAMES, type EndpointsConfig, type RuleName } from './config.js';
import type { FleetEntry } from './fleet.js';
import type { Endpoint, Evidence, Platform, ServedModel } from './model.js';
import { digestEvidence, isPinned } from './modeluri.js';
import { BUILTIN } from './rules.js';

export type Outcome = 'pass' | 'fail' | 'n/a';

export interface Evaluated {
  name: string;
  platform: Platform;
  file: string;
  line: number;
  /** Rule names (built-in, or custom-<id>) that failed / did not apply. */
  failed: string[];
  notApplicable: string[];
  halt: string[];
}

interface CompiledCustom {
  key: string;
  id: string;
  message: string;
  severity: Severity;
  halt: boolean;
  expression: string;
  location: Location;
  evaluate: (b: Record<string, unknown>, signal?: AbortSignal) => unknown;
}

const DAY_MS = 86_400_000;
const short = (d: string) => `sha256:${d.slice(0, 12)}…`;

/**
 * Custom rules compiled once (a rule that does not compile is a ConfigError at its policy line): without
 * the CEL engine when all are in the fast path's subset (their evaluation then throws EngineNeeded where
 * only the engine can answer: compile again with `engine` and evaluate again), else with it.
 */
export async function compileCustom(config: EndpointsConfig, policy: LoadedPolicyRef, engine = false): Promise<CompiledCustom[]> {
  if (config.custom.length === 0) return [];
  // The engine compiles rules found at policy `rules[i]`; ours live at `endpoints.custom[i]`.
  const at = (p: ReadonlyArray<string | number>) => policy.locate(['endpoints', 'custom', ...p.slice(1)]);
  const source = { file: policy.path, data: null, locate: at, locateKey: at };
  const rules = config.custom.map((r) => ({ id: r.id, expression: r.expression, message: r.message, severity: r.severity }));
  const compiled = (!engine && compileRulesWithoutEngine(rules, source)) || (await import('../../src/policy/rules.js')).compileRules(rules, source);
  return compiled.map((c, i) => {
    const r = config.custom[i]!;
    return { key: `custom-${r.id}`, id: `endpoints/custom-${r.id}`, message: r.message, severity: r.severity, halt: r.halt, expression: r.expression, location: c.location, evaluate: c.evaluate };
  });
}

/** The verdict store, the time it is read at, the custom rules and the check's budget. */
type FleetOptions = { store?: VerdictStore; now: Date; custom: CompiledCustom[]; signal?: AbortSignal };

export function evaluateFleet(
  entries: readonly FleetEntry[],
  config: EndpointsConfig,
  opts: FleetOptions,
): { findings: Finding[]; rows: Evaluated[] } {
  const findings: Finding[] = [];
  const rows: Evaluated[] = [];
  const enabled = RULE_NAMES.filter((n) => config.rules[n].enabled);
  const ruleContext: RuleContext = { config, sources: config.allowedModelSources, opts };
  // Endpoints share models (a digest served by several): each digest's newest verdict is looked up once.
  const verdicts = new Map<string, ServedModel['verdict']>();
  const run: FleetRun = { config, opts, enabled, ruleContext, findings, verdictOf: (store, digest) => {
    let v = verdicts.get(digest);
    if (v === undefined) verdicts.set(digest, (v = newest(store, digest, opts.now)));
    return v;
  } };
  for (const entry of entries) {
    checkBudget(opts.signal); // a synchronous loop: the budget's timer cannot fire in it
    rows.push(evaluateEndpoint(entry, run));
  }
  return { findings, rows };
}

/** What the evaluation of every endpoint shares. */
interface FleetRun {
  config: EndpointsConfig;
  opts: FleetOptions;
  enabled: RuleName[];
  ruleContext: RuleContext;
  findings: Finding[];
  verdictOf: (store: VerdictStore, digest: string) => ServedModel['verdict'];
}

/**
 * One endpoint's row, its findings appended to the run's. A function of its own, not the body of the
 * fleet's loop: the optimising compiler then compiles it once per endpoint shape it sees, rather than
 * the whole loop with everything inlined, again at each new shape (on-stack replacement).
 */
function evaluateEndpoint({ endpoint: e, raw }: FleetEntry, run: FleetRun): Evaluated {
  const { config, opts, findings } = run;
  // Verdicts first: custom rules can read them (endpoint.models[i].verdict).
  for (const m of e.models) m.verdict = opts.store && m.digest ? run.verdictOf(opts.store, m.digest) : null;
  const row: Evaluated = { name: e.name, platform: e.platform, file: e.file, line: e.line, failed: [], notApplicable: [], halt: [] };
  for (const name of run.enabled) {
    const verdict = RULE_CHECKS[name](e, run.ruleContext);
    if (verdict === 'n/a') row.notApplicable.push(name);
    else if (verdict !== 'pass') findings.push(builtinFinding(name, e, raw, row, config, verdict));
  }
  if (opts.custom.length) {
    // The endpoint is plain JSON data already (strings, numbers, booleans, null, lists, maps).
    const binding = { endpoint: e as unknown };
    for (const c of opts.custom) {
      let result: unknown;
      try {
        result = c.evaluate(binding, opts.signal);
      } catch (err) {
        // Past its cost or time budget: a check error, not a finding; the engine needed: the caller evaluates again with it.
        if (err instanceof RuleBudgetError || err instanceof EngineNeeded) throw err;
        result = err;
      }
      if (result === true) continue;
      row.failed.push(c.key);
      if (c.halt) row.halt.push(c.id);
      const why = result === false ? c.message : `${c.message} (the rule could not be evaluated: ${result instanceof Error ? errorMessage(result) : `it gave ${typeof result}, expected a boolean`})`;
      findings.push({ ruleId: c.id, severity: c.severity, message: `${e.name}: ${why}`, location: { file: e.file, line: e.line }, target: e.name, remediation: `Policy rule (${c.location.file}:${c.location.line ?? '?'}): ${c.expression}` });
    }
  }
  return row;
}

/** The finding of a built-in rule that failed (recorded in the row), at the field that decided it. */
function builtinFinding(name: RuleName, e: Endpoint, raw: FleetEntry['raw'], row: Evaluated, config: EndpointsConfig, failure: { message: string; evidence?: string }): Finding {
  const rule = config.rules[name];
  row.failed.push(name);
  if (rule.halt) row.halt.push(BUILTIN[name].id);
  const path = raw.fields[name] ?? (name === 'model-verdict' ? raw.fields['model-pinned'] : undefined);
  const location = path ? raw.doc.locate(path) : { file: e.file, line: e.line };
  const decided = decidedBy(name, e, location);
  return {
    ruleId: BUILTIN[name].id,
    severity: rule.severity,
    message: `${e.name}: ${failure.message}`,
    location,
    target: e.name,
    evidence: failure.evidence ? `${decided}; ${failure.evidence}` : decided,
    remediation: BUILTIN[name].remediation,
  };
}

/**
 * Where the failed decision comes from, as `what (file:line)`: the documents the endpoint's attribute
 * records (a route, an Istio policy, the field that gave a model's digest), else the deciding field of
 * the endpoint's own document (the finding's location).
 */
function decidedBy(name: RuleName, e: Endpoint, location: Location): string {
  const attribute: Evidence[] | undefined =
    name === 'authentication-required' ? e.authentication.evidence
    : name === 'tls-required' ? e.tls.evidence
    : name === 'no-public-exposure' ? e.exposure.evidence
    : name.startsWith('model-') ? e.models.flatMap((m) => m.evidence ?? [])
    : undefined;
  // The endpoint's own document: the deciding field, where the finding points (in the file that holds
  // it: a SageMaker Endpoint's configuration may be another file).
  const text = (x: Evidence): string =>
    x.file === e.file && x.line === e.line ? `${x.what} (${location.file || x.file}:${location.line ?? x.line})` : `${x.what} (${x.file}:${x.line})`;
  if (!attribute?.length) return `decided by ${e.kind} ${e.name} (${location.file || e.file}:${location.line ?? e.line})`;
  if (attribute.length === 1) return `decided by ${text(attribute[0]!)}`;
  return `decided by ${[...new Set(attribute.map(text))].join(', ')}`;
}

type RuleOutcome = 'pass' | 'n/a' | { message: string; evidence?: string };
interface RuleContext {
  config: EndpointsConfig;
  sources: readonly string[];
  opts: { store?: VerdictStore; now: Date };
}

const NO_MODEL = { message: 'serves no model the check can identify' } as const;

/**
 * Each rule's outcome for one endpoint: pass, not applicable, or a failure with its message. One small
 * function per rule, not one switch over them all: each is compiled on its own as it gets hot, and an
 * endpoint shape first seen late recompiles one rule, not every rule inlined together.
 */
const RULE_CHECKS: Record<RuleName, (e: Endpoint, c: RuleContext) => RuleOutcome> = {
  'authentication-required': (e) => (e.authentication.enabled ? 'pass' : { message: `requests are not authenticated (${e.authentication.source})` }),
  'tls-required': (e) => (e.tls.enabled ? 'pass' : { message: `reachable without TLS (${e.tls.source})` }),
  'no-public-exposure': (e) =>
    e.exposure.level !== 'public' || e.exposure.allowedPublic ? 'pass' : { message: `is reachable from the internet (${e.exposure.source}) and is not listed under endpoints.public` },
  'model-source-allowed': (e, { sources }) => {
    if (e.models.length === 0) return NO_MODEL;
    const bad = e.models.filter((m) => !m.uri || !sources.some((p) => m.uri!.startsWith(p)));
    return bad.length === 0 ? 'pass' : { message: bad.map((m) => (m.uri ? `${m.name} is served from ${m.uri}, outside the allowed sources` : `${m.name}: ${m.pin}`)).join('; ') };
  },
  'model-pinned': (e) => {
    if (e.models.length === 0) return NO_MODEL;
    const bad = e.models.filter((m) => !isPinned(m));
    return bad.length === 0 ? 'pass' : { message: bad.map((m) => `${m.name}${m.uri ? ` (${m.uri})` : ''} is not pinned: ${m.pin}`).join('; ') };
  },
  'model-verdict': (e, { config, opts }) => {
    if (e.models.length === 0) return NO_MODEL;
    const problems: string[] = [];
    const evidence: string[] = [];
    for (const m of e.models) {
      const p = verdictProblem(m, config, opts);
      if (p) {
        problems.push(p.message);
        if (p.evidence) evidence.push(p.evidence);
      }
    }
    return problems.length === 0 ? 'pass' : { message: problems.join('; '), ...(evidence.length ? { evidence: evidence.join('; ') } : {}) };
  },
  'encryption-key': (e) => {
    if (!e.encryption.supported) return 'n/a';
    return e.encryption.missing.length === 0 ? 'pass' : { message: `no encryption key set: ${e.encryption.missing.join(', ')}` };
  },
  'request-logging': (e, { config }) => {
    const ok = config.loggingMode === 'all' ? e.logging.requests && e.logging.responses : e.logging.requests || e.logging.responses;
    return ok ? 'pass' : { message: `${config.loggingMode === 'all' ? 'requests and responses are not both logged' : 'neither requests nor responses are logged'} (${e.logging.source})` };
  },
  'resource-limits': (e) => (e.resources.limitsSet ? 'pass' : { message: `resource limits missing: ${e.resources.missing.join(', ')}` }),
  'owner-label': (e, { config }) => (e.owner ? 'pass' : { message: `has no owner label (${config.ownerLabels.join(', ')})` }),
  'min-replicas': (e, { config }) => {
    if (!e.production) return 'n/a';
    return e.replicas.min !== null && e.replicas.min >= config.minProductionReplicas
      ? 'pass'
      : { message: `production endpoint runs ${e.replicas.min ?? 'an unknown number of'} replica(s), below the minimum ${config.minProductionReplicas} (${e.replicas.source})` };
  },
};

function newest(store: VerdictStore, digest: string, now: Date): ServedModel['verdict'] {
  const r = store.lookup(digest)[0];
  if (!r) return null;
  return { verdict: r.verdict, time: r.time, ageDays: Math.max(0, (now.getTime() - Date.parse(r.time)) / DAY_MS), release: `${r.release.name}@${r.release.version}`, signed: r.signed, file: r.file };
}

function verdictProblem(m: ServedModel, config: EndpointsConfig, opts: { store?: VerdictStore }): { message: string; evidence?: string } | undefined {
  if (!opts.store) throw new ConfigError('no verdict store'); // guarded in index.ts
  if (!m.digest) return { message: `${m.name}: the served model has no sha256 digest to look up (${m.pin}); pin it by digest or set the modelgate.dev/model-sha256 annotation/tag` };
  const v = m.verdict;
  if (v && v.verdict !== 'blocked' && v.ageDays <= config.maxVerdictAgeDays) return undefined;
  // Only a problem names where the digest was read: its line is found by reading the document again.
  const from = digestEvidence(m);
  const d = `${short(m.digest)}${from ? ` (digest from ${from})` : ''}`;
  if (!v) return { message: `${m.name}: no gate verdict for ${d} in the verdict store` };
  const evidence = `${v.file}: ${v.verdict} for ${v.release} at ${v.time}${v.signed ? ' (signed)' : ''}`;
  if (v.verdict === 'blocked') return { message: `${m.name}: the latest gate verdict for ${d} is BLOCKED (${v.release}, ${v.time})`, evidence };
  return { message: `${m.name}: the passing verdict for ${d} is ${Math.floor(v.ageDays)} days old (maximum ${config.maxVerdictAgeDays})`, evidence };
}

