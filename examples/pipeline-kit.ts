// What the example pipelines share: their output folder, their expected outcomes, their stage titles.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io/atomic.js';

/** Makes `out` the pipeline's own and clears its previous outputs. A non-empty folder without the
 * pipeline's marker is refused, so a mistaken --out never loses files. */
export function claimOutputFolder(out: string, display: string, pipeline: string, outputs: readonly string[]): void {
  const marker = join(out, '.modelgate-example');
  if (existsSync(out) && !existsSync(marker) && readdirSync(out).some((f) => f !== '.build')) {
    throw new Error(`--out ${display}: the folder is not empty and was not written by this pipeline; give a new or empty folder`);
  }
  writeFileAtomic(marker, `Output folder of ${pipeline}: removed and rewritten by every run.\n`);
  for (const name of outputs) rmSync(join(out, name), { recursive: true, force: true });
}

/** The run's expected outcomes: `expect` prints ✓ or ✗ and records the unexpected ones. */
export function outcomes(): { failures: string[]; expect: (ok: boolean, what: string) => void; summary: () => number } {
  const failures: string[] = [];
  const expect = (ok: boolean, what: string): void => {
    console.log(ok ? `  ✓ ${what}` : `  ✗ UNEXPECTED: ${what}`);
    if (!ok) failures.push(what);
  };
  const summary = (): number => {
    console.log(failures.length === 0 ? '\nAll stages gave their expected outcome.' : `\n${failures.length} unexpected outcome(s):\n- ${failures.join('\n- ')}`);
    return failures.length === 0 ? 0 : 1;
  };
  return { failures, expect, summary };
}

export function stage(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(3, 96 - title.length))}`);
}
