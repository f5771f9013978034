// The verdict store: a directory (searched recursively) of verdict statements written by earlier gate
// runs, each a `.json` file in one of three forms: a plain in-toto statement, a DSSE envelope, or a
// Sigstore bundle (what `attest: true` writes). Signatures are verified with src/attest/verify.ts:
// DSSE and key-signed bundles with PEM public keys, keyless bundles offline against a trusted root and
// the accepted signer identities. Every statement is indexed by the sha256 of its subjects.
//
// Fail closed: a malformed statement, a wrong predicateType, a signature that does not verify, a
// signer no identity accepts, an unsigned statement where signatures are required, or a verdict dated
// in the future is a ConfigError naming the file (and the line, for a plain JSON statement).
// A plain statement whose exact content is also signed by another file of the store (the statement and
// its bundle side by side, as the action writes them) is covered by that signature.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import {
  isBundleJson,
  isEnvelopeJson,
  loadPublicKey,
  loadTrustedRoot,
  parseEnvelope,
  readSmallFile,
  verifyBundleJson,
  verifyEnvelope,
  type Trust,
} from '../attest/verify.js';
import { ConfigError, errorMessage } from '../errors.js';
import { isObject } from '../guards.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../io/workspace.js';
import { parseJsonDocument } from '../io/json-source.js';
import { parseYaml, type SourceDoc, type YamlPath } from '../io/yaml.js';
import { fromCommandLine } from '../manifest/load.js';
import type { Location } from '../report/model.js';
import { parseJsonText, jsonSyntaxDetail } from '../io/json-syntax.js';
import { INTOTO_PAYLOAD_TYPE, STATEMENT_TYPE, VERDICT_PREDICATE_TYPE } from './statement.js';

export interface VerdictRecord {
  /** A run whose verdict was `error` is recorded as blocked: it did not pass. */
  verdict: 'passed' | 'blocked';
  release: { name: string; version: string };
  /** When the verdict was reached, ISO 8601. */
  time: string;
  /** sha256 (lowercase hex) of every subject. */
  subjects: string[];
  policyDigest: string;
  reportDigest: string;
  /** Workspace-relative path of the statement file. */
  file: string;
  /** The signature verified and its signer is trusted. */
  signed: boolean;
  /** Key file or "SAN (issuer …)" of a signed statement. */
  signer?: string;
}

export interface VerdictStore {
  /** Statement files read. */
  files: number;
  /** Verdicts whose subjects include this sha256 (hex, "sha256:" prefix accepted), newest first. */
  lookup(sha256: string): VerdictRecord[];
}

export interface VerdictStoreOptions {
  requireSigned: boolean;
  trust?: {
    /** PEM public keys, workspace-relative. */
    keys?: string[];
    /** Sigstore trusted_root.json, workspace-relative. */
    trustedRoot?: string;
    /** Accepted keyless signers: anchored regular expressions over the certificate SAN and the OIDC issuer. */
    identities?: Array<{ san: string; issuer: string }>;
  };
  /** The run's clock: trusted-root expiry, and no verdict may be dated after it (beyond a small clock skew). */
  now: Date;
}

/** Clock skew accepted between the run that wrote a verdict and the run that reads it. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Statement files read at most (a bound on a store that is not one). */
const MAX_FILES = 100_000;
const HEX64 = /^[0-9a-f]{64}$/;

type Form = 'plain' | 'dsse' | 'bundle';

interface Loaded {
  record: VerdictRecord;
  form: Form;
  /** Identity of the statement's content (its parsed JSON, serialised). */
  contentKey: string;
  /** Where "unsigned" is reported. */
  where: Location;
}

