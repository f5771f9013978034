// Value cues (issue 17): a column with a neutral name whose first values are, consistently, bare values
// of a type whose bare form needs a cue (nine-digit US SSNs, twelve-hex-digit MAC addresses, Aadhaar
// numbers and CPFs known by their check digits) gets that
// type's cue, as if it were named for it: its valid cells are then masked as a named column's are. The
// cue is decided once per table from its head (the same records on every path: the main thread, the
// worker threads' parts, every shard, standard input), before any cell is scanned. Random ids pass a
// type's range rules often; the rules below ask for evidence such a column lacks.
import { contextHit, otherKindOfColumn } from '../../src/detect/engine.js';
import { OTHER_KEYS, openTable, type OpenOptions, type RecordBatch } from '../../src/io/tabular/index.js';
import { DETECTOR_BY_TYPE } from './detectors/index.js';
import { cardValid } from './detectors/credit-card.js';
import { cpfValid, verhoeffValid } from './detectors/national-ids.js';
import { ssnValid } from './detectors/us-ssn.js';
import type { ResolvedPolicy } from './scan.js';
import type { Shape } from './shapes.js';
import { nameHint, shapeHint } from './vocab.js';

/** Column name → the type whose cue the column's values gave it. */
export type ValueCues = ReadonlyMap<string, string>;

/**
 * The head: at most this many records, non-empty values per column, and characters of its records (every
 * cell, a value other than a string counting CELL_CHARS): the records held while the cues are decided.
 */
export const HEAD_RECORDS = 1000;
export const HEAD_VALUES = 200;
export const HEAD_CHARS = 4 << 20;
const CELL_CHARS = 16;

/** Share of a column's non-empty sampled values that must have the type's shape (malformed cells aside). */
const SHAPE_SHARE = 0.9;
/** Values without the type's shape after which a column cannot reach SHAPE_SHARE of HEAD_VALUES: no cue. */
const MAX_MISFITS = Math.floor((1 - SHAPE_SHARE) * HEAD_VALUES);
/** Share of distinct adjacent values going one way from which a column is sorted (sequential ids, times). */
const ORDERED_SHARE = 0.9;

interface CueRule {
  type: string;
  /** A context word of the type's detector, added to the column's context (the column-name cue path). */
  word: string;
  /** One value: FITS (the type's shape), MISFIT (another shape), or RULED_OUT (the shape, not a valid value). */
  verdict(value: string): number;
  /** Whether the sampled non-empty values (trimmed, in record order) carry the type. */
  holds(values: readonly string[]): boolean;
}

const MISFIT = 0;
const FITS = 1;
const RULED_OUT = 2;

const SSN_SHAPE = /^\d{3}([- .]?)\d{2}\1\d{4}$/;

function ssnVerdict(v: string): number {
  return !SSN_SHAPE.test(v) ? MISFIT : ssnValid(v) ? FITS : RULED_OUT;
}

/**
 * US SSNs: every SSN-shaped value issuable (a random nine-digit id passes the range rules ~88 % of the
 * time: all of 50 distinct ones, p ≈ (8/9)^50 ≈ 0.003), at least 50 distinct ones in any of the forms (a
 * column mixing dashed and bare SSNs is one column of SSNs), their areas spread (ten areas, three leading
 * digits: not one ZIP region, epoch window, or a 6/7 national mobile range), not sorted.
 */
function holdsSsns(values: readonly string[]): boolean {
  const shaped = shapedValues(values, ssnVerdict, (v) => v.replace(/[- .]/g, ''));
  if (shaped === undefined) return false;
  const distinct = new Set(shaped);
  if (distinct.size < 50) return false;
  const areas = new Set(shaped.map((v) => v.slice(0, 3)));
  const leads = new Set(shaped.map((v) => v[0]));
  return areas.size >= 10 && leads.size >= 3 && !sorted(shaped);
}

/**
 * The values of the type's shape, normalised (`norm`), when every one of them is a valid value and they
 * are SHAPE_SHARE of the values; else undefined.
 */
function shapedValues(values: readonly string[], verdict: (v: string) => number, norm: (v: string) => string): string[] | undefined {
  const shaped: string[] = [];
  for (const v of values) {
    const k = verdict(v);
    if (k === RULED_OUT) return undefined;
    if (k === FITS) shaped.push(norm(v));
  }
  return shaped.length >= SHAPE_SHARE * values.length ? shaped : undefined;
}

