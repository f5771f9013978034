// The one GitHub REST client of the action (the PR comment, the central policy): every call times out,
// and 5xx answers, timeouts and rate limits are retried with backoff (octokit's retry and throttling plugins).

/** Per call; with the retries and their backoff, a hung API ends the step in under two minutes. */
export const GITHUB_CALL_TIMEOUT_MS = 30_000;
/** Retries of a call that failed with a 5xx, a timeout or a rate limit. */
export const GITHUB_RETRIES = 2;

export interface GitHubClientOptions {
  /** REST API root (default GITHUB_API_URL, then https://api.github.com). */
  apiUrl?: string | undefined;
  timeoutMs?: number | undefined;
  retries?: number | undefined;
}

/** Loaded only when a call is made: the client is most of the action's start-up time. */
export async function githubClient(token: string, opts: GitHubClientOptions = {}) {
  const timeoutMs = opts.timeoutMs ?? GITHUB_CALL_TIMEOUT_MS;
  const retries = opts.retries ?? GITHUB_RETRIES;
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')]);
  const timed: typeof fetch = (input, init) => fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs) });
  const again = (_after: number, _options: object, _octokit: unknown, retryCount: number): boolean => retryCount < retries;
  return getOctokit(
    token,
    {
      baseUrl: opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      request: { fetch: timed },
      retry: { retries },
      throttle: { onRateLimit: again, onSecondaryRateLimit: again },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of a failed call (octokit's RequestError), when it got an answer. */
export function httpStatus(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && 'status' in e ? Number((e as { status: unknown }).status) : undefined;
}

/** A call that ended on its timeout (octokit reports it as a status 500 whose cause is the TimeoutError). */
export function timedOut(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x instanceof Error && depth < 4; x = x.cause, depth++) if (x.name === 'TimeoutError') return true;
  return false;
}
