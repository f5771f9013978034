// Command-line entry: the same gate as the action, with flags instead of inputs.
import { resolve } from 'node:path';
import { parseFlags } from './cli-args.js';
import { writeReportFiles } from './deliver.js';
import { ConfigError, errorMessage, formatLocation } from './errors.js';
import { runGate } from './gate.js';
import { exitCodeFor, gateSelection, parseOptions } from './options.js';
import { logReport } from './report/log.js';
import { renderJson } from './report/json.js';
import { writeSchemas, jsonSchemas } from './schemas.js';
import { runIdentity, writeVerdictStatement } from './verdict/statement.js';
import { VERSION } from './version.js';

const HELP = `modelgate ${VERSION}: compliance gate for machine-learning releases

Usage:
  modelgate check [options]        run the gate on a release manifest
  modelgate pii scan [FILE...|-]   find, mask and quarantine personal data in files or a stream
                                   (modelgate pii scan --help for its options)
  modelgate schema [--write DIR]   print (or write) the JSON Schemas of the manifest and the policy
  modelgate --help | --version

Options of check:
  --manifest F      release manifest (default: model-release.yaml)
  --policy F        policy file (default: the built-in baseline)
  --checks a,b      run only these checks
  --fail-on S       lowest blocking severity: critical, high, medium, low, info
  --mode M          enforce (default) or audit (report, never fail)
  --workspace DIR   root every path must stay inside (default: current folder)
  --json F          write the JSON report
  --sarif F         write a SARIF 2.1.0 report
  --summary F       write the Markdown summary
  --verdict F       write the verdict statement (in-toto Statement v1, predicate modelgate.dev/verdict/v1)
  --format text|json  what to print on standard output (default: text)

Exit codes: 0 passed, 1 blocked by violations, 2 configuration or check error.
`;

type Out = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The real stream behind stdout, when there is one: `pii scan --mask -` needs its backpressure. */
  stdoutStream?: NodeJS.WritableStream & import('node:stream').Writable;
};

export async function cli(argv: string[], out: Out = defaultOut): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      out.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await check(rest, out);
    if (command === 'schema') return schema(rest, out);
    if (command === 'pii') {
      const [sub, ...args] = rest;
      if (sub !== 'scan') throw new ConfigError(`unknown pii command "${sub ?? ''}"; expected pii scan (see modelgate pii scan --help)`);
      // Loaded on demand: the stream stage pulls in the detectors and writers only when used.
      const { piiScanCommand } = await import('./pii-cli.js');
      return await piiScanCommand(args, { stdout: out.stdoutStream ?? out.stdout, stderr: out.stderr });
    }
    throw new ConfigError(`unknown command "${command}"; expected check, pii scan or schema (see modelgate --help)`);
  } catch (e) {
    out.stderr(`modelgate: error: ${e instanceof ConfigError ? e.message : `internal error: ${errorMessage(e)}`}\n`);
    return 2;
  }
}

async function check(args: string[], out: Out): Promise<number> {
  const { values } = parseFlags(args, {
    manifest: { type: 'string' },
    policy: { type: 'string' },
    checks: { type: 'string' },
    'fail-on': { type: 'string' },
    mode: { type: 'string' },
    workspace: { type: 'string' },
    json: { type: 'string' },
    sarif: { type: 'string' },
    summary: { type: 'string' },
    verdict: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    out.stdout(HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new ConfigError(`--format: expected text or json, got "${format}"`);
  const opts = parseOptions(
    {
      manifest: values.manifest,
      policy: values.policy,
      checks: values.checks,
      failOn: values['fail-on'],
      mode: values.mode,
      reportJson: values.json,
      sarif: values.sarif,
      summary: values.summary,
      verdict: values.verdict,
    },
    {
      manifest: '--manifest',
      policy: '--policy',
      checks: '--checks',
      failOn: '--fail-on',
      mode: '--mode',
      reportJson: '--json',
      sarif: '--sarif',
      summary: '--summary',
      verdict: '--verdict',
    },
  );
  const workspace = values.workspace ? resolve(values.workspace) : process.cwd();
  // With --format json, standard output carries only the report; progress goes to standard error.
  const log = format === 'json' ? out.stderr : out.stdout;
  const report = await runGate({
    workspace,
    ...gateSelection(opts),
    logger: { info: (m) => out.stderr(`${m}\n`), warning: (m) => out.stderr(`warning: ${m}\n`), debug: () => {} },
  });
  const written = writeReportFiles(report, { reportJson: opts.reportJson, sarif: opts.sarif, summary: opts.summary }, workspace);
  if (opts.verdict) {
    // Inside a GitHub Actions job the statement names the run; elsewhere the run identity is empty.
    const env = process.env.GITHUB_ACTIONS === 'true' ? process.env : {};
    writeVerdictStatement(report, { workspace, path: opts.verdict, ...(written.reportJson ? { reportPath: written.reportJson } : {}), run: runIdentity(report.run, env) });
  }
  if (format === 'json') out.stdout(renderJson(report));
  else logReport(report, { startGroup: (n) => log(`\n== ${n}\n`), endGroup: () => {}, info: (l) => log(`${l}\n`) });
  // A check that could not run is an error of this run: say so where errors go, one line each.
  for (const c of report.checks.filter((x) => x.status === 'error')) {
    for (const f of c.findings.filter((x) => x.ruleId === 'gate/check-error')) {
      out.stderr(`modelgate: ${c.optional ? 'warning' : 'error'}: ${f.location?.line ? `${formatLocation(f.location)}: ` : ''}${f.message}\n`);
    }
  }
  return exitCodeFor(report.verdict, opts.mode);
}

function schema(args: string[], out: Out): number {
  const { values } = parseFlags(args, { write: { type: 'string' } });
  if (values.write) {
    for (const f of writeSchemas(values.write)) out.stdout(`wrote ${f}\n`);
  } else {
    out.stdout(`${JSON.stringify(jsonSchemas(), null, 2)}\n`);
  }
  return 0;
}

const defaultOut: Out = { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s), stdoutStream: process.stdout };
