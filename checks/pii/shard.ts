// The pii check split across the jobs of a matrix (src/shard/). A shard reads every file but scans only
// its blocks of records: per block it keeps the scanner's counts (ScanPartial, firstHit with global
// record numbers) and the block's encoded clean and quarantine records (in part files, with their
// record and byte counts). The merge replays the blocks in file order through TableScanner.merge, the
// same code that joins the worker threads' parts, and interleaves the part files back into one output
// per file: facts, findings and output bytes come out as a single run makes them.
import { basename } from 'node:path';
import { z } from 'zod';
import type { CheckContext, CheckResult, ShardMerge, ShardOutcome, ShardRun, ShardSupport } from '../../src/check.js';
import { readSection } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { sha256File } from '../../src/io/hash.js';
import { detectFormat, openTable } from '../../src/io/tabular/index.js';
import { RecordEncoder, type WriteFormat } from '../../src/io/tabular-write/index.js';
import { toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Finding } from '../../src/report/model.js';
import { ByteTaker } from '../../src/shard/parts.js';
import { earliestError, findingSchema } from '../../src/shard/partial.js';
import { BLOCK_RECORDS, blockCount, blockOf, ownerOf, ownsBlock } from '../../src/shard/spec.js';
import { piiManifest, type PiiConfig, type ScanEntry } from './config.js';
import { PARALLEL_MIN_BYTES, type PartFile, type PartResult, type PiiWorkerPool } from './parallel.js';
import { commitOutput, csvOutOf, poolOnDemand, fileError, fileFacts, NOTHING_TO_SCAN, outputFile, piiResult, scanTargets, statInput, tableOptions, type FileFacts } from './run.js';
import { checkCounts, resolvePolicy, TableScanner, type ScanPartial } from './scan.js';

const entries = <V extends z.ZodType>(v: V) => z.array(z.tuple([z.string(), v]));
const counts = entries(z.number());
const hit = z.strictObject({ record: z.number(), start: z.number(), end: z.number(), length: z.number() });
const partialJson = z.strictObject({
  records: z.number(),
  clean: z.number(),
  quarantined: z.number(),
  masked: z.number(),
  replacementCells: z.number(),
  columns: z.array(
    z.strictObject({
      profile: z.strictObject({ nonEmpty: z.number(), numbers: z.number(), dates: z.number(), nameShaped: z.number(), typeCounts: counts, vocabCounts: counts }),
      counts,
      firstHit: entries(hit),
      protectedCount: counts,
    }),
  ),
});
/** Records and UTF-8 bytes of a block in one output. */
const written = z.tuple([z.number(), z.number()]);
const blockState = z.strictObject({ block: z.number(), partial: partialJson, clean: written, quarantine: written });
const fileState = z.union([
  z.strictObject({ entry: z.number(), path: z.string(), error: findingSchema }),
  z.strictObject({
    entry: z.number(),
    path: z.string(),
    format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']),
    gzip: z.boolean(),
    bytes: z.number(),
    /** Records of the whole file (every shard reads it all). */
    records: z.number(),
    columns: z.array(z.string()),
    /** Output format when the policy protects something in this file (part files were written). */
    output: z.enum(['csv', 'tsv', 'jsonl']).nullable(),
    blocks: z.array(blockState),
    /** k-anonymity groups over this shard's records (their order does not matter: only sizes count). */
    groups: counts.nullable(),
    groupsOverflow: z.boolean(),
  }),
]);
const stateSchema = z.strictObject({ files: z.array(fileState) });
type FileState = z.infer<typeof fileState>;
type ScannedState = Extract<FileState, { columns: string[] }>;

export const shard: ShardSupport<PiiConfig> = { run: shardRun, merge: shardMerge };

