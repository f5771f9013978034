// The password readers (passwords.ts) run as one detector: one search for the words every reader's match
// holds (its key word, its tool's name or its prefilter's literal); a text without any, nine in ten of free
// text, is read by none. Where one is found, each reader runs as the engine ran it alone: if the text has
// the character classes it needs and holds its prefilter. The matches are the same, in the same order
// (the readers were consecutive in PII_DETECTORS, and share type, score and label); the search replaces
// eighteen runs of the engine and some thirty substring searches per text. The engine asks the text's summary
// of character pairs about those words first (Detector.textHolds): most texts are passed by without the search.
import { includesAny } from '../../../src/detect/engine.js';
import {
  chpasswdPassword,
  commandLineDashPPassword,
  commandLinePassword,
  elementPassword,
  fullWidthKeyedPassword,
  haproxyInsecurePassword,
  keyedPassword,
  labelledDigitlessPassword,
  labelledPassword,
  ldapBindPassword,
  loginCommandPassword,
  netrcPassword,
  netUserPassword,
  openvpnInlinePassword,
  pgpassPassword,
  phpDefinedSecret,
  prosePassword,
  puppetSensitivePassword,
  redisAclPassword,
  redisAuthPassword,
  secureStringPassword,
  siblingKeyedPassword,
} from './passwords.js';
import { canMatch, cellFeaturesUnhashed, FEATURE_KEY, NEED, type PiiDetector } from './types.js';

/** The readers, in the order they ran as detectors of their own. */
export const PASSWORD_READERS: readonly PiiDetector[] = [
  keyedPassword,
  siblingKeyedPassword,
  secureStringPassword,
  labelledPassword,
  labelledDigitlessPassword,
  fullWidthKeyedPassword,
  netrcPassword,
  commandLinePassword,
  loginCommandPassword,
  commandLineDashPPassword,
  redisAuthPassword,
  netUserPassword,
  chpasswdPassword,
  haproxyInsecurePassword,
  puppetSensitivePassword,
  phpDefinedSecret,
  openvpnInlinePassword,
  prosePassword,
  pgpassPassword,
  ldapBindPassword,
  elementPassword,
  redisAclPassword,
];

/**
 * A word without which no reader matches, ignoring case (a superset: one search, quicker than the exact
 * cases'). `pass`/`pw`: the password's words of keyed, labelled, prose, netrc (`password`), the command
 * lines' (`--password`, `sshpass`, `chpasswd`, `insecure-password`, `<auth-user-pass>`); `secret`,
 * `kennwort` … `비밀번호`: keyed's and prose's other words; `alue"`, `alue'`, `value:`, `<add `: sibling's
 * prefilter; `command` (dash-p's pattern), `convertto-` (secure string's), `mysql`, `mariadb`, `curl`,
 * `login`, `auth` and `redis-cli` (Redis), `et user`/`et.exe user` (net user), `sensitive` (Puppet),
 * `define(` (PHP), `cred=` (LDAP), ` on >`/`setuser` (a Redis ACL): the other readers' prefilters.
 */
export const CUE =
  /pass|pw|secret|senha|sensitive|kennwort|contraseña|command|convertto-|curl|wachtwoord|hasło|пароль|密[码碼]|パスワード|비밀번호|alue["':]|<add |mysql|mariadb|login|auth|redis-cli|et(?:\.exe)? user|define\(|cred=| on >|setuser/i;

/**
 * CUE's words as a list, each as the pattern reads it ignoring case: the engine's gate (Detector.textHolds)
 * passes by a text holding none of them without CUE's search (nine texts in ten of free text).
 * test/unit/checks/pii/password-readers.test.ts checks that they are CUE's words.
 */
export const CUE_WORDS: readonly string[] = [
  'pass', 'pw', 'secret', 'senha', 'sensitive', 'kennwort', 'contraseña', 'command', 'convertto-', 'curl', 'wachtwoord', 'hasło',
  'пароль', '密码', '密碼', 'パスワード', '비밀번호', 'alue"', "alue'", 'alue:', '<add ', 'mysql', 'mariadb', 'login', 'auth',
  'redis-cli', 'et user', 'et.exe user', 'define(', 'cred=', ' on >', 'setuser',
];

type Span = { start: number; end: number };
const NONE: Span[] = [];

/** Every reader's spans over `text`, in reader order; a reader runs where the engine would have run it. */
function readPasswords(text: string): Span[] {
  if (!CUE.test(text)) return NONE;
  const features = cellFeaturesUnhashed(text) & FEATURE_KEY;
  let out: Span[] | undefined;
  for (let i = 0; i < PASSWORD_READERS.length; i++) {
    const r = PASSWORD_READERS[i]!;
    if (!canMatch(r, features) || (r.prefilter !== undefined && !includesAny(text, r.prefilter))) continue;
    const spans = r.scan!(text);
    if (spans.length === 0) continue;
    if (out === undefined) out = [];
    for (let k = 0; k < spans.length; k++) out.push(spans[k]!);
  }
  return out ?? NONE;
}

/**
 * The readers as one detector, on the texts where one of them would run (the character classes one of them
 * needs: a text of small letters alone runs none). Every reader needs a letter (a capital is one too).
 */
export const passwordReaders: PiiDetector = {
  type: 'password',
  category: 'credentials',
  sensitivity: 'high',
  label: '[SECRET]',
  score: keyedPassword.score,
  needs: NEED.alpha,
  needsAnyOf: [...new Set(PASSWORD_READERS.map((r) => r.needs!))],
  textHolds: CUE_WORDS,
  scan: readPasswords,
};
