import { describe, expect, it } from 'vitest';
import { checkBudget, remainingMs, startBudget, withinBudget } from '../../../src/io/budget.js';

/** Runs `fn` with a budget of `seconds`; returns what it threw and how long it took. */
function timed(seconds: number, fn: (signal: AbortSignal) => void): { error: unknown; ms: number } {
  const budget = startBudget(seconds);
  const t0 = performance.now();
  try {
    fn(budget.signal);
    return { error: undefined, ms: performance.now() - t0 };
  } catch (error) {
    return { error, ms: performance.now() - t0 };
  } finally {
    budget.stop();
  }
}

describe('time budgets in synchronous code', () => {
  it('checkBudget ends a loop that never yields at the deadline (an AbortSignal alone never fires there)', () => {
    const { error, ms } = timed(0.2, (signal) => {
      for (let i = 0; ; i++) {
        if (i % 1000 === 0) checkBudget(signal);
      }
    });
    expect(error).toMatchObject({ name: 'TimeoutError', message: 'exceeded its time budget of 0.2 s' });
    expect(ms).toBeGreaterThanOrEqual(190);
    expect(ms).toBeLessThan(2000);
  });

  it('withinBudget stops a call it cannot instrument, even a backtracking regular expression', () => {
    const { error, ms } = timed(0.2, (signal) => withinBudget(signal, () => /^(a+)+$/.test(`${'a'.repeat(40)}!`)));
    expect(error).toMatchObject({ name: 'TimeoutError', message: 'exceeded its time budget of 0.2 s' });
    expect(ms).toBeLessThan(2000);
  });

  it('aborts the signal too, so the asynchronous work of the same check stops', () => {
    const budget = startBudget(0.05, 'the test budget');
    try {
      expect(() => withinBudget(budget.signal, () => {
        for (;;);
      })).toThrow('exceeded the test budget of 0.05 s');
      expect(budget.signal.aborted).toBe(true);
    } finally {
      budget.stop();
    }
  });

  it('stops a guarded call nested in another (which then needs no watchdog of its own)', () => {
    const { error, ms } = timed(0.2, (signal) =>
      withinBudget(signal, () => {
        for (let i = 0; i < 100; i++) withinBudget(signal, () => i);
        withinBudget(signal, () => {
          for (;;);
        });
      }),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', message: 'exceeded its time budget of 0.2 s' });
    expect(ms).toBeLessThan(2000);
  });

  it('passes results and errors through, and runs without a budget as is', () => {
    const budget = startBudget(10);
    try {
      expect(withinBudget(budget.signal, () => 42)).toBe(42);
      expect(() => withinBudget(budget.signal, () => {
        throw new RangeError('own');
      })).toThrow(RangeError);
      expect(remainingMs(budget.signal)).toBeGreaterThan(9000);
    } finally {
      budget.stop();
    }
    expect(withinBudget(undefined, () => 'plain')).toBe('plain');
    expect(remainingMs(new AbortController().signal)).toBe(Infinity);
  });
});
