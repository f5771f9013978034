// Process-wide settings of the gate's entry points (the action, src/index.ts; the CLI, src/cli-entry.ts),
// in one place so that the benchmarks run the gate the way they do. V8 flags are not changed at run time:
// Node documents that as unpredictable once the VM has started (measured: an 8x interrupt budget saved
// ~28% CPU on 5,000 endpoints, bench/endpoints.bench.ts; not worth a process-wide unsupported switch).
import { z } from 'zod';

export function tuneRuntime(): void {
  // Every schema parses a handful of small documents per run: zod's compiled parsers cost more to
  // build than they save (measured on the action's cold start, bench/startup.bench.ts).
  z.config({ jitless: true });
}
