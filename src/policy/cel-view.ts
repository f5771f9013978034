// Plain JSON data as CEL values without copying it. The engine reads a plain object as a map of its own
// entries, and builds that map (Object.entries into a Map) at every reference, for every object on the
// way: a rule over 5,000 endpoints rebuilt each endpoint's 20-odd entries once per reference. A view
// reads the object's fields only when the rule names them, and hands out views of nested objects.
import { celMap } from '@bufbuild/cel';
import { enumerable, isPlainObject } from './cel-fast.js';

/** Lists up to this long are copied with their items viewed; a longer one is left to the engine. */
const VIEWED_LIST = 32;

/**
 * `v` as the engine would read it, a plain object as a lazy map view: same keys in the same order, same
 * values. A short list is a copy of it with each item viewed (an endpoint's models); a longer one is
 * left to the engine, which wraps it without copying and converts an item when read (a copy at every
 * reference would cost a pass over the list). Anything else is left to the engine.
 */
export function celView(v: unknown): unknown {
  if (Array.isArray(v)) return v.length <= VIEWED_LIST ? v.map(celView) : v;
  return isPlainObject(v) ? celMap(new ObjectView(v) as unknown as ReadonlyMap<string, never>) : v;
}


/** The read-only Map the engine's map wraps, over an object's own enumerable string keys (what Object.entries lists). */
class ObjectView implements ReadonlyMap<string, unknown> {
  constructor(private readonly o: Record<string, unknown>) {}

  get size(): number {
    return Object.keys(this.o).length;
  }

  // Only a string key names a field: the engine also asks with numbers (as bigint) and booleans, which a
  // Map of string keys does not hold (an object would read 1n or true as the field "1" or "true").
  get(key: unknown): unknown {
    return typeof key === 'string' && enumerable(this.o, key) ? celView(this.o[key]) : undefined;
  }

  has(key: unknown): boolean {
    return typeof key === 'string' && enumerable(this.o, key);
  }

  keys(): MapIterator<string> {
    return Object.keys(this.o)[Symbol.iterator]();
  }

  *values(): MapIterator<unknown> {
    for (const k of Object.keys(this.o)) yield celView(this.o[k]);
  }

  *entries(): MapIterator<[string, unknown]> {
    for (const k of Object.keys(this.o)) yield [k, celView(this.o[k])];
  }

  [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }

  forEach(callback: (value: unknown, key: string, map: ReadonlyMap<string, unknown>) => void, thisArg?: unknown): void {
    for (const k of Object.keys(this.o)) callback.call(thisArg, celView(this.o[k]), k, this);
  }
}
