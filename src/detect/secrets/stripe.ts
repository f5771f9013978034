// Stripe live secret and restricted keys (test keys, sk_test_, are not secrets worth blocking on).
import type { Detector } from '../types.js';

export const stripeLiveKey: Detector = {
  type: 'stripe-live-key',
  pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[0-9A-Za-z]{24,247}(?![A-Za-z0-9_])/g,
  prefilter: ['_live_'],
  score: 0.95,
};
