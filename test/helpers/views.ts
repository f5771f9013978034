// The registry's views, as the front doors hand them to the reporters, and a check's summary section.
import { registry } from '../../src/registry.js';
import type { CheckReport } from '../../src/report/model.js';
import { present, viewsOf } from '../../src/report/views.js';

export const views = viewsOf(registry);

/** The Markdown section the check's view renders from the facts of its report (undefined when none). */
export function summaryOf(check: CheckReport): string | undefined {
  return present(views, check, 'summary section', (v) => v.summary);
}

/** The same from a check's result: its id and facts. */
export function summaryOfFacts(id: string, facts: object): string | undefined {
  return summaryOf({ id, title: id, status: 'passed', optional: false, durationMs: 0, findings: [], facts: facts as CheckReport['facts'], outputs: [] });
}
