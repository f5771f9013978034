// The streaming scan of one table, shared by the check and the `pii scan` command: detect in every
// cell, profile every column, apply the protection policy (report, mask, quarantine, allow) and hand
// each record to the clean or the quarantine writer. Memory: counts per column and type, the value
// cache, and the k-anonymity groups (only when the policy names quasi-identifiers).
import { ConfigError } from '../../src/errors.js';
import type { Finding } from '../../src/report/model.js';
import type { RecordBatch } from '../../src/io/tabular/index.js';
import type { DetectorMatch } from '../../src/detect/index.js';
import { ColumnProfile, type ColumnClass } from './classify.js';
import { globToRegExp, type Action, type PiiConfig, type Strategy } from './config.js';
import { DETECTOR_BY_TYPE, detectPii, type Category } from './detectors/index.js';
import { evidenceOf, makeMasker, spliceSpans, type Masker } from './mask.js';
import { RULES, ruleFor, severityFor } from './rules.js';
import type { Hint } from './vocab.js';

export interface ResolvedPolicy {
  threshold: number;
  minPrevalence: number;
  action(type: string, category: Category, column: string, file: string): Action;
  strategy(type: string, category: Category): Strategy;
  masker: Masker;
  /** Strategies in use name a hash: the key must be present. */
  usesHash: boolean;
}

/** Builds the policy resolver; throws ConfigError when the hash strategy is used without its key. */
export function resolvePolicy(config: PiiConfig, env: NodeJS.ProcessEnv = process.env): ResolvedPolicy {
  const allow = config.allow.map((a) => ({ column: globToRegExp(a.column), file: a.file ? globToRegExp(a.file) : undefined, types: a.types }));
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
    strategy(type, category) {
      return config.masking.strategies[type] ?? config.masking.strategies[category] ?? 'redact';
    },
  };
}

export interface RowWriter {
  write(values: readonly unknown[]): Promise<void>;
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
}

