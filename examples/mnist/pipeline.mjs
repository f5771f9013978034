#!/usr/bin/env node
// `node examples/mnist/pipeline.mjs [options]` (or `npm run example -- mnist`): the MNIST release pipeline,
// pipeline.ts, bundled and run by the shared runner (../run-pipeline.mjs).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../run-pipeline.mjs';

await runPipeline(dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