const MAC_SHAPE = /^(?:[0-9a-f]{12}|[0-9A-F]{12}|[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}|[0-9A-F]{2}([:-])(?:[0-9A-F]{2}\2){4}[0-9A-F]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}|[0-9A-F]{4}\.[0-9A-F]{4}\.[0-9A-F]{4})$/;
const MAC_SEPARATORS = /[:.-]/g;

/**
 * MAC addresses: every MAC-shaped value unicast (a random hex id's first octet is even half the time:
 * all of 30 distinct ones, p ≈ 1e-9) and not all zeros, at least 30 distinct ones in any notation (a
 * column mixing colon, dash, Cisco-dotted and bare MACs is one column of MACs), nine in ten with a hex
 * letter (a twelve-digit number has none; a random MAC lacks one 0.35 % of the time), not sorted.
 */
function holdsMacs(values: readonly string[]): boolean {
  const shaped = shapedValues(values, macVerdict, (v) => v.replace(MAC_SEPARATORS, '').toLowerCase());
  if (shaped === undefined) return false;
  const distinct = new Set(shaped);
  if (distinct.size < 30) return false;
  let lettered = 0;
  for (const v of distinct) if (/[a-f]/.test(v)) lettered++;
  return lettered >= SHAPE_SHARE * distinct.size && !sorted(shaped);
}

function macVerdict(v: string): number {
  if (!MAC_SHAPE.test(v)) return MISFIT;
  const hex = v.length === 12 ? v : v.replace(MAC_SEPARATORS, '');
  return (parseInt(hex.slice(0, 2), 16) & 1) !== 0 || /^0+$/.test(hex) ? RULED_OUT : FITS;
}

/** Values of one length whose distinct neighbours go one way nine times in ten: sorted or sequential. */
function sorted(values: readonly string[]): boolean {
  let up = 0;
  let down = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i]! > values[i - 1]!) up++;
    else if (values[i]! < values[i - 1]!) down++;
  }
  return up + down >= 20 && Math.max(up, down) >= ORDERED_SHARE * (up + down);
}

const AADHAAR_SHAPE = /^[2-9]\d{3}([ -]?)\d{4}\1\d{4}$/;
const CPF_SHAPE = /^\d{3}(?:\.\d{3}\.\d{3}-|\d{6})\d{2}$/;
const NON_DIGITS = /\D/g;

/** Share of a checksummed type's shaped values that must pass the check (typos aside). */
const CHECKED_SHARE = 0.75;

/** Values of a checksummed number's shape (`shape`) fit, whether their check digits pass or not (typos). */
function shapeVerdict(shape: RegExp): (v: string) => number {
  return (v) => (shape.test(v) ? FITS : MISFIT);
}

/**
 * Aadhaar numbers (bare or 4-4-4) or CPFs (bare or ddd.ddd.ddd-dd): three in four values of the shape
 * pass the check digits (an export's typos fail it; one random number in ten passes Verhoeff, one in a
 * hundred the CPF's two digits: 75 % of 30 by chance, p < 1e-15), at least 30 distinct passing ones,
 * not sorted (a sequence of invoice numbers).
 */
function holdsChecked(shape: RegExp, valid: (digits: string) => boolean): (values: readonly string[]) => boolean {
  return (values) => {
    const shaped = shapedValues(values, shapeVerdict(shape), (v) => v.replace(NON_DIGITS, ''));
    if (shaped === undefined) return false;
    const passing = shaped.filter(valid);
    return passing.length >= CHECKED_SHARE * shaped.length && new Set(passing).size >= 30 && !sorted(shaped);
  };
}

const aadhaarValid = (d: string): boolean => d !== [...d].reverse().join('') && verhoeffValid(d);

/**
 * Card numbers: 12–19 digits, bare or in groups (a column of cards mixes forms); three in four pass Luhn
 * and name a known issuer (one random number in ten passes Luhn: 75 % of 30 by chance, p < 1e-15). With
 * the cue, a column's thirteen-digit Visa numbers (which need a card word: credit-card.ts) are masked as
 * its sixteen-digit ones are.
 */
const CARD_SHAPE = /^\d(?:[ -]?\d){11,18}$/;


/**
 * National ids told apart by their lengths and check digits, that one neutral column may mix (an export
 * of customers of several countries): each with its bare shape, its check and its detector's cue word.
 */
const MIXED_IDS: ReadonlyArray<{ shape: RegExp; valid: (digits: string) => boolean; word: string }> = [
  { shape: AADHAAR_SHAPE, valid: aadhaarValid, word: 'aadhaar' },
  { shape: CPF_SHAPE, valid: cpfValid, word: 'cpf' },
];

