// GitHub tokens: classic (ghp_, gho_, ghu_, ghs_, ghr_ + 36) and fine-grained (github_pat_ + 82).
import type { Detector } from '../types.js';

export const githubToken: Detector = {
  type: 'github-token',
  pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
  prefilter: ['gh', 'github_pat_'],
  score: 0.95,
};
