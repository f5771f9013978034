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

export function viewsOf(checks: readonly AnyCheck[]): CheckViews {
  return new Map(checks.filter((c) => c.view).map((c) => [c.id, { facts: c.facts, view: c.view as CheckView<unknown> }]));
}


/** Each reporter asks for the facts again: parse a report's facts once per schema (a fleet's are large). */
const parses = new WeakMap<object, Map<AnyCheck['facts'], { success: boolean; data?: unknown }>>();

// Facts a check's run built in this process and marked (builtFacts): typed by the check's schema and
// parsed from real runs in the check's facts test, they have its shape by construction. The parse would
// copy them (for 5,000 endpoints 3–5% of the gate's CPU). Facts read from a file (a shard's partial
// report) are never marked, and are parsed.
const built = new WeakSet<object>();

/**
 * Marks facts the check's own code just built, so that its views read them as they are, without the
 * schema's parse. Only for a check whose views never modify their facts (they are the report's) and
 * whose view output does not depend on the key order the parse gives (the schema's).
 */
export function builtFacts<T extends object>(facts: T): T {
  built.add(facts);
  return facts;
}

function parsedFacts(schema: AnyCheck['facts'], facts: object): { success: boolean; data?: unknown } {
  if (built.has(facts)) return { success: true, data: facts };
  let bySchema = parses.get(facts);
  if (!bySchema) parses.set(facts, (bySchema = new Map()));
  let result = bySchema.get(schema);
  if (!result) bySchema.set(schema, (result = schema.safeParse(facts)));
  return result;
}

/**
 * One part of a check's presentation (`pick` chooses it from the view), applied to the check's facts
 * once they pass its schema; undefined when the view has no such part or the check measured nothing
 * (its facts are then never parsed). A part that throws costs only itself (and says so through
 * `warn`), never the report.
 */
export function present<T>(
  views: CheckViews,
  check: CheckReport,
  what: string,
  pick: (view: CheckView<unknown>) => ((facts: unknown) => T | undefined) | undefined,
  warn?: (message: string) => void,
): T | undefined {
  const entry = views.get(check.id);
  const part = entry && pick(entry.view);
  if (!part || check.status === 'error' || check.status === 'skipped' || Object.keys(check.facts).length === 0) return undefined;
  const parsed = parsedFacts(entry.facts, check.facts);
  if (!parsed.success) return undefined;
  try {
    return part(parsed.data);
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
      out[name] = (check && present(views, check, `output "${name}"`, () => (facts) => output.value(check, facts))) ?? output.empty;
    }
  }
  return out;
}