async function shardRun(ctx: CheckContext<PiiConfig>, run: ShardRun): Promise<ShardOutcome> {
  const { workspace, signal } = ctx;
  const targets = scanTargets(ctx);
  if (!targets) return { state: { files: [] }, inputs: [], errors: [] };
  const files: FileState[] = [];
  const inputs: ShardOutcome['inputs'] = [];
  const errors: Finding[] = [];
  let scanned = 0;
  // Worker threads for the blocks of large CSV/TSV files, as in a single run.
  const pool = poolOnDemand();
  try {
    for (const [k, { entry, index, abs }] of targets.files.entries()) {
      const display = toWorkspaceRelative(workspace, abs);
      try {
        const { info, gzip } = await statInput(abs, display);
        inputs.push({ path: display, sha256: (await sha256File(abs, signal)).sha256 });
        const csvLike = entry.format ?? detectFormat(basename(abs), display).format;
        const usePool = (csvLike === 'csv' || csvLike === 'tsv') && entry.csv?.header !== false && info.size >= PARALLEL_MIN_BYTES ? pool.get() : undefined;
        const share = { ctx, run, k, entry, abs, display, gzip };
        let f = usePool ? await scanShare(share, usePool) : undefined;
        if (usePool) ctx.logger.debug(f ? `pii: ${display}: this shard's blocks scanned on ${usePool.size} worker threads` : `pii: ${display}: a worker could not settle a block: scanned again on the main thread`);
        f ??= await scanShare(share, undefined);
        if (!f) throw new Error('unreachable: the main thread always scans');
        scanned += f.blocks.reduce((a, b) => a + b.partial.records, 0);
        files.push({ entry: index, path: display, gzip, bytes: info.size, ...f });
      } catch (e) {
        if (signal.aborted) throw e;
        const finding = fileError(display, e);
        errors.push(finding);
        files.push({ entry: index, path: display, error: finding });
      }
    }
  } finally {
    await pool.close();
  }
  ctx.logger.info(`pii: shard ${run.shard.index}/${run.shard.count} scanned ${scanned} record(s) of ${files.length} file(s)`);
  return { state: { files }, inputs, errors };
}

interface Share {
  ctx: CheckContext<PiiConfig>;
  run: ShardRun;
  /** The file's place in the scan list: names its part files. */
  k: number;
  entry: ScanEntry;
  abs: string;
  display: string;
  gzip: boolean;
}

let shareIds = 0;

/**
 * The shard's blocks of one file. The main thread reads the whole file; each block it owns is scanned
 * on the main thread, or, with a pool, re-encoded as CSV and scanned by a worker thread (the part
 * scanner of parallel.ts) while the main thread reads on. Undefined: a worker could not settle a
 * block; the caller scans the file again on the main thread, which reports any problem as a single
 * run does. Part files are written in block order.
 */
async function scanShare(share: Share, pool: PiiWorkerPool | undefined): Promise<Omit<ScannedState, 'entry' | 'path' | 'gzip' | 'bytes'> | undefined> {
  const { ctx, run, k, entry, abs, display, gzip } = share;
  const { config, signal } = ctx;
  const policy = resolvePolicy(config);
  const table = await openTable(abs, { display, ...(entry.format ? { format: entry.format, gzip } : {}), ...(entry.csv ? { csv: entry.csv } : {}), signal });
  const options = tableOptions(display, entry, config, policy);
  const scanner = new TableScanner(table.columns, options);
  const format: WriteFormat = table.format === 'parquet' ? 'jsonl' : table.format;
  const outCsv = csvOutOf(entry);
  const enc = scanner.protects ? new RecordEncoder(format, scanner.outColumns, outCsv) : undefined;
  const sinks = enc ? { clean: run.createPart(`${k}.clean`), quarantine: run.createPart(`${k}.quarantine`) } : undefined;
  const blocks: z.infer<typeof blockState>[] = [];
  const keep = async (block: number, p: ScanPartial, text: { clean: string; quarantine: string }, n: { clean: number; quarantine: number }): Promise<void> => {
    blocks.push({ block, partial: partialToJson(p), clean: [n.clean, Buffer.byteLength(text.clean)], quarantine: [n.quarantine, Buffer.byteLength(text.quarantine)] });
    await sinks?.clean.write(text.clean);
    await sinks?.quarantine.write(text.quarantine);
  };
  // Worker threads get the block's records as CSV text in the input's dialect, header left out.
  const dialect = { delimiter: entry.csv?.delimiter ?? (table.format === 'tsv' ? '\t' : ','), quote: entry.csv?.quote ?? '"', newline: '\n' as const };
  const input = pool ? new RecordEncoder('csv', table.columns, dialect) : undefined;
  const file: PartFile = {
    id: -++shareIds,
    display,
    columns: [...table.columns],
    config,
    include: options.include ? [...options.include] : undefined,
    exclude: options.exclude ? [...options.exclude] : undefined,
    quasiIdentifiers: options.quasiIdentifiers ? [...options.quasiIdentifiers] : undefined,
    kAnonymity: options.kAnonymity,
    output: enc ? { format, csv: outCsv } : undefined,
  };
  const inflight: Array<{ block: number; rows: number; result: Promise<PartResult> }> = [];
  let failed = false;
  const settle = async (): Promise<void> => {
    const { block, rows, result } = inflight.shift()!;
    const r = await result;
    if (failed || !r.ok || r.partial.records !== rows) {
      failed = true;
      return;
    }
    // Worker record numbers count from the block's first record.
    for (const c of r.partial.columns) for (const [t, h] of c.firstHit) c.firstHit.set(t, { ...h, record: h.record + block * BLOCK_RECORDS });
    if (r.partial.groups) scanner.merge(groupsOnly(scanner, r.partial.groups, r.partial.groupsOverflow), 0);
    await keep(block, r.partial, { clean: r.clean, quarantine: r.quarantine }, { clean: r.cleanRecords, quarantine: r.quarantineRecords });
  };
  let current = -1;
  let text = { clean: '', quarantine: '' };
  let n = { clean: 0, quarantine: 0 };
  let part = '';
  let partRows = 0;
  const close = async (): Promise<void> => {
    if (current < 0 || !ownsBlock(run.shard, current)) return;
    if (pool) {
      inflight.push({ block: current, rows: partRows, result: pool.run({ file, part: { dialect, text: part } }) });
      part = '';
      partRows = 0;
      if (inflight.length >= 2 * pool.size) await settle();
      return;
    }
    await keep(current, scanner.partial(), text, n);
    // The next block starts from zero; the k-anonymity groups run on over all the shard's records.
    const { groups, groupsOverflow } = scanner;
    scanner.reset();
    scanner.groups = groups;
    scanner.groupsOverflow = groupsOverflow;
    text = { clean: '', quarantine: '' };
    n = { clean: 0, quarantine: 0 };
  };
  let records = 0;
  try {
    for await (const batch of table.batches) {
      signal.throwIfAborted();
      if (failed) break;
      for (let r = 0; r < batch.rows.length; r++) {
        const record = batch.start + r;
        const b = blockOf(record);
        if (b !== current) {
          await close();
          current = b;
        }
        if (!ownsBlock(run.shard, b)) continue;
        const row = batch.rows[r]!;
        if (input) {
          part += input.encode(row);
          partRows++;
          continue;
        }
        scanner.scanRecord(row, record);
        if (!enc) continue;
        if (scanner.quarantine) {
          text.quarantine += enc.encode(scanner.project(row));
          n.quarantine++;
        } else {
          text.clean += enc.encode(scanner.project(scanner.out ?? row));
          n.clean++;
        }
      }
      records = batch.start + batch.rows.length;
    }
    if (!failed) await close();
    while (inflight.length > 0) await settle();
    if (failed) {
      await sinks?.clean.abort();
      await sinks?.quarantine.abort();
      return undefined;
    }
  } catch (e) {
    await sinks?.clean.abort();
    await sinks?.quarantine.abort();
    throw e;
  } finally {
    // Whatever happened, no worker result is left waiting.
    await Promise.all(inflight.map((x) => x.result));
  }
  return {
    format: table.format,
    records,
    columns: [...table.columns],
    output: enc ? format : null,
    blocks,
    groups: scanner.groups ? [...scanner.groups] : null,
    groupsOverflow: scanner.groupsOverflow,
  };
}

