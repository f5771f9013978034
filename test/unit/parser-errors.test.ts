// Every reader of untrusted files answers a damaged file in the tool's own words: fed a truncated copy
// of a valid file, random bytes and well-formed JSON of the wrong shape, each either reads it or fails
// with a ConfigError whose message is one line, names the file and is no JavaScript internal error
// (TypeError, RangeError, "Cannot read properties of undefined", ...). A stack trace or an internal
// error would mean a case nobody thought of, and a message without the file cannot be acted on.
import { deflateSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scanModelFile } from '../../checks/lineage/modelfiles/index.js';
import { ArchiveError, readArchive } from '../../checks/container-image/archive/read.js';
import { DockerfileSyntaxError, parseDockerfile } from '../../checks/container-image/dockerfile/parse.js';
import { parseLockfile, type LockfileFormat } from '../../checks/dependency/parsers/index.js';
import { ConfigError } from '../../src/errors.js';
import { loadPublicKey, loadTrustedRoot, readAttestation } from '../../src/attest/verify.js';
import { readYamlFile, readYamlStream } from '../../src/io/yaml.js';
import { parseAuditLog } from '../../src/report/audit.js';
import { readBaselineReport } from '../../src/report/baseline.js';
import { readPartial } from '../../src/shard/partial.js';
import { readScannerReport } from '../../src/scanners/index.js';
import { parseRecord } from '../../src/vuln/osv-db.js';
import { writeDockerSave } from '../helpers/image-builder.js';
import { dsse, ecKeys } from '../helpers/lineage-release.js';
import { npy, onnxModel, onnxExternalTensor, P, safetensors } from '../helpers/model-files.js';
import { rng } from '../helpers/personal-data.js';
import { tempWorkspace } from '../helpers/workspace.js';

/** Text of JavaScript's own errors (and of its JSON parser): never what a user should read. */
const INTERNAL = /TypeError|RangeError|ReferenceError|SyntaxError:|Cannot read propert|Cannot convert|is not a function|is not iterable|undefined is not|of undefined|of null|Maximum call stack|Invalid array length|JSON input|"\.* is not valid JSON|Unexpected token|in JSON at position|non-whitespace character/;
/** A token-like value written without quotes: the engine's JSON message would quote it. */
const PLANTED = ['ghp', '_', 'Zq7'.repeat(12)].join('');

/** Seeded random bytes: the same garbage on every run. */
function garbage(seed: number, n = 700): Buffer {
  const r = rng(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));
}
const half = (b: Buffer | string): Buffer => {
  const buf = Buffer.from(b);
  return buf.subarray(0, Math.floor(buf.length / 2));
};

type Outcome = { threw: unknown } | { read: true };

async function outcome(f: () => unknown): Promise<Outcome> {
  try {
    await f();
    return { read: true };
  } catch (e) {
    return { threw: e };
  }
}

/** A damaged input either reads or fails in the tool's words: one line, naming the file. */
function expectToolWords(o: Outcome, file: string, wrapped: Array<new (...a: never[]) => Error> = []): void {
  if (!('threw' in o)) return;
  const e = o.threw as Error;
  const detail = `${e?.constructor?.name}: ${e?.message}`;
  expect(e.message, detail).not.toContain(PLANTED.slice(0, 8));
  expect(e instanceof ConfigError || wrapped.some((c) => e instanceof c), detail).toBe(true);
  expect(e.message, detail).not.toMatch(/[\r\n]/);
  expect(e.message, detail).not.toMatch(INTERNAL);
  // Errors the check wraps (ArchiveError, DockerfileSyntaxError) get the file's name there.
  if (e instanceof ConfigError) expect(e.message, detail).toContain(file);
}

interface Case {
  name: string;
  file: string;
  bytes: Buffer;
  read: (abs: string, file: string) => unknown;
  wrapped?: Array<new (...a: never[]) => Error>;
}

