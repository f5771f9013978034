// Passwords of any shape where a credential file or a record says a password stands: netrc(5) entries
// (`machine host login user password P`, over one line or several, `default` entries), a key whose last
// word is a password's or a secret's (`.pypirc`/ini `password = P`, git's credential helper protocol
// `password=P`, `DB_PASSWORD=P`, YAML `password: P`, JSON `"sftp_password": "P"`, `"userPassword"`,
// `"as2Password"`, `"clientSecret"`). The generic secret rule (src/detect) wants 16 characters of high
// entropy after such a key; people's passwords are shorter. A value needs a password's look (a digit,
// a symbol or a capital after its first letter) and is no placeholder (`${TOKEN}`, `****`, `changeme` …).
import { keyWords, siblingKeyedValues } from '../../../src/detect/record-key.js';
import { isPlaceholder, namesAVariable } from '../../../src/detect/secrets/placeholder.js';
import { inOpenTagName } from './markup.js';
import { NEED, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';

const base = { type: 'password', category: 'credentials', sensitivity: 'high', label: '[SECRET]', score: 0.8 } as const;

/** Values that are flags or empty words, not passwords. */
const NOT_A_VALUE = /^(?:true|false|yes|no|on|off|null|none|required|optional|set|unset)$/i;

/** A dotted name (`settings.DB_PASSWORD`); a literal's (`literal`) with a digit is a string (`"Lato1999.AB"`: word, year, symbol, capitals). */
const DOTTED_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;

/**
 * Whether `v` (no blank in it) looks like a password: 6–128 characters, a digit, a symbol or a capital after the first; no
 * placeholder, URL, path or variable (`literal`: the value stood in quotes, after an environment variable's name or on a command
 * line, where a dotted name with a digit is a string).
 */
export function passwordLike(v: string, literal = false): boolean {
  if (v.length < 6 || v.length > 128 || NOT_A_VALUE.test(v) || isPlaceholder(v)) return false;
  if (v.includes('://') || v.charCodeAt(0) === 47 /* / */) return false;
  if (namesAVariable(v) && !(literal && DOTTED_NAME.test(v) && /\d/.test(v))) return false;
  if (/^(.)\1*$/.test(v)) return false;
  // A digit or an ASCII symbol (a letter with an accent is no symbol: `oublié`), or a capital after the first.
  return /[\d!-/:-@[-`{-~]/.test(v) || /[A-Z]/.test(v.slice(1));
}

/**
 * A key whose last word names a password or secret (also `pw`), in lower case, capitalised or upper case, or the
 * word for a password in the languages of support tickets (German `Passwort`/`Kennwort`, French `mot de
 * passe`, Spanish `contraseña`, Portuguese `senha`, Dutch `wachtwoord`, Polish `hasło`, Russian `пароль`,
 * Chinese 密码, Japanese パスワード, Korean 비밀번호); then its quote (and a hash's `]`: gitlab.rb's
 * `gitlab_rails['db_password'] = …`), the assignment (also a full-width colon) and the value's quote. Group 1: the word, 2: the value's quote, 3: the value, up to a blank, a
 * quote or a backslash (an escaped quote). An element named so holds one too (`<password>P</password>`:
 * Maven's settings.xml; markup.ts), its content up to its closing tag. The word comes first so that the search skips on from every
 * character that starts none; where the key starts is checked after (keyStarts).
 */
const KEYED =
  /([Pp](?:assword|asswd|wd|w|assphrase|asswort)|P(?:ASSWORD|ASSWD|WD|W|ASSPHRASE|ASSWORT)|[Ss]ecret|SECRET|[Kk]ennwort|[Mm]ot de passe|[Cc]ontraseña|[Ss]enha|[Ww]achtwoord|[Hh]asło|[Пп]ароль|密码|密碼|パスワード|비밀번호)(?:\\?["'])?\]?[ \t]*(?::=|=>|:|=|：|>)[ \t]*(\\?["'])?([^\s"'\\]{1,200})/g;

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlnum = (c: number) => isLower(c) || isUpper(c) || (c >= 48 && c <= 57);

/**
 * Whether the key's last word `word` at `at` ends a key: the word alone (`password`, .npmrc's `_password`),
 * after a separator (`sftp_password`, `DB_PASSWORD`, `spring.datasource.password`), or after a camelCase
 * hump (`userPassword`, `clientSecret`; upper case after upper case: `PGPASSWORD`), or glued to a lower-case
 * word (`dbpassword`).
 */
function keyStarts(text: string, at: number, word: string): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 32;
  const w0 = word.charCodeAt(0);
  // A key's start, a separator, a quote; a word of a script without capitals follows anything.
  if (!isAlnum(c) || w0 >= 128) return true;
  const w1 = word.charCodeAt(1);
  if (isUpper(w0) && isLower(w1)) return isLower(c) || (c >= 48 && c <= 57);
  if (isUpper(w0) && isUpper(w1)) return isUpper(c);
  // A lower-case key that glues a service's word to it (`dbpassword`, `mail_smtppassword`: Nextcloud's
  // config.php), not an action (`forgotpassword`, `resetpassword` in a URL's query).
  return isLower(c) && GLUED_WORD.test(word) && GLUED_SERVICE.test(text.slice(Math.max(0, at - 10), at));
}
const GLUED_WORD = /^pass(?:word|wd|phrase)$/;
const GLUED_SERVICE = /(?:db|smtp|mail|imap|pop3?|admin|root|ldap|bind|redis|mysql|pg|sql|s?ftp|proxy|master|keystore|truststore|wifi|wpa|svc|service)$/;

/** Punctuation that ends an unquoted value in a record (`password=P,`, `{password: P}`). */
const TRAILING = /[,;)\]}]+$/;

/** Spans of the values after a password's key (see KEYED). */
function keyedValues(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // An exec loop, not matchAll (which copies the pattern for every text: most of the cost on free text).
  KEYED.lastIndex = 0;
  for (let m = KEYED.exec(text); m !== null; m = KEYED.exec(text)) {
    if (!keyStarts(text, m.index, m[1]!)) continue;
    // A script's variable (`$pw = ConvertTo-SecureString …`, `$password = Read-Host`): unquoted, its value is a command or an expression.
    if (m[2] === undefined && scriptVariable(text, m.index)) continue;
    let v = m[3]!;
    if (text.charCodeAt(m.index + m[1]!.length) === 62 /* > */) {
      // An element's content up to its closing tag (`rclone … https://u:<password>@host` is a placeholder).
      const close = v.indexOf('</');
      if (close === -1 || !inOpenTagName(text, m.index)) continue;
      v = v.slice(0, close);
    } else if (m[2] === undefined) v = v.replace(TRAILING, '');
    const start = m.index + m[0].length - m[3]!.length;
    // A quoted value, or one of an environment variable's name (`PGPASSWORD=P`, `DB_PASSWORD: P`), is a literal.
    if (passwordLike(v, m[2] !== undefined || isUpper(m[1]!.charCodeAt(1)))) out.push({ start, end: start + v.length });
  }
  return out;
}

