// The artifacts section of the lineage run: one hashing pass over every artifact and training file,
// the digests against the manifest, then the model-file scan of every artifact file.
import { join, posix } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import type { Finding } from '../../src/report/model.js';
import { digestTargets, type TargetDigest } from '../../src/io/artifact-digest.js';
import type { ArtifactFact, ModelFileFact } from './facts.js';
import type { Lineage } from './prepare.js';
import { finding } from './rules.js';
import { artifactScanFact, scanTargets, type ScanResults, type ScanTarget } from './scan.js';

/** Digest prefix shown in messages: long enough to tell digests apart, short enough to read. */
export const SHORT = 12;

export interface Hashed {
  /** One per manifest artifact. */
  artifacts: TargetDigest[];
  /** One per training dataset; undefined for a dataset named by URI only. */
  training: Array<TargetDigest | undefined>;
  ms: number;
}

/** Artifacts and training files (directories expanded), hashed in parallel. */
export async function hashAll(l: Lineage): Promise<Hashed> {
  const { signal, config } = l.ctx;
  const started = performance.now();
  const targets = [...l.paths.artifacts, ...l.paths.training.filter((p): p is string => p !== undefined)];
  const digests = await digestTargets(targets, { signal, cache: l.cache, ...(config.hashConcurrency ? { concurrency: config.hashConcurrency } : {}) });
  let k = l.artifacts.length;
  const training = l.paths.training.map((p) => (p !== undefined ? digests[k++] : undefined));
  return { artifacts: digests.slice(0, l.artifacts.length), training, ms: Math.round(performance.now() - started) };
}

/** Each artifact's fact, and the findings of a missing, changed or unsupported one. */
export function artifactFacts(l: Lineage, digests: readonly TargetDigest[]): { facts: ArtifactFact[]; findings: Finding[]; totalBytes: number } {
  const facts: ArtifactFact[] = [];
  const findings: Finding[] = [];
  let totalBytes = 0;
  l.artifacts.forEach((a, i) => {
    const d = digests[i]!;
    const name = a.name ?? posix.basename(a.path.replace(/\\/g, '/').replace(/\/+$/, ''));
    const at = l.loc(a.pathAt);
    const expected = a.sha256 ?? null;
    if (d.kind === 'missing' || d.kind === 'other' || d.sha256 === undefined) {
      facts.push({ path: a.path, name, kind: 'missing', size: null, sha256: null, expected, ok: false });
      findings.push(finding('missing', `model artifact "${a.path}" ${d.kind === 'missing' ? 'does not exist' : 'is neither a regular file nor a directory'}`, at, a.path));
      return;
    }
    totalBytes += d.size ?? 0;
    const directory = d.kind === 'directory';
    const ok = d.sha256 === a.sha256;
    facts.push({ path: a.path, name, kind: directory ? 'directory' : 'file', size: d.size ?? 0, ...(directory ? { files: d.files?.length ?? 0 } : {}), sha256: d.sha256, expected, ok });
    for (const u of d.unsupported ?? []) {
      findings.push(finding('unsupportedEntry', `model directory "${a.path}" contains "${u}", a symbolic link or special file (not followed, not in the digest)`, at, `${a.path}/${u}`));
    }
    if (a.sha256 === undefined) {
      findings.push(finding('unpinned', `model folder "${a.path}" is read but not pinned: no sha256 is recorded beside it`, at, a.path, `its directory digest now: ${d.sha256}`));
    } else if (!ok) {
      const over = directory ? ` (directory digest over ${d.files?.length ?? 0} files)` : '';
      const evidence = `expected ${a.sha256.slice(0, SHORT)}…, got ${d.sha256.slice(0, SHORT)}…`;
      findings.push(finding('mismatch', `model artifact "${a.path}" does not match the sha256 recorded in the manifest${over}`, l.loc(a.digestAt), a.path, evidence));
    }
  });
  return { facts, findings, totalBytes };
}

/**
 * Unsafe model files: every file artifact and every file inside a directory artifact, scanned
 * statically (nothing is unpickled); fills in each found artifact's `scan`. A file the scanner cannot
 * read or parse fails the check.
 */
export async function scanArtifacts(l: Lineage, digests: readonly TargetDigest[], facts: ArtifactFact[]): Promise<ScanResults> {
  const { config, signal } = l.ctx;
  const { targets, filesOf } = scanList(l, digests);
  const scan = await scanTargets(targets, { allowGlobals: config.allowGlobals, signal, concurrency: config.hashConcurrency ?? 4 });
  if (scan.errors.length) {
    const [first, ...rest] = scan.errors;
    const more = rest.length ? ` (and ${rest.length} more model file(s) that cannot be scanned: ${rest.slice(0, 5).map((e) => e.location?.file ?? '?').join(', ')}${rest.length > 5 ? ', …' : ''})` : '';
    throw new ConfigError(`${first!.detail}${more}; the gate fails closed on a model file it cannot read`, first!.location);
  }
  const byPath = new Map(scan.files.map((f) => [f.path, f]));
  facts.forEach((f, i) => {
    if (f.kind === 'missing') return;
    f.scan = artifactScanFact(filesOf[i]!.map((p) => byPath.get(p)).filter((x): x is ModelFileFact => x !== undefined), f.kind === 'directory');
  });
  l.ctx.logger.info(`scanned ${scan.files.filter((f) => f.verdict !== 'not-scanned').length} model file(s) of ${scan.files.length} in ${scan.ms} ms`);
  return scan;
}

/** The files to scan, each once, and the (displayed) files of each artifact. */
function scanList(l: Lineage, digests: readonly TargetDigest[]): { targets: ScanTarget[]; filesOf: string[][] } {
  const targets: ScanTarget[] = [];
  const scanned = new Set<string>();
  const filesOf: string[][] = l.artifacts.map(() => []);
  l.artifacts.forEach((a, i) => {
    const d = digests[i]!;
    const add = (abs: string, size: number, hint?: string): void => {
      const shown = l.display(abs);
      filesOf[i]!.push(shown);
      if (scanned.has(abs)) return;
      scanned.add(abs);
      targets.push({ artifact: a.path, abs, display: shown, size, ...(hint !== undefined ? { hint } : {}) });
    };
    if (d.kind === 'file') add(l.paths.artifacts[i]!, d.size ?? 0, a.format);
    else if (d.kind === 'directory') for (const f of d.files ?? []) add(join(l.paths.artifacts[i]!, ...f.path.split('/')), f.size);
  });
  return { targets, filesOf };
}
