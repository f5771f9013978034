// Tuning data for value cues (issue 17, checks/pii/value-cues.ts): neutral columns (`c1`, `c2`, …) of
// bare US SSNs and bare MAC addresses, written from the formats' rules (SSA: area 001–899 but 666,
// group 01–99, serial 0001–9999; IEEE 802: a unicast address has the first octet's low bit clear), and
// columns of ids that resemble them by chance. Every value is drawn at run time from a seeded PRNG.
import { cpfValid, verhoeffValid } from '../../checks/pii/detectors/national-ids.js';
import { ssnValid } from '../../checks/pii/detectors/us-ssn.js';
import type { ResolvedPolicy } from '../../checks/pii/scan.js';
import { HeadSample, IDENTIFIER_CUE } from '../../checks/pii/value-cues.js';
import { aadhaar, chars, int, pad, pick, rng } from './personal-data.js';
import { scanGeneratedTable } from './pii-table-scan.js';

type R = () => number;
/** A column generator: made per table (sequential kinds keep a counter), called once per row. */
type Column = (r: R) => (r: R) => string;

const DIG = '0123456789';
const HEX = '0123456789abcdef';

/** An issuable SSN's nine digits (randomised assignment: any area). */
export function bareSsn(r: R): string {
  for (;;) {
    const v = pad(int(r, 1, 899), 3) + pad(int(r, 1, 99), 2) + pad(int(r, 1, 9999), 4);
    if (ssnValid(v)) return v;
  }
}

/** A unicast MAC address's twelve hex digits (lower case), not all zeros. */
export function bareMac(r: R): string {
  const first = int(r, 0, 127) * 2;
  return first.toString(16).padStart(2, '0') + chars(r, HEX, 10);
}

/** A CPF's eleven digits (nine random, two mod-11 check digits), not all the same. */
export function bareCpf(r: R): string {
  for (;;) {
    const body = chars(r, DIG, 9);
    for (let d = 0; d < 100; d++) {
      const v = body + pad(d, 2);
      if (cpfValid(v)) return v;
    }
  }
}

/** A few empty and malformed cells among a column's values (as exports have them). */
function messy(r: R, value: (r: R) => string): string {
  const x = r();
  if (x < 0.03) return '';
  if (x < 0.04) return pick(r, ['N/A', 'unknown', '-', 'null']);
  if (x < 0.05) return value(r).slice(0, -1);
  return value(r);
}

const counter = (start: (r: R) => number, step: (r: R) => number, write: (n: number) => string): Column => (r) => {
  let n = start(r);
  return (q) => write((n += step(q)));
};

/** Column kinds that are the type: their valid cells should be masked. */
export const POSITIVE: Record<string, Column> = {
  ssn: () => (r) => messy(r, bareSsn),
  'mac-lower': () => (r) => messy(r, bareMac),
  'mac-upper': () => (r) => messy(r, (q) => bareMac(q).toUpperCase()),
  // Exports merged from several systems: a fifth of the column bare, the rest in the usual notations.
  'mac-mixed-notation': () => (r) => messy(r, (q) => macInNotation(q, bareMac(q))),
  'ssn-mixed-dashed': () => (r) => messy(r, (q) => (q() < 0.2 ? bareSsn(q) : bareSsn(q).replace(/^(\d{3})(\d{2})/, '$1-$2-'))),
  'aadhaar-bare': () => (r) => messy(r, aadhaar),
  'aadhaar-mixed-grouped': () => (r) => messy(r, (q) => (q() < 0.5 ? aadhaar(q) : aadhaar(q).replace(/^(\d{4})(\d{4})/, '$1 $2 '))),
  'cpf-bare': () => (r) => messy(r, bareCpf),
  'cpf-formatted': () => (r) => messy(r, (q) => bareCpf(q).replace(/^(\d{3})(\d{3})(\d{3})/, '$1.$2.$3-')),
};

/** A MAC's twelve hex digits in one of the notations exports write (bare one time in five). */
function macInNotation(r: R, hex: string): string {
  const pairs = hex.match(/../g)!;
  const x = r();
  if (x < 0.2) return hex;
  if (x < 0.4) return pairs.join(':');
  if (x < 0.6) return pairs.join('-').toUpperCase();
  if (x < 0.8) return pairs.join(':').toUpperCase();
  return hex.match(/..../g)!.join('.');
}

