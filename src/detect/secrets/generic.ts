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
const KEY_WORDS = 'api[_ -]?key|apikey|secret|token|passw(?:or)?d|passwd|pwd|credential|private[_-]?key|access[_-]?key|auth';
const KEY_WORD = new RegExp(KEY_WORDS, 'i');
/** A word of each of KEY_WORDS' forms: a text holding none (in any case) holds no key word (Detector.textHolds). */
const KEY_WORD_PARTS = ['api', 'secret', 'token', 'passw', 'pwd', 'credential', 'private', 'access', 'auth'];
/** The forms of a value field's name that a sibling-keyed value needs (record-key.ts siblingKeyedValues). */
const VALUE_FIELD = /alue["']|ALUE["']|value:/;
/** A value of the generic rule's characters, whole (an AWS session token runs to some thousand). */
const SECRET_CHARS = /^[A-Za-z0-9_\-+/=.~!@#$%^&*]{16,1200}$/;

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

/** The generic rule's pattern (group 1: the value); exported for the proof that genericSpans reads it as the engine did. */
export const GENERIC = new RegExp(
  `(?:${KEY_WORDS})[A-Za-z0-9_-]{0,20}(?:[ \\t]\\([^()\\n]{1,24}\\))?["']?\\s{0,5}(?::|=|:=|=>)\\s{0,5}["']?([A-Za-z0-9_\\-+/=.~!@#$%^&*]{16,1200})`,
  'gi',
);

/**
 * How far before its `:` or `=` a match of GENERIC starts at most: the longest key word (`private_key`, 11),
 * 20 more key characters, a note in brackets (`robot secret (shown once):`, 27), a quote and 5 blanks.
 */
const KEY_REACH = 11 + 20 + 27 + 1 + 5;

/**
 * Whether a key word (KEY_WORD) ends before some `:` or `=` of the text within KEY_REACH characters: a match of
 * GENERIC has one. A text of prose holds few of these signs, and the words near them are read at once; the
 * pattern's own search, which tries its ten words at every letter of the text, runs only where one stands.
 */
function keyWordBeforeSign(text: string): boolean {
  return keyWordBefore(text, ':') || keyWordBefore(text, '=');
}

function keyWordBefore(text: string, sign: string): boolean {
  for (let i = text.indexOf(sign); i !== -1; i = text.indexOf(sign, i + 1)) {
    if (KEY_WORD.test(text.slice(Math.max(0, i - KEY_REACH), i))) return true;
  }
  return false;
}

/** The spans the engine takes from GENERIC's matches (group 1, found in the match), where a key word stands before a sign. */
function genericSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!keyWordBeforeSign(text)) return out;
  GENERIC.lastIndex = 0;
  for (let m = GENERIC.exec(text); m !== null; m = GENERIC.exec(text)) {
    const value = m[1]!;
    // The value ends the match (a search for it could find it in the key first).
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length });
  }
  return out;
}

export const genericSecret: Detector = {
  type: 'generic-secret',
  scan: genericSpans,
  textHolds: KEY_WORD_PARTS,
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
  // A search of the value field's forms (`alue"`, `alue'`, `ALUE"`, `ALUE'`, `value:`), as one pattern: five
  // substring searches cost three times as much. (Without a prefilter it is a rival of every type that scores
  // 0.8 or less, as genericSecret, which runs on the same texts, already is.)
  scan: (text) => (VALUE_FIELD.test(text) ? siblingKeyedValues(text).filter((s) => KEY_WORD.test(s.key) && SECRET_CHARS.test(text.slice(s.start, s.end))) : []),
  textHolds: ['alue"', "alue'", 'value:'],
  score: 0.8,
  validate: secretValue,
};
