// Unsafe model files: which files of the artifacts the model-file scanner reads, and how its results
// become lineage findings and facts. The scanner itself (never unpickling anything) is ./modelfiles.
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import { ConfigError, errorMessage } from '../../src/errors.js';
import { mapLimit } from '../../src/io/hash.js';
import type { Finding, Location, Severity } from '../../src/report/model.js';
import type { ArtifactScanFact, ModelFileFact, ScanVerdict } from './facts.js';
import { MODEL_FILE_RULES, rateGlobal, scanModelFile, type ModelFileFinding, type ModelFileScan } from './modelfiles/index.js';
import { checkBudget } from '../../src/io/budget.js';

export type { ArtifactScanFact, ModelFileFact, ScanVerdict } from './facts.js';

/** Extensions that name a model format: always scanned, and a file that is not what it says is an error. */
const MODEL_EXTS = new Set(['.pkl', '.pickle', '.joblib', '.dill', '.pt', '.pth', '.ckpt', '.npy', '.npz', '.keras', '.safetensors', '.onnx', '.h5', '.hdf5']);
/** Extensions shared by model files and plain data (`.bin` is PyTorch weights or ONNX external data): scanned leniently unless the magic bytes decide. */
const AMBIGUOUS_EXTS = new Set(['.bin', '.dat', '.data']);
/** Text and configuration next to a model (no loader unpickles them): not scanned unless their first bytes are a binary model format. */
const TEXT_EXTS = new Set([
  '.json', '.jsonl', '.txt', '.md', '.markdown', '.rst', '.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf', '.csv', '.tsv',
  '.py', '.jinja', '.j2', '.html', '.xml', '.sh', '.gitkeep', '.license',
]);
const TEXT_NAMES = new Set(['license', 'licence', 'notice', 'readme', 'copying', 'authors', 'changelog', 'version']);
/** Manifest `format` values that name something the scanner reads: the file is scanned strictly. */
const SCANNED_HINTS = new Set(['pickle', 'pkl', 'joblib', 'dill', 'pytorch', 'torch', 'numpy', 'npy', 'npz', 'keras', 'safetensors', 'onnx']);

export type ScanMode = 'strict' | 'lenient' | 'skip';

