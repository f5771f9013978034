// The bias check's work, loaded only when the check runs (index.ts holds what the registry needs).
import { readSection, type CheckContext, type CheckResult, type LoadedManifest } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { baselineFacts, readBaselineReport } from '../../src/report/baseline.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Finding } from '../../src/report/model.js';
import { aggregate, type Aggregate, type AggregateSpec } from './aggregate.js';
import { biasManifest, type BiasConfig } from './config.js';
import type { BiasFacts } from './facts.js';
import { evaluate } from './evaluate.js';
import { judgeFeature, type LimitResult } from './judge.js';
import { RULES } from './rules.js';
import { canonicalLabel, groupValue } from './values.js';

type Evaluation = NonNullable<ReturnType<typeof readEvaluation>>;
const readEvaluation = (m: LoadedManifest) => readSection(m, 'evaluation', biasManifest.evaluation);

export const NO_EVALUATION: CheckResult<BiasFacts> = { status: 'skipped', reason: 'the manifest has no `evaluation` section', findings: [], facts: {}, outputs: [] };

export async function run(ctx: CheckContext<BiasConfig>): Promise<CheckResult<BiasFacts>> {
  const p = prepare(ctx);
  if (!p) return NO_EVALUATION;
  const started = performance.now();
  return conclude(ctx, p, await aggregate(p.spec), started);
}

export type Prepared = NonNullable<ReturnType<typeof prepare>>;

/** The evaluation section, validated, and what one pass over the predictions needs (undefined: no section). */
export function prepare(ctx: CheckContext<BiasConfig>) {
  const { manifest, config, workspace, signal } = ctx;
  const ev = readEvaluation(manifest);
  if (!ev) return undefined;
  const loc = (...path: Array<string | number>) => manifest.locate(['evaluation', ...path]);
  validate(ev, loc);

  const abs = resolveInWorkspace(workspace, manifest.dir, ev.predictions, loc('predictions'));
  const display = toWorkspaceRelative(workspace, abs);
  const positives = asList(ev.positiveLabel).map((v) => canonicalLabel(v) ?? String(v));
  const negatives = ev.negativeLabel !== undefined ? asList(ev.negativeLabel).map((v) => canonicalLabel(v) ?? String(v)) : defaultNegatives(positives);
  const spec: AggregateSpec = {
    absPath: abs,
    display,
    ...(ev.format ? { format: ev.format } : {}),
    ...(ev.csv ? { csv: ev.csv } : {}),
    label: ev.label,
    ...(ev.prediction ? { prediction: ev.prediction } : {}),
    ...(ev.score ? { score: ev.score, threshold: ev.threshold! } : {}),
    positive: new Set(positives),
    ...(negatives ? { negative: new Set(negatives) } : {}),
    features: ev.sensitiveFeatures,
    ...(ev.weight ? { weight: ev.weight } : {}),
    ...(config.missingSensitive === 'group' ? { missingGroup: '(missing)' } : {}),
    where: (key, i) => (i === undefined ? loc(key) : loc(key, i)),
    limits: config.tableLimits,
    signal,
  };
  return { ev, loc, display, positives, spec };
}

