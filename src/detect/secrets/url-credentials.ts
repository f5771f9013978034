// Credentials in URLs: scheme://user:password@host, the user name possibly empty (`redis://:password@host`,
// RFC 3986 userinfo). The password is the span (the user name is kept so a reader can tell which account leaked). This finds them in data; src/detect/redact-url.ts masks
// them (and tokens written as the user) wherever the gate itself shows a URL: every password this
// detector finds, redactUrls masks (test/unit/detect/redact-url.test.ts).
import type { Detector } from '../types.js';
import { isPlaceholder } from './placeholder.js';

/**
 * A password as redactUrls reads it (src/detect/redact-url.ts): up to the last `@` before the authority
 * ends (`/`, `?`, `#`, `\`), so a raw `@` in it counts (`pa@ss@host`); a password pasted unencoded with
 * `?`, `#` or `\` (RFC 3986 wants `%3F`, `%23`, `%5C`; raw, they would end the authority) reaches to the next
 * `@`, unless what stands before it is a port (`host:8080?next=a@b.com`). Never past a blank, quote or `/`.
 */
const PASSWORD = String.raw`(?:[^\s@/?#\\"'<>\`]|@(?=[^\s/?#\\"'<>\`]*@))+(?:(?<!:\d*)[?#\\][^\s@/"'<>\`]*)?`;
/** The host after the `@`: a name, an IPv4 address, or an IPv6 address in brackets or not (`@::ffff:192.0.2.1`, `@fe80::1`). */
const HOST = String.raw`(?:[A-Za-z0-9.-]|\[[0-9A-Fa-f:]|:?:[0-9A-Fa-f])`;

export const urlCredentials: Detector = {
  type: 'url-credentials',
  pattern: new RegExp(`\\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s:@/?#"'<>]{0,128}:(${PASSWORD})@${HOST}`, 'g'),
  group: 1,
  prefilter: ['://'],
  score: 0.85,
  // Placeholders like ${PASSWORD}, <password>, *** or "password" itself are documentation, not leaks.
  validate: notPlaceholder,
};

function notPlaceholder(v: string): boolean {
  return !isPlaceholder(v);
}

/**
 * The same URL written inside a JSON string whose slashes are escaped (`"postgresql:\/\/app:pw@db\/prod"`,
 * as Terraform state and PHP's json_encode write them): the escaping backslash ends user and password.
 */
export const escapedUrlCredentials: Detector = {
  type: 'url-credentials',
  pattern: /\b[A-Za-z][A-Za-z0-9+.-]{1,20}:\\\/\\\/[^\s:@/?#"'<>\\]{0,128}:([^\s@/?"'<>\\]{1,256})@[A-Za-z0-9.-]{1,253}/g,
  group: 1,
  prefilter: [':\\/\\/'],
  score: 0.85,
  validate: notPlaceholder,
};
