// `modelgate pii scan`: the pii check as a pipeline stage. Reads files or standard input record by
// record, writes masked records as they come (standard output with `--mask -`), quarantined records
// to their own file, and a JSON report. Memory stays flat: records flow in small batches with
// backpressure; only counts are kept. Exit codes as the gate: 0 passed, 1 violations, 2 errors.
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { AnyCheck, CommandIO } from '../../src/check.js';
import { parseFlags } from '../../src/cli-args.js';
import { ConfigError, errorMessage, formatLocation } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { openStreamTable, openTable, type TabularFormat } from '../../src/io/tabular/index.js';
import { AtomicFile, RecordEncoder, type WriteFormat } from '../../src/io/tabular-write/index.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import { loadPolicy } from '../../src/policy/load.js';
import { severityRank, type Finding, type Severity } from '../../src/report/model.js';
import { runnerText } from '../../src/report/runner-text.js';
import type { Action, PiiConfig } from './config.js';
import { piiConfigSchema } from './config.js';
import { pii } from './index.js';
import { resolvePolicy, scanTable, type RowWriter, type TableScan } from './scan.js';

export const PII_SCAN_HELP = `modelgate pii scan: find, mask and quarantine personal data and secrets in tabular data

Usage:
  modelgate pii scan [FILE...|-] [options]

  FILE             CSV, TSV, JSON Lines or Parquet files (.gz read transparently); "-" or none: standard input
  --format F       csv, tsv, jsonl or parquet (required for standard input; default: from the extension)
  --delimiter C    CSV field separator (default "," or tab for tsv)
  --mask OUT       write the clean records (masked) to OUT, or to standard output with "-"
  --quarantine OUT write the records that hold a value to quarantine to OUT
  --report-json F  write a JSON report (counts, column classes, findings; never values)
  --action A       default action for every type without a policy: report, mask or quarantine
                   (default: mask when --mask is given, otherwise report)
  --policy F       policy file: its "pii" section (actions, masking, allow, quasiIdentifiers…) and failOn
  --workspace DIR  root every path must stay inside (default: current folder)

Exit codes: 0 passed, 1 violations (findings at or above failOn whose action is report), 2 errors,
130 or 143 stopped by SIGINT or SIGTERM (outputs not yet complete are removed).
`;


// Batch size 1: the reader then hands over every record parsed from each chunk read, without waiting
// for a batch to fill, so records flow through a pipeline as they arrive.
const BATCH = 1;

/** `modelgate pii <sub>`: only `scan` today. */
export async function piiCommand(args: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'scan') throw new ConfigError(`unknown pii command "${sub ?? ''}"; expected pii scan (see modelgate pii scan --help)`);
  return piiScanCommand(rest, io);
}

