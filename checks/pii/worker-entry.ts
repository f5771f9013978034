// Entry point of dist/pii-worker.js (scripts/build.mjs): a worker thread of parallel.ts.
import { parentPort } from 'node:worker_threads';
import { servePiiWorker } from './worker.js';

if (parentPort) servePiiWorker(parentPort);
