// A previous release's JSON gate report (the last known-good), read back for regression checks.
// Only what comparisons need is validated; later minor versions may add fields.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, errorMessage } from '../errors.js';
import { parseJsonText } from '../io/json-syntax.js';
import { REPORT_SCHEMA_VERSION, type Report } from './model.js';

/** Majors whose facts read the same: 2.0.0 only dropped `checks[].summary`, so a 1.x known-good report still compares. */
const READABLE_MAJORS = ['1', REPORT_SCHEMA_VERSION.split('.')[0]!];

const baselineSchema = z.looseObject({
  schemaVersion: z.string().refine((v) => READABLE_MAJORS.includes(v.split('.')[0]!), {
    message: `expected a report of schema version ${READABLE_MAJORS.map((m) => `${m}.x`).join(' or ')}`,
  }),
  verdict: z.enum(['passed', 'blocked', 'error']),
  release: z.looseObject({ name: z.string().optional(), version: z.string().optional() }),
  checks: z.array(z.looseObject({ id: z.string(), status: z.string(), facts: z.record(z.string(), z.unknown()) })),
});

/** `absPath` is already resolved inside the workspace; `display` is how messages name it. */
export function readBaselineReport(absPath: string, display: string): Report {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'baseline report not found' : `cannot read the baseline report: ${errorMessage(e).split('\n')[0]}`, { file: display });
  }
  const data: unknown = parseJsonText(text, 'the baseline report is not valid JSON', display);
  const r = baselineSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ConfigError(`not a ModelGate JSON report: ${issue.path.join('.') || '(root)'}: ${issue.message}`, { file: display });
  }
  return r.data as unknown as Report;
}

/** Facts of one check in a baseline report, or undefined when that check did not run then. */
export function baselineFacts(report: Report, checkId: string): Record<string, unknown> | undefined {
  const c = report.checks.find((x) => x.id === checkId);
  return c && c.status !== 'skipped' && c.status !== 'error' ? c.facts : undefined;
}
