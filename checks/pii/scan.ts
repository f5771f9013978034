// The streaming scan of one table, shared by the check and the `pii scan` command: detect in every
// cell, profile every column, apply the protection policy (report, mask, quarantine, allow) and hand
// each record to the clean or the quarantine writer. Memory: counts per column and type, the value
// cache, and the k-anonymity groups (only when the policy names quasi-identifiers).
import { ConfigError } from '../../src/errors.js';
import type { Finding } from '../../src/report/model.js';
import { OTHER_KEYS, type RecordBatch } from '../../src/io/tabular/index.js';
import type { DetectorMatch } from '../../src/detect/index.js';
import { isPlaceholder } from '../../src/detect/secrets/placeholder.js';
import { detectorText, jsonText, maskJsonSpans, memberAt, type MaskSpan } from '../../src/io/json-mask.js';
import { ColumnProfile, LEFT_ALONE_TYPES, wholeStrongMatch, type ColumnClass } from './classify.js';
import { pathGlob, type Action, type PiiConfig, type Strategy } from './config.js';
import { DETECTOR_BY_TYPE, detectPii, detectPiiEach, RECOGNISER_BY_TYPE, type Category, type PiiDetector, type ScanTextOptions } from './detectors/index.js';
import { CELL_NUL, CELL_REPLACED, cellFeatures, cellFeaturesUnhashed, cellHash, NEED, recognisedFeatures } from './detectors/types.js';
import { evidenceOf, makeMasker, spliceSpans, type Masker } from './mask.js';
import { RULES, ruleFor, severityFor } from './rules.js';
import { ValueCache } from './value-cache.js';
import { nameColumnOf, rowKeyedMatches } from './row-key.js';
import { addPaired, anchorsPair, KEY_ID_TYPE, mergePairs, newPairCounts, pairedSecrets, PAIRED_SCORE, PAIRED_TYPE, type PairCounts } from './record-pairs.js';
import type { Hint } from './vocab.js';
import { withinBudget } from '../../src/io/budget.js';
import { cuedContext, cuedShape, cuesAhead, type ValueCues } from './value-cues.js';

export interface ResolvedPolicy {
  threshold: number;
  minPrevalence: number;
  action(type: string, category: Category, column: string, file: string): Action;
  /** The class the policy declares for a column of a file (`pii.columns`), if any. */
  columnHint(column: string, file: string): Hint | undefined;
  strategy(type: string, category: Category): Strategy;
  masker: Masker;
  /** Strategies in use name a hash: the key must be present. */
  usesHash: boolean;
}

/** Builds the policy resolver; throws ConfigError when the hash strategy is used without its key. */
export function resolvePolicy(config: PiiConfig, env: NodeJS.ProcessEnv = process.env): ResolvedPolicy {
  const allow = config.allow.map((a) => ({ column: pathGlob(a.column), file: a.file ? pathGlob(a.file) : undefined, types: a.types }));
  const declared = config.columns.map((c) => ({
    column: pathGlob(c.column),
    file: c.file ? pathGlob(c.file) : undefined,
    hint: { type: c.type, category: c.category, sensitivity: c.sensitivity, declared: true } satisfies Hint,
  }));
  const usesHash = Object.values(config.masking.strategies).includes('hash');
  let key: Buffer | undefined;
  if (usesHash) {
    const raw = env[config.masking.hashKeyEnv];
    if (!raw || raw.length < 16) {
      throw new ConfigError(
        `pii.masking: the hash strategy needs a key of at least 16 characters in the environment variable ${config.masking.hashKeyEnv}`,
      );
    }
    key = Buffer.from(raw, 'utf8');
  }
  return {
    threshold: config.threshold,
    minPrevalence: config.minPrevalence,
    usesHash,
    masker: makeMasker(key),
    action(type, category, column, file) {
      for (const a of allow) {
        if (a.column.test(column) && (!a.file || a.file.test(file)) && (!a.types || a.types.includes(type) || a.types.includes(category))) return 'allow';
      }
      return config.actions[type] ?? config.actions[category] ?? 'report';
    },
    columnHint(column, file) {
      return declared.find((d) => d.column.test(column) && (!d.file || d.file.test(file)))?.hint;
    },
    strategy(type, category) {
      return config.masking.strategies[type] ?? config.masking.strategies[category] ?? 'redact';
    },
  };
}

/** Clean and quarantine records encoded for an output (a worker's part, a shard's block), and how many. */
export interface EncodedRecords {
  clean: string;
  quarantine: string;
  cleanRecords: number;
  quarantineRecords: number;
}

export interface RowWriter {
  write(values: readonly unknown[]): Promise<void>;
  /** Records already encoded (by a worker thread, see parallel.ts), `records` of them, in order. */
  writeEncoded?(text: string, records: number): Promise<void>;
}

export interface TableScanOptions {
  display: string;
  policy: ResolvedPolicy;
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  quasiIdentifiers?: readonly string[];
  kAnonymity?: number | undefined;
  /** Called once the header is known, when the policy masks or quarantines anything. */
  openOutputs?(columns: readonly string[]): Promise<{ clean: RowWriter; quarantine: RowWriter }>;
  signal?: AbortSignal;
  /** The type cue each neutral column's head values gave it (value-cues.ts); scanTable decides them itself. */
  valueCues?: ValueCues | undefined;
}

export interface ColumnFact extends ColumnClass {
  action: Action | null;
  /** Values with a match per type. */
  counts: Record<string, number>;
  /** The type whose cue the column's head values gave its cells (value-cues.ts), as a name would. */
  valueCue?: string;
}

export interface TableScan {
  records: number;
  recordsClean: number;
  recordsQuarantined: number;
  recordsMasked: number;
  columns: ColumnFact[];
  /** Scanned columns only; the others pass through untouched. */
  scannedColumns: string[];
  droppedColumns: string[];
  counts: Record<string, number>;
  byCategory: Record<string, number>;
  /** Cells where the decoder replaced invalid bytes (U+FFFD): reported, not fatal. */
  replacementCells: number;
  kAnonymity?: { columns: string[]; k: number | null; groups: number | null; note?: string };
  findings: Finding[];
}

/** A digest in hex (MD5, SHA-1, SHA-256, SHA-512), maybe after its algorithm's name, or in colon-separated pairs. */
const HEX_DIGEST = /^(?:(?:sha(?:1|256|512)|md5)[:=])?(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9a-f]{2}(?::[0-9a-f]{2}){15,63})$/i;

/** Hint types whose column is protected as a whole (no pattern covers every value). */
const WHOLE_CELL_HINTS = new Set(['person', 'date-of-birth', 'secret']);
const MAX_GROUPS = 2_000_000;

