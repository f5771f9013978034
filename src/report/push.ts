// Pushes a run's metrics to a Prometheus Pushgateway. Monitoring is never part of the decision:
// whatever happens here (refused, timed out, non-2xx) is returned as a warning, never thrown.
import { redactUrls } from '../detect/redact-url.js';
import { credentialsAsHeader } from '../io/basic-auth.js';
import { errorMessage } from '../errors.js';

/** How long a push may take before it is given up. */
export const PUSH_TIMEOUT_MS = 10_000;

/**
 * One grouping-key path segment pair, as the Pushgateway documents it: `/name/value`, URL-encoded;
 * a value with a `/` (or an empty one) in the base64url form `/name@base64/<value>`.
 */
export function groupingSegment(name: string, value: string): string {
  if (value === '' || value.includes('/')) return `/${name}@base64/${Buffer.from(value, 'utf8').toString('base64url') || '='}`;
  return `/${name}/${encodeURIComponent(value)}`;
}

/**
 * Where to push: `<url>/metrics/job/<job>/instance/<instance>`. A URL that already names a grouping
 * key (its path contains `/metrics/job/`) is used as it is: the user chose the group.
 */
export function pushTarget(url: string, grouping: { job: string; instance: string }): string {
  const u = new URL(url);
  if (/\/metrics\/job(@base64)?\//.test(u.pathname)) return u.toString();
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/metrics${groupingSegment('job', grouping.job)}${groupingSegment('instance', grouping.instance)}`;
  return u.toString();
}

export interface PushResult {
  ok: boolean;
  target: string;
  /** What happened, one line (the HTTP status, or why there was none). */
  detail: string;
}

/**
 * PUT replaces the whole group, so series of the previous run that this run no longer has (a rule that
 * stopped firing) disappear instead of lingering.
 */
export async function pushMetrics(
  body: string,
  opts: { url: string; grouping: { job: string; instance: string }; contentType: string; timeoutMs?: number },
): Promise<PushResult> {
  let target = opts.url;
  try {
    target = pushTarget(opts.url, opts.grouping);
    const { url, headers } = credentialsAsHeader(target);
    const res = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': opts.contentType, ...headers },
      body,
      signal: AbortSignal.timeout(opts.timeoutMs ?? PUSH_TIMEOUT_MS),
    });
    // The Pushgateway says why it refused a push in a short text body; the status alone when it does not.
    const text = res.ok ? '' : (await res.text().catch(() => '')).trim().slice(0, 200);
    await res.body?.cancel().catch(() => {});
    return { ok: res.ok, target: redactUrls(target), detail: `HTTP ${res.status}${text ? `: ${text.replace(/\s+/g, ' ')}` : ''}` };
  } catch (e) {
    return { ok: false, target: redactUrls(target), detail: redactUrls(failure(e, opts.timeoutMs ?? PUSH_TIMEOUT_MS)) };
  }
}

function failure(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  // fetch wraps the socket error (ECONNREFUSED, ENOTFOUND...) in its cause.
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return cause?.message ? `${errorMessage(e)}: ${cause.message}` : errorMessage(e);
}