/** Loads every statement under `dir` (workspace-relative); throws ConfigError on the first bad file. */
export async function loadVerdictStore(workspace: string, dir: string, opts: VerdictStoreOptions): Promise<VerdictStore> {
  // Relative to the workspace; an absolute path is accepted when it lies inside it.
  const root = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, dir), { file: dir });
  const rootRel = toWorkspaceRelative(workspace, root);
  let st;
  try {
    st = statSync(root);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'verdict store not found' : `cannot read the verdict store: ${errorMessage(e)}`, { file: rootRel });
  }
  if (!st.isDirectory()) throw new ConfigError('the verdict store must be a directory of statements', { file: rootRel });

  const trust = loadTrust(workspace, opts);
  const loaded: Loaded[] = [];
  for (const abs of listJsonFiles(workspace, root, rootRel)) loaded.push(readStatement(workspace, abs, trust, opts));

  // A plain (or unverifiable) statement is accepted where signatures are required only when the same
  // statement is signed by another file of the store.
  const signedContent = new Set(loaded.filter((l) => l.record.signed).map((l) => l.contentKey));
  const kept: VerdictRecord[] = [];
  const seen = new Set<string>();
  for (const l of [...loaded].sort((a, b) => Number(b.record.signed) - Number(a.record.signed))) {
    if (!l.record.signed && opts.requireSigned && !signedContent.has(l.contentKey)) {
      throw new ConfigError(
        l.form === 'plain'
          ? 'unsigned verdict statement: the verdict store requires signed statements (a DSSE envelope or a Sigstore bundle, e.g. written by the action with `attest: true`)'
          : 'the verdict store requires signed statements, and this signature cannot be checked: configure the trusted keys, trusted root or signer identities it needs',
        l.where,
      );
    }
    // The same statement twice (a statement and its bundle): one record, the signed one.
    if (seen.has(l.contentKey)) continue;
    seen.add(l.contentKey);
    kept.push(deepFreeze(l.record));
  }

  const newestFirst = (a: VerdictRecord, b: VerdictRecord): number => Date.parse(b.time) - Date.parse(a.time) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const index = new Map<string, VerdictRecord[]>();
  for (const r of kept) {
    for (const s of r.subjects) {
      const list = index.get(s);
      if (list) list.push(r);
      else index.set(s, [r]);
    }
  }
  for (const list of index.values()) list.sort(newestFirst);
  return {
    files: loaded.length,
    lookup: (sha256) => [...(index.get(sha256.trim().replace(/^sha256:/i, '').toLowerCase()) ?? [])],
  };
}

/** Records are shared between lookups: nobody may change one another caller reads. */
function deepFreeze(r: VerdictRecord): VerdictRecord {
  Object.freeze(r.release);
  Object.freeze(r.subjects);
  return Object.freeze(r);
}

function loadTrust(workspace: string, opts: VerdictStoreOptions): Trust {
  const t = opts.trust ?? {};
  const keys = (t.keys ?? []).map((k) => {
    const abs = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, k), { file: k });
    return loadPublicKey(abs, toWorkspaceRelative(workspace, abs));
  });
  let root: Trust['root'];
  if (t.trustedRoot) {
    const abs = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, t.trustedRoot), { file: t.trustedRoot });
    root = loadTrustedRoot(abs, toWorkspaceRelative(workspace, abs), opts.now);
  }
  const identities = (t.identities ?? []).map((id, i) => {
    for (const [field, pattern] of [['san', id.san], ['issuer', id.issuer]] as const) {
      try {
        new RegExp(pattern, 'u');
      } catch (e) {
        throw new ConfigError(`verdict store identity ${i + 1}: ${field} is not a valid regular expression: ${errorMessage(e)}`);
      }
    }
    return { san: id.san, issuer: id.issuer };
  });
  return { keys, identities, ...(root ? { root } : {}) };
}

/** `.json` files under the store, sorted; symbolic links must stay inside the workspace, linked folders are refused. */
function listJsonFiles(workspace: string, root: string, rootRel: string): string[] {
  const out: string[] = [];
  const walk = (dirAbs: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true });
    } catch (e) {
      throw new ConfigError(`cannot read the verdict store: ${errorMessage(e)}`, { file: toWorkspaceRelative(workspace, dirAbs) });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = join(dirAbs, e.name);
      const rel = toWorkspaceRelative(workspace, abs);
      if (e.isDirectory()) {
        walk(abs);
        continue;
      }
      if (!/\.json$/i.test(e.name)) continue;
      if (e.isSymbolicLink()) {
        resolveInWorkspace(workspace, workspace, rel, { file: rel });
        let target;
        try {
          target = statSync(abs);
        } catch (err) {
          throw new ConfigError(`broken symbolic link in the verdict store: ${errorMessage(err)}`, { file: rel });
        }
        if (!target.isFile()) throw new ConfigError('symbolic link in the verdict store to something that is not a file (not followed)', { file: rel });
      } else if (!e.isFile()) {
        continue;
      }
      out.push(abs);
      if (out.length > MAX_FILES) throw new ConfigError(`the verdict store holds more than ${MAX_FILES} statement files`, { file: rootRel });
    }
  };
  walk(root);
  return out;
}

function parseJsonAt(text: string, file: string): { json: unknown; locate: (p: YamlPath) => Location } {
  // JSON without repeated keys (every statement the gate writes): positions only when an error asks.
  const fast = parseJsonDocument(text);
  if (fast) {
    let doc: SourceDoc | undefined;
    return { json: fast.data, locate: (p) => trimLocation((doc ??= parseYaml(text, file)).locate(p)) };
  }
  const json: unknown = parseJsonText(text, 'not valid JSON', file);
  // Positions for the fields: JSON is YAML. Duplicate keys (which JSON.parse silently resolves) are refused there.
  const doc = parseYaml(text, file);
  return { json, locate: (p) => trimLocation(doc.locate(p)) };
}

