// gitleaks-style generic rule: a high-entropy value assigned to a key word (api_key=…, "token": "…").
import type { Detector } from '../types.js';
import { shannonEntropy } from '../engine.js';
import { keyNameBefore, keyWords, siblingKeyedValues } from '../record-key.js';
import { isPlaceholder, namesAVariable } from './placeholder.js';
import { base64PemLabel } from './pem.js';

/**
 * Last words of a key that name something about a secret, not the secret itself: its id or subject
 * (`token_id`, `client_id`, `id_token_hint_sub`: a UUID or an account's id), its kind, name, place,
 * size or lifetime (`token_type`, `secret_name`, `key_path`, `token_expires_at`).
 */
const ABOUT_A_SECRET = new Set(['id', 'ids', 'sub', 'uuid', 'guid', 'type', 'name', 'names', 'hint', 'url', 'uri', 'path', 'file', 'count', 'length', 'len', 'expiry', 'expires', 'exp', 'ttl', 'at', 'version', 'format']);

function keyAboutASecret(text: string, start: number): boolean {
  const key = keyNameBefore(text, start);
  return key !== undefined && ABOUT_A_SECRET.has(keyWords(key).pop() ?? '');
}

export const GENERIC_MIN_ENTROPY = 3.5;
/**
 * The same for 32 hex digits of one case or more (Datadog API keys, Twilio auth tokens): their alphabet
 * gives at most 4 bits a character, and one random key in five has less than 3.5 (under 3.1 about one in
 * two thousand); a pattern of few digits (eight digits four times each: 3 bits) stays under it.
 */
export const GENERIC_MIN_HEX_ENTROPY = 3.1;
const HEX_RUN = /^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/;

/** A key word of the generic rule, anywhere in a key (`DD_API_KEY`, `userPassword`, `TWILIO_AUTH_TOKEN`). */
const KEY_WORD = /api[_-]?key|apikey|secret|token|passw(?:or)?d|passwd|pwd|credential|private[_-]?key|access[_-]?key|auth/i;
/** A value of the generic rule's characters, whole. */
const SECRET_CHARS = /^[A-Za-z0-9_\-+/=.~!@#$%^&*]{16,200}$/;

function secretValue(v: string, text: string, start: number): boolean {
  if (shannonEntropy(v) < (HEX_RUN.test(v) ? GENERIC_MIN_HEX_ENTROPY : GENERIC_MIN_ENTROPY) || keyAboutASecret(text, start)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 2 && !isPlaceholder(v) && !namesAVariable(v) && !publicPem(v);
}

/** A certificate or a public key written as base64 (`certificate-authority-data: LS0tLS1CRUdJTi…`): public, though an `auth` key names it. */
function publicPem(v: string): boolean {
  const label = base64PemLabel(v);
  return label !== undefined && !label.endsWith('PRIVATE KEY') && !label.endsWith('PRIVATE KEY BLOCK');
}

export const genericSecret: Detector = {
  type: 'generic-secret',
  pattern:
    /(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|passwd|pwd|credential|private[_-]?key|access[_-]?key|auth)[A-Za-z0-9_-]{0,20}["']?\s{0,5}(?::|=|:=|=>)\s{0,5}["']?([A-Za-z0-9_\-+/=.~!@#$%^&*]{16,200})/gi,
  group: 1,
  score: 0.8,
  validate: secretValue,
};

/**
 * The same rule where the key is a sibling field of the value's object (`{"key": "apiToken", "value":
 * "…"}`, `{"name": "TWILIO_AUTH_TOKEN", "value": "…"}`: record-key.ts siblingKeyedValues): the whole
 * string value, when the name holds a key word.
 */
export const siblingKeyedSecret: Detector = {
  type: 'generic-secret',
  prefilter: ['alue"', "alue'", 'ALUE"', "ALUE'", 'value:'],
  scan: (text) => siblingKeyedValues(text).filter((s) => KEY_WORD.test(s.key) && SECRET_CHARS.test(text.slice(s.start, s.end))),
  score: 0.8,
  validate: secretValue,
};
