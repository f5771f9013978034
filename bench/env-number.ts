// A benchmark's whole-number setting from the environment (sizes, seeds): the fallback when unset or
// empty, an error naming the variable when it is not a whole number.
export function numberEnv(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`);
  return n;
}
