// Bundled to dist/index.js: what the runner executes (action.yml `main`).
import { run } from './main.js';

process.exitCode = await run();
