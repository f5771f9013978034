// fetch refuses a URL that carries credentials (`https://user:password@host`): they travel as a
// basic-auth header instead, so a Pushgateway or an OSV mirror behind basic auth is named by one URL.
// Messages show such a URL through redactUrls (src/detect/redact-url.ts), never as written.

/** The URL without its userinfo, and the `authorization` header that carries it (none when it has none). */
export function credentialsAsHeader(url: string | URL): { url: URL; headers: Record<string, string> } {
  const u = new URL(url);
  if (!u.username && !u.password) return { url: u, headers: {} };
  const basic = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
  u.username = '';
  u.password = '';
  return { url: u, headers: { authorization: `Basic ${basic}` } };
}