/** Whether the key whose last word starts at `at` is a variable of PowerShell, PHP or Perl (`$pw`, `$db_password`). */
function scriptVariable(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i >= at - 40 && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i--;
  return i >= 0 && text.charCodeAt(i) === 36; // "$"
}

export const keyedPassword: PiiDetector = {
  ...base,
  needs: NEED.sep | NEED.alpha,
  // No literal prefilter: the pattern, which starts at a `p`, `P`, `s` or `S` only, is quicker than the six to eight substring searches one would take.
  scan: keyedValues,
};

/**
 * keyedPassword's element (`<password>P</password>`: Maven's settings.xml, a Tomcat realm) in a text with no
 * `:` or `=` (a fragment pasted without its XML declaration), which keyedPassword, needing one, leaves.
 */
export const elementPassword: PiiDetector = {
  ...base,
  // A digit too (most set passwords hold one): a text of words alone runs no password reader.
  needs: NEED.alpha | NEED.digit,
  prefilter: ['word>', 'WORD>', 'wd>', 'WD>', 'pw>', 'PW>', 'phrase>', 'PHRASE>', 'ecret>', 'ECRET>', 'wort>', 'WORT>'],
  scan: (text) => (/[:=]/.test(text) ? [] : keyedValues(text)),
};

/** The same keys before a full-width colon (`密码：…`, `パスワード：…`), in a text that may hold no ASCII ":" or "=". */
export const fullWidthKeyedPassword: PiiDetector = {
  ...base,
  // Non-ASCII characters count as capitals (NEED): the colon is one.
  needs: NEED.upper,
  prefilter: ['：'],
  scan: keyedValues,
};

/** Words before a last word `key` that make the key a credential's (`DEPLOY_KEY`, `apiKey`; not `SORT_KEY`, `CACHE_KEY`). */
const CREDENTIAL_KEY_OF = new Set(['api', 'deploy', 'ssh', 'signing', 'encryption', 'master', 'private', 'secret', 'access']);

/**
 * Whether a setting's name names a token or a key (its last word: `API_TOKEN`, `accessToken`, `DEPLOY_KEY`,
 * `apikey`); not its id, lifetime or kind (`TOKEN_TTL`, `token_type`: the last word is another).
 */
export function namesAToken(key: string): boolean {
  const w = keyWords(key);
  const last = w[w.length - 1];
  return last === 'token' || last === 'apikey' || (last === 'key' && w.length > 1 && CREDENTIAL_KEY_OF.has(w[w.length - 2]!));
}