/**
 * The type a column's whole-cell protection gives a value: none to an empty one, nor, in a column
 * protected as names, to a value no name is written as — one without a letter (a count, a date, an
 * id: `nombre` is French for a number) or with an underscore (a key such as `STRIPE_API_KEY` in a
 * `name` column), nor, in a column of secrets, to a placeholder, nor, in a `fingerprint` column, to a digest. Those values get the detectors' findings
 * only, as any column's do.
 */
function wholeTypeOf(whole: ColumnState['whole'], text: string): string | undefined {
  if (!whole || text.trim() === '') return undefined;
  if (whole.hint.type === 'person' && (!ANY_LETTER.test(text) || text.includes('_'))) return undefined;
  // A secrets inventory's placeholders (`changeme`, `${DB_PASSWORD}`, `<your-token>`, `********`) hold no secret.
  if (whole.hint.type === 'secret' && isPlaceholder(text.trim())) return undefined;
  // A `fingerprint` column of hex digests (a key's or a certificate's SHA-256, MD5 or SHA-1) holds no finger's.
  if (whole.hint.type === 'biometric' && HEX_DIGEST.test(text.trim())) return undefined;
  return whole.hint.type;
}
const ANY_LETTER = /\p{L}/u;
/**
 * A column's value cache starts with room for CACHE_START values and doubles, up to CACHE_MAX, while
 * values come back (see cacheFull): birth dates, postcodes or employers repeat over tens of
 * thousands of distinct values, identifiers never. CACHE_TOTAL bounds the room of all the columns
 * of a table together, so the memory of a scan stays bounded (some 40 MiB at most): a wide table's
 * caches start smaller (CACHE_START each is some 170 KB a column: 1.6 GB for 10,000 columns).
 */
const CACHE_START = 4096;
const CACHE_MIN = 64;
const CACHE_MAX = 65536;
const CACHE_TOTAL = 1 << 17;
const CACHE_MAX_LENGTH = 64;
/** Distinct shared cache entries per table at most (see entryOf). */
const MAX_SHARED_ENTRIES = 4096;

interface Hit {
  record: number;
  start: number;
  end: number;
  length: number;
  /** In the OTHER_KEYS column: the record's key whose value holds the hit (when it may be named). */
  key?: string;
}

/** What a TableScanner is given of a table's options. */
type ScannerInput = Pick<TableScanOptions, 'display' | 'policy' | 'include' | 'exclude' | 'quasiIdentifiers' | 'kAnonymity' | 'valueCues'>;

/**
 * A scanner's own copy of its options, every field in one order: one object shape for every scanner,
 * whatever object the caller made. A spread (`{ ...opts, valueCues }`) gave each table's options a
 * shape of its own, and scanRows, optimised on the first table's, was deoptimised ("wrong map" on
 * `this.opts`) and compiled again at the start of every later table in the thread. A class, not an
 * object literal: V8 makes a literal's boilerplate the second time the literal runs and widens its
 * fields' types then, which threw away the optimised scanRows (code dependencies) at the start of
 * the second table, and scanRows was compiled again (twice, on-stack and whole, some 60–100 ms of
 * the compiler thread in the second scan of the bench).
 */
class ScannerOptions {
  readonly display: string;
  readonly policy: ResolvedPolicy;
  readonly include: readonly string[] | undefined;
  readonly exclude: readonly string[] | undefined;
  readonly quasiIdentifiers: readonly string[] | undefined;
  readonly kAnonymity: number | undefined;
  readonly valueCues: ValueCues | undefined;

  constructor(o: ScannerInput) {
    this.display = o.display;
    this.policy = o.policy;
    this.include = o.include;
    this.exclude = o.exclude;
    this.quasiIdentifiers = o.quasiIdentifiers;
    this.kAnonymity = o.kAnonymity;
    this.valueCues = o.valueCues;
  }
}

/** What a scan keeps of a distinct value of a column (categorical columns repeat values). */
interface CacheEntry {
  matches: DetectorMatch[];
  /** ColumnProfile.kindOf bits. */
  kind: number;
  /** Holds U+FFFD replacement characters. */
  replaced: boolean;
}

/** Per scanned column: where it is, how it is profiled, what was found in it. */
interface ColumnState {
  name: string;
  index: number;
  profile: ColumnProfile;
  /** Options of detectPii for this column; `expect` follows the type of its whole-value matches. */
  detect: ScanTextOptions & { threshold: number; context: string };
  /** The type cued by the column's head values (value-cues.ts): in `detect.context` as a name's word. */
  cue: string | undefined;
  /** Whole-cell protection from the column name, when its action masks or quarantines. */
  whole: { hint: Hint; action: Action; label: string } | undefined;
  cache: ValueCache<CacheEntry> | undefined;
  /** The shared cache entry made or found last (see entryOf). */
  lastEntry: CacheEntry | undefined;
  /** The recogniser of the column's usual type (`detect.expect`), if it has one (see scanRows). */
  recogniser: PiiDetector | undefined;
  /** Values with a match, per type. */
  counts: Map<string, number>;
  /** First match per type (record numbers relative to the part, see ScanPartial). */
  firstHit: Map<string, Hit>;
  /** Values masked or records quarantined, per type. */
  protectedCount: Map<string, number>;
  /** The policy's action per detected type (constant for a column of a file). */
  actions: Map<string, Action>;
  /** What the scan counted per type since the counts were last brought up to date (see Tally). */
  tallies: Map<string, Tally>;
  /** The tally used last: a column's values mostly hold one type. */
  last: Tally | undefined;
  /** Tallies with profile counts, in the order their types were first profiled (the profile's order). */
  profiled: Tally[];
  /** Secret keys the record pass found in this column (record-pairs.ts), until finish adds them. */
  paired: PairCounts | undefined;
  /** The column whose cell names this column's value in the same record (a `value` column beside `name`: row-key.ts). */
  nameIndex: number | undefined;
}

/**
 * A column's counters for one type while a run of records is scanned, brought into the column's
 * maps (counts, protectedCount, the profile's typeCounts) when they are read (flushTallies): one
 * object found by comparing a type with the last one, where each value took half a dozen map
 * operations. The maps keep the order in which types first came, which the report shows.
 */
interface Tally {
  type: string;
  action: Action;
  /** Values with a match of this type. */
  values: number;
  /** Values protected (masked or their record quarantined) for this type. */
  protected: number;
  /** Non-empty values holding this type (the profile's prevalence). */
  profile: number;
  /** In ColumnState.profiled. */
  listed: boolean;
  /** The column's firstHit holds this type. */
  hit: boolean;
}

/**
 * The counts of a run of consecutive records (a whole table, or one part of it scanned by a worker
 * thread): structured-clone friendly, merged in record order by TableScanner.merge.
 */
