// Credentials in URLs, masked wherever a URL is shown: the userinfo (`scheme://user:password@host`,
// `https://<token>@host`), query parameters that carry a secret (`?token=`, `X-Amz-Signature=`) and
// anaconda.org's `/t/<token>/` path. The url-credentials detector (secrets/url-credentials.ts) finds
// such passwords in data; this module is what every check and reporter calls before a URL leaves.

/** What stands for a masked credential. */
export const URL_MASK = '****';

/** Ends a URL inside free text (a requirement line, a Dockerfile instruction, a message): white space, quotes, `<>`. */
const URL_END = new Set([..." \t\n\r\f\v\u00a0\u2028\u2029\"'<>`"].map((c) => c.charCodeAt(0)));
/** Ends the authority (`user:password@host:port`) of a URL. */
const AUTHORITY_END = new Set([...URL_END, ...'/?#\\'.split('').map((c) => c.charCodeAt(0))]);
/** Query parameter names whose value is a credential (substring, case-insensitive): over-masking is harmless. */
const SECRET_PARAM = /token|passw|pwd|secret|key|sig|credential|auth|session/i;
/** A user name shown in clear: short, and nothing like a token. */
const PLAIN_USER = /^[A-Za-z][A-Za-z0-9._~-]{0,23}$/;

/**
 * `text` with the credentials of every URL in it masked: `https://user:****@host`, `https://****@host`,
 * `?token=****`. Linear in the length of `text`; a text without `://` is returned as it is.
 */
export function redactUrls(text: string): string {
  if (!text.includes('://') || nothingToMask(text)) return text;
  return redactEveryUrl(text);
}

/** redactUrls without its shortcut for a text with nothing to mask (exported for the differential test). */
export function redactEveryUrl(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = text.indexOf('://'); i !== -1; ) {
    const start = i + 3;
    // A URL inside another (`?next=https://u:p@h`) is a URL of its own: each one ends where the next scheme starts.
    const next = text.indexOf('://', start);
    const limit = next === -1 ? text.length : schemeStart(text, next, start);
    let end = start;
    while (end < limit && !URL_END.has(text.charCodeAt(end))) end++;
    out += text.slice(copied, start) + redactAfterScheme(text.slice(start, end));
    copied = end;
    i = next;
  }
  return out + text.slice(copied);
}

/**
 * A text of one URL with no query, no anaconda `/t/` path and neither `@` nor `:` in its authority (so no
 * userinfo, not even a password with a raw `/`): what redactUrls would return unchanged, told without
 * its slicing (most model URIs, `oci://registry/name@sha256:…` included).
 */
function nothingToMask(text: string): boolean {
  if (text.includes('?') || text.includes('/t/')) return false;
  const start = text.indexOf('://') + 3;
  if (text.includes('://', start)) return false;
  for (let p = start; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (AUTHORITY_END.has(c)) return true;
    if (c === 0x40 /* @ */ || c === 0x3a /* : */) return false;
  }
  return true;
}

/** Where the scheme before the `://` at `sep` begins, not before `floor`. */
function schemeStart(text: string, sep: number, floor: number): number {
  let s = sep;
  while (s > floor && /[A-Za-z0-9+.-]/.test(text[s - 1]!)) s--;
  return s;
}

/** The part of a URL after `scheme://`, its credentials masked. */
function redactAfterScheme(rest: string): string {
  const at = userinfoEnd(rest);
  const userinfo = at === -1 ? '' : `${maskUserinfo(rest.slice(0, at))}@`;
  const hostAndPath = rest.slice(at + 1);
  const authEnd = authorityEnd(hostAndPath);
  return userinfo + hostAndPath.slice(0, authEnd) + redactPathAndQuery(hostAndPath.slice(authEnd));
}

function authorityEnd(rest: string): number {
  let end = 0;
  while (end < rest.length && !AUTHORITY_END.has(rest.charCodeAt(end))) end++;
  return end;
}

/**
 * Index of the `@` that ends the userinfo, -1 when there is none. A password written with a raw `/`,
 * `?` or `#` (`user:pa/ss@host`) ends the authority early: a `user:` not followed by a port then
 * reaches to the next `@`, so the whole password is masked rather than its tail shown.
 */
function userinfoEnd(rest: string): number {
  const end = authorityEnd(rest);
  const at = rest.lastIndexOf('@', end - 1);
  if (at !== -1 && end > 0) return at;
  const colon = rest.indexOf(':');
  if (colon === -1 || colon >= end || /^\d*$/.test(rest.slice(colon + 1, end))) return -1;
  return rest.indexOf('@', end);
}

/** `user:password` keeps a plain user name; a lone user part is a token unless it is a plain name such as `git`. */
function maskUserinfo(userinfo: string): string {
  const colon = userinfo.indexOf(':');
  const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
  const shownUser = user === '' || (PLAIN_USER.test(user) && (colon !== -1 || user === 'git')) ? user : URL_MASK;
  if (colon === -1) return shownUser;
  return `${shownUser}:${URL_MASK}`;
}

function redactPathAndQuery(tail: string): string {
  // anaconda.org channel tokens travel in the path: /t/<token>/channel.
  const path = tail.replace(/^\/t\/[^/?#]+/, `/t/${URL_MASK}`);
  const q = path.indexOf('?');
  if (q === -1) return path;
  const hash = path.indexOf('#', q);
  const query = path.slice(q + 1, hash === -1 ? undefined : hash);
  const masked = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq > 0 && eq < pair.length - 1 && SECRET_PARAM.test(safeDecode(pair.slice(0, eq))) ? `${pair.slice(0, eq + 1)}${URL_MASK}` : pair;
    })
    .join('&');
  return `${path.slice(0, q + 1)}${masked}${hash === -1 ? '' : path.slice(hash)}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
