// Bundled to dist/index.js: what the runner executes (action.yml `main`).
import { z } from 'zod';
import { run } from './main.js';

// Every schema here parses a handful of small documents per run: zod's compiled parsers cost more to
// build than they save (measured on the action's cold start, bench/startup.bench.ts).
z.config({ jitless: true });
process.exitCode = await run();