/** The cue of a column mixing the national ids of MIXED_IDS: each value is read with its own id's word. */
export const MIXED_IDS_CUE = 'national-ids';

function mixedIdsVerdict(v: string): number {
  return MIXED_IDS.some((id) => id.shape.test(v)) ? FITS : MISFIT;
}

/**
 * A column mixing MIXED_IDS' national ids: nine in ten values of one of their shapes, three in four of
 * those passing the check of the id of their shape (a random number passes Verhoeff one time in ten, the
 * CPF's two digits one in a hundred: 75 % of 30 by chance, p < 1e-15), at least 30 distinct passing
 * ones, not sorted. Tried after each id's own rule (a column of one id is that id's).
 */
function holdsMixedIds(values: readonly string[]): boolean {
  const shaped = shapedValues(values, mixedIdsVerdict, (v) => v);
  if (shaped === undefined) return false;
  const passing = shaped.filter((v) => MIXED_IDS.some((id) => id.shape.test(v) && id.valid(v.replace(NON_DIGITS, ''))));
  return passing.length >= CHECKED_SHARE * shaped.length && new Set(passing).size >= 30 && !sorted(shaped);
}

/** The cue of a column of reference numbers: its values are ids, as if its name ended in `id`. */
export const IDENTIFIER_CUE = 'identifier';

// At most thirteen digits: a national number's length (a column of card numbers is no column of ids).
const DIGIT_ID = /^\d{6,13}$/;
// With a hex letter: a run of digits alone is a number (a column of them is the digit rule's).
const HEX_ID = /^(?=\d*[a-fA-F])(?:[0-9a-f]{8,64}|[0-9A-F]{8,64})$/;

/** The zeros a digit run starts with. */
function leadingZeros(v: string): number {
  let i = 0;
  while (i < v.length && v.charCodeAt(i) === 48) i++;
  return i;
}

/**
 * Reference numbers written as bare runs of 6–13 digits, at least 30 distinct, whose leading zero is no trunk
 * prefix: a national number written with its trunk prefix always starts with one zero and one only.
 * Either few values start with a zero (a fifth at most: a random id's first digit is a zero one time
 * in ten, every value of a column of national numbers does), or the values are of one length and
 * their zeros are padding: their count varies (`012345678`, `004567890`).
 */
function holdsDigitIds(values: readonly string[]): boolean {
  const shaped = shapedValues(values, shapeVerdict(DIGIT_ID), (v) => v);
  if (shaped === undefined || new Set(shaped).size < 30) return false;
  const zeros = shaped.map(leadingZeros);
  const led = zeros.filter((z) => z > 0).length;
  if (led <= 0.2 * shaped.length) return true;
  if (new Set(shaped.map((v) => v.length)).size !== 1 || led < shaped.length) return false;
  const least = Math.min(...zeros);
  const more = zeros.filter((z) => z > least).length;
  return more >= 0.03 * shaped.length && more <= 0.5 * shaped.length;
}

/**
 * Ids written as runs of hex digits in one case with a hex letter, at least 30 distinct,
 * that a column of bare MAC addresses cannot be: of several lengths (Postfix queue ids), or a fifth of
 * the twelve-digit ones multicast (a random id's first octet is odd half the time; a device's address
 * is unicast), or none of twelve digits.
 */
function holdsHexIds(values: readonly string[]): boolean {
  const shaped = shapedValues(values, shapeVerdict(HEX_ID), (v) => v.toLowerCase());
  if (shaped === undefined) return false;
  const distinct = [...new Set(shaped)];
  if (distinct.length < 30) return false;
  const twelve = distinct.filter((v) => v.length === 12);
  const multicast = twelve.filter(oddFirstOctet).length;
  return new Set(distinct.map((v) => v.length)).size > 1 || twelve.length === 0 || multicast >= 0.2 * twelve.length;
}

/**
 * A first octet with the group bit set other than the groups frames are sent to (01: IPv4 multicast,
 * STP, LLDP, CDP; 33: IPv6 multicast; ff: broadcast): a column of captured destinations holds those,
 * a column of random ids any odd octet.
 */
function oddFirstOctet(hex: string): boolean {
  const first = hex.slice(0, 2);
  return (parseInt(first, 16) & 1) !== 0 && first !== '01' && first !== '33' && first !== 'ff';
}

/** The cue of a column of ABA routing numbers: bank codes, no personal data (read as a column of ids). */
export const ROUTING_CUE = 'aba-routing';

