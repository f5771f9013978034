// Email addresses (RFC 5322 "dot-atom" forms; quoted local parts are rare in data and left out).
import { NEED, type PiiDetector } from './types.js';

export const email: PiiDetector = {
  type: 'email',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[EMAIL]',
  needs: NEED.at | NEED.dot | NEED.alpha,
  pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  prefilter: ['@'],
  score: 0.9,
  validate: (v) => !v.includes('..'),
  context: ['email', 'e-mail', 'mail', 'contact'],
  contextScore: 1,
};
