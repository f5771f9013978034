// The facts of a check that ran, parsed with the check's schema: every gate a test runs also proves
// that the schema describes exactly what the check reports (a field it lacks or misdescribes fails).
import type { z } from 'zod';
import type { CheckReport } from '../../src/report/model.js';

/** Parsed facts of a check that ran (passed or failed); undefined for a check that errored or was skipped (no facts). */
export function parseFacts<S extends z.ZodType>(schema: S, check: CheckReport): z.output<S> | undefined {
  if (check.status === 'error' || check.status === 'skipped') return undefined;
  return schema.parse(check.facts);
}