/** Share of the nine-digit values that must be routing numbers (an export's typos fail the check). */
const ROUTING_SHARE = 0.8;
// Nine digits, bare or as a cheque's fractional-free `dddd-dddd-d`.
const ROUTING_SHAPE = /^\d{4}-?\d{4}-?\d$/;

/**
 * An ABA routing transit number: its first two digits a Federal Reserve district (01–12), a thrift's
 * (21–32), an electronic one's (61–72), traveller's cheques (80) or the government's (00), and its
 * check digit: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). One random nine-digit number
 * in ten passes the check, about one in twenty-five both.
 */
export function abaRoutingValid(d: string): boolean {
  if (d.length !== 9) return false;
  const lead = (d.charCodeAt(0) - 48) * 10 + (d.charCodeAt(1) - 48);
  if (!(lead <= 12 || (lead >= 21 && lead <= 32) || (lead >= 61 && lead <= 72) || lead === 80)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * [3, 7, 1][i % 3]!;
  return sum % 10 === 0;
}

/**
 * ABA routing numbers (a bank export's or a payroll file's column of them under a neutral name): four in
 * five nine-digit values pass the routing number's district ranges and check digit (a column of SSNs
 * passes both one value in twenty-five: 80 % of 30, p < 1e-30), at least 30 distinct ones. Checked
 * before the SSN rule: nine digits in many areas, they pass its range rules too. Sorted or not (a
 * directory of banks is sorted by its numbers).
 */
function holdsRoutingNumbers(values: readonly string[]): boolean {
  const shaped = shapedValues(values, shapeVerdict(ROUTING_SHAPE), (v) => v.replace(NON_DIGITS, ''));
  if (shaped === undefined) return false;
  const passing = shaped.filter(abaRoutingValid);
  return passing.length >= ROUTING_SHARE * shaped.length && new Set(passing).size >= 30;
}

// Types first (a column of SSNs is also one of digit runs), then the columns of ids that resemble them;
// a column of routing numbers, which SSN's range rules cannot tell, before the SSN rule.
const RULES: readonly CueRule[] = [
  { type: ROUTING_CUE, word: 'routing', verdict: shapeVerdict(ROUTING_SHAPE), holds: holdsRoutingNumbers },
  { type: 'us-ssn', word: 'ssn', verdict: ssnVerdict, holds: holdsSsns },
  { type: 'mac-address', word: 'mac', verdict: macVerdict, holds: holdsMacs },
  { type: 'in-aadhaar', word: 'aadhaar', verdict: shapeVerdict(AADHAAR_SHAPE), holds: holdsChecked(AADHAAR_SHAPE, aadhaarValid) },
  { type: 'br-cpf', word: 'cpf', verdict: shapeVerdict(CPF_SHAPE), holds: holdsChecked(CPF_SHAPE, cpfValid) },
  { type: MIXED_IDS_CUE, word: MIXED_IDS.map((id) => id.word).join(' '), verdict: mixedIdsVerdict, holds: holdsMixedIds },
  { type: 'credit-card', word: 'card', verdict: shapeVerdict(CARD_SHAPE), holds: holdsChecked(CARD_SHAPE, cardValid) },
  { type: IDENTIFIER_CUE, word: 'id', verdict: shapeVerdict(DIGIT_ID), holds: holdsDigitIds },
  { type: IDENTIFIER_CUE, word: 'id', verdict: shapeVerdict(HEX_ID), holds: holdsHexIds },
];

/** The column's detector context with the cue of `type` (scan.ts: ColumnState.detect.context). */
export function cuedContext(column: string, type: string): string {
  const rule = RULES.find((r) => r.type === type);
  return rule ? `${column} ${rule.word}` : column;
}

/** The non-personal shape a value cue gives the column (ColumnProfile's shapeHint), as an id's name would. */
export function cuedShape(cue: string | undefined): Shape | undefined {
  return cue === IDENTIFIER_CUE || cue === ROUTING_CUE ? 'identifier' : undefined;
}

/** Whether a column's name leaves its type to its values: no name hint, declaration or non-personal shape. */
function neutralName(column: string, columns: readonly string[], policy: ResolvedPolicy, display: string): boolean {
  return column !== OTHER_KEYS && !policy.columnHint(column, display) && !nameHint(column, columns) && !shapeHint(column);
}

/** Whether the name already cues the rule's type, or says the values are another kind (`commit_hash`). */
function nameDecides(column: string, rule: CueRule): boolean {
  const d = DETECTOR_BY_TYPE.get(rule.type);
  if (d === undefined) return false; // the identifier cue: a neutral name never says the values are ids
  return contextHit(column, d) || (d.notContext !== undefined && otherKindOfColumn(column, d));
}

/** The text of a cell as sampled: strings and numbers (a JSON Lines number), trimmed; anything else ''. */
function sampleText(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '[object]';
  return text === '' ? undefined : text;
}

/**
 * The head sample of a table's neutral columns, fed record by record (add) until `full`; then `cues()`.
 * It stops at the same record whatever the batches, so every path that reads the head decides alike.
 */
export class HeadSample {
  /** Per neutral column: its values so far, and per rule (RULES order) the values of another shape, or -1 once ruled out. */
  private readonly sampled: Array<{ name: string; index: number; values: string[]; misfits: number[] }>;
  private records = 0;
  private chars = 0;
  full = false;

  constructor(columns: readonly string[], policy: ResolvedPolicy, display: string) {
    this.sampled = columns
      .map((name, index) => ({ name, index, values: [] as string[], misfits: RULES.map((rule) => (nameDecides(name, rule) ? -1 : 0)) }))
      .filter((c) => neutralName(c.name, columns, policy, display));
    this.full = !this.sampled.some((c) => possible(c.misfits));
  }

  /** Samples the rows until the head is full; returns how many rows it took. */
  add(rows: readonly (readonly unknown[])[]): number {
    let r = 0;
    while (!this.full && r < rows.length) {
      const row = rows[r++]!;
      let open = false;
      for (const c of this.sampled) {
        if (c.values.length >= HEAD_VALUES || !possible(c.misfits)) continue;
        const text = sampleText(row[c.index]);
        if (text !== undefined) {
          c.values.push(text);
          judge(c.misfits, text);
        }
        open ||= c.values.length < HEAD_VALUES && possible(c.misfits);
      }
      for (const cell of row) this.chars += typeof cell === 'string' ? cell.length : CELL_CHARS;
      this.full = !open || ++this.records >= HEAD_RECORDS || this.chars >= HEAD_CHARS;
    }
    return r;
  }

  cues(): Map<string, string> {
    const cues = new Map<string, string>();
    for (const c of this.sampled) {
      const rule = RULES.find((x, k) => c.misfits[k]! >= 0 && x.holds(c.values));
      if (rule) cues.set(c.name, rule.type);
    }
    return cues;
  }
}

/**
 * Counts a value against each rule still possible for its column: a value of the shape that is no valid
 * value rules the type out, as do more values of other shapes than a cue allows (holds would say no:
 * the head stops early, at the same record on every path, when no column has a possible rule left).
 */
function judge(misfits: number[], text: string): void {
  for (let k = 0; k < RULES.length; k++) {
    if (misfits[k]! < 0) continue;
    const v = RULES[k]!.verdict(text);
    if (v === RULED_OUT || (v === MISFIT && ++misfits[k]! > MAX_MISFITS)) misfits[k] = -1;
  }
}

function possible(misfits: readonly number[]): boolean {
  return misfits.some((m) => m >= 0);
}

/**
 * The value cues of a table read as `batches`, and the batches again from the first (the head's are
 * kept: at most HEAD_RECORDS records, or the batch that holds the last of them).
 */
export async function cuesAhead(
  columns: readonly string[],
  batches: AsyncIterable<RecordBatch>,
  policy: ResolvedPolicy,
  display: string,
): Promise<{ cues: ValueCues; batches: AsyncIterable<RecordBatch> }> {
  const sample = new HeadSample(columns, policy, display);
  const it = batches[Symbol.asyncIterator]();
  const head: RecordBatch[] = [];
  let done = false;
  while (!sample.full) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    sample.add(next.value.rows);
  }
  async function* replay(): AsyncGenerator<RecordBatch> {
    try {
      yield* head.splice(0);
      if (done) return;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    } finally {
      if (!done) await it.return?.();
    }
  }
  return { cues: sample.cues(), batches: replay() };
}

/** The value cues of a table file, from its head (worker-thread parts and shards: every one reads the same head). */
export async function cuesOfFile(absPath: string, open: OpenOptions, policy: ResolvedPolicy): Promise<ValueCues> {
  const table = await openTable(absPath, open);
  const sample = new HeadSample(table.columns, policy, open.display);
  for await (const batch of table.batches) {
    sample.add(batch.rows);
    if (sample.full) break;
  }
  return sample.cues();
}