/** Column kinds that are not: no cell should be masked, no column cued. */
export const NEGATIVE: Record<string, Column> = {
  'random-9-digit-id': () => (r) => chars(r, DIG, 9),
  'sequential-id': counter((r) => int(r, 100_000_000, 800_000_000), (r) => int(r, 1, 3), String),
  'zip-plus-4': () => (r) => pad(int(r, 501, 99950), 5) + pad(int(r, 1, 9999), 4),
  'zip-plus-4-regional': (r) => {
    const base = int(r, 100, 880);
    return (q) => pad(int(q, base * 100, base * 100 + 999), 5) + pad(int(q, 1, 9999), 4);
  },
  '12-digit-number': () => (r) => String(int(r, 1, 9)) + chars(r, DIG, 11),
  '12-hex-id': () => (r) => chars(r, HEX, 12),
  '12-hex-id-upper': () => (r) => chars(r, HEX, 12).toUpperCase(),
  'sequential-hex-id': counter((r) => int(r, 0, 2 ** 40), (r) => int(r, 1, 5), (n) => n.toString(16).padStart(12, '0')),
  'epoch-seconds': counter((r) => int(r, 1_000_000_000, 1_900_000_000), (r) => int(r, 0, 120), String),
  'epoch-seconds-9-digit': counter((r) => int(r, 100_000_000, 990_000_000), (r) => int(r, 0, 600), String),
  'us-phone-digits': () => (r) => String(int(r, 2, 9)) + chars(r, DIG, 2) + String(int(r, 2, 9)) + chars(r, DIG, 6),
  'fr-mobile-9-digit': () => (r) => String(int(r, 6, 7)) + chars(r, DIG, 8),
  'mixed-20%-ssn-ids': () => (r) => (r() < 0.2 ? bareSsn(r) : chars(r, DIG, 9)),
  'mixed-20%-ssn-words': () => (r) => (r() < 0.2 ? bareSsn(r) : pick(r, ['pending', 'closed', 'open', 'n/a', 'review'])),
  'mixed-20%-mac-hex': () => (r) => (r() < 0.2 ? bareMac(r) : chars(r, HEX, 12)),
  'zero-padded-sequential-id': counter((r) => int(r, 1, 5_000_000), (r) => int(r, 1, 3), (n) => pad(n, 9)),
  'zero-padded-random-id': () => (r) => pad(int(r, 1, 99_999_999), 9),
  '12-digit-invoice-no': counter((r) => int(r, 100_000_000_000, 900_000_000_000), (r) => int(r, 1, 40), String),
  '11-digit-random-id': () => (r) => chars(r, DIG, 11),
  'postfix-queue-id': () => (r) => chars(r, '0123456789ABCDEF', int(r, 10, 12)),
};

/** A cell that is a valid value of a positive kind's type (whole: a cut value is no longer one). */
function validOfKind(kind: string, v: string): boolean {
  if (kind.startsWith('aadhaar')) return /^\d{4} ?\d{4} ?\d{4}$/.test(v) && verhoeffValid(v.replace(/ /g, ''));
  if (kind.startsWith('cpf')) return /^(?:\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})$/.test(v) && cpfValid(v);
  if (kind.startsWith('ssn')) return /^(?:\d{9}|\d{3}-\d{2}-\d{4})$/.test(v) && ssnValid(v.replace(/-/g, ''));
  return /^(?:[0-9a-f]{12}|[0-9A-F]{12}|(?:[0-9a-f]{2}:){5}[0-9a-f]{2}|(?:[0-9A-F]{2}[:-]){5}[0-9A-F]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})$/.test(v);
}

/** A column of bare SSNs too short to decide (below the 50 values the cue needs): never cued. */
const TINY_ROWS = 40;

export interface KindResult {
  kind: string;
  positive: boolean;
  columns: number;
  /** Columns cued with a type (us-ssn, mac-address, in-aadhaar, br-cpf). */
  cued: number;
  /** Columns cued as ids (value-cues.ts IDENTIFIER_CUE). */
  idCued: number;
  /** Cells: valid values of the type (positive kinds) or all non-empty cells (negative kinds). */
  cells: number;
  masked: number;
}

/** Per column kind, over `seeds` tables of `rows` rows (one column of each kind, named `c1`, `c2`, …). */
export async function colheadTuning(seeds: number, rows = 200): Promise<KindResult[]> {
  const kinds: Array<[string, boolean, Column]> = [
    ...Object.entries(POSITIVE).map(([k, g]): [string, boolean, Column] => [k, true, g]),
    ['ssn-tiny', false, () => (r) => bareSsn(r)],
    ...Object.entries(NEGATIVE).map(([k, g]): [string, boolean, Column] => [k, false, g]),
  ];
  const out = kinds.map(([kind, positive]): KindResult => ({ kind, positive, columns: 0, cued: 0, idCued: 0, cells: 0, masked: 0 }));
  for (let seed = 1; seed <= seeds; seed++) {
    const setup = rng(seed * 7919);
    const gens: Record<string, (r: R) => string> = {};
    kinds.forEach(([kind, , make], i) => {
      const g = make(setup);
      let row = 0;
      gens[`c${i + 1}`] = kind === 'ssn-tiny' ? (r) => (row++ < TINY_ROWS ? g(r) : '') : g;
    });
    const scanned = await scanGeneratedTable(seed, gens, rows);
    scanned.forEach((s, i) => {
      const o = out[i]!;
      o.columns++;
      if (s.cls.valueCue === IDENTIFIER_CUE) o.idCued++;
      else if (s.cls.valueCue) o.cued++;
      s.values.forEach((v, k) => {
        // Positive kinds: the cells that are valid values of the type (malformed ones stay as they were).
        if (o.positive ? !validOfKind(o.kind, v) : v === '') return;
        o.cells++;
        if (s.written[k] !== v) o.masked++;
      });
    });
  }
  return out;
}

/** The value cues a table's head (`rows`, all of it sampled) gives its columns under `policy`. */
export function headCuesOf(policy: ResolvedPolicy, columns: string[], rows: string[][]): Map<string, string> {
  const s = new HeadSample(columns, policy, 't.csv');
  s.add(rows);
  return s.cues();
}
