// The front doors' side of the policy: a central policy read through the GitHub contents API, or the
// workspace's policy file as the pull request's base commit has it (git). The result goes to the gate
// as text with its source, so that the gate itself stays free of network and git. Loaded only when used.
import { ConfigError, errorMessage } from '../errors.js';
import { githubClient, GITHUB_CALL_TIMEOUT_MS, httpStatus, timedOut } from '../github/client.js';
import { pullRequestPayload } from '../github/event.js';
import { sha256Hex } from '../io/hash.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../io/workspace.js';
import { fromCommandLine } from '../manifest/load.js';
import { parseRemotePolicySpec, remoteSource, type FetchedPolicy, type PolicyFrom, type RemotePolicySpec } from './source.js';

/** A policy is a page of YAML: anything larger is a mistake, and must not cost memory to find out. */
export const MAX_POLICY_BYTES = 1024 * 1024;

export interface PolicyRequest {
  workspace: string;
  /** The `policy` option: a workspace path, owner/repo/path@ref, or empty (the baseline). */
  spec: string | undefined;
  from: PolicyFrom;
  /** Token for a central policy (contents: read on its repository). */
  token: string | undefined;
  apiUrl?: string | undefined;
  /** The runner's event payload (GITHUB_EVENT_PATH): a pull request's base commit. */
  eventPath?: string | undefined;
  /** How the user spells each option in messages: `input "policy"`, `--policy-token`. */
  names: { policy: string; token: string; from: string };
  log: (message: string) => void;
}

/** The policy in effect, or undefined when the gate reads the workspace's file (or the baseline) as always. */
export async function fetchPolicy(req: PolicyRequest): Promise<FetchedPolicy | undefined> {
  if (!req.spec) return undefined;
  const remote = parseRemotePolicySpec(req.spec);
  if (remote) {
    if (req.from === 'base') req.log(`${req.names.from} is base, but ${req.names.policy} names a central policy: its ref decides which version applies`);
    return fetchRemote(req.spec.trim(), remote, req);
  }
  return req.from === 'base' ? readAtBase(req.spec, req) : undefined;
}

async function fetchRemote(name: string, spec: RemotePolicySpec, req: PolicyRequest): Promise<FetchedPolicy> {
  const at = `${req.names.policy} "${name}"`;
  if (!req.token) throw new ConfigError(`${at}: a policy in another repository is read with a token, and ${req.names.token} is empty; pass a token with contents: read on ${spec.owner}/${spec.repo}`);
  let data: unknown;
  try {
    const octokit = await githubClient(req.token, { apiUrl: req.apiUrl });
    // Each segment encoded on its own: the path keeps its slashes, as GitHub documents the contents URL.
    const path = spec.path.split('/').map(encodeURIComponent).join('/');
    ({ data } = await octokit.request(`GET /repos/${encodeURIComponent(spec.owner)}/${encodeURIComponent(spec.repo)}/contents/${path}`, { ref: spec.ref }));
  } catch (e) {
    throw new ConfigError(`${at}: ${remoteFailure(spec, e, req.names.token)}`);
  }
  const bytes = contentBytes(data, at);
  req.log(`policy: ${spec.path} from ${spec.owner}/${spec.repo} at ${spec.ref} (${bytes.length} bytes)`);
  return { name, text: bytes.toString('utf8'), source: remoteSource(spec, bytes) };
}

/** What to fix, by what GitHub answered. */
function remoteFailure(spec: RemotePolicySpec, e: unknown, tokenName: string): string {
  const repo = `${spec.owner}/${spec.repo}`;
  if (timedOut(e)) return `GitHub gave no answer within ${GITHUB_CALL_TIMEOUT_MS / 1000} s (after retries); the gate cannot decide without its policy`;
  const status = httpStatus(e);
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (status === 404) {
    return (
      `GitHub answered 404: repository ${repo}, path ${spec.path} or ref ${spec.ref} not found, or the token in ${tokenName} lacks contents: read on ${repo} ` +
      `(the job's own GITHUB_TOKEN reads only this repository: use a GitHub App or fine-grained token with contents: read on ${repo})`
    );
  }
  if (status === 401) return `GitHub answered 401: the token in ${tokenName} is not valid (expired, revoked or mistyped): ${detail}`;
  if (status === 403) return `GitHub answered 403: the token in ${tokenName} may not read ${repo} (it needs contents: read there) or hit a rate limit: ${detail}`;
  return status ? `GitHub answered ${status}: ${detail}` : `cannot reach the GitHub API: ${detail}`;
}

/** The file's bytes from the contents API's JSON (or the raw body, should a proxy answer with it). */
function contentBytes(data: unknown, at: string): Buffer {
  if (typeof data === 'string') return capped(Buffer.from(data, 'utf8'), at);
  if (Array.isArray(data)) throw new ConfigError(`${at}: is a folder; name the policy file inside it`);
  const file = (data ?? {}) as { type?: unknown; encoding?: unknown; content?: unknown; size?: unknown };
  if (file.type !== 'file') throw new ConfigError(`${at}: is a ${String(file.type ?? 'thing other than a file')}, not a file`);
  if (typeof file.size === 'number' && file.size > MAX_POLICY_BYTES) throw new ConfigError(`${at}: the file is larger than ${MAX_POLICY_BYTES} bytes`);
  if (file.encoding !== 'base64' || typeof file.content !== 'string') throw new ConfigError(`${at}: GitHub did not return the file's content (encoding ${String(file.encoding)})`);
  return capped(Buffer.from(file.content, 'base64'), at);
}

