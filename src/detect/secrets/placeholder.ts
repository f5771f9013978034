// What stands where a secret goes in templates, docs and masked logs: a variable reference (`$TOKEN`,
// `${GIT_TOKEN}`, `${{ secrets.X }}`, `{{ secrets.X }}`, `%(password)s`, `%DB_PASS%`), a hint in angle
// brackets (`<password>`), a mask (`****`, `xxxxxxxx`, `•••`, `REDACTED`, `[MASKED]`) or a default that
// says to change it (`changeme`, `REPLACE_ME`, `REPLACE_WITH_YOUR_KEY`, `your_secret_here`, `TODO`). Shared by the secret
// detectors that read a value after a key word or in a URL's userinfo.

/** A reference to a variable, a template's expression or a format directive. */
const REFERENCE = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?(?![^@/:])|\$\{\{|\{\{|\$\(|%\(|%[A-Za-z_][A-Za-z0-9_]*%$|<[^<>]*>?$)/;
/** A mask or a word that stands for the value. */
const STAND_IN =
  /^(?:\*+|x+|•+|#+|\.{3,}|…|\[?(?:redacted|masked|hidden|removed|filtered|secret|password)\]?|changeme|change_me|changeit|password|passwd|pass|secret|token|none|null|nil|undefined|empty|example|placeholder|dummy|your[-_]?(?:password|passwd|pass|secret|token|key|api[-_]?key)|my[-_]?(?:password|secret|token)|replace[-_]?(?:me|this|with[-_][a-z][-_a-z]{0,40})|set[-_]?me|fill[-_]?me[-_]?in|todo|tbd|fixme|(?:your|insert|enter|put)[-_a-z]{0,30}[-_]here|[a-z]{1,20}(?:[-_][a-z]{1,20}){0,3}[-_]goes[-_]here|%[0-9A-F]{2}\*.*)$/i;

/**
 * A content digest in the OCI and Subresource Integrity syntax (`sha256:<hex>`, `sha512-<base64>`): it
 * names public content (an image, a release file) and is published with it, under whatever key.
 */
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b|blake3)[:-](?:[0-9a-f]{32,128}|[A-Za-z0-9+/]{43,88}={0,2})$/;

/**
 * Whether a value read where a secret goes is a placeholder or a content digest, not a secret. Read up
 * to an "@": a rule that reads a URL's userinfo from its key word on takes the host with it
 * (`token:REDACTED@github.com`).
 */
export function isPlaceholder(v: string): boolean {
  const at = v.indexOf('@');
  const head = at > 0 ? v.slice(0, at) : v;
  return REFERENCE.test(head) || STAND_IN.test(head) || DIGEST.test(head);
}

/**
 * Source code's right-hand sides: a call or an index (`getpass()`, `os.environ["…"]`, `cfg.get(`), a
 * dotted name (`settings.DB_PASSWORD`, `self.password`), a snake_case or camelCase name (`db_password`,
 * `userPassword`): a variable, not its value.
 */
const VARIABLE = /[([{]|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$|^[a-z]+(?:_[a-z]+)+$|^[a-z]+(?:[A-Z][a-z]+)+$/;

/** Whether a value read after a key word names a variable of source code rather than holding a secret. */
export function namesAVariable(v: string): boolean {
  return VARIABLE.test(v) && !RANDOM_PART.test(v);
}

/**
 * A dotted part of 20 characters or more that mixes a digit and both cases after its first (a Discord bot token's
 * `<base64 id>.<time>.<hmac>`): code's dotted names hold words (`Cryptography.X509Certificates`), no such run.
 */
const RANDOM_PART = /(?:^|\.)(?=[A-Za-z_]\w{19})(?=\w*\d)(?=\w*[a-z]\w*[A-Z]|\w*[A-Z]\w*[a-z])\w*[A-Z]\w*[A-Z]\w*[A-Z]\w*(?:\.|$)/;