/**
 * A value field whose object names it in a sibling field (`{"key": "userPassword", "value": "P"}`, Kubernetes
 * env `{"name": "DB_PASSWORD", "value": "P"}`, NuGet's `<add key="ClearTextPassword" value="P" />`: record-key.ts
 * siblingKeyedValues), read as `userPassword: "P"` is.
 * Where the name is a token's or a key's (`{"name": "API_TOKEN", "value": "P"}`), the object says the value is
 * a credential: a value with a password's look is one, short as it may be (the generic rule wants 16 characters).
 */
function siblingKeyedPasswords(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of siblingKeyedValues(text)) {
    const v = text.slice(s.start, s.end);
    if (namesAToken(s.key) && !/\s/.test(v) && passwordLike(v, true)) {
      out.push({ start: s.start, end: s.end });
      continue;
    }
    const head = `${s.key}: "`;
    for (const p of keyedValues(`${head}${text.slice(s.start, s.end)}"`)) {
      if (p.start >= head.length) out.push({ start: s.start + p.start - head.length, end: s.start + p.end - head.length });
    }
  }
  return out;
}

export const siblingKeyedPassword: PiiDetector = {
  ...base,
  needs: NEED.sep | NEED.alpha,
  prefilter: ['alue"', "alue'", 'ALUE"', "ALUE'", 'value:', '<add '],
  scan: siblingKeyedPasswords,
};

/**
 * PowerShell's `ConvertTo-SecureString` with `-AsPlainText`: its string argument is a password written in
 * clear (`-AccountPassword (ConvertTo-SecureString "P" -AsPlainText -Force)`, `ConvertTo-SecureString
 * -String 'P' -AsPlainText`, `$pw = ConvertTo-SecureString 'P' -AsPlainText -Force`). Without
 * `-AsPlainText` the string is an encrypted standard string (DPAPI output), no password in clear.
 * Group 1: the switches before the string, 2: its quote, 3: the string, 4: the rest of the command.
 */
