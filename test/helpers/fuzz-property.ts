// The property every fuzzed reader must hold: on any input it returns, or throws its own error type
// with a message in the tool's words (never a JavaScript internal error), within a time bound, and no
// planted secret appears in what it says. Sample size and seed come from the environment, so the same
// test files serve `npm test` (a few thousand inputs) and `npm run fuzz` (more than 100,000).
import { appendFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';

/** Inputs shared out among all reader properties in one run (scripts/fuzz.mjs raises it). */
export const FUZZ_TOTAL = positiveInt(process.env.MODELGATE_FUZZ_RUNS, 3000);
/** Fixed unless asked otherwise, so a failure is reproducible from the message alone. */
export const FUZZ_SEED = Number.parseInt(process.env.MODELGATE_FUZZ_SEED ?? '22', 10) | 0;
/** When set, each input is written to this path + "." + pid before the reader sees it: after a hang that stopped the process, it holds the input. */
const TRACE_FILE = process.env.MODELGATE_FUZZ_TRACE;
/** JSON Lines file where each property appends its figures (scripts/fuzz.mjs reads and sums them). */
const STATS_FILE = process.env.MODELGATE_FUZZ_STATS;

/** Messages that are JavaScript's, not the tool's: a reader that lets one through has crashed. */
const INTERNAL =
  /Cannot (read|set) propert|is not a function|is not iterable|is not a constructor|is not defined|Maximum call stack|Invalid (typed )?array length|Invalid string length|Array buffer allocation failed|out of memory|undefined \(reading/i;

export interface ReaderSpec<T> {
  /** Reader name in the figures, e.g. "lockfile requirements". */
  reader: string;
  /** Property name within the reader, e.g. "mutated seeds". */
  property: string;
  /** This property's share of FUZZ_TOTAL (the shares of all properties add up to about 1)… */
  share: number;
  /** …or a number of inputs of its own (the CLI fuzz, whose inputs are processes). */
  runs?: number;
  /** A reader's own error for bad input (ConfigError, or the class its caller converts into one). */
  expected: (e: unknown) => boolean;
  /** Calls the reader the way the gate does; may return what it says (findings) for the leak check. */
  call: (input: T) => unknown;
  /** Planted secrets in this input: none may appear in the error message or in `said`. */
  secrets?: (input: T) => readonly string[];
  /** Text the reader produced on success that users see (finding messages…), checked for secrets. */
  said?: (result: unknown) => string;
  /** Per-input bound (default 3 s: inputs are small, so anything near it is a hang, not a slow disk). */
  budgetMs?: number;
}

export interface FuzzFigures {
  reader: string;
  property: string;
  inputs: number;
  rejected: number;
  crashes: number;
  hangs: number;
  leaks: number;
  ms: number;
  seed: number;
  failure?: string;
}

export function runsFor(share: number): number {
  return Math.max(5, Math.round(FUZZ_TOTAL * share));
}

type Outcome = { kind: 'ok' | 'rejected'; said: string } | { kind: 'crash' | 'hang' | 'leak'; why: string };

/** Runs the property over `runsFor(spec.share)` inputs; throws fast-check's report (seed, path, counterexample) on the first failure. */
export async function fuzzReader<T>(arb: fc.Arbitrary<T>, spec: ReaderSpec<T>): Promise<FuzzFigures> {
  const budget = spec.budgetMs ?? 3000;
  const figures: FuzzFigures = { reader: spec.reader, property: spec.property, inputs: 0, rejected: 0, crashes: 0, hangs: 0, leaks: 0, ms: 0, seed: FUZZ_SEED };
  let shrinking = false;
  const t0 = performance.now();
  const property = fc.asyncProperty(arb, async (input) => {
    if (TRACE_FILE) writeFileSync(`${TRACE_FILE}.${process.pid}`, `${spec.reader} (${spec.property})\n${fc.stringify(input)}\n`);
    const outcome = leakCheck(await settle(() => spec.call(input), spec, budget), spec.secrets?.(input) ?? []);
    if (!shrinking) {
      figures.inputs++;
      if (outcome.kind === 'rejected') figures.rejected++;
      if (outcome.kind === 'crash') figures.crashes++;
      if (outcome.kind === 'hang') figures.hangs++;
      if (outcome.kind === 'leak') figures.leaks++;
    }
    if ('why' in outcome) {
      // Later calls are fast-check shrinking this input: they are not counted as new inputs.
      shrinking = true;
      throw new Error(`${outcome.kind}: ${outcome.why}`);
    }
  });
  const details = await fc.check(property, { seed: FUZZ_SEED, numRuns: spec.runs ?? runsFor(spec.share), endOnFailure: false });
  figures.ms = Math.round(performance.now() - t0);
  if (details.failed) {
    const got = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    figures.failure = `${got}\n${fc.defaultReportMessage(details) ?? ''}`;
  }
  if (STATS_FILE) appendFileSync(STATS_FILE, `${JSON.stringify(figures)}\n`);
  if (figures.failure) {
    throw new Error(`${spec.reader} (${spec.property}): ${figures.failure}\nReproduce: MODELGATE_FUZZ_SEED=${FUZZ_SEED} MODELGATE_FUZZ_RUNS=${FUZZ_TOTAL}`);
  }
  return figures;
}

async function settle<T>(run: () => unknown, spec: ReaderSpec<T>, budget: number): Promise<Outcome> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'hang'>((done) => (timer = setTimeout(() => done('hang'), budget)));
  try {
    // A synchronous reader runs to its end inside run(): its hang shows in the elapsed time below.
    const result = await Promise.race([Promise.resolve().then(run), timeout]);
    if (result === 'hang') return { kind: 'hang', why: `no result after ${budget} ms` };
    const ms = performance.now() - started;
    if (ms > budget) return { kind: 'hang', why: `took ${Math.round(ms)} ms (budget ${budget} ms)` };
    return { kind: 'ok', said: spec.said?.(result) ?? '' };
  } catch (e) {
    const ms = performance.now() - started;
    if (ms > budget) return { kind: 'hang', why: `failed after ${Math.round(ms)} ms (budget ${budget} ms)` };
    const message = e instanceof Error ? e.message : String(e);
    if (!spec.expected(e)) return { kind: 'crash', why: `threw ${e instanceof Error ? e.name : typeof e}: ${message}\n${e instanceof Error ? e.stack : ''}` };
    if (INTERNAL.test(message)) return { kind: 'crash', why: `its message is a JavaScript internal error: ${message}` };
    if (/\n/.test(message)) return { kind: 'crash', why: `its message is not one line: ${JSON.stringify(message)}` };
    return { kind: 'rejected', said: message };
  } finally {
    clearTimeout(timer);
  }
}

function leakCheck(outcome: Outcome, secrets: readonly string[]): Outcome {
  if (!('said' in outcome)) return outcome;
  // A message that quotes a value in part (an excerpt, a cut) still leaks it: any 6 characters in a row
  // after the secret's `ghp_` prefix count (a masked form keeps the prefix and at most 4 more).
  const leaked = secrets.find((s) => windows(s.slice(4), 6).some((w) => outcome.said.includes(w)));
  return leaked === undefined ? outcome : { kind: 'leak', why: `a planted secret appears in: ${outcome.said.slice(0, 300)}` };
}

function windows(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n));
  return out.length > 0 ? out : [s];
}

function positiveInt(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
