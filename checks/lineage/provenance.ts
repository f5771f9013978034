// SLSA Provenance v1 inside an in-toto Statement v1: what the check reads from it.
import { redactUrls } from '../../src/detect/redact-url.js';
import { fullMatch } from '../../src/attest/verify.js';
import { isObject } from '../../src/guards.js';

export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

export interface Provenance {
  subjects: Array<{ name: string; sha256: string }>;
  builderId: string;
  dependencies: Array<{ uri?: string; name?: string; digest: Record<string, string> }>;
  buildType?: string;
}


/** The provenance fields, or why the statement is not an in-toto v1 Statement with SLSA Provenance v1. */
export function parseProvenance(statement: unknown): { ok: true; value: Provenance } | { ok: false; why: string } {
  if (!isObject(statement)) return { ok: false, why: 'the statement is not a JSON object' };
  if (statement._type !== STATEMENT_V1) return { ok: false, why: `_type is ${JSON.stringify(statement._type)}, expected "${STATEMENT_V1}"` };
  if (statement.predicateType !== SLSA_PROVENANCE_V1) {
    return { ok: false, why: `predicateType is ${JSON.stringify(statement.predicateType)}, expected "${SLSA_PROVENANCE_V1}"` };
  }
  if (!Array.isArray(statement.subject) || statement.subject.length === 0) return { ok: false, why: 'subject must be a non-empty list' };
  const subjects: Provenance['subjects'] = [];
  for (const [i, s] of statement.subject.entries()) {
    if (!isObject(s) || !isObject(s.digest)) return { ok: false, why: `subject[${i}] has no digest` };
    const d = s.digest.sha256;
    if (typeof d === 'string' && /^[0-9a-fA-F]{64}$/.test(d)) subjects.push({ name: typeof s.name === 'string' ? s.name : '', sha256: d.toLowerCase() });
  }
  const pred = statement.predicate;
  if (!isObject(pred)) return { ok: false, why: 'predicate is missing' };
  const run = isObject(pred.runDetails) ? pred.runDetails : undefined;
  const builder = run && isObject(run.builder) ? run.builder : undefined;
  if (!builder || typeof builder.id !== 'string' || builder.id === '') return { ok: false, why: 'predicate.runDetails.builder.id is missing' };
  const def = isObject(pred.buildDefinition) ? pred.buildDefinition : undefined;
  if (!def) return { ok: false, why: 'predicate.buildDefinition is missing' };
  const deps: Provenance['dependencies'] = [];
  if (def.resolvedDependencies !== undefined && !Array.isArray(def.resolvedDependencies)) return { ok: false, why: 'buildDefinition.resolvedDependencies must be a list' };
  for (const d of (def.resolvedDependencies as unknown[] | undefined) ?? []) {
    if (!isObject(d)) continue;
    const digest: Record<string, string> = {};
    if (isObject(d.digest)) for (const [k, v] of Object.entries(d.digest)) if (typeof v === 'string') digest[k] = v.toLowerCase();
    deps.push({ ...(typeof d.uri === 'string' ? { uri: redactUrls(d.uri) } : {}), ...(typeof d.name === 'string' ? { name: d.name } : {}), digest });
  }
  return {
    ok: true,
    value: { subjects, builderId: builder.id, dependencies: deps, ...(typeof def.buildType === 'string' ? { buildType: def.buildType } : {}) },
  };
}

/** A builder id is trusted when a policy entry equals it, or is an anchored pattern (^…$) matching it. */
export function builderTrusted(id: string, trusted: readonly string[]): boolean {
  return trusted.some((t) => (t.startsWith('^') && t.endsWith('$') ? safeMatch(t, id) : t === id));
}

function safeMatch(pattern: string, value: string): boolean {
  try {
    return fullMatch(pattern, value);
  } catch {
    return false;
  }
}

/** The commit a dependency pins, if any (`gitCommit`, or `sha1` on a git URI). */
export function commitOf(dep: Provenance['dependencies'][number]): string | undefined {
  return dep.digest.gitCommit ?? (dep.uri?.startsWith('git+') ? (dep.digest.sha1 ?? dep.digest.sha256) : undefined);
}
