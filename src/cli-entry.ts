// Bundled to dist/cli.js (the `modelgate` bin).
import { cli } from './cli.js';
import { removeTemporariesOnExit } from './io/temp-files.js';
import { tuneRuntime } from './runtime-tuning.js';

// As in the action (src/index.ts): tuned for a short run (src/runtime-tuning.ts).
tuneRuntime();
// SIGTERM/SIGINT: temporary outputs removed, exit 143/130 (never a pass).
removeTemporariesOnExit();
process.exitCode = await cli(process.argv.slice(2));
