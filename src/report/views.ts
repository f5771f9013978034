// How reporters reach a check's presentation (its `view`, src/check.ts) without importing the check:
// the front door hands them the views of the registry, and each reporter asks for the view of a check
// report by id. The facts pass the check's own schema first, so a view only ever sees facts of its shape.
import type { AnyCheck, CheckView } from '../check.js';
import { errorMessage } from '../errors.js';
import type { CheckReport, Report } from './model.js';

interface RegisteredView {
  facts: AnyCheck['facts'];
  view: CheckView<unknown>;
}

/** Check id → its view and facts schema. */
export type CheckViews = ReadonlyMap<string, RegisteredView>;

export const NO_VIEWS: CheckViews = new Map();

export function viewsOf(checks: readonly AnyCheck[]): CheckViews {
  return new Map(checks.filter((c) => c.view).map((c) => [c.id, { facts: c.facts, view: c.view as CheckView<unknown> }]));
}

/** The check's view with its validated facts, for a check that ran and measured something; else undefined. */
export function viewOf(views: CheckViews, check: CheckReport): { view: CheckView<unknown>; facts: unknown } | undefined {
  const entry = views.get(check.id);
  if (!entry || check.status === 'error' || check.status === 'skipped' || Object.keys(check.facts).length === 0) return undefined;
  const parsed = parsedFacts(entry.facts, check.facts);
  return parsed.success ? { view: entry.view, facts: parsed.data } : undefined;
}

/** Each reporter asks for the facts again: parse a report's facts once per schema (a fleet's are large). */
const parses = new WeakMap<object, Map<AnyCheck['facts'], { success: boolean; data?: unknown }>>();

function parsedFacts(schema: AnyCheck['facts'], facts: object): { success: boolean; data?: unknown } {
  let bySchema = parses.get(facts);
  if (!bySchema) parses.set(facts, (bySchema = new Map()));
  let result = bySchema.get(schema);
  if (!result) bySchema.set(schema, (result = schema.safeParse(facts)));
  return result;
}

/**
 * One part of a check's presentation, or undefined when it has none; a part that throws costs only
 * itself (and says so through `warn`), never the report.
 */
export function present<T>(
  views: CheckViews,
  check: CheckReport,
  what: string,
  part: (view: CheckView<unknown>, facts: unknown) => T | undefined,
  warn?: (message: string) => void,
): T | undefined {
  const found = viewOf(views, check);
  if (!found) return undefined;
  try {
    return part(found.view, found.facts);
  } catch (e) {
    warn?.(`${check.id}: could not render its ${what}: ${errorMessage(e)}`);
    return undefined;
  }
}

/** The action outputs the checks add (name → value); each check's `empty` value when it did not run or there is no report. */
export function checkOutputs(report: Report | undefined, views: CheckViews): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, { view }] of views) {
    const check = report?.checks.find((c) => c.id === id);
    for (const [name, output] of Object.entries(view.outputs ?? {})) {
      out[name] = (check && present(views, check, `output "${name}"`, (_, facts) => output.value(check, facts))) ?? output.empty;
    }
  }
  return out;
}
