// A benchmark's whole-number setting from the environment (sizes, seeds): the fallback when unset or
// empty, an error naming the variable when it is not a whole number.
export function numberEnv(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`);
  return n;
}

/** Whole-number settings `PREFIX_KEY` (each key of `defaults` in upper case) over their defaults. */
export function numberEnvs<T extends { [K in keyof T]: number }>(prefix: string, defaults: T): T {
  return Object.fromEntries(Object.entries<number>(defaults).map(([k, v]) => [k, numberEnv(`${prefix}_${k.toUpperCase()}`, v)])) as T;
}