async function shardMerge(ctx: CheckContext<PiiConfig>, m: ShardMerge): Promise<CheckResult> {
  const { workspace, outputDir, config, manifest } = ctx;
  const entryList = readSection(manifest, 'data', piiManifest.data)?.scan ?? [];
  if (entryList.length === 0) return NOTHING_TO_SCAN;
  const states = m.states.map((s, i) => {
    const r = stateSchema.safeParse(s);
    if (!r.success) throw new ConfigError(`the pii state of shard ${i + 1}/${m.count} is malformed: ${r.error.issues[0]!.message}`);
    return r.data;
  });
  const fileCount = states[0]!.files.length;
  // The merge never masks a value (the shards did): a placeholder satisfies the hash key's presence check.
  const policy = resolvePolicy(config, { ...process.env, [config.masking.hashKeyEnv]: process.env[config.masking.hashKeyEnv] || 'merge-never-masks-values' });
  const facts: FileFacts[] = [];
  const findings: Finding[] = [];
  let failed = false;
  for (let k = 0; k < fileCount; k++) {
    const per = states.map((s, i) => {
      const f = s.files[k];
      if (!f || f.path !== states[0]!.files[k]!.path || s.files.length !== fileCount) throw new ConfigError(`shard ${i + 1}/${m.count} scanned other files than shard 1`);
      return f;
    });
    const display = per[0]!.path;
    // A file that failed in any shard fails as in a single run: the error met first in the data.
    const error = earliestError(per.flatMap((f) => ('error' in f ? [{ status: 'error' as const, findings: [f.error], facts: {}, outputs: [] }] : [])));
    if (error) {
      failed = true;
      findings.push(error.findings[0]!);
      continue;
    }
    const scannedStates = per as ScannedState[];
    const entry = entryList[scannedStates[0]!.entry];
    if (!entry) throw new ConfigError(`the shards scanned ${display} for data.scan[${scannedStates[0]!.entry}], which the manifest does not have`);
    const f = await mergeFile(scannedStates, display, m, k, { workspace, outputDir, config, policy, entry });
    facts.push(f.facts);
    findings.push(...f.findings);
  }
  return piiResult(ctx, facts, findings, failed, fileCount);
}

