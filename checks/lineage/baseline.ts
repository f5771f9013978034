// The last known-good section of the lineage run: this release against the baseline manifest (and
// report), with this gate's dependency and bias results against the baseline report's.
import type { UpstreamResult } from '../../src/check.js';
import type { Finding } from '../../src/report/model.js';
import type { ArtifactFact, BaselineFact, BiasDiff, Change, DependencyDiff } from './facts.js';
import { compare, compareMeasured, diffDependencies, inventoryOf, measuredDisparities, readBaseline, type BaselineInfo, type Snapshot } from './knowngood.js';
import type { Lineage } from './prepare.js';
import { finding } from './rules.js';

export function knownGood(l: Lineage, artifacts: readonly ArtifactFact[]): { baseline?: BaselineFact; findings: Finding[] } {
  const { model, paths, loc, display } = l;
  if (!paths.baseline || !model?.baseline) return { findings: [] };
  const named = model.baseline;
  const info = readBaseline(paths.baseline.manifest, display(paths.baseline.manifest), paths.baseline.report ? { abs: paths.baseline.report, display: display(paths.baseline.report) } : undefined);
  const now: Snapshot = {
    artifacts: new Map(artifacts.map((f) => [f.path.replace(/\\/g, '/'), f.sha256])),
    training: new Map(l.training.map((d) => [d.id, d.sha256])),
    metrics: { ...(model.metrics ?? {}) },
    disparities: { ...(model.disparities ?? {}) },
  };
  const cmp = compare(info.snapshot, now, l.ctx.config.regression, {
    metric: (n) => loc(['model', 'metrics', n]),
    disparity: (n) => loc(['model', 'disparities', n]),
    artifact: () => undefined,
  });
  const findings = [...cmp.findings];
  const changes = [...cmp.changes];
  const deps = dependencyDiff(info, l.ctx.upstream.dependency);
  changes.push(...deps.changes);
  const bias = biasDiff(l, info);
  changes.push(...bias.changes);
  findings.push(...bias.findings);
  if (info.verdict !== undefined && info.verdict !== 'passed') {
    findings.push(finding('baselineNotGood', `the last known-good report ${named.report} has verdict "${info.verdict}", not "passed"`, loc(['model', 'baseline', 'report']), named.report ?? ''));
  }
  const baseline: BaselineFact = {
    manifest: named.manifest,
    ...(named.report ? { report: named.report } : {}),
    ...(info.snapshot.version ? { version: info.snapshot.version } : {}),
    ...(info.verdict ? { verdict: info.verdict } : {}),
    changes,
    dependencies: deps.diff,
    bias: bias.diff,
  };
  return { baseline, findings };
}

/** Why an upstream check that did not pass cannot be compared. */
function notPassed(id: string, now: UpstreamResult | undefined): string {
  return !now ? `the ${id} check did not run in this gate` : `the ${id} check ${now.status === 'error' ? 'errored' : `has status ${now.status}`} in this gate`;
}

/** This run's dependency check against the baseline report's (both must have run). */
function dependencyDiff(info: BaselineInfo, depNow: UpstreamResult | undefined): { diff: DependencyDiff; changes: Change[] } {
  const not = (reason: string) => ({ diff: { compared: false as const, reason }, changes: [] });
  if (!info.report) return not('no baseline report (model.baseline.report): the last known-good dependencies are unknown');
  if (depNow?.status !== 'passed') return not(notPassed('dependency', depNow));
  const before = inventoryOf(info.upstream.dependency, 'in the baseline report');
  const after = inventoryOf(depNow.facts, 'in this gate');
  if ('why' in after) return not(after.why);
  if ('why' in before) return not(before.why);
  const { changes, ...counts } = diffDependencies(before.packages, after.packages);
  return { diff: { compared: true, ...counts }, changes };
}

/** The disparities the bias check measured in this run against those in the baseline report. */
function biasDiff(l: Lineage, info: BaselineInfo): { diff: BiasDiff; changes: Change[]; findings: Finding[] } {
  const not = (reason: string) => ({ diff: { compared: false as const, reason }, changes: [], findings: [] });
  const biasNow = l.ctx.upstream.bias;
  if (!info.report) return not('no baseline report (model.baseline.report): the last known-good measured disparities are unknown');
  if (biasNow?.status !== 'passed') return not(notPassed('bias', biasNow));
  if (!info.upstream.bias) return not('the baseline report has no bias facts (the check did not run or errored then)');
  const evaluationAt = l.loc(l.ctx.manifest.data.evaluation !== undefined ? ['evaluation'] : ['model', 'baseline', 'report']);
  const m = compareMeasured(measuredDisparities(info.upstream.bias), measuredDisparities(biasNow.facts), l.ctx.config.regression.maxDisparityIncrease, () => evaluationAt);
  const regressed = m.changes.filter((c) => c.change === 'regressed').length;
  return { diff: { compared: true, disparities: m.changes.length, regressed, breaches: m.findings.length }, changes: m.changes, findings: m.findings };
}
