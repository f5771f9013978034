// gitleaks-style generic rule: a high-entropy value assigned to a key word (api_key=…, "token": "…").
import type { Detector } from '../types.js';
import { shannonEntropy } from '../engine.js';
import { keyNameBefore, keyWords } from '../record-key.js';
import { isPlaceholder, namesAVariable } from './placeholder.js';

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

export const genericSecret: Detector = {
  type: 'generic-secret',
  pattern:
    /(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|passwd|pwd|credential|private[_-]?key|access[_-]?key|auth)[A-Za-z0-9_-]{0,20}["']?\s{0,5}(?::|=|:=|=>)\s{0,5}["']?([A-Za-z0-9_\-+/=.~!@#$%^&*]{16,200})/gi,
  group: 1,
  score: 0.8,
  validate(v, text, start) {
    if (shannonEntropy(v) < GENERIC_MIN_ENTROPY || keyAboutASecret(text, start)) return false;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
    return classes >= 2 && !isPlaceholder(v) && !namesAVariable(v);
  },
};
