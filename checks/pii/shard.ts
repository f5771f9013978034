// The pii check split across the jobs of a matrix (src/shard/). A file is cut into units, each owned by
// one shard: a CSV/TSV file with a header into parts of PART_BYTES bytes at record boundaries
// (the parts of the worker-thread scan: a shard only finds the boundaries of the parts of others and
// scans its own, raw bytes straight to the part scanner), any other file into blocks of BLOCK_RECORDS
// records (every shard reads every record). Per owned unit a shard keeps the scanner's counts
// (ScanPartial, record numbers counted from the unit's first record) and the unit's encoded clean and
// quarantine records (in part files, with their record and byte counts). The merge replays the units
// in file order through TableScanner.merge, as the worker threads' parts are joined, and concatenates
// the part files back into one output per file: facts, findings and bytes come out as one run makes them.
import { basename } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { z } from 'zod';
import type { CheckContext, CheckResult, PartSink, ShardMerge, ShardOutcome, ShardRun, ShardSupport } from '../../src/check.js';
import { readSection } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { sha256File } from '../../src/io/hash.js';
import { detectFormat, openTable } from '../../src/io/tabular/index.js';
import { RecordEncoder, type WriteFormat } from '../../src/io/tabular-write/index.js';
import { toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Finding } from '../../src/report/model.js';
import { ByteTaker } from '../../src/shard/parts.js';
import { earliestError, findingSchema } from '../../src/shard/partial.js';
import { BLOCK_RECORDS, blockCount, blockOf, ownerOf, ownsBlock, PART_BYTES, type ShardSpec } from '../../src/shard/spec.js';
import { piiManifest, type PiiConfig, type ScanEntry } from './config.js';
import { PARALLEL_MIN_BYTES, scanCsvParts, type PartResult, type PartScanner } from './parallel.js';
import { commitOutput, csvOutOf, poolOnDemand, fileError, fileFacts, NOTHING_TO_SCAN, outputFile, piiResult, scanTargets, statInput, tableOptions, type FileFacts } from './run.js';
import type { PiiFacts } from './facts.js';
import { checkCounts, resolvePolicy, TableScanner, type EncodedRecords, type ScanPartial } from './scan.js';
import { servePiiWorker } from './worker.js';
import { cuesAhead, type ValueCues } from './value-cues.js';
import { checkBudget, withinBudget } from '../../src/io/budget.js';

const entries = <V extends z.ZodType>(v: V) => z.array(z.tuple([z.string(), v]));
const counts = entries(z.number());
const hit = z.strictObject({ record: z.number(), start: z.number(), end: z.number(), length: z.number(), key: z.string().optional() });
const partialJson = z.strictObject({
  records: z.number(),
  clean: z.number(),
  quarantined: z.number(),
  masked: z.number(),
  replacementCells: z.number(),
  columns: z.array(
    z.strictObject({
      profile: z.strictObject({ nonEmpty: z.number(), numbers: z.number(), dates: z.number(), nameShaped: z.number(), typeCounts: counts, vocabCounts: counts, shapeCounts: counts }),
      counts,
      firstHit: entries(hit),
      protectedCount: counts,
      paired: z.strictObject({ values: z.number(), protected: z.number(), profile: z.number(), hit: hit.nullable() }).optional(),
    }),
  ),
});
/** Records and UTF-8 bytes of a unit in one output. */
const written = z.tuple([z.number(), z.number()]);
const unitState = z.strictObject({ unit: z.number(), partial: partialJson, clean: written, quarantine: written });
const fileState = z.union([
  z.strictObject({ entry: z.number(), path: z.string(), error: findingSchema }),
  z.strictObject({
    entry: z.number(),
    path: z.string(),
    format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']),
    gzip: z.boolean(),
    bytes: z.number(),
    columns: z.array(z.string()),
    /** The value cues of the file's head (value-cues.ts): every shard reads the same head, the merge checks. */
    valueCues: entries(z.string()),
    /** Output format when the policy protects something in this file (part files were written). */
    output: z.enum(['csv', 'tsv', 'jsonl']).nullable(),
    /**
     * `parts` of PART_BYTES bytes, `blocks` of BLOCK_RECORDS records, or `whole`: this shard scanned
     * every block (a part it owned could not be scanned as a part; the merge takes the file from it).
     */
    cut: z.enum(['parts', 'blocks', 'whole']),
    /** Parts or blocks of the whole file. */
    units: z.number(),
    /** This shard's units, in file order. */
    owned: z.array(unitState),
    /** k-anonymity groups over this shard's records (their order does not matter: only sizes count). */
    groups: counts.nullable(),
    groupsOverflow: z.boolean(),
  }),
]);
const stateSchema = z.strictObject({ files: z.array(fileState) });
type FileState = z.infer<typeof fileState>;
type ScannedState = Extract<FileState, { columns: string[] }>;
type Scanned = Omit<ScannedState, 'entry' | 'path' | 'gzip' | 'bytes'>;
type UnitState = z.infer<typeof unitState>;

