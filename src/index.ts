// Bundled to dist/index.js: what the runner executes (action.yml `main`).
import { z } from 'zod';
import { removeTemporariesOnExit } from './io/temp-files.js';
import { run } from './main.js';

// Every schema here parses a handful of small documents per run: zod's compiled parsers cost more to
// build than they save (measured on the action's cold start, bench/startup.bench.ts).
z.config({ jitless: true });
// A cancelled job (the runner sends SIGINT, then SIGTERM): temporary outputs removed, exit 130/143.
removeTemporariesOnExit();
process.exitCode = await run();