export interface ColumnFact extends ColumnClass {
  action: Action | null;
  /** Values with a match per type. */
  counts: Record<string, number>;
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

/** Hint types whose column is protected as a whole (no pattern covers every value). */
const WHOLE_CELL_HINTS = new Set(['person', 'date-of-birth', 'secret']);
const MAX_GROUPS = 2_000_000;
const CACHE_MAX = 4096;
const NO_TYPES: ReadonlySet<string> = new Set();

interface Hit {
  record: number;
  start: number;
  end: number;
  length: number;
}

export async function scanTable(columns: readonly string[], batches: AsyncIterable<RecordBatch>, opts: TableScanOptions): Promise<TableScan> {
  const { policy, display } = opts;
  const inc = opts.include?.map(globToRegExp);
  const exc = opts.exclude?.map(globToRegExp);
  const scanned = columns
    .map((name, index) => ({ name, index }))
    .filter((c) => (!inc || inc.some((r) => r.test(c.name))) && !exc?.some((r) => r.test(c.name)));
  const profiles = scanned.map((c) => new ColumnProfile(c.name));
  // Whole-column protection from the column name (special categories, names, birth dates, secrets).
  const wholeCell = profiles.map((p): { hint: Hint; action: Action } | undefined => {
    const h = p.hint;
    if (!h || !(h.category === 'special-category' || WHOLE_CELL_HINTS.has(h.type))) return undefined;
    const action = policy.action(h.type, h.category, p.name, display);
    return action === 'mask' || action === 'quarantine' ? { hint: h, action } : undefined;
  });
  const dropped = new Set<string>();
  for (const [i, w] of wholeCell.entries()) if (w?.action === 'mask' && policy.strategy(w.hint.type, w.hint.category) === 'drop') dropped.add(scanned[i]!.name);
  const outColumns = columns.filter((c) => !dropped.has(c));
  const keep = columns.map((c) => !dropped.has(c));
  const protects = wholeCell.some((w) => w) || anyProtective(policy, scanned.map((c) => c.name), display);
  const outputs = protects && opts.openOutputs ? await opts.openOutputs(outColumns) : undefined;

  const qi = (opts.quasiIdentifiers ?? []).filter((q) => columns.includes(q));
  const qiIndex = qi.map((q) => columns.indexOf(q));
  const groups = qi.length > 0 ? new Map<string, number>() : undefined;
  let groupsOverflow = false;

  const caches: Array<{ map: Map<string, DetectorMatch[]>; hits: number } | undefined> = scanned.map(() => ({ map: new Map(), hits: 0 }));
  const detectOpts = scanned.map((c) => ({ threshold: policy.threshold, context: c.name }));
  const counts = scanned.map(() => new Map<string, number>());
  const firstHit = new Map<string, Hit>(); // `${column}\0${type}`
  const protectedCount = new Map<string, number>();
  let records = 0;
  let clean = 0;
  let quarantined = 0;
  let masked = 0;
  let replacementCells = 0;
  let writtenClean = 0;
  let writtenQuarantine = 0;

  for await (const batch of batches) {
    opts.signal?.throwIfAborted();
    for (let r = 0; r < batch.rows.length; r++) {
      const row = batch.rows[r]!;
      const recordNo = batch.start + r;
      records++;
      let quarantine = false;
      let out: unknown[] | undefined;
      for (let s = 0; s < scanned.length; s++) {
        const col = scanned[s]!;
        const raw = row[col.index];
        const text = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : typeof raw === 'object' ? JSON.stringify(raw, bigintSafe) : String(raw);
        if (text.includes('\0')) throw new ConfigError('binary content (NUL bytes) in a text field: not a text table', { file: display, record: recordNo, field: col.name });
        if (text.includes('\uFFFD')) replacementCells++;
        let matches: DetectorMatch[];
        // Categorical columns repeat values: a per-column cache, switched off where it does not pay.
        const cache = caches[s];
        const cached = cache && text.length <= 64 ? cache.map.get(text) : undefined;
        if (cached) {
          matches = cached;
          cache!.hits++;
        } else {
          matches = detectPii(text, detectOpts[s]!);
          if (cache && text.length <= 64) {
            if (cache.map.size >= CACHE_MAX) {
              if (cache.hits < CACHE_MAX / 4) caches[s] = undefined;
              cache.map.clear();
              cache.hits = 0;
            }
            cache.map.set(text, matches);
          }
        }
        let types: ReadonlySet<string> = NO_TYPES;
        let maskSpans: Array<{ start: number; end: number; replacement: string }> | undefined;
        if (matches.length > 0) {
          const seen = new Set<string>();
          for (const m of matches) {
            seen.add(m.type);
            const det = DETECTOR_BY_TYPE.get(m.type)!;
            const action = policy.action(m.type, det.category, col.name, display);
            if (action === 'allow') continue;
            const key = `${col.name}\0${m.type}`;
            if (!firstHit.has(key)) firstHit.set(key, { record: recordNo, start: m.start, end: m.end, length: m.end - m.start });
            if (action === 'quarantine') quarantine = true;
            else if (action === 'mask') {
              (maskSpans ??= []).push({ start: m.start, end: m.end, replacement: policy.masker.mask(text.slice(m.start, m.end), m.type, det.label, policy.strategy(m.type, det.category)) });
            }
            if (action !== 'report') protectedCount.set(key, (protectedCount.get(key) ?? 0) + 1);
          }
          types = seen;
        }
        if (types.size > 0) {
          const c = counts[s]!;
          for (const t of types) c.set(t, (c.get(t) ?? 0) + 1);
        }
        profiles[s]!.add(text, types);
        const whole = wholeCell[s];
        const nonEmpty = text.trim() !== '';
        if (whole && nonEmpty) {
          const key = `${col.name}\0${whole.hint.type}`;
          if (!firstHit.has(key)) firstHit.set(key, { record: recordNo, start: 0, end: text.length, length: text.length });
          protectedCount.set(key, (protectedCount.get(key) ?? 0) + 1);
          if (whole.action === 'quarantine') quarantine = true;
          else {
            out ??= [...row];
            out[col.index] = dropped.has(col.name) ? undefined : policy.masker.mask(text, whole.hint.type, `[${whole.hint.type.toUpperCase().replace(/-/g, '_')}]`, policy.strategy(whole.hint.type, whole.hint.category));
          }
        } else if (maskSpans) {
          out ??= [...row];
          out[col.index] = spliceSpans(text, maskSpans, (i) => maskSpans[i]!.replacement);
        }
      }
      if (groups && !groupsOverflow) {
        const key = JSON.stringify(qiIndex.map((i) => row[i] ?? null), bigintSafe);
        groups.set(key, (groups.get(key) ?? 0) + 1);
        if (groups.size > MAX_GROUPS) groupsOverflow = true;
      }
      if (quarantine) {
        quarantined++;
        if (outputs) {
          await outputs.quarantine.write(project(row, keep));
          writtenQuarantine++;
        }
      } else {
        clean++;
        if (out) masked++;
        if (outputs) {
          await outputs.clean.write(project(out ?? row, keep));
          writtenClean++;
        }
      }
    }
  }
  if (records !== clean + quarantined || (outputs && (writtenClean !== clean || writtenQuarantine !== quarantined))) {
    throw new ConfigError(`record count mismatch: ${records} read, ${clean} clean + ${quarantined} quarantined written`, { file: display });
  }

  // Classification and findings.
  const findings: Finding[] = [];
  const totals: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const columnFacts: ColumnFact[] = scanned.map((col, s) => {
    const cls = profiles[s]!.classify(policy.minPrevalence);
    const cnt = Object.fromEntries(counts[s]!);
    for (const [t, n] of counts[s]!) {
      totals[t] = (totals[t] ?? 0) + n;
      const cat = DETECTOR_BY_TYPE.get(t)?.category;
      if (cat) byCategory[cat] = (byCategory[cat] ?? 0) + n;
    }
    const action = cls.type && cls.category ? policy.action(cls.type, cls.category, col.name, display) : null;
    // One aggregate finding per column and type: detected types, plus the column's class when no detector saw it.
    const reported = new Set<string>();
    for (const [t, n] of counts[s]!) {
      const det = DETECTOR_BY_TYPE.get(t)!;
      const a = policy.action(t, det.category, col.name, display);
      if (a === 'allow') continue;
      reported.add(t);
      findings.push(columnFinding(display, col.name, t, det.category, det.label, n, cls.nonEmpty, a, firstHit.get(`${col.name}\0${t}`), protectedCount.get(`${col.name}\0${t}`) ?? 0));
    }
    if (cls.type && cls.category && !reported.has(cls.type) && action !== 'allow' && (cls.category === 'special-category' || cls.type === 'person' || cls.type === 'date-of-birth')) {
      byCategory[cls.category] = (byCategory[cls.category] ?? 0) + cls.nonEmpty;
      findings.push(
        columnFinding(display, col.name, cls.type, cls.category, `[${cls.type.toUpperCase().replace(/-/g, '_')}]`, cls.nonEmpty, cls.nonEmpty, action ?? 'report', firstHit.get(`${col.name}\0${cls.type}`), protectedCount.get(`${col.name}\0${cls.type}`) ?? 0, true),
      );
    }
    return { ...cls, action, counts: cnt };
  });
  if (replacementCells > 0) {
    findings.push({
      ruleId: RULES.encoding.id,
      severity: RULES.encoding.severity,
      message: `${replacementCells} value(s) held bytes that are not valid in the file's encoding; they were read with U+FFFD replacement characters and scanned as such`,
      location: { file: display },
      target: display,
      remediation: RULES.encoding.remediation,
    });
  }
  let kAnonymity: TableScan['kAnonymity'];
  if (groups) {
    if (groupsOverflow) kAnonymity = { columns: qi, k: null, groups: null, note: `more than ${MAX_GROUPS} distinct combinations: not computed` };
    else {
      let k: number | null = null;
      for (const n of groups.values()) k = k === null ? n : Math.min(k, n);
      kAnonymity = { columns: qi, k, groups: groups.size };
      if (opts.kAnonymity !== undefined && k !== null && k < opts.kAnonymity) {
        findings.push({
          ruleId: RULES.kAnonymity.id,
          severity: RULES.kAnonymity.severity,
          message: `k-anonymity over ${qi.join(', ')} is ${k}: some combination of these quasi-identifiers is shared by fewer than ${opts.kAnonymity} records`,
          location: { file: display },
          target: `${display}#${qi.join('+')}`,
          remediation: RULES.kAnonymity.remediation,
        });
      }
    }
    const missing = (opts.quasiIdentifiers ?? []).filter((q) => !columns.includes(q));
    if (missing.length > 0 && kAnonymity) kAnonymity.note = `${kAnonymity.note ? `${kAnonymity.note}; ` : ''}columns not in this file: ${missing.join(', ')}`;
  }
  return {
    records,
    recordsClean: clean,
    recordsQuarantined: quarantined,
    recordsMasked: masked,
    columns: columnFacts,
    scannedColumns: scanned.map((c) => c.name),
    droppedColumns: [...dropped],
    counts: totals,
    byCategory,
    replacementCells,
    ...(kAnonymity ? { kAnonymity } : {}),
    findings,
  };
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

function project(row: readonly unknown[], keep: readonly boolean[]): unknown[] {
  return keep.every(Boolean) ? (row as unknown[]) : row.filter((_, i) => keep[i]);
}

function bigintSafe(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
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
  byClass = false,
): Finding {
  const pct = nonEmpty > 0 ? ` (${((100 * n) / Math.max(n, nonEmpty)).toFixed(1)}% of non-empty values)` : '';
  const what = byClass ? `is classified as ${type} (${category}) from its name and values` : `holds ${type} in ${n} value(s)${pct}`;
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