export const shard: ShardSupport<PiiConfig, PiiFacts> = { run: shardRun, merge: shardMerge };

async function shardRun(ctx: CheckContext<PiiConfig>, run: ShardRun): Promise<ShardOutcome> {
  const { workspace, signal } = ctx;
  const targets = scanTargets(ctx);
  if (!targets) return { state: { files: [] }, inputs: [], errors: [] };
  const files: FileState[] = [];
  const inputs: ShardOutcome['inputs'] = [];
  const errors: Finding[] = [];
  let scanned = 0;
  // Worker threads for the parts of large CSV/TSV files, as in a single run.
  const pool = poolOnDemand();
  try {
    for (const [k, { entry, index, abs }] of targets.files.entries()) {
      const display = toWorkspaceRelative(workspace, abs);
      try {
        const { info, gzip } = await statInput(abs, display);
        inputs.push({ path: display, sha256: (await sha256File(abs, signal)).sha256 });
        const format = entry.format ?? detectFormat(basename(abs), display).format;
        const share = { ctx, run, k, entry, abs, display, gzip };
        const byParts = (format === 'csv' || format === 'tsv') && entry.csv?.header !== false;
        let f: Scanned | undefined;
        if (byParts) {
          const workers = info.size >= PARALLEL_MIN_BYTES ? pool.get() : undefined;
          f = await scanParts(share, format, workers);
          ctx.logger.debug(
            f ? `pii: ${display}: this shard's parts scanned ${workers ? `on ${workers.size} worker threads` : 'on the main thread'}` : `pii: ${display}: a part could not be scanned as a part: the whole file is scanned again on the main thread`,
          );
        }
        // Blocks for other formats; every block when a part could not be scanned as a part.
        f ??= await scanBlocks(share, byParts);
        scanned += f.owned.reduce((a, u) => a + u.partial.records, 0);
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

/** A shard's units of one file: their states, and their clean and quarantine records appended to the shard's part files. */
class OwnedUnits {
  readonly owned: UnitState[] = [];
  private sinks: { clean: PartSink; quarantine: PartSink } | undefined;

  constructor(private readonly share: Share) {}

  /** The part files (only when the policy protects something in the file). */
  open(): void {
    const { run, k } = this.share;
    this.sinks = { clean: run.createPart(`${k}.clean`), quarantine: run.createPart(`${k}.quarantine`) };
  }

  async keep(unit: number, p: ScanPartial, records: EncodedRecords): Promise<void> {
    this.owned.push({ unit, partial: partialToJson(p), clean: [records.cleanRecords, Buffer.byteLength(records.clean)], quarantine: [records.quarantineRecords, Buffer.byteLength(records.quarantine)] });
    await this.sinks?.clean.write(records.clean);
    await this.sinks?.quarantine.write(records.quarantine);
  }

  async abort(): Promise<void> {
    await this.sinks?.clean.abort();
    await this.sinks?.quarantine.abort();
  }
}

/**
 * The shard's parts of a CSV/TSV file with a header: the part loop of parallel.ts, taking the parts
 * this shard owns, on worker threads or on this thread. Undefined: a part could not be scanned as a
 * part (the caller scans the whole file, which reports any problem as a single run does).
 */
async function scanParts(share: Share, format: 'csv' | 'tsv', workers: PartScanner | undefined): Promise<Scanned | undefined> {
  const { ctx, run, entry, abs, display, gzip } = share;
  const { config, signal } = ctx;
  const table = { ...tableOptions(display, entry, config, resolvePolicy(config)), signal };
  const units = new OwnedUnits(share);
  const local = workers ? undefined : localPartScanner();
  let scanner: TableScanner | undefined;
  let columns: string[] = [];
  let cues: ValueCues = new Map();
  try {
    const parts = await scanCsvParts(workers ?? local!, abs, { display, gzip, tsv: format === 'tsv', csv: entry.csv, config, table, partSize: PART_BYTES }, {
      async start(header, valueCues) {
        columns = header;
        cues = valueCues;
        scanner = new TableScanner(header, { ...table, valueCues });
        if (!scanner.protects) return undefined;
        units.open();
        return { format, csv: csvOutOf(entry) };
      },
      take: (part) => ownerOf(part, run.shard.count) === run.shard.index,
      async settle(part, r) {
        if (r.partial.groups) scanner!.merge(groupsOnly(scanner!, r.partial.groups, r.partial.groupsOverflow), 0);
        await units.keep(part, r.partial, r);
        return true;
      },
    });
    if (parts === undefined || !scanner) {
      await units.abort();
      return undefined;
    }
    const { groups, groupsOverflow } = scanner;
    return { format, columns, valueCues: [...cues], output: scanner.protects ? format : null, cut: 'parts', units: parts, owned: units.owned, groups: groups ? [...groups] : null, groupsOverflow };
  } catch (e) {
    await units.abort();
    throw e;
  } finally {
    local?.close();
  }
}

/**
 * The shard's blocks of a file, on the main thread: every record is read, those of its blocks are
 * scanned. `whole`: every block (a CSV/TSV file whose parts could not be scanned as parts).
 */
async function scanBlocks(share: Share, whole: boolean): Promise<Scanned> {
  const { ctx, run, entry, abs, display, gzip } = share;
  const { config, signal } = ctx;
  const table = await openTable(abs, { display, ...(entry.format ? { format: entry.format, gzip } : {}), ...(entry.csv ? { csv: entry.csv } : {}), limits: config.tableLimits, otherKeys: true, signal });
  const policy = resolvePolicy(config);
  const { cues, batches } = await cuesAhead(table.columns, table.batches, policy, display);
  const scanner = new TableScanner(table.columns, { ...tableOptions(display, entry, config, policy), valueCues: cues });
  const format: WriteFormat = table.format === 'parquet' ? 'jsonl' : table.format;
  const enc = scanner.protects ? new RecordEncoder(format, scanner.outColumns, csvOutOf(entry)) : undefined;
  const spec: ShardSpec = whole ? { index: 1, count: 1 } : run.shard;
  const units = new OwnedUnits(share);
  if (enc) units.open();
  let current = -1;
  let encoded: EncodedRecords = { clean: '', quarantine: '', cleanRecords: 0, quarantineRecords: 0 };
  const close = async (): Promise<void> => {
    if (current < 0 || !ownsBlock(spec, current)) return;
    await units.keep(current, scanner.partial(), encoded);
    // The next block starts from zero; the k-anonymity groups run on over all the shard's records.
    const { groups, groupsOverflow } = scanner;
    scanner.reset();
    scanner.groups = groups;
    scanner.groupsOverflow = groupsOverflow;
    encoded = { clean: '', quarantine: '', cleanRecords: 0, quarantineRecords: 0 };
  };
  let records = 0;
  try {
    for await (const batch of batches) {
      checkBudget(signal);
      // The batch's records block by block (a batch may straddle a block boundary).
      for (let r = 0; r < batch.rows.length; ) {
        const record = batch.start + r;
        const b = blockOf(record);
        if (b !== current) {
          await close();
          current = b;
        }
        const end = Math.min(batch.rows.length, (b + 1) * BLOCK_RECORDS - batch.start);
        if (ownsBlock(spec, b)) {
          const rows = r === 0 && end === batch.rows.length ? batch.rows : batch.rows.slice(r, end);
          withinBudget(signal, () => scanner.scanRows(rows, record - b * BLOCK_RECORDS));
          if (enc) scanner.encodeRun(rows, enc, encoded);
        }
        r = end;
      }
      records = batch.start + batch.rows.length;
    }
    await close();
  } catch (e) {
    await units.abort();
    throw e;
  }
  const { groups, groupsOverflow } = scanner;
  return {
    format: table.format,
    columns: [...table.columns],
    valueCues: [...cues],
    output: enc ? format : null,
    cut: whole ? 'whole' : 'blocks',
    units: blockCount(records),
    owned: units.owned,
    groups: groups ? [...groups] : null,
    groupsOverflow,
  };
}

/**
 * The part scanner of worker.ts on this thread, through a MessageChannel, for a shard without worker
 * threads (running from sources, MODELGATE_PII_THREADS=1, a small file): the same code scans its parts.
 */
function localPartScanner(): PartScanner & { close(): void } {
  const { port1, port2 } = new MessageChannel();
  servePiiWorker(port1);
  const pending = new Map<number, (r: PartResult) => void>();
  let next = 0;
  port2.on('message', (msg: { id: number; result: PartResult }) => {
    pending.get(msg.id)?.(msg.result);
    pending.delete(msg.id);
  });
  return {
    size: 1,
    run: (job) =>
      new Promise((resolve) => {
        pending.set(next, resolve);
        port2.postMessage({ id: next++, job });
      }),
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

async function shardMerge(ctx: CheckContext<PiiConfig>, m: ShardMerge): Promise<CheckResult<PiiFacts>> {
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

/** The units of a file in file order, each with the index of the shard that holds it; every unit from exactly one shard. */
function unitsInOrder(per: ScannedState[], display: string, count: number): Array<{ unit: UnitState; shard: number }> {
  // A shard that scanned the whole file gives all of it.
  const whole = per.findIndex((f) => f.cut === 'whole');
  const order: Array<{ unit: UnitState; shard: number }> = [];
  if (whole >= 0) {
    const f = per[whole]!;
    if (f.owned.length !== f.units || f.owned.some((u, i) => u.unit !== i)) throw new ConfigError(`shard ${whole + 1}/${count} scanned this file whole but holds other blocks`, { file: display });
    return f.owned.map((unit) => ({ unit, shard: whole }));
  }
  const first = per[0]!;
  if (per.some((f) => f.cut !== first.cut || f.units !== first.units)) throw new ConfigError('shards cut this file differently (parts or blocks, or their number, differ)', { file: display });
  const next = per.map(() => 0);
  for (let u = 0; u < first.units; u++) {
    const s = ownerOf(u, count) - 1;
    const unit = per[s]!.owned[next[s]!++];
    if (unit?.unit !== u) throw new ConfigError(`shard ${s + 1}/${count} has no state for ${first.cut === 'parts' ? 'part' : 'block'} ${u} of this file`, { file: display });
    order.push({ unit, shard: s });
  }
  if (per.some((f, s) => f.owned.length !== next[s])) throw new ConfigError(`a shard holds ${first.cut} beyond the end of this file`, { file: display });
  return order;
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
    if (JSON.stringify(f.columns) !== JSON.stringify(first.columns) || JSON.stringify(f.valueCues) !== JSON.stringify(first.valueCues) || f.format !== first.format || f.output !== first.output) {
      throw new ConfigError('shards read this file differently (columns, value cues, format or outputs differ)', { file: display });
    }
  }
  const order = unitsInOrder(per, display, m.count);
  const sources = [...new Set(order.map((o) => o.shard))];
  const scanner = new TableScanner(first.columns, { ...tableOptions(display, env.entry, env.config, env.policy), valueCues: new Map(first.valueCues) });
  // Record numbers in a unit count from its first record: the records of the units before it.
  for (const { unit } of order) scanner.merge(partialFromJson(unit.partial), scanner.records);
  for (const s of sources) {
    const { groups, groupsOverflow } = per[s]!;
    if (groups) scanner.merge(groupsOnly(scanner, groups, groupsOverflow), 0);
  }
  const outputs: FileFacts['outputs'] = [];
  const writtenRecords = { clean: 0, quarantine: 0 };
  if (first.output) {
    const enc = new RecordEncoder(first.output, scanner.outColumns, csvOutOf(env.entry));
    for (const kind of ['clean', 'quarantine'] as const) {
      const file = outputFile(env.workspace, env.outputDir, display, kind, first.output, first.gzip);
      try {
        await file.write(enc.header());
        const takers = new Map<number, ByteTaker>();
        for (const s of sources) takers.set(s, new ByteTaker(await m.openPart(s + 1, `${k}.${kind}`), `${display} (${kind} part of shard ${s + 1})`));
        for (const { unit, shard: s } of order) {
          const [records, bytes] = unit[kind];
          if (bytes > 0) await file.write((await takers.get(s)!.take(bytes)).toString('utf8'));
          writtenRecords[kind] += records;
        }
        for (const t of takers.values()) await t.end();
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
      profile: { ...c.profile, typeCounts: [...c.profile.typeCounts], vocabCounts: [...c.profile.vocabCounts], shapeCounts: [...c.profile.shapeCounts] },
      counts: [...c.counts],
      firstHit: [...c.firstHit],
      protectedCount: [...c.protectedCount],
      ...(c.paired ? { paired: c.paired } : {}),
    })),
  };
}

function partialFromJson(p: JsonPartial): ScanPartial {
  return {
    ...p,
    columns: p.columns.map((c) => ({
      profile: { ...c.profile, typeCounts: new Map(c.profile.typeCounts), vocabCounts: new Map(c.profile.vocabCounts), shapeCounts: new Map(c.profile.shapeCounts) },
      counts: new Map(c.counts),
      firstHit: new Map(c.firstHit),
      protectedCount: new Map(c.protectedCount),
      ...(c.paired ? { paired: c.paired } : {}),
    })),
    groups: undefined,
    groupsOverflow: false,
  };
}

/** A partial with nothing but k-anonymity groups (a shard's, or a part's). */
function groupsOnly(scanner: TableScanner, groups: Iterable<[string, number]>, overflow: boolean): ScanPartial {
  const none = () => new Map<string, number>();
  return {
    records: 0,
    clean: 0,
    quarantined: 0,
    masked: 0,
    replacementCells: 0,
    columns: scanner.cols.map(() => ({ profile: { nonEmpty: 0, numbers: 0, dates: 0, nameShaped: 0, typeCounts: none(), vocabCounts: none(), shapeCounts: none() }, counts: none(), firstHit: new Map(), protectedCount: none() })),
    groups: new Map(groups),
    groupsOverflow: overflow,
  };
}
