// Bundled to dist/cli.js (the `modelgate` bin).
import { cli } from './cli.js';

process.exitCode = await cli(process.argv.slice(2));