/** Groups, disparities, limits and findings from the aggregate of every row (one run, or merged shards). */
export function conclude(ctx: CheckContext<BiasConfig>, p: Prepared, agg: Aggregate, started: number): CheckResult<BiasFacts> {
  const { config, signal } = ctx;
  const { ev, loc, display, positives } = p;

  // Bad input that makes every disparity meaningless: fail closed with the reason.
  const totals = agg.cells.reduce((s, c) => s + c.n[2] + c.n[3], 0);
  if (totals === 0) throw new ConfigError(`no record of ${display} has a positive label (${positives.join(', ')}); is positiveLabel right?`, loc('positiveLabel'));
  agg.features.forEach((f, i) => {
    if (agg.values[i]!.length < 2) {
      throw new ConfigError(`sensitive feature ${JSON.stringify(f)} has one group only in ${display}: there is nothing to compare`, loc('sensitiveFeatures', i));
    }
  });

  const pairs = ev.intersections ?? allPairs(ev.sensitiveFeatures);
  const partitions = [...ev.sensitiveFeatures.map((_, i) => [i]), ...pairs.map((p) => p.map((f) => ev.sensitiveFeatures.indexOf(f)))];
  const referenceGroups = Object.fromEntries(Object.entries(ev.referenceGroups ?? {}).map(([k, v]) => [k, groupValue(v) ?? String(v)]));
  const result = evaluate(agg, {
    partitions,
    minGroupSize: config.minGroupSize,
    referenceGroups,
    resamples: config.resamples,
    confidence: config.confidence,
    seed: config.seed,
    signal,
  });
  for (const [f, v] of Object.entries(referenceGroups)) {
    if (result.features[f] && result.features[f].referenceGroup === null) {
      throw new ConfigError(`reference group ${JSON.stringify(v)} of ${JSON.stringify(f)} is not a judged group (absent, or fewer than ${config.minGroupSize} rows)`, loc('referenceGroups', f));
    }
  }

  const findings: Finding[] = [];
  for (const [i, f] of config.requireFeatures.entries()) {
    if (ev.sensitiveFeatures.includes(f)) continue;
    findings.push({
      ruleId: RULES.requiredMissing.id,
      severity: RULES.requiredMissing.severity,
      message: `the policy requires sensitive feature ${JSON.stringify(f)} (requireFeatures[${i}]) but the manifest does not evaluate it`,
      location: loc('sensitiveFeatures'),
      target: f,
      remediation: RULES.requiredMissing.remediation,
    });
  }

  const baseline = readBaseline(ev, ctx, loc);
  if (Object.keys(config.maxRegression).length > 0 && !baseline.facts) {
    findings.push({
      ruleId: RULES.baselineMissing.id,
      severity: RULES.baselineMissing.severity,
      message: baseline.why,
      location: ev.baseline ? loc('baseline') : loc(),
      remediation: RULES.baselineMissing.remediation,
    });
  }

  const limits: Record<string, LimitResult[]> = {};
  partitions.forEach((idx, p) => {
    const key = idx.map((i) => ev.sensitiveFeatures[i]!).join('*');
    const where = idx.length === 1 ? loc('sensitiveFeatures', idx[0]!) : ev.intersections ? loc('intersections', p - ev.sensitiveFeatures.length) : loc('sensitiveFeatures');
    const small = result.small[key];
    if (small) {
      const list = small.slice(0, 5).map((g) => `${JSON.stringify(g.group)} (${g.count})`).join(', ');
      findings.push({
        ruleId: RULES.tooSmall.id,
        severity: RULES.tooSmall.severity,
        message: `${small.length} group(s) of ${key} have fewer than ${config.minGroupSize} rows and are not gated: ${list}${small.length > 5 ? ', …' : ''}`,
        location: where,
        target: key,
        remediation: RULES.tooSmall.remediation,
      });
    }
    if (result.insufficient.includes(key)) {
      findings.push({
        ruleId: RULES.insufficient.id,
        severity: RULES.insufficient.severity,
        message: `${key} has fewer than two groups with at least ${config.minGroupSize} rows: its disparities cannot be judged`,
        location: where,
        target: key,
        remediation: RULES.insufficient.remediation,
      });
      return;
    }
    const j = judgeFeature(key, result.features[key]!, config, where, baseline.facts, ev.baseline ? loc('baseline') : undefined);
    limits[key] = j.results;
    findings.push(...j.findings);
  });
  for (const [key, r] of Object.entries(limits)) result.features[key]!.limits = r;

  const ms = Math.round(performance.now() - started);
  ctx.logger.info(`bias: ${agg.rows} rows, ${agg.cells.length} cells, ${partitions.length} features/intersections, ${config.resamples} resamples in ${ms} ms`);
  const facts = {
    predictions: display,
    rows: agg.rows,
    weighted: agg.weighted,
    positiveLabel: positives,
    sensitiveFeatures: ev.sensitiveFeatures,
    intersections: pairs,
    minGroupSize: config.minGroupSize,
    judge: config.judge,
    confidence: config.confidence,
    resamples: config.resamples,
    seed: config.seed,
    ...(baseline.report ? { baseline: baseline.report } : {}),
    overall: result.overall,
    features: result.features,
  };
  // Through JSON: undefined rates (NaN) become null, as the report holds them.
  const json: BiasFacts = JSON.parse(JSON.stringify(facts));
  return { status: 'passed', findings, facts: json, outputs: [] };
}

function validate(ev: Evaluation, loc: (...p: Array<string | number>) => ReturnType<LoadedManifest['locate']>): void {
  if ((ev.prediction === undefined) === (ev.score === undefined)) throw new ConfigError('give either `prediction` or `score` (with `threshold`)', loc());
  if (ev.score !== undefined && ev.threshold === undefined) throw new ConfigError('`score` needs a `threshold`', loc('score'));
  const seen = new Set<string>();
  ev.sensitiveFeatures.forEach((f, i) => {
    if (seen.has(f)) throw new ConfigError(`sensitive feature ${JSON.stringify(f)} is listed twice`, loc('sensitiveFeatures', i));
    seen.add(f);
  });
  ev.intersections?.forEach((combo, i) =>
    combo.forEach((f, j) => {
      if (!seen.has(f)) throw new ConfigError(`intersection feature ${JSON.stringify(f)} is not in sensitiveFeatures`, loc('intersections', i, j));
    }),
  );
  for (const f of Object.keys(ev.referenceGroups ?? {})) {
    if (!seen.has(f)) throw new ConfigError(`reference group for ${JSON.stringify(f)}, which is not in sensitiveFeatures`, loc('referenceGroups', f));
  }
}

function readBaseline(ev: Evaluation, ctx: CheckContext<BiasConfig>, loc: (...p: Array<string | number>) => ReturnType<LoadedManifest['locate']>) {
  if (!ev.baseline) return { why: 'the policy sets maxRegression but the manifest names no baseline report (evaluation.baseline)' } as const;
  const abs = resolveInWorkspace(ctx.workspace, ctx.manifest.dir, ev.baseline, loc('baseline'));
  const display = toWorkspaceRelative(ctx.workspace, abs);
  const report = readBaselineReport(abs, display);
  const facts = baselineFacts(report, 'bias');
  const summary = { path: display, release: report.release };
  return facts
    ? ({ facts, report: summary } as const)
    : ({ why: `the baseline report ${display} has no bias facts (the check did not run or errored then)`, report: summary } as const);
}

function asList<T>(v: T | T[]): T[] {
  return Array.isArray(v) ? v : [v];
}

/** Negatives when the manifest declares none: 0 for a positive 1, false for true; otherwise any other value. */
function defaultNegatives(pos: string[]): string[] | undefined {
  if (pos.length === 1 && pos[0] === '1') return ['0'];
  if (pos.length === 1 && pos[0] === 'true') return ['false'];
  return undefined;
}

function allPairs(features: string[]): string[][] {
  return features.flatMap((a, i) => features.slice(i + 1).map((b) => [a, b]));
}
