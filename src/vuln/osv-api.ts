// OSV API client: POST /v1/querybatch in batches, each with a timeout and retries on network
// errors, 429 and 5xx; then GET /v1/vulns/{id} for the full records (querybatch returns ids only).
import { redactUrls } from '../detect/redact-url.js';
import { errorMessage } from '../errors.js';
import { credentialsAsHeader } from '../io/basic-auth.js';
import type { PackageRef } from './match.js';
import { validateOsvRecord, type OsvRecord } from './osv-schema.js';
import { checkBudget } from '../io/budget.js';

export interface OsvApiOptions {
  /** Base URL, e.g. https://api.osv.dev */
  url: string;
  timeoutMs: number;
  retries: number;
  /** Queries per querybatch request (the API accepts up to 1000). */
  batchSize: number;
  signal?: AbortSignal;
  /** For tests: pause between retries. */
  backoffMs?: number;
}

/** Its message names the API's URL (and fetch's own error may quote it): credentials in it are masked. */
export class OsvApiError extends Error {
  override name = 'OsvApiError';
  constructor(message: string) {
    super(redactUrls(message));
  }
}

/** Records of every vulnerability the API reports for `packages` (deduplicated by id). */
export async function queryOsvApi(packages: readonly PackageRef[], opts: OsvApiOptions): Promise<OsvRecord[]> {
  const base = opts.url.replace(/\/+$/, '');
  const ids = new Set<string>();
  for (let i = 0; i < packages.length; i += opts.batchSize) {
    const batch = packages.slice(i, i + opts.batchSize);
    const body = { queries: batch.map((p) => ({ package: { ecosystem: p.ecosystem, name: p.name }, version: p.version })) };
    const answer = (await request(`${base}/v1/querybatch`, { method: 'POST', body: JSON.stringify(body) }, opts)) as { results?: unknown };
    if (!Array.isArray(answer.results) || answer.results.length !== batch.length) {
      throw new OsvApiError(`${base}/v1/querybatch answered ${Array.isArray(answer.results) ? answer.results.length : 'no'} results for ${batch.length} queries`);
    }
    for (const r of answer.results as Array<{ vulns?: Array<{ id?: unknown }>; next_page_token?: unknown }>) {
      // Paging means more results than one answer holds; we do not follow it, so say so rather than miss some.
      if (r?.next_page_token) throw new OsvApiError('the OSV API paged a querybatch result; lower batchSize');
      for (const v of r?.vulns ?? []) if (typeof v.id === 'string') ids.add(v.id);
    }
  }
  const records: OsvRecord[] = [];
  for (const id of [...ids].sort()) {
    const data = await request(`${base}/v1/vulns/${encodeURIComponent(id)}`, { method: 'GET' }, opts);
    const v = validateOsvRecord(data);
    if (!v.ok) throw new OsvApiError(`${base}/v1/vulns/${id} is not a valid OSV record: ${v.error}`);
    records.push(v.record);
  }
  return records;
}

async function request(url: string, init: { method: string; body?: string }, opts: OsvApiOptions): Promise<unknown> {
  let last = '';
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    checkBudget(opts.signal);
    if (attempt > 0) await sleep((opts.backoffMs ?? 250) * 2 ** (attempt - 1), opts.signal);
    const timeout = AbortSignal.timeout(opts.timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    try {
      // A mirror behind basic auth is named by a URL with credentials: they go as a header.
      const target = credentialsAsHeader(url);
      const res = await fetch(target.url, { ...init, headers: { 'content-type': 'application/json', accept: 'application/json', ...target.headers }, signal });
      if (res.ok) return await res.json();
      last = `HTTP ${res.status}`;
      if (res.status !== 429 && res.status < 500) break; // a client error will not improve on retry
    } catch (e) {
      checkBudget(opts.signal);
      last = timeout.aborted ? `no answer within ${opts.timeoutMs} ms` : errorMessage(e);
    }
  }
  throw new OsvApiError(`OSV API ${init.method} ${url} failed after ${opts.retries + 1} attempt(s): ${last}`);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });
}