export async function piiScanCommand(args: string[], out: CommandIO): Promise<number> {
  // Column and file names reach these lines: made inert for a workflow's log (src/report/runner-text.ts).
  const err = (text: string) => {
    const s = runnerText(text);
    return typeof out.stderr === 'function' ? out.stderr(s) : void out.stderr.write(s);
  };
  const files: AtomicFile[] = [];
  try {
    const { values, positionals } = parse(args);
    if (values.help) {
      write(out.stdout, PII_SCAN_HELP);
      return 0;
    }
    const workspace = values.workspace ? resolve(values.workspace) : process.cwd();
    const format = values.format as TabularFormat | undefined;
    if (format && !['csv', 'tsv', 'jsonl', 'parquet'].includes(format)) throw new ConfigError(`--format: expected csv, tsv, jsonl or parquet, got "${format}"`);
    const action = values.action as Action | undefined;
    if (action && !['report', 'mask', 'quarantine'].includes(action)) throw new ConfigError(`--action: expected report, mask or quarantine, got "${action}"`);
    const inputs = positionals.length ? positionals : ['-'];
    if (inputs.includes('-') && !format) throw new ConfigError('--format is required to read standard input');
    if (inputs.filter((i) => i === '-').length > 1) throw new ConfigError('standard input ("-") can be read once');
    if (format === 'parquet' && inputs.includes('-')) throw new ConfigError('Parquet cannot be read from standard input (it needs random access); give a file');
    if (values.mask === '-' && values['report-json'] === '-') throw new ConfigError('--mask - and --report-json - cannot share standard output');

    let config: PiiConfig;
    let failOn: Severity = 'low';
    if (values.policy) {
      const loaded = loadPolicy(workspace, values.policy, [pii as AnyCheck]);
      config = piiConfigSchema.parse(loaded.policy.sections.pii ?? {});
      failOn = loaded.policy.failOn;
    } else config = piiConfigSchema.parse({});
    const fallback: Action = action ?? (values.mask ? 'mask' : 'report');
    config = { ...config, actions: { credentials: fallback, financial: fallback, personal: fallback, 'special-category': fallback, ...config.actions } };
    const policy = resolvePolicy(config);

    // Output writers, opened on the first header; all inputs must share one set of columns.
    let encoder: RecordEncoder | undefined;
    let clean: RowWriter | undefined;
    let quarantine: RowWriter | undefined;
    const outFile = (p: string) => resolveInWorkspace(workspace, process.cwd(), p);
    const openOutputs = async (columns: readonly string[], outFormat: WriteFormat): Promise<{ clean: RowWriter; quarantine: RowWriter }> => {
      if (encoder) {
        if (encoder.columns.join('\0') !== columns.join('\0')) throw new ConfigError('all inputs must have the same columns to share one output');
        return { clean: clean!, quarantine: quarantine! };
      }
      encoder = new RecordEncoder(outFormat, columns, values.delimiter ? { delimiter: values.delimiter } : {});
      const enc = encoder;
      const sinkTo = async (target: string | undefined): Promise<RowWriter> => {
        if (!target) return { write: async () => {} };
        if (target === '-') {
          const stream = typeof out.stdout === 'function' ? process.stdout : out.stdout;
          await writeStream(stream, enc.header());
          return { write: (v) => writeStream(stream, enc.encode(v)) };
        }
        const f = new AtomicFile(outFile(target), { gzip: /\.gz$/i.test(target) });
        files.push(f);
        await f.write(enc.header());
        return { write: (v) => f.write(enc.encode(v)) };
      };
      clean = await sinkTo(values.mask);
      quarantine = await sinkTo(values.quarantine);
      return { clean, quarantine };
    };

    const scans: Array<{ path: string; scan: TableScan }> = [];
    for (const input of inputs) {
      const display = input === '-' ? '-' : toWorkspaceRelative(workspace, outFile(input));
      const csv = values.delimiter ? { csv: { delimiter: values.delimiter } } : {};
      const table =
        input === '-'
          ? await openStreamTable(out.stdin ?? (process.stdin as AsyncIterable<Buffer>), { format: format as 'csv' | 'tsv' | 'jsonl', display, limits: config.tableLimits, otherKeys: true, ...csv })
          : await openTable(outFile(input), { display, batchSize: BATCH, limits: config.tableLimits, otherKeys: true, ...(format ? { format, gzip: /\.gz$/i.test(input) } : {}), ...csv });
      const outFormat: WriteFormat = table.format === 'parquet' ? 'jsonl' : table.format;
      const scan = await scanTable(table.columns, table.batches, {
        display,
        policy,
        quasiIdentifiers: config.quasiIdentifiers,
        kAnonymity: config.kAnonymity,
        ...(values.mask || values.quarantine ? { openOutputs: (cols: readonly string[]) => openOutputs(cols, outFormat) } : {}),
      });
      scans.push({ path: display, scan });
    }
    const outputs: Array<{ path: string; sha256: string; bytes: number }> = [];
    for (const f of files) outputs.push({ path: toWorkspaceRelative(workspace, f.path), ...(await f.commit()) });
    files.length = 0;

    const findings: Finding[] = scans.flatMap((s) => s.scan.findings);
    const violations = findings.filter((f) => f.ruleId !== 'pii/protected' && severityRank(f.severity) >= severityRank(failOn));
    for (const f of findings) err(`${f.severity}: ${formatLocation(f.location)}${f.location?.field ? ` [${f.location.field}]` : ''}: ${f.message}${f.evidence ? ` (${f.evidence})` : ''}\n`);
    for (const { path, scan } of scans) {
      err(`pii scan: ${path}: ${scan.records} record(s), ${scan.recordsClean} clean (${scan.recordsMasked} masked), ${scan.recordsQuarantined} quarantined\n`);
    }
    if (values['report-json']) {
      const report = {
        tool: 'modelgate pii scan',
        failOn,
        verdict: violations.length ? 'blocked' : 'passed',
        files: scans.map(({ path, scan }) => ({ path, ...withoutFindings(scan) })),
        outputs,
        findings,
      };
      writeFileAtomic(outFile(values['report-json']), `${JSON.stringify(report, null, 2)}\n`);
    }
    return violations.length ? 1 : 0;
  } catch (e) {
    for (const f of files) await f.abort();
    err(`modelgate: error: ${e instanceof ConfigError ? e.message : `internal error: ${errorMessage(e)}`}\n`);
    return 2;
  }
}

function withoutFindings(scan: TableScan): Omit<TableScan, 'findings'> {
  const { findings: _f, ...rest } = scan;
  void _f;
  return rest;
}

function write(target: ((s: string) => void) | Writable, s: string): void {
  if (typeof target === 'function') target(s);
  else target.write(s);
}

async function writeStream(stream: Writable | NodeJS.WriteStream, s: string): Promise<void> {
  if (!stream.write(s)) await once(stream, 'drain');
}

function parse(args: string[]) {
  return parseFlags(
    args,
    {
      format: { type: 'string' },
      delimiter: { type: 'string' },
      mask: { type: 'string' },
      quarantine: { type: 'string' },
      'report-json': { type: 'string' },
      action: { type: 'string' },
      policy: { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
}
