// Signed statements: plain in-toto JSON, DSSE envelopes (verified with the policy's PEM keys) and
// Sigstore bundles (verified offline against the policy's trusted root with @sigstore/verify, then
// the certificate identity against the policy's anchored SAN/issuer patterns). Malformed input is a
// ConfigError naming the file (the gate fails closed); a signature that does not verify is a finding.
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ConfigError, errorMessage } from '../errors.js';
import { isObject } from '../guards.js';
import { jsonFileProblem } from '../io/json-syntax.js';

/** Largest attestation, trusted root or key file read (they are small JSON documents). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface Identity {
  san: string;
  issuer: string;
}

export interface Trust {
  root?: { file: string; material: TrustMaterial };
  identities: Identity[];
  keys: Array<{ file: string; key: KeyObject }>;
}

export interface Problem {
  rule: 'signatureInvalid' | 'signerUntrusted';
  message: string;
}

export interface Attestation {
  form: 'plain' | 'dsse' | 'bundle';
  /** The signed (or plain) payload, parsed as JSON. */
  statement: unknown;
  /** The signature verified cryptographically (and, for bundles, against the trusted root). */
  verified: boolean;
  /** The signer is one the policy trusts (identity pattern or key). */
  trusted: boolean;
  /** Who signed: "SAN (issuer)" or the trusted key file. */
  signer?: string;
  problems: Problem[];
}

export function readSmallFile(abs: string, display: string, what: string): Buffer {
  let buf: Buffer;
  try {
    buf = readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `${what} not found` : code === 'EISDIR' ? `${what} is a directory` : `cannot read ${what}: ${errorMessage(e)}`, { file: display });
  }
  if (buf.length > MAX_FILE_BYTES) throw new ConfigError(`${what} is larger than ${MAX_FILE_BYTES} bytes`, { file: display });
  return buf;
}

/** `whole`: the text is the file's (its line and column are the file's); a signed payload's are not. */
function parseJson(buf: Buffer | string, display: string, what: string, whole = true): unknown {
  const text = typeof buf === 'string' ? buf : buf.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    const { detail, ...at } = jsonFileProblem(text);
    throw new ConfigError(`${what} is not valid JSON: ${detail}`, { file: display, ...(whole ? at : {}) });
  }
}


// ------------------------------------------------------------------------------------------------
// Trust material from the policy

const TRUSTED_ROOT_MEDIA = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v[0-9.]+)?\+json(;version=[0-9.]+)?$/;

/** Loads a Sigstore trusted_root.json. Unknown formats and roots whose every authority has expired are errors. */
export function loadTrustedRoot(abs: string, display: string, now = new Date()): { file: string; material: TrustMaterial } {
  const json = parseJson(readSmallFile(abs, display, 'trusted root'), display, 'trusted root');
  if (!isObject(json) || typeof json.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA.test(json.mediaType)) {
    throw new ConfigError(
      `unknown trusted root: expected a Sigstore trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json), got ${isObject(json) && typeof json.mediaType === 'string' ? JSON.stringify(json.mediaType) : 'no mediaType'}`,
      { file: display },
    );
  }
  let root: TrustedRoot;
  let material: TrustMaterial;
  try {
    root = TrustedRoot.fromJSON(json);
    material = toTrustMaterial(root);
  } catch (e) {
    // The library's TypeErrors ("Cannot read properties of null") say nothing a user can act on.
    const why = e instanceof TypeError || e instanceof RangeError ? 'an entry is missing or has the wrong type' : errorMessage(e).split('\n')[0];
    throw new ConfigError(`trusted root cannot be read: ${why}`, { file: display });
  }
  if (material.certificateAuthorities.length === 0 && material.tlogs.length === 0) {
    throw new ConfigError('trusted root lists no certificate authority and no transparency log', { file: display });
  }
  const ends = [...material.certificateAuthorities, ...material.tlogs].map((a) => a.validFor.end.getTime());
  const latest = Math.max(...ends);
  if (latest < now.getTime()) {
    throw new ConfigError(`trusted root has expired: every authority in it stopped being valid by ${new Date(latest).toISOString().slice(0, 10)}; fetch a current trusted_root.json`, {
      file: display,
    });
  }
  return { file: display, material };
}

/** Loads a PEM public key. */
export function loadPublicKey(abs: string, display: string): { file: string; key: KeyObject } {
  const pem = readSmallFile(abs, display, 'public key').toString('utf8');
  try {
    return { file: display, key: createPublicKey(pem) };
  } catch (e) {
    throw new ConfigError(`not a PEM public key: ${errorMessage(e)}`, { file: display });
  }
}