/** Damaged variants of a valid file: truncated, random bytes, random bytes behind the valid start. */
function damaged(name: string, file: string, valid: Buffer | string, read: Case['read'], extra: Record<string, Buffer | string> = {}, wrapped?: Case['wrapped']): Case[] {
  const variants: Record<string, Buffer | string> = {
    truncated: half(valid),
    garbage: garbage(name.length),
    'valid start, garbage after': Buffer.concat([half(valid), garbage(name.length + 1)]),
    empty: '',
    'a value without quotes': `{"token": ${PLANTED}}\n`,
    ...extra,
  };
  return Object.entries(variants).map(([v, bytes]) => ({ name: `${name}: ${v}`, file, bytes: Buffer.from(bytes), read, ...(wrapped ? { wrapped } : {}) }));
}

// ------------------------------------------------------------------------------------------------
// Model files (checks/lineage/modelfiles)

const pickle = P.of().proto(2).global('collections', 'OrderedDict').emptyTuple().reduce().stop().bytes();
const model = (abs: string, file: string) => scanModelFile(abs, { display: file });
const MODEL_CASES: Case[] = [
  ...damaged('pickle', 'model/model.pkl', pickle, model),
  ...damaged('joblib (zlib)', 'model/model.joblib', deflateSync(pickle), model),
  ...damaged('gzip pickle', 'model/model.pkl.gz', gzipSync(pickle), model),
  ...damaged('torch zip', 'model/model.pt', Buffer.from(zipSync({ 'archive/data.pkl': pickle, 'archive/version': Buffer.from('3\n') })), model),
  ...damaged('npy', 'model/weights.npy', npy('<f4', [4], Buffer.alloc(16)), model, { 'header of the wrong type': npy("[('a', 5)]", [1], Buffer.alloc(4)) }),
  ...damaged('npz', 'model/weights.npz', Buffer.from(zipSync({ 'a.npy': npy('<f4', [4], Buffer.alloc(16)) })), model),
  ...damaged('keras', 'model/model.keras', Buffer.from(zipSync({ 'config.json': Buffer.from('{"class_name":"Sequential","config":{"layers":[]}}'), 'model.weights.h5': Buffer.alloc(8) })), model, {
    'config of the wrong shape': Buffer.from(zipSync({ 'config.json': Buffer.from('{"config":{"layers":[null,5,"x"]}}') })),
  }),
  ...damaged('safetensors', 'model/model.safetensors', safetensors({ w: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, Buffer.alloc(8)), model, {
    'header of the wrong shape': safetensors({ w: null, x: { dtype: 5, shape: 'a', data_offsets: [8, 0] }, __metadata__: [1] }, Buffer.alloc(8)),
    'header length beyond the file': Buffer.concat([Buffer.from([255, 255, 255, 255, 255, 255, 255, 127]), Buffer.from('{}')]),
  }),
  ...damaged('onnx', 'model/model.onnx', onnxModel([onnxExternalTensor('w', { location: 'w.bin', offset: '0', length: '8' })]), model),
];

// ------------------------------------------------------------------------------------------------
// Lockfiles and SBOMs (checks/dependency/parsers), scanner reports (src/scanners), OSV records

const lock = (format: LockfileFormat) => (abs: string, file: string) => parseLockfile(format, readFileSync(abs, 'utf8'), file, 'runtime');
const WRONG_JSON = ['null', '[]', '5', '"x"', '{"packages": 5, "default": [1], "components": {"a": 1}, "dependencies": "x"}', '{"packages": {"": null, "node_modules/x": 5}}', '{"components": [null, 5, {"name": 5, "version": {}}]}', '{"packages": [null, {"name": 1}]}'];
const wrongJson = (prefix: string) => Object.fromEntries(WRONG_JSON.map((j, i) => [`${prefix} ${i}`, j]));
const LOCK_CASES: Case[] = [
  // A requirement that cannot be parsed is quoted in its message, by design (the line is the user's own
  // text); a token in it is the concern of credential masking, so this table leaves that variant out.
  ...damaged('requirements', 'requirements.txt', 'numpy==1.26.4 \\\n    --hash=sha256:aa\nrequests[security]==2.0.0 ; python_version < "3.9"\n-r other.txt\n', lock('requirements'), {
    'a value without quotes': 'numpy==={"a": [1,\n',
  }),
  ...damaged('poetry.lock', 'poetry.lock', '[[package]]\nname = "numpy"\nversion = "1.19.0"\ngroups = ["main"]\nfiles = [{file = "n.whl", hash = "sha256:11"}]\n\n[metadata]\nlock-version = "2.1"\n', lock('poetry.lock'), {
    'keys of the wrong type': '[[package]]\nname = 5\nversion = [1]\ngroups = "main"\nfiles = 7\n[metadata]\nlock-version = 2\n',
  }),
  ...damaged('uv.lock', 'uv.lock', 'version = 1\n\n[[package]]\nname = "numpy"\nversion = "1.21.0"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "x", hash = "sha256:33" }\n', lock('uv.lock'), {
    'keys of the wrong type': 'version = "x"\npackage = 5\n',
    'package of the wrong type': '[[package]]\nname = 1\nversion = {a = 1}\nsource = "x"\ndependencies = [1, "a"]\n',
  }),
  ...damaged('Pipfile.lock', 'Pipfile.lock', JSON.stringify({ _meta: { 'pipfile-spec': 6 }, default: { django: { version: '==2.2.0', hashes: ['sha256:44'] } }, develop: {} }, null, 2), lock('Pipfile.lock'), {
    ...wrongJson('wrong JSON'),
    'entries of the wrong type': '{"_meta": {}, "default": {"a": null, "b": 5, "c": {"version": 5, "hashes": "x"}}, "develop": []}',
  }),
  ...damaged('environment.yml', 'environment.yml', 'name: serve\nchannels: [conda-forge]\ndependencies:\n  - scipy=1.5.0\n  - pip:\n    - numpy==1.0\n', lock('environment.yml'), {
    'keys of the wrong type': 'dependencies: 5\n',
    'entries of the wrong type': 'dependencies:\n  - 5\n  - null\n  - {pip: 7}\n  - [a]\n',
  }),
  ...damaged('package-lock', 'package-lock.json', JSON.stringify({ name: 'web', lockfileVersion: 3, packages: { '': { dependencies: { lodash: '^4' } }, 'node_modules/lodash': { version: '4.17.15', integrity: 'sha512-x' } } }, null, 2), lock('package-lock'), {
    ...wrongJson('wrong JSON'),
    'v1 of the wrong type': '{"lockfileVersion": 1, "dependencies": {"a": null, "b": {"version": 5, "dependencies": 7}}}',
  }),
  ...damaged('CycloneDX', 'sbom.cdx.json', JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [{ type: 'library', name: 'mlflow', version: '1.0.0', purl: 'pkg:pypi/mlflow@1.0.0' }] }, null, 2), lock('sbom'), {
    ...wrongJson('wrong JSON'),
    'components of the wrong type': '{"bomFormat": "CycloneDX", "components": [{"name": "a", "purl": 5, "licenses": "x", "components": 3}]}',
  }),
  ...damaged('SPDX', 'sbom.spdx.json', JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: [{ SPDXID: 'SPDXRef-t', name: 'torch', versionInfo: '2.3.0', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:pypi/torch@2.3.0' }] }] }, null, 2), lock('sbom'), {
    'packages of the wrong type': '{"spdxVersion": "SPDX-2.3", "packages": [null, {"name": 5, "externalRefs": 5}, {"name": "a", "externalRefs": [null, {"referenceLocator": 5}]}]}',
  }),
];