function trimLocation(l: Location): Location {
  return { file: l.file, ...(l.line !== undefined ? { line: l.line } : {}), ...(l.column !== undefined ? { column: l.column } : {}) };
}


function readStatement(workspace: string, abs: string, trust: Trust, opts: VerdictStoreOptions): Loaded {
  const file = toWorkspaceRelative(workspace, abs);
  const text = readSmallFile(abs, file, 'verdict statement').toString('utf8');
  const { json, locate } = parseJsonAt(text, file);
  const whole: Location = { file };
  let form: Form;
  let statement: unknown;
  let locateIn: (p: YamlPath) => Location = () => whole;
  let signed = false;
  let signer: string | undefined;

  if (isBundleJson(json)) {
    form = 'bundle';
    const r = verifyBundle(json, file, trust, opts.requireSigned);
    statement = r.statement;
    signed = r.signed;
    signer = r.signer;
  } else if (isEnvelopeJson(json)) {
    form = 'dsse';
    const env = parseEnvelope(json, file);
    if (env.payloadType !== INTOTO_PAYLOAD_TYPE) {
      throw new ConfigError(`DSSE envelope payloadType is ${JSON.stringify(env.payloadType)}; expected ${INTOTO_PAYLOAD_TYPE}`, locate(['payloadType']));
    }
    statement = payloadJson(env.payload, file);
    if (trust.keys.length > 0) {
      const by = verifyEnvelope(env, trust.keys);
      if (!by) throw new ConfigError(`signature does not verify with any trusted key (${trust.keys.map((k) => k.file).join(', ')}): the statement was altered or signed by another key`, whole);
      signed = true;
      signer = by.file;
    }
  } else if (isObject(json) && '_type' in json) {
    form = 'plain';
    statement = json;
    locateIn = locate;
  } else {
    throw new ConfigError(
      'not a verdict statement: expected an in-toto Statement (`_type`), a DSSE envelope (`payloadType`, `payload`, `signatures`) or a Sigstore bundle (`mediaType`)',
      { file, line: 1, column: 1 },
    );
  }

  const record = validateStatement(statement, file, locateIn, opts.now);
  return {
    record: { ...record, signed, ...(signer ? { signer } : {}) },
    form,
    contentKey: createHash('sha256').update(JSON.stringify(statement)).digest('hex'),
    where: form === 'plain' ? { file, line: 1, column: 1 } : whole,
  };
}

function payloadJson(payload: Buffer, file: string): unknown {
  const text = payload.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(`the signed payload is not valid JSON: ${jsonSyntaxDetail(text)}`, { file });
  }
}

/**
 * A Sigstore bundle: verified when the trust it needs is configured (a signature that does not verify,
 * or a signer outside the accepted identities, is an error); otherwise read as unsigned.
 */
function verifyBundle(json: unknown, file: string, trust: Trust, requireSigned: boolean): { statement: unknown; signed: boolean; signer?: string } {
  const material = (json as { verificationMaterial?: unknown }).verificationMaterial;
  const keyed = isObject(material) && 'publicKey' in material;
  const canVerify = keyed ? trust.keys.length > 0 : trust.root !== undefined;
  if (!canVerify) {
    const statement = bundleStatement(json, file);
    if (requireSigned) {
      throw new ConfigError(
        keyed
          ? 'Sigstore bundle signed with a key cannot be verified: the verdict store trusts no public key'
          : 'Sigstore bundle cannot be verified: the verdict store names no trusted root (Sigstore trusted_root.json)',
        { file },
      );
    }
    return { statement, signed: false };
  }
  const a = verifyBundleJson(json, file, trust);
  const payloadType = bundlePayloadType(json);
  if (payloadType !== INTOTO_PAYLOAD_TYPE) throw new ConfigError(`DSSE payloadType is ${JSON.stringify(payloadType)}; expected ${INTOTO_PAYLOAD_TYPE}`, { file });
  if (!a.verified) {
    const why = a.problems.map((p) => stripFile(p.message, file)).join('; ') || 'the signature does not verify';
    throw new ConfigError(`signature does not verify: ${why}`, { file });
  }
  if (!a.trusted) {
    // Verified against the root, but no accepted identity: an error where identities are configured
    // or signatures required; otherwise nobody said whom to trust, and the statement counts as unsigned.
    if (requireSigned || trust.identities.length > 0) {
      throw new ConfigError(
        trust.identities.length === 0
          ? `signed by ${a.signer ?? 'an unknown signer'}, and the verdict store accepts no signer identity`
          : `signed by ${a.signer ?? 'an unknown signer'}, which matches none of the accepted identities`,
        { file },
      );
    }
    return { statement: a.statement, signed: false };
  }
  return { statement: a.statement, signed: true, ...(a.signer ? { signer: a.signer } : {}) };
}

