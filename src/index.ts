// Bundled to dist/index.js: what the runner executes (action.yml `main`).
import { removeTemporariesOnExit } from './io/temp-files.js';
import { run } from './main.js';
import { tuneRuntime } from './runtime-tuning.js';

// zod without compiled parsers, V8 optimising only what stays hot: a run is short (src/runtime-tuning.ts).
tuneRuntime();
// A cancelled job (the runner sends SIGINT, then SIGTERM): temporary outputs removed, exit 130/143.
removeTemporariesOnExit();
process.exitCode = await run();
