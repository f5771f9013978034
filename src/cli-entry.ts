// Bundled to dist/cli.js (the `modelgate` bin).
import { z } from 'zod';
import { cli } from './cli.js';
import { removeTemporariesOnExit } from './io/temp-files.js';

// As in the action (src/index.ts): compiled zod parsers cost more to build than they save here.
z.config({ jitless: true });
// SIGTERM/SIGINT: temporary outputs removed, exit 143/130 (never a pass).
removeTemporariesOnExit();
process.exitCode = await cli(process.argv.slice(2));