/** Magic bytes of formats the scanner recognises (pickle protocol 2+, zip, .npy, gzip, 7z, bzip2, xz, zstd, lz4, rar, HDF5). */
export function recognisedMagic(h: Uint8Array): boolean {
  const at = (bytes: number[]): boolean => bytes.every((b, i) => h[i] === b);
  return (
    (h.length >= 2 && h[0] === 0x80 && h[1]! >= 2 && h[1]! <= 5) ||
    at([0x50, 0x4b, 0x03, 0x04]) ||
    at([0x50, 0x4b, 0x05, 0x06]) ||
    at([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]) ||
    at([0x1f, 0x8b]) ||
    at([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) ||
    at([0x42, 0x5a, 0x68]) ||
    at([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) ||
    at([0x28, 0xb5, 0x2f, 0xfd]) ||
    at([0x04, 0x22, 0x4d, 0x18]) ||
    at([0x52, 0x61, 0x72, 0x21]) ||
    at([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
  );
}

/**
 * How a file is scanned (README "Unsafe model files"): a model extension, a scanned `format` hint or
 * recognised magic bytes → strict (a file that is not what it claims is an error); text and
 * configuration files → skipped; anything else (no extension, `.bin`, unknown extensions) → lenient
 * (reported when it is a pickle, "unrecognised" when no unpickler could read it).
 */
export function scanMode(name: string, head: Uint8Array, hint?: string): ScanMode {
  const base = posix.basename(name).toLowerCase();
  const ext = posix.extname(base);
  if (hint !== undefined && SCANNED_HINTS.has(hint.toLowerCase())) return 'strict';
  if (recognisedMagic(head) || MODEL_EXTS.has(ext)) return 'strict';
  if (AMBIGUOUS_EXTS.has(ext)) return 'lenient';
  if (TEXT_EXTS.has(ext) || TEXT_NAMES.has(ext ? base.slice(0, -ext.length) : base)) return 'skip';
  return 'lenient';
}

async function head(abs: string): Promise<Buffer> {
  const fh = await open(abs, 'r');
  try {
    const b = Buffer.alloc(8);
    const { bytesRead } = await fh.read(b, 0, 8, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export interface ScanTarget {
  /** Manifest path of the artifact. */
  artifact: string;
  /** Absolute path of the file. */
  abs: string;
  /** Workspace-relative path (messages, locations, targets). */
  display: string;
  /** File size (from the digest pass). */
  size: number;
  /** Manifest `format` (file artifacts only). */
  hint?: string;
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

function verdictOf(scan: ModelFileScan): ScanVerdict {
  const worst = Math.max(-1, ...scan.findings.map((f) => RANK[f.severity]));
  return worst >= RANK.critical ? 'dangerous' : worst >= RANK.high ? 'suspicious' : worst >= 0 ? 'unknown' : 'clean';
}

const VERDICT_ORDER: ScanVerdict[] = ['dangerous', 'suspicious', 'unknown', 'clean', 'not-scanned'];
/** The worse of verdicts; `not-scanned` only when nothing was scanned. */
export function worstVerdict(vs: readonly ScanVerdict[]): ScanVerdict {
  const scanned = vs.filter((v) => v !== 'not-scanned');
  if (scanned.length === 0) return 'not-scanned';
  return scanned.reduce((a, b) => (VERDICT_ORDER.indexOf(a) <= VERDICT_ORDER.indexOf(b) ? a : b));
}

/** The stable identity of a finding: file, `!member`, then `#module.name` for a global or `@offset`. */
export function findingTarget(display: string, f: ModelFileFinding): string {
  const member = f.member !== undefined ? `!${f.member}` : '';
  if (f.global !== undefined && f.global !== '?') return `${display}${member}#${f.global}`;
  return `${display}${member}${f.offset !== undefined ? `@${f.offset}` : ''}`;
}

export function toFinding(t: ScanTarget, f: ModelFileFinding): Finding {
  const where = [f.member !== undefined ? `member "${f.member}"` : undefined, f.offset !== undefined ? `offset ${f.offset}` : undefined].filter(Boolean).join(', ');
  const location: Location = { file: t.display, ...(f.member !== undefined ? { field: f.member } : {}) };
  return {
    ruleId: `lineage/${f.rule}`,
    severity: f.severity,
    message: `model file ${t.display}: ${f.message}`,
    location,
    target: findingTarget(t.display, f),
    ...(where ? { evidence: where } : {}),
    remediation: MODEL_FILE_RULES[f.rule].remediation,
  };
}

export interface ScanResults {
  files: ModelFileFact[];
  findings: Finding[];
  errors: ConfigError[];
  ms: number;
}

/**
 * Scans every target (a few at a time). Findings carry the file, the member and the offset; files the
 * scanner cannot read or parse are collected as errors (the caller fails closed with them).
 */
export async function scanTargets(targets: readonly ScanTarget[], opts: { allowGlobals: string[]; signal: AbortSignal; concurrency: number }): Promise<ScanResults> {
  const t0 = performance.now();
  // Errors by target index, so the first one named is the first file listed (not the first to finish).
  const failed = new Map<number, ConfigError>();
  const results = await mapLimit([...targets], Math.max(1, Math.min(opts.concurrency, 4)), async (t, i) => {
    checkBudget(opts.signal);
    let mode: ScanMode;
    try {
      mode = scanMode(t.display, await head(t.abs), t.hint);
    } catch (e) {
      failed.set(i, new ConfigError(`model file ${t.display} cannot be read: ${errorMessage(e)}`, { file: t.display }));
      return undefined;
    }
    const empty = { pickles: 0, members: 0, dangerous: [], suspicious: [], unknown: [], findings: 0, verdict: 'not-scanned' as const };
    if (mode === 'skip') return { fact: { path: t.display, artifact: t.artifact, format: 'text', bytes: t.size, ...empty }, findings: [] };
    let scan: ModelFileScan;
    try {
      scan = await scanModelFile(t.abs, { display: t.display, allowGlobals: opts.allowGlobals, signal: opts.signal, lenient: mode === 'lenient', ...(t.hint ? { formatHint: t.hint } : {}) });
    } catch (e) {
      if (opts.signal.aborted) throw e;
      failed.set(i, e instanceof ConfigError ? new ConfigError(`model file ${t.display}: ${e.detail}`, e.location ?? { file: t.display }) : new ConfigError(`model file ${t.display} cannot be scanned: ${errorMessage(e)}`, { file: t.display }));
      return undefined;
    }
    if (scan.format === 'unrecognised') return { fact: { path: t.display, artifact: t.artifact, format: 'unrecognised', bytes: scan.bytes, ...empty }, findings: [] };
    const pick = (r: string): Array<{ global: string; count: number }> => scan.globals.filter((g) => g.rating === r).map((g) => ({ global: g.global, count: g.count }));
    const fact: ModelFileFact = {
      path: t.display,
      artifact: t.artifact,
      format: scan.format,
      bytes: scan.bytes,
      pickles: scan.pickles,
      members: scan.members,
      dangerous: pick('dangerous'),
      suspicious: pick('suspicious'),
      unknown: pick('unknown'),
      findings: scan.findings.length,
      verdict: verdictOf(scan),
    };
    return { fact, findings: scan.findings.map((f) => toFinding(t, f)) };
  });
  const ok = results.filter((r): r is NonNullable<typeof r> => r !== undefined);
  const errors = [...failed].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
  return { files: ok.map((r) => r.fact), findings: ok.flatMap((r) => r.findings), errors, ms: Math.round(performance.now() - t0) };
}

/** What `facts.lineage.artifacts[i].scan` says about one artifact's files. */
export function artifactScanFact(files: readonly ModelFileFact[], directory: boolean): ArtifactScanFact {
  const sum = (key: 'dangerous' | 'suspicious'): Array<{ global: string; count: number }> => {
    const m = new Map<string, number>();
    for (const f of files) for (const g of f[key]) m.set(g.global, (m.get(g.global) ?? 0) + g.count);
    return [...m].map(([global, count]) => ({ global, count })).sort((a, b) => b.count - a.count || a.global.localeCompare(b.global));
  };
  const scanned = files.filter((f) => f.verdict !== 'not-scanned');
  const formats: Record<string, number> = {};
  for (const f of files) formats[f.format] = (formats[f.format] ?? 0) + 1;
  return {
    verdict: worstVerdict(files.map((f) => f.verdict)),
    ...(directory ? { formats } : files[0] ? { format: files[0].format } : {}),
    files: files.length,
    scanned: scanned.length,
    pickles: files.reduce((a, f) => a + f.pickles, 0),
    dangerous: sum('dangerous'),
    suspicious: sum('suspicious'),
    findings: files.reduce((a, f) => a + f.findings, 0),
  };
}

/**
 * Policy `allowGlobals` entries: `module.name` or `module.*`. An exact entry naming a dangerous global
 * is refused (allowGlobals never lifts one: that is a waiver, with an owner and an expiry).
 */
export function checkAllowGlobals(entries: readonly string[], locate: (i: number) => Location): void {
  entries.forEach((g, i) => {
    if (g.endsWith('.*')) return;
    const parts = g.split('.');
    for (let k = 1; k < parts.length; k++) {
      if (rateGlobal(parts.slice(0, k).join('.'), parts.slice(k).join('.')) === 'dangerous') {
        throw new ConfigError(
          `policy lineage.allowGlobals[${i}]: "${g}" is rated dangerous and allowGlobals never lifts a dangerous global; if a reviewed exception is unavoidable, waive the finding (rule lineage/unsafe-global, target "<file>#${g}") with an owner and an expiry date`,
          locate(i),
        );
      }
    }
  });
}
