// The controls each bias rule provides evidence for: one line per (rule, control), with the reason.
// Evidence, not legal advice (README "Compliance controls").
import type { RuleControls } from '../../src/check.js';

export const CONTROLS: RuleControls = {
  'bias/limit-exceeded': [
    ['eu-ai-act/art-10-2-f', 'measures disparities between sensitive groups in the evaluation predictions: an examination for possible biases'],
    ['eu-ai-act/art-10-2-g', 'blocks a release whose disparities exceed the limit until they are mitigated or explicitly accepted'],
    ['eu-ai-act/annex-iv-2-g', 'records the fairness metrics used to measure potentially discriminatory impacts, with their limits'],
    ['eu-ai-act/art-13-3-b', 'documents the performance of the model for groups of persons (per-group rates)'],
    ['nist-ai-rmf/measure-2.11', 'evaluates fairness metrics against policy limits and documents the results in the report'],
    ['iso-42001/a.5.4', 'assesses the impact of the model on groups of individuals through their outcome rates'],
    ['iso-42001/a.6.2.4', 'verifies a fairness requirement of the release before deployment'],
  ],
  'bias/metric-undefined': [
    ['eu-ai-act/art-10-2-f', 'a bias examination that cannot be computed is reported instead of passing silently'],
    ['nist-ai-rmf/measure-2.11', 'a fairness evaluation that cannot be judged is documented as such'],
  ],
  'bias/regression': [
    ['eu-ai-act/art-10-2-f', 'compares disparities with the last known-good release: a bias introduced by this release is examined'],
    ['eu-ai-act/art-15-1', 'checks that the fairness of the system stays consistent across releases of its life cycle'],
    ['nist-ai-rmf/measure-2.11', 'documents fairness results against the previous release'],
    ['iso-42001/a.6.2.4', 'verification against the baseline release before deployment'],
  ],
  'bias/baseline-missing': [
    ['eu-ai-act/art-10-2-h', 'names the gap (no baseline) that prevents judging a fairness regression'],
    ['nist-ai-rmf/measure-2.11', 'records that the regression part of the fairness evaluation could not be done'],
  ],
  'bias/group-too-small': [
    ['eu-ai-act/art-10-2-e', 'assesses whether the evaluation data has enough rows per group to judge'],
    ['eu-ai-act/art-10-3', 'flags groups under-represented in the evaluation data'],
    ['nist-ai-rmf/map-2.3', 'documents the representativeness of the evaluation data per group'],
  ],
  'bias/insufficient-groups': [
    ['eu-ai-act/art-10-2-h', 'identifies a data gap (too few groups) that prevents the bias examination'],
    ['eu-ai-act/art-10-3', 'the evaluation data is not representative enough to compare groups'],
    ['nist-ai-rmf/measure-2.11', 'a fairness evaluation without two comparable groups is reported, not passed'],
  ],
  'bias/required-feature-missing': [
    ['eu-ai-act/art-10-2-f', 'a release cannot skip the bias examination of a sensitive feature the policy requires'],
    ['nist-ai-rmf/measure-2.11', 'fairness is evaluated for every sensitive feature the organisation requires'],
    ['iso-42001/a.5.4', 'the impact on every group the policy names is assessed'],
  ],
};
