// What the `policy` option names: a file in the workspace, or a central policy in another repository
// (`owner/repo/path@ref`, as actions/dependency-review-action's `config-file`). Pure: no network here.
import { sha256Hex } from '../io/hash.js';
import type { PolicySource } from '../report/model.js';

export interface RemotePolicySpec {
  owner: string;
  repo: string;
  /** Path of the file inside that repository. */
  path: string;
  ref: string;
}

/** A policy read by the front door (another repository, the base commit), handed to the gate as text. */
export interface FetchedPolicy {
  /** How the report names the policy: the spec for a central policy, the path for the base commit. */
  name: string;
  text: string;
  source: PolicySource;
}

/** Which version of a workspace policy file applies: the checkout's (head) or the pull request's base commit's. */
export const POLICY_FROM = ['head', 'base'] as const;
export type PolicyFrom = (typeof POLICY_FROM)[number];

/** The digest of the baseline policy: it has no file, so the digest of the empty document. */
export const BASELINE_SHA256 = sha256Hex('');

// GitHub's own rules for owner and repository names; the ref is everything after the last `@`.
const REMOTE = /^(?<owner>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/(?<repo>[A-Za-z0-9._-]{1,100})\/(?<path>.*[^/])@(?<ref>[^@\s]+)$/;

/**
 * `owner/repo/path@ref` → its parts; anything else is a workspace path (undefined). The `@ref` is
 * required, so `policies/modelgate.yaml` is never remote. A workspace file whose name has the remote form
 * is written `./owner/repo/path@ref`. The form wins over a file of that name on purpose: a pull request
 * could otherwise add such a file to its checkout and shadow the central policy.
 */
export function parseRemotePolicySpec(spec: string): RemotePolicySpec | undefined {
  const m = REMOTE.exec(spec.trim());
  if (!m?.groups) return undefined;
  const { owner, repo, path, ref } = m.groups as unknown as RemotePolicySpec;
  // `.`/`..` are no repository names, and a path with `..` segments or a leading `/` is no file of one.
  if (repo === '.' || repo === '..' || path.startsWith('/') || path.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return { owner, repo, path, ref };
}

/** True when the front door reads the policy itself (a central policy, or the base commit's file) before the gate. */
export function fetchesPolicy(spec: string | undefined, from: PolicyFrom): boolean {
  return spec !== undefined && spec !== '' && (parseRemotePolicySpec(spec) !== undefined || from === 'base');
}

/** The source of a policy read from another repository. */
export function remoteSource(spec: RemotePolicySpec, bytes: Uint8Array): PolicySource {
  // A full commit SHA pins the file; a branch or tag is recorded as given (the digest pins the bytes).
  const commit = /^[0-9a-f]{40}$/i.test(spec.ref) ? spec.ref.toLowerCase() : undefined;
  return { origin: 'repository', repository: `${spec.owner}/${spec.repo}`, ref: spec.ref, ...(commit ? { commit } : {}), path: spec.path, sha256: sha256Hex(bytes) };
}

/** True when a pull request's own changes decide the policy: it came from the checkout of the PR's head. */
export function policyFromPullRequestHead(source: PolicySource | undefined, eventName: string | undefined): boolean {
  return source?.origin === 'workspace' && isPullRequestEvent(eventName);
}

/** pull_request and pull_request_target (and their review events) check out code a pull request can change. */
export function isPullRequestEvent(eventName: string | undefined): boolean {
  return eventName !== undefined && /^pull_request/.test(eventName);
}