function capped(bytes: Buffer, at: string): Buffer {
  if (bytes.length > MAX_POLICY_BYTES) throw new ConfigError(`${at}: the file is larger than ${MAX_POLICY_BYTES} bytes`);
  return bytes;
}

interface PullRequestBase {
  sha: string;
  ref?: string;
  repository?: string;
}

/** The pull request's base commit from the event payload; undefined outside a pull request. */
export function pullRequestBase(eventPath: string | undefined): PullRequestBase | undefined {
  const base = pullRequestPayload(eventPath)?.base;
  if (typeof base?.sha !== 'string' || !/^[0-9a-f]{40,64}$/i.test(base.sha)) return undefined;
  return {
    sha: base.sha,
    ...(typeof base.ref === 'string' ? { ref: base.ref } : {}),
    ...(typeof base.repo?.full_name === 'string' ? { repository: base.repo.full_name } : {}),
  };
}

/** The workspace's policy file as the pull request's base commit has it. */
async function readAtBase(spec: string, req: PolicyRequest): Promise<FetchedPolicy | undefined> {
  const base = pullRequestBase(req.eventPath);
  if (!base) {
    req.log(`${req.names.from} is base, but this run is not on a pull request: the policy is the checkout's ${spec}`);
    return undefined;
  }
  // The same jail as a policy file in the workspace: the path is then read from git, relative to the workspace.
  const path = toWorkspaceRelative(req.workspace, resolveInWorkspace(req.workspace, req.workspace, fromCommandLine(req.workspace, spec)));
  const git = gitIn(req.workspace);
  const at = `${req.names.from} base: ${req.names.policy} "${spec}" at the base commit ${base.sha.slice(0, 12)}`;
  if ((await git(['rev-parse', '--git-dir'])).code !== 0) {
    throw new ConfigError(`${at}: the workspace has no git history to read it from; check out the repository (actions/checkout) before this step`);
  }
  if ((await git(['cat-file', '-e', `${base.sha}^{commit}`])).code !== 0) {
    const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', base.sha]);
    if (fetched.code !== 0) throw new ConfigError(`${at}: the commit is not in the checkout and \`git fetch origin ${base.sha}\` failed (${lastLine(fetched.stderr)}); check out with fetch-depth: 0`);
  }
  const bytes = await blobAt(git, base.sha, path, at);
  req.log(`policy: ${path} at the pull request's base commit ${base.sha}`);
  const repository = base.repository ?? process.env.GITHUB_REPOSITORY;
  return {
    name: path,
    text: bytes.toString('utf8'),
    source: { origin: 'base-commit', ...(repository ? { repository } : {}), ...(base.ref ? { ref: base.ref } : {}), commit: base.sha, path, sha256: sha256Hex(bytes) },
  };
}

type Git = (args: string[]) => Promise<{ code: number; stdout: Buffer; stderr: string }>;

/** One file of a commit: `ls-tree` says it is a regular file and its size before a byte is read. */
async function blobAt(git: Git, sha: string, path: string, at: string): Promise<Buffer> {
  // ls-tree reads paths relative to the current folder (the workspace), as the policy option is.
  const listed = await git(['ls-tree', '-l', sha, '--', path]);
  const [meta] = listed.stdout.toString('utf8').split('\t');
  const [mode, type, object, size] = (meta ?? '').trim().split(/\s+/);
  if (listed.code !== 0 || !object) throw new ConfigError(`${at}: the file does not exist there (a policy the pull request adds applies once it is merged)`);
  if (type !== 'blob' || !/^100(644|755)$/.test(mode ?? '')) throw new ConfigError(`${at}: is not a regular file there (git mode ${mode}, ${type})`);
  if (Number(size) > MAX_POLICY_BYTES) throw new ConfigError(`${at}: the file is larger than ${MAX_POLICY_BYTES} bytes`);
  const shown = await git(['cat-file', 'blob', object]);
  if (shown.code !== 0) throw new ConfigError(`${at}: git cannot read it (${lastLine(shown.stderr)})`);
  return shown.stdout;
}

/** git in the workspace, through @actions/exec: the bytes of standard output, the text of its errors. */
function gitIn(cwd: string): Git {
  return async (args) => {
    const { exec } = await import('@actions/exec');
    const out: Buffer[] = [];
    let stderr = '';
    try {
      const code = await exec('git', args, {
        cwd,
        silent: true,
        ignoreReturnCode: true,
        listeners: { stdout: (b) => out.push(b), stderr: (b) => (stderr += b.toString('utf8')) },
      });
      return { code, stdout: Buffer.concat(out), stderr };
    } catch (e) {
      throw new ConfigError(`cannot run git to read the policy at the pull request's base commit: ${errorMessage(e)}`);
    }
  };
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() || 'no message';
}
