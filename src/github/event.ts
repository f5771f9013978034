// The runner's event payload (GITHUB_EVENT_PATH): a pull request's number and base commit come from it.
import { readFileSync } from 'node:fs';

export interface PullRequestPayload {
  number?: unknown;
  base?: { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } };
}

/** The event's `pull_request`, unchecked; undefined outside a pull request or when the file cannot be read. */
export function pullRequestPayload(eventPath: string | undefined): PullRequestPayload | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: PullRequestPayload } | null;
    return event?.pull_request ?? undefined;
  } catch {
    return undefined;
  }
}
