// Signing the verdict statement in GitHub Actions with @actions/attest: Sigstore keyless signing with
// the job's OIDC token (permission id-token: write), and, with a token, storage as a repository
// attestation (permission attestations: write). The bundle is written beside the statement. Loaded
// on demand so that a run without `attest: true` never loads the signing stack.
import { ConfigError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { resolveOutputPath, shownOutputPath } from '../io/output-path.js';
import { bundlePathFor, INTOTO_PAYLOAD_TYPE, type VerdictStatement } from './statement.js';

export interface SignedVerdict {
  /** Path of the Sigstore bundle: workspace-relative inside the workspace, absolute outside. */
  bundlePath: string;
  /** Id of the stored attestation, when one was stored. */
  attestationId?: string;
  /** Its page in the repository's attestations, when one was stored. */
  attestationUrl?: string;
}

export async function attestVerdict(
  statement: VerdictStatement,
  opts: { workspace: string; statementPath: string; token?: string; log?: (msg: string) => void },
): Promise<SignedVerdict> {
  // Beside the statement, wherever the workflow put it (statementPath is as reports show it).
  const abs = resolveOutputPath(opts.workspace, bundlePathFor(opts.statementPath), 'the verdict bundle');
  const bundlePath = shownOutputPath(opts.workspace, abs);
  // Keyless signing needs the job's OIDC token; without it Sigstore's own error is obscure.
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new ConfigError('signing the verdict statement (attest: true) needs an OIDC token: the job needs `permissions: id-token: write` to sign');
  }
  let result: { bundle: unknown; attestationID?: string };
  try {
    const { attest } = await import('@actions/attest');
    result = await attest({
      subjects: statement.subject.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
      predicateType: statement.predicateType,
      predicate: statement.predicate,
      token: opts.token ?? '',
      // Without a token the statement is signed but not stored in the repository's attestations.
      skipWrite: !opts.token,
    });
  } catch (e) {
    const msg = errorMessage(e);
    const hint = /ID_TOKEN|id-token|identity token|OIDC/i.test(msg)
      ? ' (the job needs `permissions: id-token: write` to sign)'
      : /403|Resource not accessible|attestations/i.test(msg)
        ? ' (storing the attestation needs `permissions: attestations: write`)'
        : '';
    throw new ConfigError(`signing the verdict statement failed: ${msg}${hint}`);
  }
  // Fail closed: the bundle must sign exactly the statement written beside it.
  const signed = signedPayload(result.bundle);
  if (signed === undefined || JSON.stringify(signed) !== JSON.stringify(statement)) {
    throw new ConfigError('signing the verdict statement failed: the Sigstore bundle returned does not sign the statement written', { file: opts.statementPath });
  }
  try {
    writeFileAtomic(abs, `${JSON.stringify(result.bundle, null, 2)}\n`);
  } catch (e) {
    throw new ConfigError(`cannot write the verdict bundle: ${errorMessage(e)}`, { file: bundlePath });
  }
  opts.log?.(`verdict statement signed: ${bundlePath}${result.attestationID ? ` (attestation ${result.attestationID})` : ' (not stored as a repository attestation: no github-token)'}`);
  const id = result.attestationID;
  const url = id ? attestationUrl(id) : undefined;
  return { bundlePath, ...(id ? { attestationId: id } : {}), ...(url ? { attestationUrl: url } : {}) };
}

/**
 * The attestation's page. The API answers with the id only; @actions/attest stored it in the
 * repository the runner names (GITHUB_REPOSITORY), whose attestations live under
 * <server>/<owner>/<repo>/attestations/<id>, the link actions/attest-build-provenance prints too.
 */
export function attestationUrl(id: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repo = env.GITHUB_REPOSITORY;
  if (!repo || !/^[^/]+\/[^/]+$/.test(repo)) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/attestations/${encodeURIComponent(id)}`;
}

/** The in-toto statement inside a serialised Sigstore bundle's DSSE envelope, or undefined. */
function signedPayload(bundle: unknown): unknown {
  const env = (bundle as { dsseEnvelope?: { payload?: unknown; payloadType?: unknown } } | null)?.dsseEnvelope;
  if (!env || typeof env.payload !== 'string' || env.payloadType !== INTOTO_PAYLOAD_TYPE) return undefined;
  try {
    return JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}
