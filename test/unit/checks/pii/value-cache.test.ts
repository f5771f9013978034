// The scan's value cache: found by value and hash, collisions told apart by the value, grows and
// clears without losing or inventing entries.
import { describe, expect, it } from 'vitest';
import { ValueCache } from '../../../../checks/pii/value-cache.js';
import { cellFeatures, cellHash } from '../../../../checks/pii/detectors/types.js';

const hashOf = (s: string): number => (cellFeatures(s), cellHash());

describe('ValueCache', () => {
  it('finds what was set, by value; equal hashes of different values do not mix', () => {
    const c = new ValueCache<number>(8);
    c.set('a', 7, 1);
    c.set('b', 7, 2); // the same hash: a collision
    c.set('c', 23, 3); // another hash, the same slot (23 & 15 = 7)
    expect([c.get('a', 7), c.get('b', 7), c.get('c', 23), c.get('d', 7), c.get('a', 8)]).toEqual([1, 2, 3, undefined, undefined]);
    expect(c.size).toBe(3);
  });

  it('holds values hashing to 0 (the mark of an empty slot) beside those hashing to 1, and negative hashes', () => {
    const c = new ValueCache<number>(8);
    expect(c.get('zero', 0)).toBeUndefined();
    c.set('zero', 0, 10);
    c.set('one', 1, 11);
    c.set('neg', -5, 12);
    expect([c.get('zero', 0), c.get('one', 1), c.get('neg', -5), c.get('two', 0), c.get('two', 1)]).toEqual([10, 11, 12, undefined, undefined]);
    c.grow(32);
    expect([c.get('zero', 0), c.get('one', 1), c.get('neg', -5)]).toEqual([10, 11, 12]);
  });

  it('grows keeping its values, clears to empty, refuses a set when full', () => {
    const c = new ValueCache<string>(4);
    const words = ['lyon', 'turin', 'leeds', 'porto'];
    for (const w of words) c.set(w, hashOf(w), w.toUpperCase());
    expect(() => c.set('aarhus', hashOf('aarhus'), 'X')).toThrow(/full/);
    c.grow(64);
    expect(c.limit).toBe(64);
    for (const w of words) expect(c.get(w, hashOf(w))).toBe(w.toUpperCase());
    for (let i = 0; i < 60; i++) c.set(`v${i}`, hashOf(`v${i}`), String(i));
    expect(c.size).toBe(64);
    expect(c.get('v59', hashOf('v59'))).toBe('59');
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get('lyon', hashOf('lyon'))).toBeUndefined();
  });

  it('hashes a value the same whatever string holds it (a slice or a copy)', () => {
    const text = 'id,mary.smith55@example.com,more';
    const slice = text.slice(3, 27);
    expect(hashOf(slice)).toBe(hashOf(`${'mary.smith55'}@example.com`));
    expect(hashOf('ab')).not.toBe(hashOf('ba'));
  });

  it('counts its hit rate since it last grew or was cleared', () => {
    const c = new ValueCache<number>(8);
    expect(c.get('a', 1)).toBeUndefined();
    c.set('a', 1, 1);
    expect([c.get('a', 1), c.get('a', 1), c.get('a', 1)]).toEqual([1, 1, 1]);
    expect(c.hitRate()).toBe(0.75);
    c.grow(16);
    c.get('a', 1);
    expect(c.hitRate()).toBe(1);
    c.clear();
    c.get('a', 1);
    expect(c.hitRate()).toBe(0);
  });
});
