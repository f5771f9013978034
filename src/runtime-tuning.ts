// Process-wide settings of the gate's entry points (the action, src/index.ts; the CLI, src/cli-entry.ts),
// in one place so that the benchmarks run the gate the way they do.
import v8 from 'node:v8';
import { z } from 'zod';

/**
 * V8 optimises a function once it has run a fixed amount of bytecode (the interrupt budget, 67,584 in
 * Node 20). A gate run is short, and at that budget V8 optimises hundreds of the bundle's functions:
 * on 5,000 endpoints (bench/endpoints.bench.ts) that compilation, on V8's background threads, took about
 * a third of the run's CPU time. Eight times the budget optimises what stays hot; a long loop (hashing,
 * scanning a table) reaches optimised code after a little more time in the baseline tiers.
 */
export const INTERRUPT_BUDGET = 8 * 67_584;

export function tuneRuntime(): void {
  // Every schema parses a handful of small documents per run: zod's compiled parsers cost more to
  // build than they save (measured on the action's cold start, bench/startup.bench.ts).
  z.config({ jitless: true });
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
