// Credentials in URLs: scheme://user:password@host. The password is the span (the user name is kept
// so a reader can tell which account leaked). This finds them in data; src/detect/redact-url.ts masks
// them (and tokens written as the user) wherever the gate itself shows a URL: every password this
// detector finds, redactUrls masks (test/unit/detect/redact-url.test.ts).
import type { Detector } from '../types.js';

export const urlCredentials: Detector = {
  type: 'url-credentials',
  pattern: /\b[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/?#"'<>]{1,128}:([^\s@/?#"'<>]{1,256})@[A-Za-z0-9.-]{1,253}/g,
  group: 1,
  prefilter: ['://'],
  score: 0.85,
  // Placeholders like ${PASSWORD}, <password>, *** or "password" itself are documentation, not leaks.
  validate: (v) => !/^(?:\$\{?[A-Za-z_]|\*+$|x+$|password$|pass$|secret$|%[0-9A-F]{2}\*)/i.test(v),
};
