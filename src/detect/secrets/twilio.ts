// Twilio API key SIDs: `SK` and 32 lower-case hex digits (the key's secret is shown once beside it;
// the SID alone opens nothing, but it names the key, and scanners such as gitleaks report it). Account
// SIDs (`AC` + 32 hex) and other SIDs are ids of an account or a resource, not secrets: not taken.
import { shannonEntropy } from '../engine.js';
import type { Detector } from '../types.js';
import { GENERIC_MIN_HEX_ENTROPY } from './generic.js';

export const twilioApiKeySid: Detector = {
  type: 'api-token',
  pattern: /(?<![A-Za-z0-9_-])SK[0-9a-f]{32}(?![A-Za-z0-9_-])/g,
  prefilter: ['SK'],
  score: 0.9,
  // A random SID's digits are spread; a run of few digits (`SK000…`) is a stand-in.
  validate: (v) => shannonEntropy(v.slice(2)) >= GENERIC_MIN_HEX_ENTROPY,
};
