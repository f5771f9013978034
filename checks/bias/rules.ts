// Rules the bias check can emit (stable ids: bias/<rule-name>).
import type { RuleDef } from '../../src/check.js';

export const RULES = {
  limit: {
    id: 'bias/limit-exceeded',
    title: 'Fairness disparity beyond the policy limit',
    severity: 'high',
    topic: 'fairness',
    help: 'A disparity between sensitive groups (demographic parity, equalized odds, equal opportunity, disparate impact…) lies beyond the limit the policy sets for it. With `judge: interval` only a whole confidence interval beyond the limit counts.',
    remediation:
      'Look at the per-group rates in the job summary to see which groups differ, then mitigate (rebalance or reweight training data, adjust per-group thresholds, retrain with a fairness constraint). If the limit is wrong for this use, change it in the policy with its owner, or add a waiver with a reason and expiry.',
  },
  undefinedMetric: {
    id: 'bias/metric-undefined',
    title: 'Fairness metric undefined',
    severity: 'medium',
    topic: 'fairness',
    help: 'A disparity the policy limits cannot be computed: a ratio of 0/0 (no group has any positive prediction, or no positives), so the limit cannot be judged.',
    remediation: 'Check the predictions file (all-negative predictions, a wrong positive label or threshold), or remove the limit on that metric for this feature.',
  },
  regression: {
    id: 'bias/regression',
    title: 'Fairness regressed against the baseline release',
    severity: 'high',
    topic: 'fairness',
    help: 'A disparity is worse than in the last known-good release (the baseline report named in the manifest) by more than the policy\u2019s maxRegression, even if it is still within its absolute limit.',
    remediation: 'Compare the per-group rates with the baseline release and find what changed (data, features, threshold); fix it, or accept the change explicitly with a waiver.',
  },
  baselineMissing: {
    id: 'bias/baseline-missing',
    title: 'No baseline to compare against',
    severity: 'medium',
    topic: 'fairness',
    help: 'The policy sets maxRegression but the manifest names no baseline report, or the baseline report has no bias facts, so regression cannot be judged.',
    remediation: 'Name the previous release\u2019s JSON gate report as `evaluation.baseline` in the manifest (written with --json / report-json).',
  },
  tooSmall: {
    id: 'bias/group-too-small',
    title: 'Groups too small to judge',
    severity: 'info',
    topic: 'fairness',
    help: 'Some groups have fewer rows than the policy\u2019s minGroupSize: they are reported but left out of the gated disparities, because their rates are too noisy to judge.',
    remediation: 'Collect more evaluation data for these groups, or lower minGroupSize in the policy if the groups are large enough for your purpose.',
  },
  insufficient: {
    id: 'bias/insufficient-groups',
    title: 'Fewer than two groups to compare',
    severity: 'high',
    topic: 'fairness',
    help: 'A sensitive feature or intersection has fewer than two groups large enough to judge (minGroupSize), so no disparity can be gated for it.',
    remediation: 'Add evaluation data covering the other groups, or lower minGroupSize in the policy.',
  },
  requiredMissing: {
    id: 'bias/required-feature-missing',
    title: 'Required sensitive feature not evaluated',
    severity: 'high',
    topic: 'fairness',
    help: 'The policy lists a sensitive feature under requireFeatures that the manifest does not evaluate: a release cannot avoid the check by leaving it out.',
    remediation: 'Add the feature to `evaluation.sensitiveFeatures` (and its column to the predictions file).',
  },
} as const satisfies Record<string, RuleDef>;