export interface ScanPartial {
  records: number;
  clean: number;
  quarantined: number;
  masked: number;
  replacementCells: number;
  columns: Array<{
    profile: { nonEmpty: number; numbers: number; dates: number; nameShaped: number; typeCounts: Map<string, number>; vocabCounts: Map<string, number>; shapeCounts: Map<string, number> };
    counts: Map<string, number>;
    firstHit: Map<string, Hit>;
    protectedCount: Map<string, number>;
    /** The record pass's counts, when it found anything (record-pairs.ts). */
    paired?: PairCounts;
  }>;
  groups: Map<string, number> | undefined;
  groupsOverflow: boolean;
}

/**
 * The per-table scan state and the per-record work: detect in every scanned cell, profile it, decide
 * mask / quarantine. Synchronous; callers feed records in order (scanTable) or scan parts of a table
 * separately and merge them in order (the worker threads of parallel.ts).
 */
export class TableScanner {
  readonly cols: ColumnState[];
  readonly dropped: Set<string>;
  readonly outColumns: string[];
  readonly keep: boolean[];
  readonly keepAll: boolean;
  /** The policy masks or quarantines something in this table: outputs are written. */
  readonly protects: boolean;
  private readonly qiIndex: number[];
  private readonly qi: string[];
  groups: Map<string, number> | undefined;
  groupsOverflow = false;
  /** Cache entries shared by the values with the same outcome (see entryOf). */
  private readonly entries = new Map<string, CacheEntry>();
  records = 0;
  clean = 0;
  quarantined = 0;
  masked = 0;
  replacementCells = 0;
  /** Set by scanRows, per record of the run: it goes to the quarantine output. */
  rowQuarantined = new Uint8Array(256);
  /**
   * Set by scanRows, per record of the run: its masked copy, when a value was masked. Holey and
   * filled with undefined from the start, as scanRows leaves it: a `[]` took that kind in the first
   * scanRows of the first table only, and a later table's array, born in it (V8's allocation site),
   * was another map to scanRows, deoptimised ("wrong map" at `masked.fill`) at the second table's start.
   */
  readonly rowMasked: Array<unknown[] | undefined> = new Array<unknown[] | undefined>(256).fill(undefined);

  private readonly opts: ScannerOptions;

  constructor(
    readonly columns: readonly string[],
    given: ScannerInput,
  ) {
    const opts = new ScannerOptions(given);
    this.opts = opts;
    const { policy, display } = opts;
    const inc = opts.include?.map(pathGlob);
    const exc = opts.exclude?.map(pathGlob);
    const scanned = columns
      .map((name, index) => ({ name, index }))
      .filter((c) => (!inc || inc.some((r) => r.test(c.name))) && !exc?.some((r) => r.test(c.name)));
    const cacheStart = Math.min(CACHE_START, Math.max(CACHE_MIN, Math.floor(CACHE_TOTAL / Math.max(1, scanned.length))));
    this.cols = scanned.map((c) => {
      const cue = opts.valueCues?.get(c.name);
      const profile = new ColumnProfile(c.name, policy.columnHint(c.name, display), cuedShape(cue), columns);
      // Whole-column protection from the column name (special categories, names, birth dates, secrets)
      // or from the policy's declaration.
      const h = profile.hint;
      let whole: ColumnState['whole'];
      if (h && (h.declared || h.category === 'special-category' || WHOLE_CELL_HINTS.has(h.type))) {
        const action = policy.action(h.type, h.category, c.name, display);
        if (action === 'mask' || action === 'quarantine') whole = { hint: h, action, label: `[${h.type.toUpperCase().replace(/-/g, '_')}]` };
      }
      return {
        name: c.name,
        index: c.index,
        profile,
        // Every field detectPii may set, from the start: one object shape for every column.
        detect: { types: undefined, threshold: policy.threshold, context: cue ? cuedContext(c.name, cue) : c.name, expect: undefined, plans: undefined, lastPlans: undefined },
        cue,
        whole,
        cache: new ValueCache<CacheEntry>(cacheStart),
        lastEntry: undefined,
        recogniser: undefined,
        counts: new Map(),
        firstHit: new Map(),
        protectedCount: new Map(),
        actions: new Map(),
        tallies: new Map(),
        last: undefined,
        profiled: tallyList(),
        paired: undefined,
        nameIndex: nameColumnOf(columns, c.name),
      };
    });
    this.dropped = new Set<string>();
    for (const c of this.cols) if (c.whole?.action === 'mask' && policy.strategy(c.whole.hint.type, c.whole.hint.category) === 'drop') this.dropped.add(c.name);
    this.outColumns = columns.filter((c) => !this.dropped.has(c));
    this.keep = columns.map((c) => !this.dropped.has(c));
    this.keepAll = this.keep.every(Boolean);
    this.protects = this.cols.some((c) => c.whole) || anyProtective(policy, scanned.map((c) => c.name), display);
    this.qi = (opts.quasiIdentifiers ?? []).filter((q) => columns.includes(q));
    this.qiIndex = this.qi.map((q) => columns.indexOf(q));
    this.groups = this.qi.length > 0 ? new Map() : undefined;
  }

  /** The record as written to an output (dropped columns left out). */
  project(row: readonly unknown[]): unknown[] {
    return this.keepAll ? (row as unknown[]) : row.filter((_, i) => this.keep[i]);
  }

  /** Record i of the last run (see scanRows) as written out: as read when quarantined, else masked. */
  outputOf(i: number, row: readonly unknown[]): unknown[] {
    return this.project(this.rowQuarantined[i] ? row : (this.rowMasked[i] ?? row));
  }

  /** Appends the records of the last run (`rows`, as scanned) to `into`, encoded. */
  encodeRun(rows: readonly (readonly unknown[])[], encoder: { encode(values: readonly unknown[]): string }, into: EncodedRecords): void {
    for (let i = 0; i < rows.length; i++) {
      const text = encoder.encode(this.outputOf(i, rows[i]!));
      if (this.rowQuarantined[i]) {
        into.quarantine += text;
        into.quarantineRecords++;
      } else {
        into.clean += text;
        into.cleanRecords++;
      }
    }
  }

  private actionOf(c: ColumnState, type: string): Action {
    let a = c.actions.get(type);
    if (a === undefined) {
      a = this.opts.policy.action(type, DETECTOR_BY_TYPE.get(type)!.category, c.name, this.opts.display);
      c.actions.set(type, a);
    }
    return a;
  }

  /** The column's tally of a type. */
  private tallyOf(c: ColumnState, type: string): Tally {
    const last = c.last;
    if (last !== undefined && last.type === type) return last;
    let t = c.tallies.get(type);
    if (t === undefined) {
      t = { type, action: this.actionOf(c, type), values: 0, protected: 0, profile: 0, listed: false, hit: false };
      c.tallies.set(type, t);
    }
    c.last = t;
    return t;
  }

