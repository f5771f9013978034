// OpenSSF model-signing (sigstore/model-transparency) signatures: `model.sig` is a Sigstore bundle
// whose DSSE payload is an in-toto Statement v1 with predicate type
// https://model_signing/signature/v1.0. Its predicate lists every signed file (`resources[]`: name,
// algorithm, digest) and the serialization (`method: files`, `hash_type: sha256`, `ignore_paths`);
// the statement's subject digest is the sha256 of the raw resource digests concatenated in order,
// which is our directory digest (digest.ts).
import { ConfigError } from '../../src/errors.js';
import { isObject } from '../../src/guards.js';
import type { Attestation } from '../../src/attest/verify.js';
import { directoryDigest } from '../../src/io/artifact-digest.js';

export const MODEL_SIGNING_PREDICATE = 'https://model_signing/signature/v1.0';

export interface SignedModel {
  resources: Array<{ name: string; sha256: string }>;
  ignorePaths: string[];
  subjectDigest: string;
  subjectName: string;
}


/** Reads the signed predicate; a payload that is not a model-signing v1.0 "files" signature is a ConfigError naming the file. */
export function parseModelSignature(att: Attestation, display: string): SignedModel {
  const s = att.statement;
  const fail = (why: string): never => {
    throw new ConfigError(`not an OpenSSF model-signing signature: ${why}`, { file: display });
  };
  if (!isObject(s)) return fail('the payload is not a JSON object');
  if (s.predicateType !== MODEL_SIGNING_PREDICATE) return fail(`predicateType is ${JSON.stringify(s.predicateType)}, expected "${MODEL_SIGNING_PREDICATE}"`);
  const pred = isObject(s.predicate) ? s.predicate : fail('predicate is missing');
  const ser = isObject(pred.serialization) ? pred.serialization : fail('predicate.serialization is missing');
  if (ser.method !== 'files') return fail(`serialization method ${JSON.stringify(ser.method)} is not supported (only "files")`);
  if (ser.hash_type !== 'sha256') return fail(`hash_type ${JSON.stringify(ser.hash_type)} is not supported (only "sha256")`);
  if (!Array.isArray(pred.resources)) return fail('predicate.resources must be a list');
  const resources = pred.resources.map((r, i) => {
    if (!isObject(r) || typeof r.name !== 'string' || typeof r.digest !== 'string') return fail(`resources[${i}] needs a name and a digest`);
    if (r.algorithm !== undefined && r.algorithm !== 'sha256') return fail(`resources[${i}].algorithm ${JSON.stringify(r.algorithm)} is not supported`);
    if (!/^[0-9a-fA-F]{64}$/.test(r.digest)) return fail(`resources[${i}].digest is not a sha256 digest`);
    return { name: r.name, sha256: r.digest.toLowerCase() };
  });
  const subject = Array.isArray(s.subject) && isObject(s.subject[0]) ? s.subject[0] : fail('subject is missing');
  const digest = isObject(subject.digest) && typeof subject.digest.sha256 === 'string' ? subject.digest.sha256.toLowerCase() : fail('subject[0].digest.sha256 is missing');
  const ignorePaths = Array.isArray(ser.ignore_paths) ? ser.ignore_paths.filter((p): p is string => typeof p === 'string') : [];
  return { resources, ignorePaths, subjectDigest: digest, subjectName: typeof subject.name === 'string' ? subject.name : '' };
}

/** A resource name must be a plain relative path inside the model directory. */
export function safeResourceName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return name.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

export interface SignatureComparison {
  /** Resource names whose file is missing. */
  missing: string[];
  /** Resource names whose file digest differs. */
  changed: string[];
  /** Files on disk (not ignored) the signature does not list. */
  unsigned: string[];
  /** Resource names that are not plain relative paths. */
  unsafe: string[];
  /** The subject digest recomputed from the resources equals the signed one. */
  subjectConsistent: boolean;
}

/** Compares the signed resources with the files found on disk (relative path → sha256). */
export function compareSignedFiles(signed: SignedModel, onDisk: ReadonlyMap<string, string>): SignatureComparison {
  const listed = new Set<string>();
  const out: SignatureComparison = { missing: [], changed: [], unsigned: [], unsafe: [], subjectConsistent: false };
  for (const r of signed.resources) {
    if (!safeResourceName(r.name)) {
      out.unsafe.push(r.name);
      continue;
    }
    listed.add(r.name);
    const d = onDisk.get(r.name);
    if (d === undefined) out.missing.push(r.name);
    else if (d !== r.sha256) out.changed.push(r.name);
  }
  for (const name of onDisk.keys()) if (!listed.has(name)) out.unsigned.push(name);
  out.subjectConsistent = directoryDigest(signed.resources.map((r) => r.sha256)) === signed.subjectDigest;
  return out;
}