const scanner = (abs: string, file: string) => readScannerReport(abs, file);
const SCANNER_CASES: Case[] = [
  ...damaged('trivy', 'reports/trivy.json', JSON.stringify({ SchemaVersion: 2, ArtifactName: 'img', Results: [{ Target: 'x', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'a', InstalledVersion: '1', Severity: 'HIGH' }] }] }), scanner, {
    'results of the wrong type': '{"SchemaVersion": 2, "Results": [null, 5, {"Vulnerabilities": [null, {"PkgName": 5}]}]}',
    'results not a list': '{"SchemaVersion": 2, "Results": 5}',
  }),
  ...damaged('grype', 'reports/grype.json', JSON.stringify({ matches: [{ vulnerability: { id: 'CVE-1', severity: 'High' }, artifact: { name: 'a', version: '1', type: 'python' } }], source: { type: 'image' } }), scanner, {
    'matches of the wrong type': '{"matches": [null, 5, {"vulnerability": 5, "artifact": null}], "source": 5}',
  }),
  ...damaged('osv-scanner', 'reports/osv.json', JSON.stringify({ results: [{ source: { path: 'r.txt' }, packages: [{ package: { name: 'a', version: '1', ecosystem: 'PyPI' }, vulnerabilities: [{ id: 'GHSA-1' }], groups: [{ ids: ['GHSA-1'] }] }] }] }), scanner, {
    'packages of the wrong type': '{"results": [null, {"packages": [null, {"package": 5, "vulnerabilities": 5, "groups": [null]}]}]}',
  }),
  ...damaged('npm audit', 'reports/npm-audit.json', JSON.stringify({ auditReportVersion: 2, vulnerabilities: { a: { name: 'a', severity: 'high', via: [{ source: 1, name: 'a', url: 'https://github.com/advisories/GHSA-1', range: '<2' }] } }, metadata: {} }), scanner, {
    'via of the wrong type': '{"auditReportVersion": 2, "vulnerabilities": {"a": null, "b": {"via": 5}, "c": {"via": [null, 5, {"url": 5}]}}, "metadata": {}}',
  }),
  ...damaged('pip-audit', 'reports/pip-audit.json', JSON.stringify({ dependencies: [{ name: 'a', version: '1', vulns: [{ id: 'PYSEC-1', fix_versions: ['2'] }] }], fixes: [] }), scanner, {
    'vulns of the wrong type': '{"dependencies": [null, 5, {"name": 5, "vulns": [null, {"id": 5, "fix_versions": "x"}]}], "fixes": []}',
    'old shape of the wrong type': '[{"name": "a", "vulns": 5}]',
  }),
];