function bundleStatement(json: unknown, file: string): unknown {
  let payload: Uint8Array;
  let payloadType: string;
  try {
    const b = bundleFromJSON(json);
    if (b.content.$case !== 'dsseEnvelope') throw new ConfigError('Sigstore bundle holds a message signature, not a DSSE envelope: it signs a blob, not a statement', { file });
    payload = b.content.dsseEnvelope.payload;
    payloadType = b.content.dsseEnvelope.payloadType;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`malformed Sigstore bundle: ${errorMessage(e)}`, { file });
  }
  if (payloadType !== INTOTO_PAYLOAD_TYPE) throw new ConfigError(`DSSE payloadType is ${JSON.stringify(payloadType)}; expected ${INTOTO_PAYLOAD_TYPE}`, { file });
  return payloadJson(Buffer.from(payload), file);
}

function bundlePayloadType(json: unknown): unknown {
  return (json as { dsseEnvelope?: { payloadType?: unknown } }).dsseEnvelope?.payloadType;
}

/** verify.ts messages start with the file name; the ConfigError already carries it. */
function stripFile(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message.startsWith(`${file} `) ? message.slice(file.length + 1) : message;
}

/** Checks the statement's shape and returns its record (without the signature fields). */
function validateStatement(st: unknown, file: string, locate: (p: YamlPath) => Location, now: Date): Omit<VerdictRecord, 'signed' | 'signer'> {
  const fail = (msg: string, path: YamlPath): never => {
    throw new ConfigError(msg, locate(path));
  };
  if (!isObject(st)) return fail('the statement must be a JSON object', []);
  if (st._type !== STATEMENT_TYPE) fail(`_type is ${JSON.stringify(st._type)}; expected ${STATEMENT_TYPE}`, ['_type']);
  if (st.predicateType !== VERDICT_PREDICATE_TYPE) {
    fail(`predicateType is ${JSON.stringify(st.predicateType)}; a verdict statement has ${VERDICT_PREDICATE_TYPE}`, ['predicateType']);
  }
  if (!Array.isArray(st.subject) || st.subject.length === 0) fail('subject must be a non-empty list', ['subject']);
  const subjects: string[] = [];
  (st.subject as unknown[]).forEach((s, i) => {
    if (!isObject(s) || typeof s.name !== 'string') fail(`subject[${i}] must have a name`, ['subject', i]);
    const digest = (s as { digest?: unknown }).digest;
    const hex = isObject(digest) && typeof digest.sha256 === 'string' ? digest.sha256.toLowerCase() : undefined;
    if (!hex || !HEX64.test(hex)) fail(`subject[${i}].digest.sha256 must be 64 hexadecimal characters`, ['subject', i, 'digest', 'sha256']);
    if (!subjects.includes(hex!)) subjects.push(hex!);
  });
  const p = st.predicate;
  if (!isObject(p)) return fail('predicate must be an object', ['predicate']);
  if (p.verdict !== 'passed' && p.verdict !== 'blocked' && p.verdict !== 'error') {
    fail(`predicate.verdict is ${JSON.stringify(p.verdict)}; expected passed, blocked or error`, ['predicate', 'verdict']);
  }
  const release = p.release;
  if (!isObject(release) || typeof release.name !== 'string' || release.name === '') fail('predicate.release.name must be a non-empty string', ['predicate', 'release', 'name']);
  const rel = release as Record<string, unknown>;
  if (typeof rel.version !== 'string' || rel.version === '') fail('predicate.release.version must be a non-empty string', ['predicate', 'release', 'version']);
  const time = typeof p.time === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(p.time) ? Date.parse(p.time) : NaN;
  if (Number.isNaN(time)) fail('predicate.time must be an ISO 8601 date and time', ['predicate', 'time']);
  if (time > now.getTime() + CLOCK_SKEW_MS) fail(`predicate.time ${String(p.time)} is in the future (now ${now.toISOString()})`, ['predicate', 'time']);
  const digestAt = (key: 'policy' | 'report'): string => {
    const d = isObject(p[key]) ? (p[key] as Record<string, unknown>).digest : undefined;
    const hex = isObject(d) && typeof d.sha256 === 'string' ? d.sha256.toLowerCase() : undefined;
    if (!hex || !HEX64.test(hex)) return fail(`predicate.${key}.digest.sha256 must be 64 hexadecimal characters`, ['predicate', key, 'digest', 'sha256']);
    return hex;
  };
  const policyDigest = digestAt('policy');
  const reportDigest = digestAt('report');
  return {
    verdict: p.verdict === 'passed' ? 'passed' : 'blocked',
    release: { name: rel.name as string, version: rel.version as string },
    time: new Date(time).toISOString(),
    subjects,
    policyDigest,
    reportDigest,
    file,
  };
}