  /** Adds the tallies to the columns' maps (in the order the types came) and zeroes them. */
  private flushTallies(): void {
    for (const c of this.cols) {
      for (const t of c.tallies.values()) {
        if (t.values > 0) c.counts.set(t.type, (c.counts.get(t.type) ?? 0) + t.values);
        if (t.protected > 0) c.protectedCount.set(t.type, (c.protectedCount.get(t.type) ?? 0) + t.protected);
        t.values = t.protected = 0;
      }
      for (const t of c.profiled) {
        c.profile.countType(t.type, t.profile);
        t.profile = 0;
        t.listed = false;
      }
      c.profiled.length = 0;
    }
  }

  /**
   * A column's cache is full: room for twice as many values while at least 1 lookup in 20 hit
   * since it last filled up (and the table's budget allows), else start it again empty while 1 in
   * 5 hit, else switch it off (a column of distinct values).
   */
  private cacheFull(col: ColumnState, cache: ValueCache<CacheEntry>): void {
    const rate = cache.hitRate();
    let room = 0; // of all the columns' caches together
    for (const c of this.cols) room += c.cache?.limit ?? 0;
    if (rate >= 0.05 && cache.limit < CACHE_MAX && room + cache.limit <= CACHE_TOTAL) cache.grow(2 * cache.limit);
    else {
      cache.clear();
      if (rate < 0.2) col.cache = undefined;
    }
  }

