// Runs the held-out set through the bundled CLI as a new user would (`modelgate pii scan --format
// jsonl --mask …`, and the same on the typed CSV with `--report-json` for the column classes) and
// scores the masked outputs against the gold. Nothing here prints or returns a value.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskedSpans } from './align.js';
import { writeHeldout, type HeldoutSet } from './generate.js';
import type { NegativeSpan } from './records.js';
import { groupOf, merge, newTally, scoreUnit, type Group, type Tally } from './score.js';

export interface ColumnResult {
  name: string;
  /** The column's true group, or null for a hard-negative column. */
  truth: Group | null;
  negative: string | null;
  reported: string | null;
  reportedGroup: Group | null;
  /** Share of non-empty cells with the reported type (null: none, or classified by its name alone). */
  prevalence: number | null;
  correct: boolean;
}

export interface HeldoutResult {
  text: Tally;
  cells: Tally;
  all: Tally;
  columns: ColumnResult[];
  /** CPU seconds of each CLI run (from /usr/bin/time), when measurable. */
  cpu: { text?: number; csv?: number };
  bytes: { text: number; csv: number };
}

interface CliRun {
  status: number | null;
  stderr: string;
  cpu?: number;
}

function runCli(cli: string, dir: string, args: string[]): CliRun {
  const timed = existsSync('/usr/bin/time');
  const timeFile = join(dir, `time-${args[2] ?? 'x'}.txt`.replace(/[^\w.-]/g, '_'));
  const [cmd, argv] = timed ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
  const r = spawnSync(cmd, argv as string[], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  let cpu: number | undefined;
  if (timed && existsSync(timeFile)) {
    const [u, s] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    if (Number.isFinite(u) && Number.isFinite(s)) cpu = u! + s!;
  }
  // Exit 1 is the scan's verdict (personal data found); 2 is an error, which the scan says in one line.
  if (r.status !== 0 && r.status !== 1) {
    const line = r.stderr.split('\n').find((l) => l.startsWith('modelgate: error')) ?? `exit ${r.status}`;
    throw new Error(`pii scan ${args.slice(2, 3).join(' ')}: ${line}`);
  }
  return { status: r.status, stderr: r.stderr, cpu };
}

/** Scores the free text: `masked[i]` is the masked JSON Lines record of record i. */
export function scoreText(set: HeldoutSet, masked: string[]): Tally {
  const t = newTally();
  if (masked.length !== set.records.length) throw new Error(`the masked JSON Lines have ${masked.length} records, the input ${set.records.length}`);
  set.records.forEach((rec, i) => {
    const out = (JSON.parse(masked[i]!) as { text?: unknown }).text;
    scoreUnit(t, rec.text, rec.spans, rec.negatives, typeof out === 'string' ? maskedSpans(rec.text, out) : undefined);
  });
  return t;
}

/** RFC 4180 records (quoted fields with doubled quotes, CRLF or LF); a written file's last line break ends no record. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) [row, field] = [[...row, field], ''];
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      [row, field] = [[], ''];
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** The masked CSV's cells, checked to have the input's columns and rows. */
function maskedCells(set: HeldoutSet, maskedCsv: string): string[][] {
  const [header, ...body] = parseCsv(maskedCsv);
  if (!header || header.join(',') !== set.table.columns.map((c) => c.name).join(',')) throw new Error('the masked CSV does not have the columns of the input');
  if (body.length !== set.table.rows.length) throw new Error(`the masked CSV has ${body.length} rows, the input ${set.table.rows.length}`);
  return body;
}

/** Scores the typed table: `body[i][j]` is the masked cell of row i, column j. */
export function scoreCells(set: HeldoutSet, body: string[][]): Tally {
  const t = newTally();
  const cols = set.table.columns;
  set.table.rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell.text === '') return;
      const c = cols[j]!;
      const whole = { start: 0, end: cell.text.length, form: cell.form };
      const gold = c.type ? [{ type: c.type, ...whole }] : [];
      const negatives: NegativeSpan[] = c.negative ? [{ kind: c.negative, ...whole }] : [];
      scoreUnit(t, cell.text, gold, negatives, maskedSpans(cell.text, body[i]![j] ?? ''));
    });
  });
  return t;
}

interface ReportColumn {
  name: string;
  type: string | null;
  prevalence: Record<string, number>;
}

function scoreColumns(set: HeldoutSet, reportJson: string): ColumnResult[] {
  const report = JSON.parse(reportJson) as { files?: Array<{ columns?: ReportColumn[] }> };
  const reported = new Map((report.files?.[0]?.columns ?? []).map((c) => [c.name, c]));
  return set.table.columns.map((c) => {
    const r = reported.get(c.name);
    const truth = c.type ? groupOf(c.type) : null;
    const reportedGroup = r?.type ? groupOf(r.type) : null;
    return { name: c.name, truth, negative: c.negative ?? null, reported: r?.type ?? null, reportedGroup, prevalence: r?.type ? (r.prevalence[r.type] ?? null) : null, correct: reportedGroup === truth };
  });
}

/** Writes the set into `dir`, runs `node <cli> pii scan` on both files, and scores the outputs. */
export function runHeldout(cli: string, dir: string, set: HeldoutSet): HeldoutResult {
  const files = writeHeldout(dir, set);
  const text = runCli(cli, dir, ['pii', 'scan', 'text.jsonl', '--format', 'jsonl', '--mask', 'text.masked.jsonl']);
  const csv = runCli(cli, dir, ['pii', 'scan', 'columns.csv', '--mask', 'columns.masked.csv', '--report-json', 'columns.report.json']);
  const maskedText = readFileSync(join(dir, 'text.masked.jsonl'), 'utf8').split('\n').filter((l) => l !== '');
  const textTally = scoreText(set, maskedText);
  const cellTally = scoreCells(set, maskedCells(set, readFileSync(join(dir, 'columns.masked.csv'), 'utf8')));
  const all = newTally();
  merge(all, textTally);
  merge(all, cellTally);
  return {
    text: textTally,
    cells: cellTally,
    all,
    columns: scoreColumns(set, readFileSync(join(dir, 'columns.report.json'), 'utf8')),
    cpu: { text: text.cpu, csv: csv.cpu },
    bytes: { text: readFileSync(files.text).length, csv: readFileSync(files.csv).length },
  };
}
