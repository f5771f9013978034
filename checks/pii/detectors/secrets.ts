// Secrets in data (src/detect shared detectors) wrapped as PII detectors of category "credentials".
import { SECRET_DETECTORS } from '../../../src/detect/index.js';
import { NEED, type PiiDetector } from './types.js';

/** Character classes each secret needs (the others rely on their literal prefilters). */
const NEEDS: Record<string, number> = {
  'aws-access-key-id': NEED.upper,
  'aws-secret-access-key': NEED.sep,
  'generic-secret': NEED.sep,
  'url-credentials': NEED.sep | NEED.at,
  'private-key': NEED.upper,
};

export const secretDetectors: readonly PiiDetector[] = SECRET_DETECTORS.map((d) => ({
  ...d,
  ...(NEEDS[d.type] ? { needs: NEEDS[d.type] } : {}),
  category: 'credentials',
  sensitivity: 'high',
  label: '[SECRET]',
}));