  /**
   * The cache entry of a value's outcome, shared with the values of the same outcome (no match, or
   * one match of the same type, span and score; the same profile bits): a column of 20,000 birth
   * dates holds a few hundred distinct entries, which stay in the processor's cache when looked up,
   * instead of one object per value. Entries are read only.
   */
  private entryOf(col: ColumnState, matches: DetectorMatch[], kind: number, replaced: boolean): CacheEntry {
    if (matches.length > 1) return { matches, kind, replaced };
    // A column's values mostly repeat the outcome of the one before: compared field by field, without a key.
    const last = col.lastEntry;
    if (last !== undefined && last.kind === kind && last.replaced === replaced && sameMatch(last.matches, matches)) return last;
    const m = matches[0];
    const key = m ? `${m.type} ${m.start} ${m.end} ${m.score} ${kind} ${replaced}` : `${kind} ${replaced}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { matches, kind, replaced };
      if (this.entries.size < MAX_SHARED_ENTRIES) this.entries.set(key, entry);
    }
    col.lastEntry = entry;
    return entry;
  }

  /**
   * Scans a run of consecutive records, the first numbered `firstRecord` (as firstHit names it);
   * then `rowQuarantined[i]` and `rowMasked[i]` say what happens to record i of the run. Column by column:
   * a column's values share their detectors, plan and validator, which stay hot (row by row, every
   * call site saw every column's types). The results are those of a record-by-record scan: a
   * column's state (usual type, cache, counts, first hit) only ever depends on its own values in
   * record order, and of several bad cells the earliest record's first one is reported.
   */
  scanRows(rows: readonly (readonly unknown[])[], firstRecord: number): void {
    const { policy, display } = this.opts;
    const n = rows.length;
    if (this.rowQuarantined.length < n) this.rowQuarantined = new Uint8Array(Math.max(n, 2 * this.rowQuarantined.length));
    const quarantined = this.rowQuarantined;
    quarantined.fill(0, 0, n);
    const masked = this.rowMasked;
    masked.length = n;
    masked.fill(undefined);
    /** Rows at and after this one are not scanned: an earlier column found a bad cell there. */
    let stopAt = n;
    let error: ConfigError | undefined;
    /** Records where a detector matched an access key id: the record pass reads them (record-pairs.ts). */
    let anchored: number[] | undefined;
    const cols = this.cols;
    for (let s = 0; s < cols.length; s++) {
      const col = cols[s]!;
      // Free text (no usual type, values longer than a cache holds): detected first, detector by detector.
      const ahead = col.detect.expect === undefined ? detectAhead(rows, stopAt, col) : undefined;
      let next = 0; // ahead's next value (its index in ahead's lists)
      for (let r = 0; r < stopAt; r++) {
        const row = rows[r]!;
        const recordNo = firstRecord + r;
        const raw = row[col.index];
        // Index in ahead's lists of this record's value, if ahead holds it (-1: not).
        const a = ahead !== undefined && next < ahead.rows.length && ahead.rows[next] === r ? next++ : -1;
        const text = a >= 0 ? ahead!.texts[a]! : cellText(raw);
        // The usual type's recogniser first (it answers for that type's common forms, in one loop).
        const validated = col.recogniser !== undefined ? col.recogniser.recognise!(text) : undefined;
        // Categorical columns repeat values: a per-column cache, switched off where it does not pay,
        // and passed by for a value the recogniser answered: detecting it again takes less time than
        // finding it among thousands (measured: e-mail addresses and birth dates that come back,
        // about 10% of the bench's scan). The values it leaves (other forms, other types) are cached.
        const cache = text.length <= CACHE_MAX_LENGTH && validated === undefined ? col.cache : undefined;
        // One pass over the value: its character classes (for the detectors and the profile), NUL,
        // U+FFFD, and its hash when the cache will look it up; of a value the recogniser validated, what
        // it recorded in its own pass (recognisedFeatures).
        const f = cache ? cellFeatures(text) : a >= 0 ? ahead!.features[a]! : validated !== undefined ? recognisedFeatures(text) : cellFeaturesUnhashed(text);
        const hash = cache ? cellHash() : 0;
        const entry = cache?.get(text, hash);
        let matches: DetectorMatch[];
        let kind: number;
        if (entry) {
          matches = entry.matches;
          kind = entry.kind;
          if (entry.replaced) this.replacementCells++;
        } else {
          if (f & CELL_NUL) {
            // Earlier columns stopped before this row; later ones stop here too.
            error = new ConfigError('binary content (NUL bytes) in a text field: not a text table', { file: display, record: recordNo, field: col.name });
            stopAt = r;
            break;
          }
          matches = (a >= 0 && col.detect.expect === undefined ? ahead!.matches[a] : undefined) ?? detectPii(text, col.detect, f, validated);
          kind = col.profile.kindOf(text, f, wholeStrongMatch(matches, text.length));
          // A value of a non-personal shape (a timestamp, a version, an order number in an order column)
          // holds no phone or IP address as a whole, whatever their patterns read in it.
          if (matches.length > 0 && col.profile.leavesAlone(kind)) matches = withoutShapeOnly(matches);
          if (matches.length === 1 && matches[0]!.start === 0 && matches[0]!.end === text.length && col.detect.expect !== matches[0]!.type) {
            col.detect.expect = matches[0]!.type;
            col.recogniser = RECOGNISER_BY_TYPE.get(col.detect.expect);
          }
          const replaced = (f & CELL_REPLACED) !== 0;
          if (replaced) this.replacementCells++;
          if (cache) {
            if (cache.size >= cache.limit) this.cacheFull(col, cache);
            col.cache?.set(detach(text), hash, this.entryOf(col, matches, kind, replaced));
          }
        }
        // A value its row's name cell names (`TWILIO_AUTH_TOKEN` in `name`): read under that key (row-key.ts).
        if (col.nameIndex !== undefined) matches = rowKeyedMatches(row[col.nameIndex], text, matches, col.detect);
        let maskSpans: Array<{ start: number; end: number; replacement: string }> | undefined;
        const whole = col.whole;
        // Whole-cell protection applies to this value: its type is counted once below, not per match.
        const wholeType = wholeTypeOf(whole, text);
        if (matches.length > 0) {
          for (let k = 0; k < matches.length; k++) {
            const m = matches[k]!;
            let again = false; // the same type earlier in this value: counted once
            for (let j = 0; j < k && !again; j++) again = matches[j]!.type === m.type;
            const tally = this.tallyOf(col, m.type);
            if (m.type === KEY_ID_TYPE && anchorsPair(text, m)) (anchored ??= []).push(r);
            if (!again) {
              tally.values++;
              // The profile counts the distinct types of each non-empty value (see ColumnProfile.countType).
              if (kind !== 0) {
                if (!tally.listed) {
                  tally.listed = true;
                  col.profiled.push(tally);
                }
                tally.profile++;
              }
            }
            const action = tally.action;
            if (action === 'allow') continue;
            if (!tally.hit) {
              // The whole-cell protection below may have recorded this type's first hit already.
              if (!col.firstHit.has(m.type)) col.firstHit.set(m.type, firstHitOf(col, recordNo, raw, text, m, matches));
              tally.hit = true;
            }
            if (action === 'quarantine') quarantined[r] = 1;
            else if (action === 'mask') {
              const det = DETECTOR_BY_TYPE.get(m.type)!;
              (maskSpans ??= []).push({ start: m.start, end: m.end, replacement: policy.masker.mask(text.slice(m.start, m.end), m.type, det.label, policy.strategy(m.type, det.category)) });
            }
            // Values, not spans: a type counts once per value (the whole-cell type once, below).
            if (action !== 'report' && !again && m.type !== wholeType) tally.protected++;
          }
        }
        col.profile.addKind(kind);
        if (kind !== 0 && raw !== null && typeof raw === 'object') col.profile.countNested();
        if (whole && wholeType !== undefined) this.protectWhole(col, whole, r, recordNo, row, text, maskSpans);
        else if (maskSpans) (masked[r] ??= [...row])[col.index] = maskedCell(raw, text, maskSpans);
      }
    }
    if (error) throw error;
    if (anchored) this.pairRecords(rows, firstRecord, anchored);
    this.countRows(rows, n);
  }

  /**
   * Whole-cell protection of record `r` of the run in column `col` (its name or the policy's
   * declaration): counted once, its record quarantined, or its value masked as the column's type. An
   * object or array keeps its keys (field names, not values of the column's type): its leaves are
   * masked, each leaf a detector matched whole (`maskSpans`: an IP, a MAC) with its own type.
   */
  private protectWhole(col: ColumnState, whole: NonNullable<ColumnState['whole']>, r: number, recordNo: number, row: readonly unknown[], text: string, maskSpans: readonly MaskSpan[] | undefined): void {
    const type = whole.hint.type;
    if (!col.firstHit.has(type)) col.firstHit.set(type, { record: recordNo, start: 0, end: text.length, length: text.length });
    col.protectedCount.set(type, (col.protectedCount.get(type) ?? 0) + 1);
    if (whole.action === 'quarantine') {
      this.rowQuarantined[r] = 1;
      return;
    }
    const raw = row[col.index];
    const { policy } = this.opts;
    const strategy = policy.strategy(type, whole.hint.category);
    const maskWhole = (value: string) => policy.masker.mask(value, type, whole.label, strategy);
    (this.rowMasked[r] ??= [...row])[col.index] = this.dropped.has(col.name) ? undefined : raw !== null && typeof raw === 'object' ? maskJsonSpans(raw, text, maskSpans ?? [], maskWhole) : maskWhole(text);
  }

  /**
   * The record pass (record-pairs.ts) over the records of the run where a detector matched an
   * access key id (`anchored`, record indices of the run): a secret-key-shaped value in any scanned
   * field is a secret access key, counted apart (ColumnState.paired), masked or quarantined as the
   * policy says. The masked copy of a value is made again from the value with every masked span.
   */
  private pairRecords(rows: readonly (readonly unknown[])[], firstRecord: number, anchored: number[]): void {
    const { policy } = this.opts;
    if (PAIRED_SCORE < policy.threshold) return;
    const det = DETECTOR_BY_TYPE.get(PAIRED_TYPE)!;
    anchored.sort((a, b) => a - b);
    for (let i = 0; i < anchored.length; i++) {
      const r = anchored[i]!;
      if (r === anchored[i - 1]) continue;
      const row = rows[r]!;
      for (const col of this.cols) {
        const raw = row[col.index];
        const text = cellText(raw);
        let taken: DetectorMatch[] = [];
        const found = pairedSecrets(text, () => (taken = this.matchesOf(col, text)));
        if (found.length === 0) continue;
        const action = this.actionOf(col, PAIRED_TYPE);
        const p = (col.paired ??= newPairCounts());
        // A type counts once per value: not when a detector found it in this value already.
        const again = taken.some((m) => m.type === PAIRED_TYPE);
        if (!again) {
          p.values++;
          p.profile++; // a value with 40 base64 characters is never empty (ColumnProfile.kindOf)
        }
        if (action === 'allow') continue;
        p.hit ??= { record: firstRecord + r, start: found[0]!.start, end: found[0]!.end, length: found[0]!.end - found[0]!.start };
        const wholeType = wholeTypeOf(col.whole, text);
        if (action !== 'report' && !again && wholeType !== PAIRED_TYPE) p.protected++;
        if (action === 'quarantine') this.rowQuarantined[r] = 1;
        else if (action === 'mask' && wholeType === undefined) {
          // The value's other masked spans, less those inside a secret (its mask covers them).
          const spans = taken.filter((m) => this.actionOf(col, m.type) === 'mask' && !found.some((s) => s.start < m.end && m.start < s.end)).concat(found).sort((a, b) => a.start - b.start);
          const replacement = (m: DetectorMatch) => {
            const d = m.type === PAIRED_TYPE ? det : DETECTOR_BY_TYPE.get(m.type)!;
            return policy.masker.mask(text.slice(m.start, m.end), m.type, d.label, policy.strategy(m.type, d.category));
          };
          (this.rowMasked[r] ??= [...row])[col.index] = maskedCell(raw, text, spans.map((m) => ({ start: m.start, end: m.end, replacement: replacement(m) })));
        }
      }
    }
  }

  /** The matches the scan of a column keeps for a value (scanRows: detectPii, less shape-only types). */
  private matchesOf(col: ColumnState, text: string): DetectorMatch[] {
    const f = cellFeaturesUnhashed(text);
    const matches = detectPii(text, col.detect, f);
    if (matches.length === 0) return matches;
    const kind = col.profile.kindOf(text, f, wholeStrongMatch(matches, text.length));
    return col.profile.leavesAlone(kind) ? withoutShapeOnly(matches) : matches;
  }

  /** After a run's cells are scanned: its records by outcome, and their quasi-identifier groups. */
  private countRows(rows: readonly (readonly unknown[])[], n: number): void {
    const groups = this.groups;
    const quarantined = this.rowQuarantined;
    const masked = this.rowMasked;
    for (let r = 0; r < n; r++) {
      if (groups && !this.groupsOverflow) {
        const key = jsonText(this.qiIndex.map((i) => rows[r]![i] ?? null));
        groups.set(key, (groups.get(key) ?? 0) + 1);
        if (groups.size > MAX_GROUPS) this.groupsOverflow = true;
      }
      if (quarantined[r]) this.quarantined++;
      else {
        this.clean++;
        if (masked[r]) this.masked++;
      }
    }
    this.records += n;
  }
  /** The counts so far, to be merged into the scanner of the whole table (see merge). */
  partial(): ScanPartial {
    this.flushTallies();
    return {
      records: this.records,
      clean: this.clean,
      quarantined: this.quarantined,
      masked: this.masked,
      replacementCells: this.replacementCells,
      columns: this.cols.map((c) => ({
        profile: { nonEmpty: c.profile.nonEmpty, numbers: c.profile.numbers, dates: c.profile.dates, nameShaped: c.profile.nameShaped, typeCounts: c.profile.typeCounts, vocabCounts: c.profile.vocabCounts, shapeCounts: c.profile.shapeCounts },
        counts: c.counts,
        firstHit: c.firstHit,
        protectedCount: c.protectedCount,
        ...(c.paired ? { paired: c.paired } : {}),
      })),
      groups: this.groups,
      groupsOverflow: this.groupsOverflow,
    };
  }

  /** Forgets the counts (keeps the value caches): the scanner starts a new part. */
  reset(): void {
    this.records = this.clean = this.quarantined = this.masked = this.replacementCells = 0;
    for (const c of this.cols) {
      const p = new ColumnProfile(c.name, c.profile.hint?.declared ? c.profile.hint : undefined, cuedShape(c.cue), this.columns);
      c.profile = p;
      c.counts = new Map();
      c.firstHit = new Map();
      c.protectedCount = new Map();
      c.tallies = new Map();
      c.last = undefined;
      c.profiled = tallyList();
      c.paired = undefined;
    }
    if (this.groups) this.groups = new Map();
    this.groupsOverflow = false;
  }

  /** Adds the counts of the part that follows the records seen so far; its first record is `offset`. */
  merge(p: ScanPartial, offset: number): void {
    this.flushTallies();
    this.records += p.records;
    this.clean += p.clean;
    this.quarantined += p.quarantined;
    this.masked += p.masked;
    this.replacementCells += p.replacementCells;
    for (let s = 0; s < this.cols.length; s++) {
      const c = this.cols[s]!;
      const q = p.columns[s]!;
      const prof = c.profile;
      prof.nonEmpty += q.profile.nonEmpty;
      prof.numbers += q.profile.numbers;
      prof.dates += q.profile.dates;
      prof.nameShaped += q.profile.nameShaped;
      addCounts(prof.typeCounts, q.profile.typeCounts);
      addCounts(prof.vocabCounts, q.profile.vocabCounts);
      addCounts(prof.shapeCounts, q.profile.shapeCounts);
      addCounts(c.counts, q.counts);
      addCounts(c.protectedCount, q.protectedCount);
      for (const [t, h] of q.firstHit) if (!c.firstHit.has(t)) c.firstHit.set(t, { ...h, record: h.record + offset });
      if (q.paired) c.paired = mergePairs(c.paired, q.paired, offset);
    }
    if (this.groups && p.groups && !this.groupsOverflow) {
      if (p.groupsOverflow) this.groupsOverflow = true;
      else {
        addCounts(this.groups, p.groups);
        if (this.groups.size > MAX_GROUPS) this.groupsOverflow = true;
      }
    }
  }

  /** Classification, findings and facts of the table. */
  finish(): TableScan {
    this.flushTallies();
    for (const c of this.cols) {
      if (c.paired) addPaired(c, c.paired);
      c.paired = undefined;
    }
    const { policy, display } = this.opts;
    const findings: Finding[] = [];
    const totals: Record<string, number> = {};
    const byCategory: Record<string, number> = {};
    const columnFacts: ColumnFact[] = this.cols.map((col) => {
      // The other keys of JSON Lines records are assorted fields: scanned as text, never typed whole.
      const cls = col.profile.classify(policy.minPrevalence, col.name !== OTHER_KEYS);
      const cnt = Object.fromEntries(col.counts);
      for (const [t, n] of col.counts) {
        totals[t] = (totals[t] ?? 0) + n;
        const cat = DETECTOR_BY_TYPE.get(t)?.category;
        if (cat) byCategory[cat] = (byCategory[cat] ?? 0) + n;
      }
      const action = cls.type && cls.category ? policy.action(cls.type, cls.category, col.name, display) : null;
      // One aggregate finding per column and type: detected types, plus the column's class when no detector saw it.
      const reported = new Set<string>();
      for (const [t, n] of col.counts) {
        const det = DETECTOR_BY_TYPE.get(t)!;
        const a = policy.action(t, det.category, col.name, display);
        if (a === 'allow') continue;
        reported.add(t);
        findings.push(columnFinding(display, col.name, t, det.category, det.label, n, cls.nonEmpty, a, col.firstHit.get(t), col.protectedCount.get(t) ?? 0));
      }
      if (cls.type && cls.category && !reported.has(cls.type) && action !== 'allow' && (cls.category === 'special-category' || cls.type === 'person' || cls.type === 'date-of-birth' || col.profile.hint?.declared)) {
        byCategory[cls.category] = (byCategory[cls.category] ?? 0) + cls.nonEmpty;
        findings.push(
          columnFinding(display, col.name, cls.type, cls.category, `[${cls.type.toUpperCase().replace(/-/g, '_')}]`, cls.nonEmpty, cls.nonEmpty, action ?? 'report', col.firstHit.get(cls.type), col.protectedCount.get(cls.type) ?? 0, 'class'),
        );
        reported.add(cls.type);
      }
      // Cells protected whole by the column's name that its values did not type so (objects and arrays,
      // values that do not look like the type): what was masked or quarantined is still reported.
      const whole = col.whole;
      const wholeN = whole ? (col.protectedCount.get(whole.hint.type) ?? 0) : 0;
      if (whole && wholeN > 0 && !reported.has(whole.hint.type)) {
        byCategory[whole.hint.category] = (byCategory[whole.hint.category] ?? 0) + wholeN;
        findings.push(columnFinding(display, col.name, whole.hint.type, whole.hint.category, whole.label, wholeN, cls.nonEmpty, whole.action, col.firstHit.get(whole.hint.type), wholeN, 'name'));
      }
      return { ...cls, action, counts: cnt, ...(col.cue ? { valueCue: col.cue } : {}) };
    });
    if (this.replacementCells > 0) {
      findings.push({
        ruleId: RULES.encoding.id,
        severity: RULES.encoding.severity,
        message: `${this.replacementCells} value(s) held bytes that are not valid in the file's encoding; they were read with U+FFFD replacement characters and scanned as such`,
        location: { file: display },
        target: display,
        remediation: RULES.encoding.remediation,
      });
    }
    let kAnonymity: TableScan['kAnonymity'];
    const qi = this.qi;
    if (this.groups) {
      if (this.groupsOverflow) kAnonymity = { columns: qi, k: null, groups: null, note: `more than ${MAX_GROUPS} distinct combinations: not computed` };
      else {
        let k: number | null = null;
        for (const n of this.groups.values()) k = k === null ? n : Math.min(k, n);
        kAnonymity = { columns: qi, k, groups: this.groups.size };
        if (this.opts.kAnonymity !== undefined && k !== null && k < this.opts.kAnonymity) {
          findings.push({
            ruleId: RULES.kAnonymity.id,
            severity: RULES.kAnonymity.severity,
            message: `k-anonymity over ${qi.join(', ')} is ${k}: some combination of these quasi-identifiers is shared by fewer than ${this.opts.kAnonymity} records`,
            location: { file: display },
            target: `${display}#${qi.join('+')}`,
            remediation: RULES.kAnonymity.remediation,
          });
        }
      }
      const missing = (this.opts.quasiIdentifiers ?? []).filter((q) => !this.columns.includes(q));
      if (missing.length > 0 && kAnonymity) kAnonymity.note = `${kAnonymity.note ? `${kAnonymity.note}; ` : ''}columns not in this file: ${missing.join(', ')}`;
    }
    return {
      records: this.records,
      recordsClean: this.clean,
      recordsQuarantined: this.quarantined,
      recordsMasked: this.masked,
      columns: columnFacts,
      scannedColumns: this.cols.map((c) => c.name),
      droppedColumns: [...this.dropped],
      counts: totals,
      byCategory,
      replacementCells: this.replacementCells,
      ...(kAnonymity ? { kAnonymity } : {}),
      findings,
    };
  }
}