// ------------------------------------------------------------------------------------------------
// DSSE

export interface Envelope {
  payloadType: string;
  payload: Buffer;
  signatures: Array<{ keyid: string; sig: Buffer }>;
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function b64(v: unknown, display: string, field: string): Buffer {
  if (typeof v !== 'string' || !BASE64.test(v)) throw new ConfigError(`malformed DSSE envelope: ${field} must be a base64 string`, { file: display });
  return Buffer.from(v, v.includes('-') || v.includes('_') ? 'base64url' : 'base64');
}

export function parseEnvelope(json: unknown, display: string): Envelope {
  if (!isObject(json)) throw new ConfigError('malformed DSSE envelope: expected a JSON object', { file: display });
  if (typeof json.payloadType !== 'string' || json.payloadType === '') throw new ConfigError('malformed DSSE envelope: payloadType is missing', { file: display });
  const payload = b64(json.payload, display, 'payload');
  if (!Array.isArray(json.signatures) || json.signatures.length === 0) throw new ConfigError('malformed DSSE envelope: signatures must be a non-empty list', { file: display });
  const signatures = json.signatures.map((s, i) => {
    if (!isObject(s)) throw new ConfigError(`malformed DSSE envelope: signatures[${i}] must be an object`, { file: display });
    return { keyid: typeof s.keyid === 'string' ? s.keyid : '', sig: b64(s.sig, display, `signatures[${i}].sig`) };
  });
  return { payloadType: json.payloadType, payload, signatures };
}

/** DSSE pre-authentication encoding: "DSSEv1 <len(type)> <type> <len(body)> <body>". */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

/** Hash the key's algorithm signs with: ECDSA by curve (P-384 → SHA-384, as model-signing does), RSA SHA-256, Ed25519 none. */
function hashFor(key: KeyObject): string | null {
  const t = key.asymmetricKeyType;
  if (t === 'ed25519' || t === 'ed448') return null;
  if (t === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'secp384r1') return 'sha384';
    if (curve === 'secp521r1') return 'sha512';
  }
  return 'sha256';
}

/** How each key verifies, worked out once: every read of a KeyObject's type or details asks the native side (a store verifies a thousand statements with one key). */
const plans = new WeakMap<KeyObject, { alg: string | null; pss: boolean }>();

function planOf(key: KeyObject): { alg: string | null; pss: boolean } {
  let plan = plans.get(key);
  if (!plan) plans.set(key, (plan = { alg: hashFor(key), pss: key.asymmetricKeyType === 'rsa-pss' }));
  return plan;
}

function verifyWithKey(key: KeyObject, data: Buffer, sig: Buffer): boolean {
  try {
    const { alg, pss } = planOf(key);
    if (pss) return cryptoVerify(alg, data, { key, padding: 6 /* RSA_PKCS1_PSS_PADDING */ }, sig);
    return cryptoVerify(alg, data, key, sig);
  } catch {
    return false;
  }
}

