// JSON Web Tokens: header.payload.signature in base64url, the header a JSON object with "alg".
import type { Detector } from '../types.js';

export const jwt: Detector = {
  type: 'jwt',
  pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{16,2000}(?![A-Za-z0-9_-])/g,
  // `yJ`, not `eyJ`: every match holds it, and a search for a rare first letter skips faster (`e` is everywhere in prose).
  prefilter: ['yJ'],
  score: 0.9,
  validate(v) {
    try {
      const header = JSON.parse(Buffer.from(v.slice(0, v.indexOf('.')), 'base64url').toString('utf8')) as unknown;
      return typeof header === 'object' && header !== null && 'alg' in header;
    } catch {
      return false;
    }
  },
};