const osvRecord = (abs: string, file: string) => parseRecord(readFileSync(abs, 'utf8'), file);
const OSV_CASES: Case[] = [
  ...damaged('OSV JSON', 'osv/PYSEC-1.json', JSON.stringify({ id: 'PYSEC-2021-1', modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name: 'a' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }] }), osvRecord, wrongJson('wrong JSON')),
  ...damaged('OSV YAML', 'osv/PYSEC-1.yaml', 'id: PYSEC-2021-1\nmodified: "2024-01-01T00:00:00Z"\naffected:\n  - package: { ecosystem: PyPI, name: a }\n', osvRecord),
];

// ------------------------------------------------------------------------------------------------
// Attestations and trust material (src/attest), YAML (src/io/yaml.ts), Dockerfiles

const { publicPem, privateKey } = ecKeys();
const trust = { keys: [{ file: 'keys/release.pub', key: loadPublicKeyFromPem(publicPem) }], identities: [], builders: [] } as unknown as Parameters<typeof readAttestation>[2];
function loadPublicKeyFromPem(pem: string) {
  const ws = tempWorkspace({ 'k.pub': pem });
  return loadPublicKey(join(ws, 'k.pub'), 'k.pub').key;
}
const attestation = (abs: string, file: string) => readAttestation(abs, file, trust);
const ATTEST_CASES: Case[] = [
  ...damaged('DSSE envelope', 'provenance.dsse.json', dsse({ _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'x', predicate: {} }, privateKey), attestation, {
    ...wrongJson('wrong JSON'),
    'envelope of the wrong type': '{"payloadType": 5, "payload": [1], "signatures": {"a": 1}}',
    'signatures of the wrong type': '{"payloadType": "application/vnd.in-toto+json", "payload": "e30=", "signatures": [null, 5, {"sig": 5}]}',
    'payload not JSON': JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: garbage(3).toString('base64'), signatures: [{ keyid: '', sig: 'AAAA' }] }),
  }),
  ...damaged('Sigstore bundle', 'provenance.sigstore.json', JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: { certificate: { rawBytes: 'AAAA' }, tlogEntries: [] }, dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: 'e30=', signatures: [{ sig: 'AAAA' }] } }), attestation, {
    'bundle of the wrong type': '{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "verificationMaterial": 5, "dsseEnvelope": [1]}',
    'bundle without content': '{"mediaType": "application/vnd.dev.sigstore.bundle+json;version=0.2"}',
  }),
  ...damaged('trusted root', 'trusted_root.json', JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [] }), (abs, file) => loadTrustedRoot(abs, file), {
    'authorities of the wrong type': '{"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1", "tlogs": [null, 5], "certificateAuthorities": {"a": 1}}',
  }),
  ...damaged('public key', 'keys/release.pub', publicPem, (abs, file) => loadPublicKey(abs, file)),
];