/**
 * The texts (cellText) and character classes (cellFeaturesUnhashed) of the column's values in the
 * first `n` rows that are longer than a cache holds (CACHE_MAX_LENGTH: text, not codes or numbers), and
 * detectPii of those that detectPiiEach runs (undefined for the others), in record order, for a column
 * without an expected type; undefined when there are none.
 */
function detectAhead(
  rows: readonly (readonly unknown[])[],
  n: number,
  col: ColumnState,
): AheadCells | undefined {
  const index = col.index;
  // Typed columns hold short strings: their runs end here, having made nothing.
  let first = 0;
  while (first < n && isShortString(rows[first]![index])) first++;
  if (first === n) return undefined;
  const texts: string[] = [];
  const found: number[] = [];
  const at: number[] = [];
  // Whether a long text before held a digit: short sentences join only then (see sentenceWithDigits).
  let digits = false;
  for (let r = first; r < n; r++) {
    // A short string is its own cellText: the length test passes it by.
    const text = cellText(rows[r]![index]);
    if (text.length <= CACHE_MAX_LENGTH && !(digits && sentenceWithDigits(text))) continue;
    const f = cellFeaturesUnhashed(text);
    if ((f & NEED.digit) !== 0) digits = true;
    texts.push(text);
    found.push(f);
    at.push(r);
  }
  if (texts.length === 0) return undefined;
  return new AheadCells(at, texts, found, detectPiiEach(texts, col.detect, found));
}

