// Google API keys: "AIza" + 35 URL-safe characters.
import type { Detector } from '../types.js';

export const googleApiKey: Detector = {
  type: 'google-api-key',
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
  prefilter: ['AIza'],
  score: 0.9,
};
