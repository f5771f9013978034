// The second held-out set of the pii check (bench/pii-heldout2/): realistic documents and CSV exports,
// run through the bundled CLI as a user runs it, scored by span overlap. Nobody tunes on this set: it
// measures whether the detectors' judgments hold on data they were not shaped by.
//   BENCH_PII_HELDOUT2_DIST   folder of the bundle (default dist/ of the repository)
//   BENCH_PII_HELDOUT2_SEED   PRNG seed (default 20261206); _DOCS documents (default 1600); _ROWS rows per CSV (default 400)
// Prints counts, types and kinds only, never a value.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textDocuments, type TextDoc } from './pii-heldout2/documents.js';
import { negativeShares, rows, Scorer, type Result } from './pii-heldout2/score.js';
import { COLUMN_TYPES, parseCsv, tables, toCsv, type Table } from './pii-heldout2/tables.js';
import { regexMask } from './pii-heldout2/reference.js';

const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
const dist = resolve(root, process.env.BENCH_PII_HELDOUT2_DIST ?? 'dist');
const num = (name: string, fallback: number): number => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer, got "${process.env[name]}"`);
  return v;
};
const seed = num('BENCH_PII_HELDOUT2_SEED', 20261206), docCount = num('BENCH_PII_HELDOUT2_DOCS', 1600), rowCount = num('BENCH_PII_HELDOUT2_ROWS', 400);

function cli(dir: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'pii', 'scan', ...args, '--action', 'mask'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`modelgate pii scan exited ${r.status ?? r.signal}: ${(r.stderr ?? '').split('\n').filter((l) => !/^(info|low|medium|high|critical):/.test(l)).slice(-3).join(' ')}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function scoreText(docs: TextDoc[], maskedLines: string[], into: Scorer): void {
  const byId = new Map<number, string>();
  for (const line of maskedLines) if (line.trim()) { const rec = JSON.parse(line) as { id: number; text: string }; byId.set(rec.id, rec.text); }
  for (const d of docs) into.add(d.text, d.spans, byId.get(d.id));
}

function scoreTable(t: Table, masked: string[][], into: Scorer): void {
  const header = masked[0] ?? [];
  t.columns.forEach((c, ci) => {
    const at = header.indexOf(c.name);
    t.rows.forEach((row, ri) => {
      const cell = row[ci];
      if (!cell) return;
      const spans = cell.label ? [{ start: 0, end: cell.value.length, label: cell.label, negative: cell.negative ?? false }] : [];
      into.add(cell.value, spans, at < 0 ? undefined : masked[ri + 1]?.[at]);
    });
  });
}

interface ColumnReport { name: string; type: string | null; runnerUp?: { type: string; share: number } | null }
function columnsOf(reportPath: string): ColumnReport[] {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { files: Array<{ columns: ColumnReport[] }> };
  return report.files[0]?.columns ?? [];
}

const pct = (x: number): string => x.toFixed(3);
function printTypes(title: string, r: Result, ref?: Result): void {
  const refRows = new Map((ref ? rows(ref) : []).map((x) => [x.type, x]));
  console.log(`\n${title}\n\n| type | values | found | masks | precision | recall | F2 | masks on a value of another type |${ref ? ' shape-only regex F2 |' : ''}\n|---|---|---|---|---|---|---|---|${ref ? '---|' : ''}`);
  for (const x of rows(r)) console.log(`| ${x.type} | ${x.positives} | ${x.found} | ${x.masks} | ${pct(x.precision)} | ${pct(x.recall)} | ${pct(x.f2)} | ${x.typeConfused} |${ref ? ` ${refRows.get(x.type) ? pct(refRows.get(x.type)?.f2 ?? 0) : '–'} |` : ''}`);
  if (r.misaligned) console.log(`\n${r.misaligned} of ${r.fields} field(s) could not be aligned with their masked form (not scored)`);
  if (r.unknownPlaceholders.length) console.log(`placeholders scored as secrets: ${r.unknownPlaceholders.join(', ')}`);
}
function printNegatives(r: Result, ref?: Result): void {
  const n = negativeShares(r), m = ref ? new Map(negativeShares(ref).kinds.map((k) => [k.kind, k])) : undefined;
  console.log(`\nHard negatives masked: ${n.masked} of ${n.total} (${(100 * n.share).toFixed(2)} %)\n\n| kind | values | masked | share |${m ? ' shape-only regex |' : ''}\n|---|---|---|---|${m ? '---|' : ''}`);
  for (const k of n.kinds) console.log(`| ${k.kind} | ${k.total} | ${k.masked} | ${(100 * k.share).toFixed(1)} % |${m ? ` ${(100 * (m.get(k.kind)?.share ?? 0)).toFixed(1)} % |` : ''}`);
}

