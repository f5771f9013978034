// Google API keys: "AIza" + 35 URL-safe characters; OAuth 2.0 access tokens: "ya29." and URL-safe characters.
import type { Detector } from '../types.js';

export const googleApiKey: Detector = {
  type: 'google-api-key',
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
  prefilter: ['AIza'],
  score: 0.9,
};

/** Google OAuth 2.0 access tokens (the `access_token` of Google's token endpoint) start with `ya29.`. */
export const googleOAuthAccessToken: Detector = {
  type: 'google-oauth-access-token',
  pattern: /(?<![A-Za-z0-9_.-])ya29\.[0-9A-Za-z_-]{20,2048}(?![A-Za-z0-9_-])/g,
  prefilter: ['ya29.'],
  score: 0.9,
};