/**
 * What detectAhead found in a run's long values, in record order: the records of the run that hold
 * them, their texts, features and matches (undefined where detectPiiEach passed a text by). Lists
 * by value, not by record: scanRows walks them with a cursor, where lists by record took three
 * pushes and three reads per record. A class, not an object literal: a literal's fields are given
 * the type of its first values and widened when V8 makes its boilerplate (the second time it runs),
 * which threw away the code that read them.
 */
class AheadCells {
  readonly rows: number[];
  readonly texts: string[];
  readonly features: number[];
  readonly matches: Array<DetectorMatch[] | undefined>;

  constructor(rows: number[], texts: string[], features: number[], matches: Array<DetectorMatch[] | undefined>) {
    this.rows = rows;
    this.texts = texts;
    this.features = features;
    this.matches = matches;
  }
}

/**
 * A value of at least SENTENCE_MIN characters with a blank and an ASCII digit: a short sentence of
 * free text ("Ci vediamo alle 18:08 in ufficio."). Its many detectors cost less run detector by
 * detector with the long texts (detectPiiEach) than one by one; a sentence without a digit meets few.
 * Asked only in a run whose long texts hold digits (free text): a column of notes in words (the
 * typed-CSV bench's) is not searched for digits value by value (+0.7 % of that bench's instructions).
 */
function sentenceWithDigits(text: string): boolean {
  return text.length >= SENTENCE_MIN && ASCII_DIGIT.test(text) && text.includes(' ');
}
const SENTENCE_MIN = 16;
const ASCII_DIGIT = /[0-9]/;

/** A string value no longer than a cache holds (its cellText is itself: detectAhead passes it by). */
function isShortString(raw: unknown): boolean {
  return typeof raw === 'string' && raw.length <= CACHE_MAX_LENGTH;
}

