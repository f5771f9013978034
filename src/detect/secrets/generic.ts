// gitleaks-style generic rule: a high-entropy value assigned to a key word (api_key=…, "token": "…").
import type { Detector } from '../types.js';
import { shannonEntropy } from '../engine.js';
import { isPlaceholder, namesAVariable } from './placeholder.js';

export const GENERIC_MIN_ENTROPY = 3.5;

export const genericSecret: Detector = {
  type: 'generic-secret',
  pattern:
    /(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|passwd|pwd|credential|private[_-]?key|access[_-]?key|auth)[A-Za-z0-9_-]{0,20}["']?\s{0,5}(?::|=|:=|=>)\s{0,5}["']?([A-Za-z0-9_\-+/=.~!@#$%^&*]{16,200})/gi,
  group: 1,
  score: 0.8,
  validate(v) {
    if (shannonEntropy(v) < GENERIC_MIN_ENTROPY) return false;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
    return classes >= 2 && !isPlaceholder(v) && !namesAVariable(v);
  },
};