const SECURE_STRING = /ConvertTo-SecureString((?:[ \t]+-(?:AsPlainText|Force|String)(?![\w-]))*)[ \t]+(["'])([^"'\r\n]{1,128})\2([^\r\n)|;]{0,60})/gi;

function secureStringPasswords(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  SECURE_STRING.lastIndex = 0;
  for (let m = SECURE_STRING.exec(text); m !== null; m = SECURE_STRING.exec(text)) {
    if (!/-AsPlainText(?![\w-])/i.test(m[1]! + m[4]!)) continue;
    const v = m[3]!;
    // A double-quoted string with `$` in it is expanded (`"$env:PW"`, `"$($cfg.pw)"`): no literal.
    if ((m[2] === '"' && v.includes('$')) || !passwordLike(v)) continue;
    const end = m.index + m[0].length - m[4]!.length - 1;
    out.push({ start: end - v.length, end });
  }
  return out;
}

export const secureStringPassword: PiiDetector = {
  ...base,
  needs: NEED.dash | NEED.upper,
  prefilter: ['ConvertTo-SecureString', 'convertto-securestring'],
  scan: secureStringPasswords,
};

/**
 * A password's label in running text with no sign after it, the value after a blank (`… pw lP9Au9pB_Os9w9Ov`,
 * `passwd Hj7.kk21a`, `Password Xy7-ab9Q`): the label (group 1), then the value (group 2). Nothing says
 * a value stands there but the label, so the value needs a generated password's look (strongLabelledValue).
 */
const LABELLED = /([Pp](?:w|wd|asswd|assword|assphrase)|P(?:W|WD|ASSWD|ASSWORD|ASSPHRASE))[ \t]{1,3}([^\s"'`<>\\]{8,80})/g;
/** Characters before a label that make it part of a word, a path or a file name (`/etc/passwd`, `.pwd`, `old_pw`). */
const GLUED_BEFORE = /[A-Za-z0-9_./\\-]/;
/** Punctuation that ends a sentence or a clause after the value (`pw Xy7-ab9Q.`). */
const CLAUSE_END = /[.,;:!?)\]}]+$/;

/**
 * `v` without the punctuation that ends a clause after it; a `!` right after a digit stays: people end
 * a password with one (`azul2024!`) far more often than a sentence with a number and an exclamation.
 */
function withoutClauseEnd(v: string): string {
  const cut = v.replace(CLAUSE_END, '');
  return cut.length < v.length && v.charCodeAt(cut.length) === 33 /* ! */ && /\d$/.test(cut) ? cut + '!' : cut;
}

/** A crypt(3) hash (`$1$`, `$2b$`, `$5$`, `$6$`, `$y$` …): HAProxy's `user NAME password HASH`, a shadow entry; no password in clear. */
const CRYPT_HASH = /^\$(?:1|2[abxy]?|5|6|7|y|gy|sha1|md5)\$/;

/**
 * A value after a bare label: 8–64 characters, a letter and a digit, and both cases or a symbol
 * (`1024x768` and plain words are not), or without a digit a generated one (generatedUnreserved); no
 * option (`passwd -l`), path, URL, call, crypt(3) hash or placeholder. A dotted value with a digit is a password here
 * (`Hj7.kk21a`): code's dotted names hold none.
 */
function strongLabelledValue(v: string): boolean {
  if (v.length < 8 || v.length > 64 || v.charCodeAt(0) === 45 /* - */ || v.charCodeAt(0) === 47 /* / */) return false;
  if (v.includes('://') || /[([{]/.test(v) || isPlaceholder(v) || CRYPT_HASH.test(v)) return false;
  if (!/\d/.test(v)) return generatedUnreserved(v);
  if (!/[A-Za-z]/.test(v)) return false;
  return (/[a-z]/.test(v) && /[A-Z]/.test(v)) || /[!-/:-@[-`{-~]/.test(v);
}

/**
 * A value without a digit that a generator made of RFC 3986 unreserved characters (`Abc.defGhi~jk`):
 * letters first and last, both cases, two marks of `.`, `~`, `-`, `_` or more, and a `~` or a part
 * between them in no word's or name's pattern (`kXq`, `QwE`). Dotted names, cmdlets and phrases
 * (`System.Security.Cryptography`, `Get-Credential`, `Same-As-Before`, `Microsoft.PowerShell.Security`) are not.
 */
function generatedUnreserved(v: string): boolean {
  if (!UNRESERVED_LETTERS.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) return false;
  const parts = v.split(/[.~_-]/);
  return parts.length >= 3 && (v.includes('~') || parts.some((p) => p !== '' && !WORD_PART.test(p)));
}
const UNRESERVED_LETTERS = /^[A-Za-z][A-Za-z.~_-]*[A-Za-z]$/;
/** A word or a name in camelCase or PascalCase (humps of two small letters or more), or capitals. */
const WORD_PART = /^(?:[A-Z]?[a-z]+(?:[A-Z][a-z]{2,})*|[A-Z]+)$/;

/**
 * Spans of the values after a bare password label (see LABELLED): those with a digit, or those without
 * one (two detectors, each skipped where a text lacks its characters).
 */
function labelledValues(text: string, withDigit: boolean): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m !== null; m = LABELLED.exec(text)) {
    const before = m.index > 0 ? text[m.index - 1]! : ' ';
    // A letter of any script before the label makes it part of a word.
    if (GLUED_BEFORE.test(before) || before.charCodeAt(0) >= 128) continue;
    const v = withoutClauseEnd(m[2]!);
    const start = m.index + m[0].length - m[2]!.length;
    if (/\d/.test(v) === withDigit && strongLabelledValue(v)) out.push({ start, end: start + v.length });
  }
  return out;
}

/** A password after a bare label in running text (LABELLED); a label with a sign after it is keyedPassword's. */
export const labelledPassword: PiiDetector = {
  ...base,
  needs: NEED.alpha | NEED.digit,
  scan: (text) => labelledValues(text, true),
};

/** The same without a digit (`pw Abc.defGhi~jk`): a generated one has capitals, so text without any is skipped. */
export const labelledDigitlessPassword: PiiDetector = {
  ...base,
  needs: NEED.alpha | NEED.upper,
  scan: (text) => labelledValues(text, false),
};

/** netrc's `password` token and its value (tokens are separated by blanks or line breaks). */
const NETRC_PASSWORD = /(?<!\S)password[ \t\r\n]+(\S{1,200})/g;
/** An entry's head before its password: `machine NAME` or `default`, then `login NAME` (any order of tokens). */
const NETRC_ENTRY = /(?<!\S)(?:machine[ \t\r\n]+\S+|default)(?!\S)/;
const NETRC_LOGIN = /(?<!\S)login[ \t\r\n]+\S+/;

/** Spans of netrc passwords: the `password` token of an entry that names a machine (or is `default`) and a login. */
function netrcValues(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  NETRC_PASSWORD.lastIndex = 0;
  for (let m = NETRC_PASSWORD.exec(text); m !== null; m = NETRC_PASSWORD.exec(text)) {
    const head = text.slice(Math.max(0, m.index - 300), m.index);
    // The entry this token belongs to: from its last `machine`/`default` on.
    const entry = head.slice(Math.max(head.lastIndexOf('machine'), head.lastIndexOf('default')));
    if (!NETRC_ENTRY.test(entry) || !NETRC_LOGIN.test(entry) || !passwordLike(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length });
  }
  return out;
}

/**
 * A text without a digit runs none of the detectors (words alone are no personal data a pattern finds):
 * so a netrc entry whose text holds no digit (hosts and a password without one) is not read.
 */
export const netrcPassword: PiiDetector = {
  ...base,
  needs: NEED.alpha | NEED.digit,
  prefilter: ['password'],
  scan: netrcValues,
};

/**
 * Spans of group `v` of `patterns` (flag `d`) whose value has a password's look; group `q`, when set, is
 * the value's quote: a double-quoted value with `$` in it is expanded by the shell or Puppet, no literal.
 * A match with group `pg` set is a look-alike the pattern names (PostgreSQL's `--password`, a switch).
 */
function quotedArgs(patterns: readonly RegExp[], text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const v = m.groups!.v!;
      const q = m.groups!.q ?? '';
      // A command line or a config line has no dotted variables: the value is a literal, quoted or not.
      if ((q === '"' && v.includes('$')) || !passwordLike(v, true)) continue;
      if (m.groups!.pg !== undefined) continue;
      const [start, end] = m.indices!.groups!.v!;
      out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Passwords given to a command on its line (crontabs, shell scripts, CI jobs): `--password P` (also
 * `--db-password P`, `--passwd`; `--password=P` is keyedPassword's; `--password-file F` and
 * `--password-stdin` name no value), the MySQL/MariaDB clients' `-pP` and `-p'P'` (glued: `-p` alone
 * prompts, and `-P 3306` is the port), `sshpass -p P`, curl's `-u user:P`. Other tools' `-p`/`-P` (a port, a path) are not read.
 */
const COMMAND_PASSWORD = [
  // PostgreSQL's clients take `--password` as a switch (prompt for one): the word after it is no value.
  /(?<pg>\b(?:psql|pg_\w+|createdb|dropdb|createuser|dropuser|vacuumdb|reindexdb|clusterdb)\b[^\r\n|;&]*?)?(?<![\w-])--(?:[a-z]+-)*pass(?:word|wd)[ \t]+(?<q>["']?)(?<v>[^\s"'\\]{1,128})\k<q>(?=[\s;|&)]|$)/dg,
  /(?<![\w.-])(?:mysql(?:dump|admin|import|show|check|pump|sh)?|mariadb(?:-dump|-admin)?)[ \t][^\r\n|;&]{0,200}?[ \t]-p(?<q>["']?)(?<v>[^\s"'\\]{1,128})\k<q>(?=[\s;|&)]|$)/dg,
  /(?<![\w-])sshpass[ \t]+-p[ \t]*(?<q>["']?)(?<v>[^\s"'\\]{1,128})\k<q>(?=[\s;|&)]|$)/dg,
  // curl's `-u user:password` / `--user user:password` (`-u user` alone prompts for the password).
  /(?<![\w.-])curl(?:\.exe)?[ \t][^\r\n|;&]{0,200}?(?<![\w-])(?:-u[ \t]*|--user[ \t=]+)(?<q>["']?)[^\s:"'\\]{1,64}:(?<v>[^\s"'\\]{1,128})\k<q>(?=[\s;|&)]|$)/dg,
];

export const commandLinePassword: PiiDetector = {
  ...base,
  needs: NEED.dash | NEED.alpha,
  prefilter: ['password', 'passwd', 'mysql', 'mariadb', 'sshpass', 'curl'],
  scan: (text) => quotedArgs(COMMAND_PASSWORD, text),
};

/**
 * A password set with chpasswd(8), which reads `user:password` lines: `echo root:P | chpasswd`, `echo
 * 'deploy:P' | sudo chpasswd`, `printf 'u:P\n' | chpasswd`, `chpasswd <<< 'u:P'`. Variables (`echo
 * $USER:$PASS | chpasswd`) are no value.
 */
const CHPASSWD = [
  /(?<![\w-])(?:echo(?:[ \t]+-[ne]+)?|printf)[ \t]+(?<q>["']?)[A-Za-z_$][\w.$-]{0,31}:(?<v>[^\s"'|\\]{1,128})(?:\\n)?\k<q>[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd/dg,
  /chpasswd[ \t]*<<<[ \t]*(?<q>["']?)[A-Za-z_$][\w.$-]{0,31}:(?<v>[^\s"'\\]{1,128})\k<q>/dg,
];

export const chpasswdPassword: PiiDetector = {
  ...base,
  needs: NEED.sep | NEED.alpha,
  prefilter: ['chpasswd'],
  scan: (text) => quotedArgs(CHPASSWD, text),
};

/**
 * HAProxy's userlist entry `user NAME insecure-password P` (a password in clear; `password H` holds a
 * crypt(3) hash, not read). The line starts with `user`: a comment that mentions the keyword is not one.
 */
const HAPROXY_USER = /^[ \t]*user[ \t]+\S+[ \t]+insecure-password[ \t]+(?<v>\S{1,128})/dgm;

export const haproxyInsecurePassword: PiiDetector = {
  ...base,
  needs: NEED.dash | NEED.alpha,
  prefilter: ['insecure-password'],
  scan: (text) => quotedArgs([HAPROXY_USER], text),
};

/**
 * Puppet's `Sensitive('P')`, `Sensitive("P")`, `Sensitive.new('P')`: a string literal the manifest's author
 * marks as secret (`password => Sensitive('P')`). A variable or a lookup (`Sensitive($db_password)`,
 * `Sensitive(lookup('db::pw'))`) is no literal.
 */
const PUPPET_SENSITIVE = /(?<![\w:])Sensitive(?:\.new)?\([ \t]*(?<q>["'])(?<v>[^"'\r\n\\]{1,128})\k<q>[ \t]*\)/dg;

export const puppetSensitivePassword: PiiDetector = {
  ...base,
  needs: NEED.upper | NEED.alpha,
  prefilter: ['Sensitive'],
  scan: (text) => quotedArgs([PUPPET_SENSITIVE], text),
};

/**
 * PHP's `define( 'NAME', 'value' )` (wp-config.php, Drupal and Joomla configs): a constant named like a
 * password's or a token's key (`DB_PASSWORD`, `SMTP_PASS`, `API_TOKEN`) holds one; WordPress's eight
 * keys and salts (`AUTH_KEY` … `NONCE_SALT`: 64 random characters from the secret-key service, which
 * sign the login cookies) are secrets of any look but the sample file's `put your unique phrase here`.
 * Group 1: the name, 3: the value (in single or double quotes, no `$` in double quotes: PHP expands it).
 */
const PHP_DEFINE = /\bdefine\([ \t]*(["'])([A-Z][A-Z0-9_]{1,60})\1[ \t]*,[ \t]*(["'])([^"'\r\n\\]{1,200})\3[ \t]*\)/dg;
const WP_SALT = /^(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/;
const PASSWORD_NAME = new Set(['password', 'passwd', 'pass', 'pwd', 'pw', 'secret', 'passphrase']);

function phpDefinedSecrets(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  PHP_DEFINE.lastIndex = 0;
  for (let m = PHP_DEFINE.exec(text); m !== null; m = PHP_DEFINE.exec(text)) {
    const name = m[2]!;
    const v = m[4]!;
    if (m[3] === '"' && v.includes('$')) continue;
    const secret = WP_SALT.test(name)
      ? v.length >= 16 && !/unique phrase/i.test(v) && !isPlaceholder(v)
      : (PASSWORD_NAME.has(keyWords(name).pop() ?? '') || namesAToken(name)) && passwordLike(v, true);
    if (secret) {
      const [start, end] = m.indices![4]!;
      out.push({ start, end });
    }
  }
  return out;
}

export const phpDefinedSecret: PiiDetector = {
  ...base,
  needs: NEED.upper | NEED.alpha,
  prefilter: ['define('],
  scan: phpDefinedSecrets,
};

/**
 * OpenVPN's inline `<auth-user-pass>` block: the user name on its first line, the password on its second
 * (openvpn(8): the file form of `--auth-user-pass`, inlined in a profile).
 */
const AUTH_USER_PASS = /<auth-user-pass>[ \t]*\r?\n[ \t]*[^\s<]{1,128}[ \t]*\r?\n[ \t]*(?<v>[^\s<]{1,128})[ \t]*\r?\n[ \t]*<\/auth-user-pass>/dg;

export const openvpnInlinePassword: PiiDetector = {
  ...base,
  needs: NEED.dash | NEED.alpha,
  prefilter: ['<auth-user-pass>'],
  scan: (text) => quotedArgs([AUTH_USER_PASS], text),
};

/**
 * An LDAP simple bind's credentials where a server or a client logs them (`BIND dn="cn=admin,…" method=128
 * cred=P`; ldapsearch's `-w P` is commandLinePassword's): the value after `cred=` in a text with a bind's `dn=`.
 */
const LDAP_CRED = /(?<![\w-])(?:bind_?)?cred=(?<q>["']?)(?<v>[^\s"'\\]{1,128})\k<q>(?=[\s,;)]|$)/dgi;

export const ldapBindPassword: PiiDetector = {
  ...base,
  needs: NEED.sep | NEED.alpha,
  prefilter: ['cred=', 'CRED='],
  scan: (text) => (/\bdn=/i.test(text) ? quotedArgs([LDAP_CRED], text) : []),
};

/**
 * A PostgreSQL password file's line (libpq's `~/.pgpass`: `hostname:port:database:username:password`, `*` for
 * any field but the password): its last field, in a text that names the file or writes its header line.
 */
const PGPASS_LINE = /^[^:\s#][^:\s]{0,252}:(?:\d{1,5}|\*):[^:\s]{1,63}:[^:\s]{1,63}:(?<v>\S{1,128})[ \t]*\r?$/dgm;
const PGPASS_CUE = /pgpass|hostname:port:database:username:password/i;

export const pgpassPassword: PiiDetector = {
  ...base,
  needs: NEED.sep | NEED.alpha,
  prefilter: ['pgpass', 'PGPASS', 'username:password'],
  scan: (text) => (PGPASS_CUE.test(text) ? quotedArgs([PGPASS_LINE], text) : []),
};

/**
 * A password told in running text with a verb after its word (`my password is P`, `the Wi-Fi password
 * was P`, `Passwort ist P`, `le mot de passe est P`, `la contraseña es P`, `a senha é P`, `het wachtwoord
 * is P`, `hasło to P`), or with what it is for and a colon (`wallet password for sqlnet.ora: P`): the cue says a value follows, so a person's password (a word with digits and a
 * symbol) counts; the value needs a letter and a digit (`the password is incorrect`, `password is
 * required` are none: a text without a digit runs no detector). Group `v`: the value, in quotes or not.
 */
const PROSE_PASSWORD =
  /(?:[Pp]ass(?:word|code|phrase)|PASSWORD|[Pp]wd?|[Pp]asswort|[Kk]ennwort|[Mm]ot de passe|[Cc]ontraseña|[Ss]enha|[Ww]achtwoord|[Hh]asło)[ \t]+(?:is|was|will be|ist|lautet|war|est|était|es|era|é|to|jest|brzmi|for(?:[ \t]+[^\s:"'<>]{1,40}){1,3}(?=[ \t]*:))[ \t]*:?[ \t]+(?<q>["'`“«]?)(?<v>[^\s"'`<>”»\\]{6,64})/dg;
/** A character before the word that makes it part of another word, a path or a name (`/etc/passwd`, `old_pw`). */
const WORD_BEFORE = lazyRegExp(String.raw`[\p{L}\p{N}_./-]`, 'u');

function prosePasswords(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  PROSE_PASSWORD.lastIndex = 0;
  for (let m = PROSE_PASSWORD.exec(text); m !== null; m = PROSE_PASSWORD.exec(text)) {
    if (m.index > 0 && WORD_BEFORE().test(text[m.index - 1]!)) continue;
    const v = withoutClauseEnd(m.groups!.v!);
    if (!/\p{L}/u.test(v) || !/\d/.test(v) || !passwordLike(v) || v.includes('://') || /[([{]/.test(v) || CRYPT_HASH.test(v)) continue;
    const start = m.indices!.groups!.v![0];
    out.push({ start, end: start + v.length });
  }
  return out;
}

export const prosePassword: PiiDetector = {
  ...base,
  needs: NEED.alpha | NEED.digit,
  // No literal prefilter: fifteen substring searches cost twice the pattern, which fails fast at the
  // few characters that start a password's word.
  scan: prosePasswords,
};

/**
 * A registry's or a platform's login with its password on the line: `docker login -u U -p P` (also podman, nerdctl,
 * buildah, skopeo, helm registry, oras, Cloud Foundry's `cf login`, OpenShift's `oc login`): the `-p` of a `login`
 * subcommand is its password (`docker run -p 8080:80` is a port: no `login` before it). `--password P` is
 * commandLinePassword's.
 */
// `login` first (the tool in a look-behind): the search skips to each `login` at once, not to each tool's first letter.
const LOGIN_P = /(?<=(?<![\w.-])(?:docker|podman|nerdctl|buildah|skopeo|helm(?:[ \t]+registry)?|oras|crane|cf|oc)[ \t]+)login[ \t][^\r\n|;&]{0,200}?(?<![\w-])-p[ \t]+(?<q>["']?)(?<v>[^\s"'\\]{1,128})\k<q>(?=[\s;|&)]|$)/dg;

export const loginCommandPassword: PiiDetector = {
  ...base,
  needs: NEED.dash | NEED.alpha,
  prefilter: ['login'],
  scan: (text) => quotedArgs([LOGIN_P], text),
};

/**
 * A `-p` whose value an EDR or audit line quotes from a command line (`Command line also contained: -p P`, `command
 * line: … -p P`): the tool is not named, so the value needs a generated or chosen password's strong look
 * (strongLabelledValue: a letter and a digit, both cases or a symbol); a port map (`-p 8080:80`) or a path is none.
 */
const COMMAND_LINE_P = /[Cc]ommand[ _-]?[Ll]ine[^\r\n]{0,120}?(?<![\w-])-p[ \t]+(?<v>[^\s"'`\\]{8,64})(?=[\s"']|$)/dg;

function commandLineDashP(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  COMMAND_LINE_P.lastIndex = 0;
  for (let m = COMMAND_LINE_P.exec(text); m !== null; m = COMMAND_LINE_P.exec(text)) {
    if (!strongLabelledValue(m.groups!.v!)) continue;
    const [start, end] = m.indices!.groups!.v!;
    out.push({ start, end });
  }
  return out;
}

export const commandLineDashPPassword: PiiDetector = {
  ...base,
  needs: NEED.dash | NEED.alpha | NEED.digit,
  // One search (the pattern reads the word's forms: `command line`, `CommandLine`, `command_line`).
  prefilter: ['ommand'],
  scan: commandLineDashP,
};

/**
 * Redis's AUTH (`AUTH P`, `AUTH user P` since Redis 6): in MONITOR output every argument is quoted (`"AUTH" "P"`,
 * `"AUTH" "user" "P"`); typed at redis-cli's prompt (`127.0.0.1:6379> AUTH P`; a line of its own is not read: PAM's
 * `auth required pam_tally2.so` looks the same); redis-cli's
 * `-a P` (`--pass P`). The last argument is the password.
 */
const REDIS_AUTH = [
  /"(?:AUTH|auth)"(?:[ \t]+"[^"\r\n]{1,64}")?[ \t]+"(?<v>[^"\\\r\n]{1,128})"(?![ \t]+")/dg,
  /(?<=(?:\d|redis)>[ \t]?)(?:AUTH|auth)[ \t]+(?:[^\s"']{1,64}[ \t]+)?(?<q>["']?)(?<v>[^\s"'\\]{1,128})\k<q>[ \t]*\r?$/dgm,
  /(?<![\w.-])redis-cli[ \t][^\r\n|;&]{0,200}?(?<![\w-])(?:-a|--pass)[ \t]+(?<q>["']?)(?<v>[^\s"'\\]{1,128})\k<q>(?=[\s;|&)]|$)/dg,
];

export const redisAuthPassword: PiiDetector = {
  ...base,
  // A text without a digit runs no detector (the MONITOR line's time, the prompt's port hold some).
  needs: NEED.alpha | NEED.digit,
  // Not `auth` alone: `Authorization`, `author` are in many texts.
  prefilter: ['AUTH', 'auth"', '> auth', 'redis-cli'],
  scan: (text) => quotedArgs(REDIS_AUTH, text),
};

/**
 * A Redis ACL rule (an `aclfile` line `user NAME on >P ~keys:* +@read`, `ACL SETUSER NAME on >P`): each `>`
 * rule adds a password in the clear (`#<sha256>` adds its hash, `<P` removes one). Group `v`: each password.
 */
const REDIS_ACL_LINE = /^[ \t]*(?:user|ACL[ \t]+SETUSER)[ \t]+\S+(?:[ \t]+\S+)*$/gim;
const REDIS_ACL_PASSWORD = /(?<=[ \t])>(?<v>[^\s]{1,128})/dg;

function redisAclPasswords(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  REDIS_ACL_LINE.lastIndex = 0;
  for (let line = REDIS_ACL_LINE.exec(text); line !== null; line = REDIS_ACL_LINE.exec(text)) {
    for (const { start, end } of quotedArgs([REDIS_ACL_PASSWORD], line[0])) out.push({ start: line.index + start, end: line.index + end });
  }
  return out;
}

export const redisAclPassword: PiiDetector = {
  ...base,
  // A digit too (most set passwords hold one): a text of words alone runs no password reader.
  needs: NEED.alpha | NEED.digit,
  prefilter: [' on >', ' ON >', 'SETUSER', 'setuser'],
  scan: redisAclPasswords,
};

/**
 * Windows' `net user NAME P /add` (also `/domain`, `/active:yes`, or the password last on the line): the word after
 * the account's name is its new password; `*` prompts for one, and a switch (`/delete`) is none.
 */
const NET_USER = /(?<![\w.-])net(?:\.exe)?[ \t]+user[ \t]+(?:"[^"\r\n]{1,64}"|[^\s"/]{1,64})[ \t]+(?<q>["']?)(?<v>[^\s"'/*\\][^\s"'\\]{0,127})\k<q>(?=[ \t]+\/|[ \t]*\r?$|[ \t]*["'&|])/dgim;

export const netUserPassword: PiiDetector = {
  ...base,
  needs: NEED.alpha | NEED.digit,
  prefilter: ['et user', 'ET USER', 'et.exe user'],
  scan: (text) => quotedArgs([NET_USER], text),
};