/**
 * An empty list of tallies whose elements are objects from the start. A fresh `[]` holds small
 * integers until its first push: scanRows, optimised on an earlier table's lists (objects), was
 * deoptimised at the first push into a new table's (or part's) list ("wrong map", then "not a Smi")
 * and compiled again (67-188 ms of the compiler thread each, --trace-opt on the pii-text corpus).
 */
function tallyList(): Tally[] {
  const list: Tally[] = [NO_TALLY];
  list.pop();
  return list;
}

/** The element tallyList's list is born with (never read). */
const NO_TALLY: Tally = { type: '', action: 'report', values: 0, protected: 0, profile: 0, listed: false, hit: false };

/** Whether two match lists of at most one match each hold the same match (type, span, score). */
function sameMatch(a: readonly DetectorMatch[], b: readonly DetectorMatch[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  const x = a[0]!;
  const y = b[0]!;
  return x.type === y.type && x.start === y.start && x.end === y.end && x.score === y.score;
}

/** A cell's value as the detectors read it (a JSON Lines object or array as its detector text: json-mask.ts). */
function cellText(raw: unknown): string {
  return typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : typeof raw === 'object' ? detectorText(raw) : String(raw);
}

/**
 * The masked copy of a cell whose text (cellText) has `spans` masked: a JSON Lines object or array
 * keeps its structure (json-mask.ts: the spans are mapped onto its leaves and keys), any other value
 * becomes its text with the spans replaced.
 */
function maskedCell(raw: unknown, text: string, spans: ReadonlyArray<MaskSpan>): unknown {
  return raw !== null && typeof raw === 'object' ? maskJsonSpans(raw, text, spans) : spliceSpans(text, spans, (i) => spans[i]!.replacement);
}

/** The matches less those of LEFT_ALONE_TYPES (the whole value has a shape that rules them out). */
function withoutShapeOnly(matches: DetectorMatch[]): DetectorMatch[] {
  return matches.some((m) => LEFT_ALONE_TYPES.has(m.type)) ? matches.filter((m) => !LEFT_ALONE_TYPES.has(m.type)) : matches;
}

/**
 * A copy of a value that does not keep its source text alive. A parser's field is a slice of the
 * text it parsed (V8 shares the characters), so a cached field would hold on to a whole chunk of
 * the file; the copy holds its own characters only (the concatenation is flattened by the slice).
 */
function detach(text: string): string {
  return (' ' + text).slice(1);
}

function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

export async function scanTable(columns: readonly string[], input: AsyncIterable<RecordBatch>, opts: TableScanOptions): Promise<TableScan> {
  const { cues, batches } = await cuesAhead(columns, input, opts.policy, opts.display);
  const scanner = new TableScanner(columns, { ...opts, valueCues: cues });
  const outputs = scanner.protects && opts.openOutputs ? await opts.openOutputs(scanner.outColumns) : undefined;
  let writtenClean = 0;
  let writtenQuarantine = 0;
  for await (const batch of batches) {
    // Detectors over a batch are synchronous (a big cell is one long call): stopped at the deadline.
    withinBudget(opts.signal, () => scanner.scanRows(batch.rows, batch.start));
    if (!outputs) continue;
    for (let r = 0; r < batch.rows.length; r++) {
      const row = batch.rows[r]!;
      const out = scanner.outputOf(r, row);
      if (scanner.rowQuarantined[r]) {
        await outputs.quarantine.write(out);
        writtenQuarantine++;
      } else {
        await outputs.clean.write(out);
        writtenClean++;
      }
    }
  }
  checkCounts(scanner, outputs ? { clean: writtenClean, quarantine: writtenQuarantine } : undefined, opts.display);
  return scanner.finish();
}

/** records in = clean + quarantined (and, with outputs, = records written to each). */
export function checkCounts(scanner: TableScanner, written: { clean: number; quarantine: number } | undefined, display: string): void {
  const { records, clean, quarantined } = scanner;
  if (records !== clean + quarantined || (written && (written.clean !== clean || written.quarantine !== quarantined))) {
    throw new ConfigError(`record count mismatch: ${records} read, ${clean} clean + ${quarantined} quarantined written`, { file: display });
  }
}

function anyProtective(policy: ResolvedPolicy, columns: readonly string[], file: string): boolean {
  for (const d of DETECTOR_BY_TYPE.values()) {
    for (const c of columns) {
      const a = policy.action(d.type, d.category, c, file);
      if (a === 'mask' || a === 'quarantine') return true;
    }
  }
  return false;
}

/**
 * A type's first hit in a column; in the OTHER_KEYS column (assorted keys of JSON Lines records) with
 * the key that holds it, unless that key holds a detected value itself.
 */
function firstHitOf(col: ColumnState, record: number, raw: unknown, text: string, m: DetectorMatch, matches: readonly DetectorMatch[]): Hit {
  const hit: Hit = { record, start: m.start, end: m.end, length: m.end - m.start };
  if (col.name !== OTHER_KEYS) return hit;
  const key = memberAt(raw, text, m.start, m.end, matches);
  return key === undefined ? hit : { ...hit, key };
}

function columnFinding(
  file: string,
  column: string,
  type: string,
  category: Category,
  label: string,
  n: number,
  nonEmpty: number,
  action: Action,
  hit: Hit | undefined,
  protectedN: number,
  /** `values`: detected in the values; `class`: the column's class; `name`: cells protected whole by the column's name. */
  by: 'values' | 'class' | 'name' = 'values',
): Finding {
  const pct = nonEmpty > 0 ? ` (${((100 * n) / Math.max(n, nonEmpty)).toFixed(1)}% of non-empty values)` : '';
  // Quoted as JSON: a key may hold line breaks or quotes (reports escape the rest, as for column names).
  const first = hit?.key !== undefined ? `, the first under key ${JSON.stringify(hit.key)}` : '';
  const what =
    by === 'class' ? `is classified as ${type} (${category}) from its name and values` : by === 'name' ? `is protected as ${type} (${category}) by its name in ${n} value(s)${pct}` : `holds ${type} in ${n} value(s)${pct}${first}`;
  const protectedMsg = action === 'mask' ? `; ${protectedN} masked in the clean output` : action === 'quarantine' ? `; records quarantined` : '';
  const rule = action === 'report' ? ruleFor(category) : RULES.protected;
  return {
    ruleId: rule.id,
    severity: action === 'report' ? severityFor(category) : 'info',
    message: `column "${column}" ${what}${protectedMsg}`,
    location: { file, field: column, ...(hit ? { record: hit.record, start: hit.start, end: hit.end } : {}) },
    target: `${file}#${column}`,
    evidence: hit ? evidenceOf(label, hit.length) : label,
    remediation: rule.remediation,
  };
}
