// HTTP Basic credentials (RFC 7617): `Authorization: Basic <base64 of user:password>` in pasted
// requests, curl traces, proxy logs and configuration. The base64 is the password in the clear, so
// it is a secret whatever its entropy; it is taken only when it decodes to `user:password` in
// printable text (a header that holds some other base64 is left). Bearer tokens (RFC 6750) in the
// same header: whoever holds one acts as its owner.
import type { Detector } from '../types.js';
import { isPlaceholder } from './placeholder.js';

/** A non-empty user id (no colon), a colon, a non-empty password; no control character in either. */
function isUserPassword(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon < 1 || colon === s.length - 1) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 127 || c === 0xfffd) return false;
  }
  return true;
}

export const httpBasicCredentials: Detector = {
  type: 'http-basic-credentials',
  pattern: /(?<![A-Za-z-])(?:Proxy-)?Authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["']?Basic[ \t]{1,4}([A-Za-z0-9+/]{4,400}={0,2})(?![A-Za-z0-9+/=])/gi,
  group: 1,
  prefilter: ['Basic', 'basic', 'BASIC'],
  score: 0.9,
  validate(v) {
    if (v.replace(/=+$/, '').length % 4 === 1) return false;
    return isUserPassword(Buffer.from(v, 'base64').toString('utf8'));
  },
};

/**
 * A bearer token after `Authorization` (RFC 6750 §2.1: `Authorization: Bearer <b64token>`; also written
 * `Authorization=Bearer …` in tools' flags, `--remote_header=Authorization=Bearer …`). Taken when it looks
 * issued: 16 characters or more holding a letter and a digit, not a placeholder or a variable (`<token>`,
 * `$TOKEN`, `YOUR_TOKEN`). A JWT or a Vault token there is also its own detector's.
 */
export const httpBearerToken: Detector = {
  type: 'http-bearer-token',
  pattern: /(?<![A-Za-z-])(?:Proxy-)?Authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["']?Bearer[ \t]{1,4}([A-Za-z0-9\-._~+/]{16,4096}=*)(?![A-Za-z0-9\-._~+/=$])/gi,
  group: 1,
  prefilter: ['earer', 'EARER'],
  score: 0.9,
  validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && !isPlaceholder(v),
};