/** The trusted key that verifies one of the envelope's signatures, if any. */
export function verifyEnvelope(env: Envelope, keys: Trust['keys']): { file: string } | undefined {
  const data = pae(env.payloadType, env.payload);
  for (const s of env.signatures) for (const k of keys) if (verifyWithKey(k.key, data, s.sig)) return { file: k.file };
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// Reading one attestation file

export function isBundleJson(json: unknown): boolean {
  return isObject(json) && typeof json.mediaType === 'string' && json.mediaType.startsWith('application/vnd.dev.sigstore.bundle');
}

export function isEnvelopeJson(json: unknown): boolean {
  return isObject(json) && 'payloadType' in json && 'payload' in json;
}

function payloadJson(payload: Buffer, display: string): unknown {
  return parseJson(payload, display, 'the signed payload', false);
}

/** Reads an attestation file in any of the three forms and verifies what is signed. */
export function readAttestation(abs: string, display: string, trust: Trust): Attestation {
  const json = parseJson(readSmallFile(abs, display, 'attestation'), display, 'attestation');
  if (isBundleJson(json)) return verifyBundleJson(json, display, trust);
  if (isEnvelopeJson(json)) {
    const env = parseEnvelope(json, display);
    const statement = payloadJson(env.payload, display);
    if (trust.keys.length === 0) {
      return {
        form: 'dsse',
        statement,
        verified: false,
        trusted: false,
        problems: [{ rule: 'signerUntrusted', message: `DSSE envelope ${display} cannot be verified: the policy trusts no public key (lineage.trustedKeys)` }],
      };
    }
    const by = verifyEnvelope(env, trust.keys);
    return by
      ? { form: 'dsse', statement, verified: true, trusted: true, signer: by.file, problems: [] }
      : {
          form: 'dsse',
          statement,
          verified: false,
          trusted: false,
          problems: [{ rule: 'signatureInvalid', message: `DSSE envelope ${display}: no signature verifies with any trusted key (${trust.keys.map((k) => k.file).join(', ')})` }],
        };
  }
  if (isObject(json) && typeof json._type === 'string') return { form: 'plain', statement: json, verified: false, trusted: false, problems: [] };
  throw new ConfigError('not an attestation: expected an in-toto Statement (`_type`), a DSSE envelope (`payloadType`, `payload`, `signatures`) or a Sigstore bundle (`mediaType`)', {
    file: display,
  });
}

/** Verifies a Sigstore bundle (JSON already parsed) and returns its DSSE statement. */
export function verifyBundleJson(json: unknown, display: string, trust: Trust): Attestation {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (e) {
    throw new ConfigError(`malformed Sigstore bundle: ${errorMessage(e)}`, { file: display });
  }
  const content = bundle.content;
  if (content.$case !== 'dsseEnvelope') {
    throw new ConfigError('Sigstore bundle holds a message signature, not a DSSE envelope: it signs a blob, not an attestation', { file: display });
  }
  const env = content.dsseEnvelope;
  const payload = Buffer.from(env.payload);
  const statement = payloadJson(payload, display);
  const key = bundle.verificationMaterial.content;

  if (key.$case === 'publicKey') {
    // Key-signed bundle (e.g. model-signing with a private key): the policy's PEM keys decide.
    const envelope: Envelope = { payloadType: env.payloadType, payload, signatures: env.signatures.map((s) => ({ keyid: s.keyid, sig: Buffer.from(s.sig) })) };
    if (trust.keys.length === 0) {
      return {
        form: 'bundle',
        statement,
        verified: false,
        trusted: false,
        problems: [{ rule: 'signerUntrusted', message: `${display} is signed with a key (hint ${key.publicKey.hint || 'none'}) and the policy trusts no public key (lineage.trustedKeys)` }],
      };
    }
    const by = verifyEnvelope(envelope, trust.keys);
    return by
      ? { form: 'bundle', statement, verified: true, trusted: true, signer: by.file, problems: [] }
      : {
          form: 'bundle',
          statement,
          verified: false,
          trusted: false,
          problems: [{ rule: 'signatureInvalid', message: `${display}: the signature verifies with no trusted key (${trust.keys.map((k) => k.file).join(', ')})` }],
        };
  }

  if (!trust.root) {
    throw new ConfigError('Sigstore bundle cannot be verified: the policy names no trusted root (lineage.sigstore.trustedRoot)', { file: display });
  }
  let identity: { subjectAlternativeName?: string; extensions?: { issuer?: string } } | undefined;
  try {
    const signer = new Verifier(trust.root.material).verify(toSignedEntity(bundle));
    identity = signer.identity;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      form: 'bundle',
      statement,
      verified: false,
      trusted: false,
      problems: [{ rule: 'signatureInvalid', message: `${display} does not verify against the trusted root ${trust.root.file}: ${code ? `${code}: ` : ''}${errorMessage(e)}` }],
    };
  }
  const san = identity?.subjectAlternativeName ?? '';
  const issuer = identity?.extensions?.issuer ?? '';
  const signer = `${san || '(no SAN)'} (issuer ${issuer || 'unknown'})`;
  const trusted = trust.identities.some((id) => fullMatch(id.san, san) && fullMatch(id.issuer, issuer));
  return {
    form: 'bundle',
    statement,
    verified: true,
    trusted,
    signer,
    problems: trusted
      ? []
      : [
          {
            rule: 'signerUntrusted',
            message:
              trust.identities.length === 0
                ? `${display} is signed by ${signer}, and the policy accepts no signer identity (lineage.sigstore.identities)`
                : `${display} is signed by ${signer}, which matches none of the policy's identities`,
          },
        ],
  };
}

/** An anchored policy pattern matches the whole value (wrapped again so that `^a|b$` cannot match a substring). */
export function fullMatch(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`, 'u').test(value);
}