const YAML_TEXT = 'a:\n  b: [1, 2]\n  c: |\n    text\nd: &x {e: 1}\nf: *x\n';
const YAML_CASES: Case[] = [
  ...damaged('YAML file', 'policy.yaml', YAML_TEXT, (abs, file) => readYamlFile(abs, file), { 'a tab and a bad alias': 'a:\n\t- *nowhere\n', 'unclosed flow': '{a: [1, 2' }),
  ...damaged('YAML stream', 'deploy/a.yaml', `${YAML_TEXT}---\n${YAML_TEXT}`, (abs, file) => readYamlStream(abs, file, 'a YAML or JSON file')),
];

// Reports the gate reads back: a shard's partial report, a baseline report, an audit log.
const REPORT_CASES: Case[] = [
  ...damaged('partial report', 'partial-1-of-2.json', JSON.stringify({ kind: 'modelgate/partial-report', schemaVersion: 1, shard: { index: 1, count: 2 } }), (abs) => readPartial(dirname(abs), abs), wrongJson('wrong JSON')),
  ...damaged('baseline report', 'baseline.json', JSON.stringify({ schemaVersion: '1', verdict: 'passed', checks: [] }), (abs, file) => readBaselineReport(abs, file), wrongJson('wrong JSON')),
  ...damaged('audit log', 'audit.jsonl', '{"schema": "modelgate.dev/audit/v1"}\n', (abs, file) => parseAuditLog(readFileSync(abs, 'utf8'), file), { ...wrongJson('wrong JSON'), 'a record of the wrong type': '{"verdict": 5, "checks": "x"}\n' }),
];

const DOCKERFILE_CASES: Case[] = damaged('Dockerfile', 'Dockerfile', 'FROM python:3.12 AS build\nRUN <<EOF\npip install x\nEOF\nUSER app\nHEALTHCHECK CMD curl -f http://localhost/\n', (abs) => parseDockerfile(readFileSync(abs, 'utf8')), { 'heredoc never closed': 'FROM x\nRUN <<EOF\necho\n' }, [DockerfileSyntaxError]);

const CASES = [...MODEL_CASES, ...LOCK_CASES, ...SCANNER_CASES, ...OSV_CASES, ...ATTEST_CASES, ...YAML_CASES, ...REPORT_CASES, ...DOCKERFILE_CASES];

describe('a damaged file is a one-line error in the tool\'s words, naming the file', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const ws = tempWorkspace({ [c.file]: c.bytes });
    expectToolWords(await outcome(() => c.read(join(ws, c.file), c.file)), c.file, c.wrapped);
  });

  it('container image archives: truncated, random bytes, a gzip of random bytes, a manifest of the wrong shape', async () => {
    const ws = tempWorkspace();
    const valid = join(ws, 'image.tar');
    await writeDockerSave(valid, { layers: [{ files: [{ path: 'app/main.py', content: 'print(1)\n' }] }] });
    const bytes = readFileSync(valid);
    const variants: Record<string, Buffer> = {
      truncated: half(bytes),
      'cut at a block boundary': bytes.subarray(0, 1024),
      garbage: garbage(11, 4096),
      'gzip of garbage': gzipSync(garbage(12, 4096)),
      'gzip cut short': half(gzipSync(bytes)),
      empty: Buffer.alloc(0),
    };
    const wrongManifests = ['null', '5', '[null]', '[{"Config": 5, "Layers": "x"}]', '[{"Config": "missing.json", "Layers": [5, null]}]', '{"manifests": 5}'];
    for (const [i, m] of wrongManifests.entries()) {
      const p = join(ws, `wrong-${i}.tar`);
      await writeDockerSave(p, { layers: [{ files: [{ path: 'a', content: 'x' }] }] }, { manifestJson: m });
      variants[`manifest ${m}`] = readFileSync(p);
    }
    for (const [name, b] of Object.entries(variants)) {
      const p = join(ws, 'damaged.tar');
      writeFileSync(p, b);
      const o = await outcome(() => readArchive(p, { isCredential: () => false, isSetuidAllowed: () => false, maxEntries: 100_000 }));
      expect('threw' in o, `${name} was read as an image`).toBe(true);
      expectToolWords(o, 'damaged.tar', [ArchiveError]);
    }
  });
});
