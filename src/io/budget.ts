// Time budgets that hold in synchronous code too. A timer fires only between tasks, so a loop that
// never awaits runs straight past an AbortSignal's timeout: loops compare the clock with the deadline
// (checkBudget), and a synchronous call that cannot be instrumented (a CEL evaluation, a regular
// expression over a big cell) runs under V8's watchdog, which stops it at the deadline (withinBudget).
import vm from 'node:vm';
import { abortError } from './abort.js';

interface Deadline {
  /** performance.now() at which the budget runs out. */
  at: number;
  seconds: number;
  /** What the budget is, for its error ("its time budget"). */
  what: string | undefined;
  controller: AbortController;
}

const deadlines = new WeakMap<AbortSignal, Deadline>();

/** A budget: its signal (for readers and fetches), a promise rejected when it runs out, and stop(). */
export interface Budget {
  signal: AbortSignal;
  expired: Promise<never>;
  stop(): void;
}

/** The error of a spent budget; its message is what the report says after "could not run:". */
function budgetError(seconds: number, what = 'its time budget'): Error {
  const err = new Error(`exceeded ${what} of ${seconds} s`);
  err.name = 'TimeoutError';
  return err;
}

export function startBudget(seconds: number, what?: string): Budget {
  const controller = new AbortController();
  const deadline: Deadline = { at: performance.now() + seconds * 1000, seconds, what, controller };
  deadlines.set(controller.signal, deadline);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = budgetError(seconds, what);
      controller.abort(err);
      reject(err);
    }, seconds * 1000);
  });
  expired.catch(() => undefined); // the race that awaits it reports it; an unawaited one is not an unhandled rejection
  return { signal: controller.signal, expired, stop: () => clearTimeout(timer) };
}

/** Milliseconds left (Infinity for a signal without a budget). */
export function remainingMs(signal: AbortSignal | undefined): number {
  const d = signal && deadlines.get(signal);
  return d ? d.at - performance.now() : Infinity;
}

/** Throws when the signal was aborted or its deadline has passed: call it every few hundred iterations of a synchronous loop. */
export function checkBudget(signal: AbortSignal | undefined): void {
  if (!signal) return;
  if (signal.aborted) throw abortError(signal);
  const d = deadlines.get(signal);
  if (d && performance.now() >= d.at) {
    d.controller.abort(budgetError(d.seconds, d.what));
    throw abortError(signal);
  }
}

// One realm for every guarded call; nested calls keep their own function (saved and restored).
const realm = vm.createContext({ run: undefined as undefined | (() => unknown) });
const trampoline = new vm.Script('run()');
/** Deadline of the guarded call under way: a call nested in it with no earlier deadline needs no watchdog of its own (one costs ~50 µs). */
let guardedUntil = Infinity;

/**
 * Runs a synchronous function and stops it, wherever it is (inside a library, a regular expression),
 * when the signal's deadline passes: it then throws the budget's error. Without a budget it just runs.
 */
export function withinBudget<T>(signal: AbortSignal | undefined, fn: () => T): T {
  checkBudget(signal);
  const d = signal && deadlines.get(signal);
  if (!d || d.at >= guardedUntil) return fn();
  const outer = guardedUntil;
  guardedUntil = d.at;
  try {
    return runWithTimeout(fn, Math.max(1, Math.ceil(d.at - performance.now())), () => {
      d.controller.abort(budgetError(d.seconds, d.what));
      return abortError(signal!);
    });
  } finally {
    guardedUntil = outer;
  }
}

/** Runs `fn` for at most `ms` milliseconds; past that, throws what `timedOut` gives. */
function runWithTimeout<T>(fn: () => T, ms: number, timedOut: () => Error): T {
  const outer = realm.run;
  realm.run = fn;
  try {
    return trampoline.runInContext(realm, { timeout: ms }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw timedOut();
    throw e;
  } finally {
    realm.run = outer;
  }
}
