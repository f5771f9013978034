// Errors a user can act on. Front doors print `message` as one line and exit 2; never a stack trace.
import type { Location } from './report/model.js';

export function formatLocation(loc: Location | undefined): string {
  if (!loc) return '';
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

/** Bad configuration or input: manifest, policy, inputs, flags. Exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly detail: string,
    readonly location?: Location,
  ) {
    super(location ? `${formatLocation(location)}: ${detail}` : detail);
    this.name = 'ConfigError';
  }
}

/** A custom policy rule (CEL) that used up its cost limit or time budget: its outcome is unknown (a check error, not a finding). */
export class RuleBudgetError extends Error {
  constructor(
    readonly ruleId: string,
    why: string,
    readonly location: Location,
  ) {
    super(`custom rule "${ruleId}" ${why}`);
    this.name = 'RuleBudgetError';
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