function printColumns(all: Array<{ table: Table; columns: ColumnReport[] }>): void {
  let pii = 0, piiRight = 0, plain = 0, plainRight = 0;
  console.log('\nColumn classification (`--report-json`)\n\n| table | column | expected | got | runner-up |\n|---|---|---|---|---|');
  for (const { table, columns } of all) {
    for (const c of table.columns) {
      if (c.expect === undefined) continue;
      const got = columns.find((x) => x.name === c.name);
      const type = got?.type ?? null;
      const right = c.expect === null ? type === null : (COLUMN_TYPES[c.expect] ?? [c.expect]).includes(type ?? '');
      if (c.expect === null) { plain++; if (right) plainRight++; } else { pii++; if (right) piiRight++; }
      const ru = got?.runnerUp ? `${got.runnerUp.type} ${got.runnerUp.share.toFixed(2)}` : '';
      console.log(`| ${table.name} | ${c.name} | ${c.expect ?? 'none'} | ${type ?? 'none'}${right ? '' : ' ✗'} | ${ru} |`);
    }
  }
  console.log(`\nPersonal-data columns typed right: ${piiRight} of ${pii}; other columns left untyped: ${plainRight} of ${plain}`);
}

const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout2-'));
try {
  const docs = textDocuments(seed, docCount);
  const tabs = tables(seed, rowCount);
  writeFileSync(join(dir, 'docs.jsonl'), docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, lang: d.lang, text: d.text })).join('\n') + '\n');
  for (const t of tabs) writeFileSync(join(dir, `${t.name}.csv`), toCsv(t));
  const cliScore = new Scorer(), refScore = new Scorer();
  const textSeconds = cli(dir, ['docs.jsonl', '--format', 'jsonl', '--mask', 'docs.masked.jsonl']);
  scoreText(docs, readFileSync(join(dir, 'docs.masked.jsonl'), 'utf8').split('\n'), cliScore);
  for (const d of docs) refScore.add(d.text, d.spans, regexMask(d.text));
  let csvSeconds = 0;
  const classified: Array<{ table: Table; columns: ColumnReport[] }> = [];
  for (const t of tabs) {
    csvSeconds += cli(dir, [`${t.name}.csv`, '--mask', `${t.name}.masked.csv`, '--report-json', `${t.name}.report.json`]);
    scoreTable(t, parseCsv(readFileSync(join(dir, `${t.name}.masked.csv`), 'utf8')), cliScore);
    scoreTable(t, parseCsv(toCsv(t)).map((row, i) => (i === 0 ? row : row.map((v) => regexMask(v) ?? v))), refScore);
    classified.push({ table: t, columns: columnsOf(join(dir, `${t.name}.report.json`)) });
  }
  const bytes = statSync(join(dir, 'docs.jsonl')).size + tabs.reduce((a, t) => a + statSync(join(dir, `${t.name}.csv`)).size, 0);
  console.log(`pii-heldout2: seed ${seed}, ${docs.length} documents (${new Set(docs.map((d) => d.kind)).size} kinds, ${new Set(docs.map((d) => d.lang)).size} languages), ${tabs.length} CSV exports x ${rowCount} rows, ${(bytes / 1e6).toFixed(2)} MB`);
  console.log(`bundle: ${dist}; wall time of the CLI: free text ${textSeconds.toFixed(1)} s, CSV ${csvSeconds.toFixed(1)} s`);
  printTypes('Per type, `modelgate pii scan --format jsonl --mask` (documents) and `pii scan FILE.csv --mask` (exports), beside shape-only regular expressions scored the same way', cliScore.result, refScore.result);
  printNegatives(cliScore.result, refScore.result);
  printColumns(classified);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