async function mergeFile(
  per: ScannedState[],
  display: string,
  m: ShardMerge,
  k: number,
  env: { workspace: string; outputDir: string; config: PiiConfig; policy: ReturnType<typeof resolvePolicy>; entry: Parameters<typeof tableOptions>[1] },
): Promise<{ facts: FileFacts; findings: Finding[] }> {
  const first = per[0]!;
  for (const f of per) {
    if (JSON.stringify(f.columns) !== JSON.stringify(first.columns) || f.records !== first.records || f.output !== first.output) {
      throw new ConfigError('shards read this file differently (columns, records or outputs differ)', { file: display });
    }
  }
  const scanner = new TableScanner(first.columns, tableOptions(display, env.entry, env.config, env.policy));
  // The blocks in file order, each from the shard that owns it.
  const order: Array<z.infer<typeof blockState>> = [];
  const next = per.map(() => 0);
  for (let b = 0; b < blockCount(first.records); b++) {
    const s = ownerOf(b, m.count) - 1;
    const blk = per[s]!.blocks[next[s]!++];
    if (blk?.block !== b) throw new ConfigError(`shard ${s + 1}/${m.count} has no state for block ${b} of this file`, { file: display });
    order.push(blk);
  }
  if (per.some((f, s) => f.blocks.length !== next[s])) throw new ConfigError('a shard holds blocks beyond the end of this file', { file: display });
  for (const blk of order) scanner.merge(partialFromJson(blk.partial), 0);
  for (const f of per) if (f.groups) scanner.merge(groupsOnly(scanner, f.groups, f.groupsOverflow), 0);
  const outputs: FileFacts['outputs'] = [];
  const writtenRecords = { clean: 0, quarantine: 0 };
  if (first.output) {
    const enc = new RecordEncoder(first.output, scanner.outColumns, csvOutOf(env.entry));
    for (const kind of ['clean', 'quarantine'] as const) {
      const file = outputFile(env.workspace, env.outputDir, display, kind, first.output, first.gzip);
      try {
        await file.write(enc.header());
        const takers = await Promise.all(per.map(async (_, s) => new ByteTaker(await m.openPart(s + 1, `${k}.${kind}`), `${display} (${kind} part of shard ${s + 1})`)));
        for (const [b, blk] of order.entries()) {
          const [records, bytes] = blk[kind];
          if (bytes > 0) await file.write((await takers[ownerOf(b, m.count) - 1]!.take(bytes)).toString('utf8'));
          writtenRecords[kind] += records;
        }
        for (const t of takers) await t.end();
        outputs.push(await commitOutput(env.workspace, kind, file, writtenRecords[kind]));
      } catch (e) {
        await file.abort();
        throw e;
      }
    }
  }
  checkCounts(scanner, first.output ? writtenRecords : undefined, display);
  return fileFacts(display, first.format, first.gzip, first.bytes, scanner.finish(), outputs);
}

type JsonPartial = z.infer<typeof partialJson>;

function partialToJson(p: ScanPartial): JsonPartial {
  return {
    records: p.records,
    clean: p.clean,
    quarantined: p.quarantined,
    masked: p.masked,
    replacementCells: p.replacementCells,
    columns: p.columns.map((c) => ({
      profile: { ...c.profile, typeCounts: [...c.profile.typeCounts], vocabCounts: [...c.profile.vocabCounts] },
      counts: [...c.counts],
      firstHit: [...c.firstHit],
      protectedCount: [...c.protectedCount],
    })),
  };
}

function partialFromJson(p: JsonPartial): ScanPartial {
  return {
    ...p,
    columns: p.columns.map((c) => ({
      profile: { ...c.profile, typeCounts: new Map(c.profile.typeCounts), vocabCounts: new Map(c.profile.vocabCounts) },
      counts: new Map(c.counts),
      firstHit: new Map(c.firstHit),
      protectedCount: new Map(c.protectedCount),
    })),
    groups: undefined,
    groupsOverflow: false,
  };
}

/** A partial with nothing but k-anonymity groups (a shard's, or a worker's block's). */
function groupsOnly(scanner: TableScanner, groups: Iterable<[string, number]>, overflow: boolean): ScanPartial {
  const none = () => new Map<string, number>();
  return {
    records: 0,
    clean: 0,
    quarantined: 0,
    masked: 0,
    replacementCells: 0,
    columns: scanner.cols.map(() => ({ profile: { nonEmpty: 0, numbers: 0, dates: 0, nameShaped: 0, typeCounts: none(), vocabCounts: none() }, counts: none(), firstHit: new Map(), protectedCount: none() })),
    groups: new Map(groups),
    groupsOverflow: overflow,
  };
}
