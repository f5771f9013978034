// Masking spans of a nested JSON value's detector text onto the value (src/io/json-mask.ts): the text
// writes each string as it is (no escape sequences: a value after a line break reads as at the start
// of a line); the masked copy keeps the structure; a span inside a string masks that part; over a
// number or boolean, or across a boundary (two leaves, quotes, punctuation), every leaf or key it
// touches is replaced whole; a masked key that collides gets a deterministic suffix. The property
// tests check on random values and spans that no character under a span survives and that untouched
// parts stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectorText, jsonText, KEY_SUFFIX, maskJsonSpans, memberAt, type MaskSpan } from '../../../src/io/json-mask.js';
import { HOSTILE } from '../../helpers/hostile.js';

const email = () => 'jo' + '@' + 'example.com';

/** Spans over every occurrence of `needle` in the value's detector text. */
function spansOf(value: unknown, needle: string, replacement = '[X]'): { text: string; spans: MaskSpan[] } {
  const text = detectorText(value);
  const spans: MaskSpan[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) spans.push({ start: at, end: at + needle.length, replacement });
  expect(spans.length).toBeGreaterThan(0);
  return { text, spans };
}

function masked(value: unknown, needle: string, replacement = '[X]'): unknown {
  const { text, spans } = spansOf(value, needle, replacement);
  return maskJsonSpans(value, text, spans);
}

describe('maskJsonSpans: one span in one leaf', () => {
  it('masks part of a nested string and keeps the structure; untouched members are the same objects', () => {
    const keep = { z: [1, 2] };
    const value = { id: 1, a: { b: `mail ${email()}`, n: 3 }, list: [`write ${email()}`, 5], keep };
    const out = masked(value, email(), '[EMAIL]') as typeof value;
    expect(out).toEqual({ id: 1, a: { b: 'mail [EMAIL]', n: 3 }, list: ['write [EMAIL]', 5], keep: { z: [1, 2] } });
    expect(out.keep).toBe(keep);
    expect(value.a.b).toContain(email()); // the input is never modified
  });

  it('maps offsets through line breaks, quotes, backslashes, control characters and astral characters', () => {
    const value = { e: `😀 "q" \\ \n\u0001 tab\t é ${email()} end`, k: ['x'] };
    expect(masked(value, email())).toEqual({ e: '😀 "q" \\ \n\u0001 tab\t é [X] end', k: ['x'] });
  });

  it('turns a number or boolean leaf under a span (whole or part) into the replacement string', () => {
    expect(masked({ tel: 442079460958, n: 7 }, '2079460958', '[PHONE]')).toEqual({ tel: '[PHONE]', n: 7 });
    expect(masked([1, [true, 'x']], 'true', '[B]')).toEqual([1, ['[B]', 'x']]);
    expect(masked({ v: -1.5e-7 }, '1.5e-7')).toEqual({ v: '[X]' });
  });

  it('masks a Date (written as its ISO string) and a bigint (written as a string) like strings', () => {
    const d = new Date(Date.UTC(2020, 0, 2));
    const keep = new Date(Date.UTC(2021, 5, 6));
    expect(masked({ d, keep }, '2020-01-02T', '[DATE]')).toEqual({ d: '[DATE]00:00:00.000Z', keep });
    expect(masked({ b: 12345678901234567890n }, '4567890123')).toEqual({ b: '123[X]4567890' });
  });
});

describe('maskJsonSpans: hostile strings around a masked value', () => {
  it.each(HOSTILE.map((h) => [h]))('%j: keys and values keep their text around the mask', (h) => {
    const value = { [h + email()]: [`${h} ${email()}`, { [h]: h }] };
    expect(masked(value, email())).toEqual({ [h + '[X]']: [`${h} [X]`, { [h]: h }] });
  });
});

describe('maskJsonSpans: spans that do not sit inside one string fail closed', () => {
  it('a span crossing from one leaf into the next masks both whole', () => {
    const value = { a: ['first half jo', 'hn second', 'other'] };
    expect(masked(value, 'jo","hn')).toEqual({ a: ['[X]', '[X]', 'other'] });
  });

  it('a span over quotes or punctuation masks what it touches whole', () => {
    expect(masked({ a: 'x secret', b: 'y' }, '"x secret"')).toEqual({ a: '[X]', b: 'y' });
    expect(masked({ name: 'Jo Doe', b: 1 }, 'name":"Jo')).toEqual({ '[X]': '[X]', b: 1 });
    expect(masked({ a: [1, 2, 3] }, '2,3]')).toEqual({ a: [1, '[X]', '[X]'] });
  });

  it('a text written escaped (the JSON text, not the detector text) masks every leaf and key', () => {
    const value = { a: 'before\nafter', keep: 'x' };
    const text = jsonText(value);
    const at = text.indexOf('after');
    expect(maskJsonSpans(value, text, [{ start: at, end: at + 5, replacement: '[X]' }])).toEqual({ '[X]': '[X]', [`[X]${KEY_SUFFIX}2`]: '[X]' });
  });

  it('two overlapping spans in one string mask it whole', () => {
    const value = { a: 'keep abcdef keep' };
    const text = detectorText(value);
    const at = text.indexOf('abcdef');
    const out = maskJsonSpans(value, text, [
      { start: at, end: at + 4, replacement: '[A]' },
      { start: at + 2, end: at + 6, replacement: '[B]' },
    ]);
    expect(out).toEqual({ a: '[A]' });
  });

  it('text that is not the value’s detector text masks every leaf and key', () => {
    const value = { a: 'x', b: [1, { c: true }] };
    const out = maskJsonSpans(value, detectorText(value) + ' ', [{ start: 1, end: 2, replacement: '[X]' }]);
    expect(out).toEqual({ '[X]': '[X]', [`[X]${KEY_SUFFIX}2`]: ['[X]', { '[X]': '[X]' }] });
  });
});

describe('maskJsonSpans: object keys', () => {
  it('masks part of a key; the member keeps its value and its place', () => {
    expect(masked({ first: 1, [`to ${email()}`]: 2, last: 3 }, email())).toEqual({ first: 1, 'to [X]': 2, last: 3 });
    expect(Object.keys(masked({ first: 1, [`to ${email()}`]: 2, last: 3 }, email()) as object)).toEqual(['first', 'to [X]', 'last']);
  });

  it('a masked key equal to another key keeps both members, with a numbered suffix; unmasked keys keep their names', () => {
    const value = { [email()]: 1, '[EMAIL]': 2, [`${email()} `]: 3 };
    const out = masked(value, email(), '[EMAIL]');
    expect(out).toEqual({ [`[EMAIL]${KEY_SUFFIX}2`]: 1, '[EMAIL]': 2, '[EMAIL] ': 3 });
    const value2 = { a: { [email()]: 1, ['jo2' + '@' + 'example.com']: 2 } };
    const { text } = spansOf(value2, email());
    const spans = [email(), 'jo2' + '@' + 'example.com'].map((n) => ({ start: text.indexOf(`"${n}"`) + 1, end: text.indexOf(`"${n}"`) + 1 + n.length, replacement: '[EMAIL]' }));
    expect(Object.keys((maskJsonSpans(value2, text, spans) as { a: object }).a)).toEqual(['[EMAIL]', `[EMAIL]${KEY_SUFFIX}2`]);
  });

  it('a key __proto__ stays a member, never the prototype', () => {
    const value = JSON.parse(`{"__proto__":{"x":"${email()}"},"b":1}`) as object;
    const out = masked(value, email()) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"x":"[X]"},"b":1}');
  });
});

describe('maskJsonSpans with `leaves`: a whole-value mask keeps the keys', () => {
  const tagged = (leaf: string) => `[P:${leaf.length}]`;
  const ip = () => ['203', '0', '113', '10'].join('.');

  it('masks every leaf that holds something and keeps every key, null and blank strings as they are', () => {
    const value = { ip: 'x', at: { $date: { $numberLong: '1700000000000' } }, list: [1, true, { deep: 'abc' }], none: null, blank: ' ' };
    const out = maskJsonSpans(value, detectorText(value), [], tagged);
    expect(out).toEqual({ ip: '[P:1]', at: { $date: { $numberLong: '[P:13]' } }, list: ['[P:1]', '[P:4]', { deep: '[P:3]' }], none: null, blank: ' ' });
  });

  it('a leaf a span covers whole keeps that span’s replacement (its own type); one covered in part is masked whole', () => {
    const value = { ip: ip(), device: 'host ' + ip(), who: 'Jo' };
    const { text, spans } = spansOf(value, ip(), '[IP_ADDRESS]');
    expect(maskJsonSpans(value, text, spans, tagged)).toEqual({ ip: '[IP_ADDRESS]', device: `[P:${5 + ip().length}]`, who: '[P:2]' });
  });

  it('a key is masked only by a span that touches it (a key that is personal data), never by the whole-value mask', () => {
    const value = { [email()]: { seen: 2 }, plain: 'x' };
    const { text, spans } = spansOf(value, email(), '[EMAIL]');
    expect(maskJsonSpans(value, text, spans, tagged)).toEqual({ '[EMAIL]': { seen: '[P:1]' }, plain: '[P:1]' });
    expect(Object.keys(maskJsonSpans(value, text, [], tagged) as object)).toEqual([email(), 'plain']);
  });

  it('arrays of objects keep their length and every object its keys, in order', () => {
    const value = [{ a: 'x', b: [{ c: 'y' }] }, { d: 3 }, []];
    const out = maskJsonSpans(value, detectorText(value), [], tagged) as unknown[];
    expect(out).toEqual([{ a: '[P:1]', b: [{ c: '[P:1]' }] }, { d: '[P:1]' }, []]);
    expect(Object.keys(out[0] as object)).toEqual(['a', 'b']);
  });
});

describe('jsonText and maskJsonSpans without spans', () => {
  it('jsonText is JSON.stringify, a bigint written as its digits in a string', () => {
    expect(jsonText({ a: [1, 'x', null, true], b: { c: 1.5 } })).toBe('{"a":[1,"x",null,true],"b":{"c":1.5}}');
    expect(jsonText({ n: 10n })).toBe('{"n":"10"}');
  });

  it('no span, or only empty spans: the same value', () => {
    const value = { a: [1, { b: 'c' }] };
    expect(maskJsonSpans(value, detectorText(value), [])).toBe(value);
    expect(maskJsonSpans(value, detectorText(value), [{ start: 3, end: 3, replacement: '[X]' }])).toBe(value);
  });
});

describe('detectorText: the JSON text with each string written as it is', () => {
  it('is the JSON text where no string needs an escape sequence', () => {
    const value = { a: [1, 'x y', null, true], b: { c: 1.5, 'é 😀': 'ü' }, n: 10n };
    expect(detectorText(value)).toBe(jsonText(value));
  });

  it('writes line breaks, tabs, quotes, backslashes and control characters as the characters, NUL as a space', () => {
    const value = { [`k\n"`]: ['a\nb', 'c\r\nd\te', 'say "hi"', 'C:\\dir', 'x\u0001\b\fy', 'nul\u0000end', 'lone \ud800 \udc00'] };
    expect(detectorText(value)).toBe(`{"k\n"":["a\nb","c\r\nd\te","say "hi"","C:\\dir","x\u0001\b\fy","nul end","lone \ud800 \udc00"]}`);
  });

  it('a value after a line break, a tab, a quote or a control character follows that character, not a letter of an escape', () => {
    const value = { note: { lines: ['Call:\n+1 0', 'to:\tJohn', 'say "Jo"', '\u0001x'] } };
    const text = detectorText(value);
    for (const seen of [':\n+1', ':\tJohn', ' "Jo"', '"\u0001x']) expect(text).toContain(seen);
    expect(text).not.toContain('\\');
  });

  it('a span next to a former escape sequence masks exactly its characters', () => {
    const value = { a: 'before\nJohn\tend', b: ['x\u0001yz', 'q"rs"', 'C:\\path\\file'], keep: 'n\no' };
    const text = detectorText(value);
    const spans = ['John', 'yz', 'rs', 'path'].map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, replacement: '[X]' }));
    expect(maskJsonSpans(value, text, spans)).toEqual({ a: 'before\n[X]\tend', b: ['x\u0001[X]', 'q"[X]"', 'C:\\[X]\\file'], keep: 'n\no' });
  });
});

// ---- property: random nested values (every plain character unique) and random spans ----

/** Characters of generated strings: 'u' becomes a character used nowhere else; the others need escaping (NUL, lone surrogates too) or are astral. */
const ALPHABET = ['u', 'u', 'u', 'u', '"', '\\', '\n', '\r', '\u0001', '\u0000', '\t', '\ud800', '\udc00', '😀', 'é', ' '];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const raw = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }).map((cs) => cs.join('')),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 4 }).map((cs) => cs.join('')), tie('value')), { maxLength: 4 }).map((es) => ({ entries: es })),
  ) as fc.Arbitrary<Json>,
}));

/** The value with each 'u' replaced by a fresh character, every key starting with one (keys unique, never integer-like). */
function uniquified(v: unknown, next: () => string): Json {
  const fresh = (s: string) => s.replace(/u/g, next);
  if (typeof v === 'string') return fresh(v);
  if (Array.isArray(v)) return v.map((x) => uniquified(x, next));
  if (v !== null && typeof v === 'object' && 'entries' in v) {
    const out: Record<string, Json> = {};
    for (const [k, x] of (v as { entries: Array<[string, unknown]> }).entries) {
      Object.defineProperty(out, next() + fresh(k), { value: uniquified(x, next), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v as Json;
}

const UNIQUE_FROM = 0x4e00; // CJK ideographs: none in the alphabet, the replacements or JSON punctuation

/** Leaves and keys with their range in the detector text, built apart from the module under test. */
interface Part {
  start: number;
  end: number;
}
interface Shape {
  part?: Part; // a leaf
  items?: Shape[];
  entries?: Array<{ key: string; keyPart: Part; shape: Shape }>;
}

function shapeOf(v: Json, at: { text: string }): Shape {
  const add = (json: string): Part => {
    const part = { start: at.text.length, end: at.text.length + json.length };
    at.text += json;
    return part;
  };
  if (Array.isArray(v)) {
    at.text += '[';
    const items = v.map((x, i) => {
      if (i > 0) at.text += ',';
      return shapeOf(x, at);
    });
    at.text += ']';
    return { items };
  }
  if (v !== null && typeof v === 'object') {
    at.text += '{';
    const entries = Object.keys(v).map((key, i) => {
      if (i > 0) at.text += ',';
      const keyPart = add(written(key));
      at.text += ':';
      return { key, keyPart, shape: shapeOf(v[key]!, at) };
    });
    at.text += '}';
    return { entries };
  }
  return { part: add(typeof v === 'string' ? written(v) : JSON.stringify(v)) };
}

/** A string as the detector text writes it: between quotes, as it is, NUL as a space. */
const written = (s: string) => `"${s.replaceAll('\0', ' ')}"`;

/** Checks `out` against the original: containers and untouched leaves and keys as they were; touched numbers, booleans and nulls now strings. */
function checkStructure(orig: Json, out: unknown, shape: Shape, touched: (p: Part) => boolean): void {
  if (shape.part) {
    if (!touched(shape.part)) expect(out).toEqual(orig);
    else if (typeof orig !== 'string') expect(typeof out).toBe('string');
    return;
  }
  if (shape.items) {
    expect(Array.isArray(out)).toBe(true);
    expect((out as unknown[]).length).toBe(shape.items.length);
    shape.items.forEach((s, i) => checkStructure((orig as Json[])[i]!, (out as unknown[])[i], s, touched));
    return;
  }
  expect(out !== null && typeof out === 'object' && !Array.isArray(out)).toBe(true);
  const keys = Object.keys(out as object);
  expect(keys.length).toBe(shape.entries!.length);
  shape.entries!.forEach((e, i) => {
    if (!touched(e.keyPart)) expect(keys[i]).toBe(e.key);
    checkStructure((orig as Record<string, Json>)[e.key]!, (out as Record<string, unknown>)[keys[i]!], e.shape, touched);
  });
}

describe('maskJsonSpans: property', () => {
  it('keeps the structure and untouched parts, and no character under a span survives anywhere', () => {
    fc.assert(
      fc.property(raw.value, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom('[E]', '[PHONE]', '', '[K:abcd]')), { maxLength: 5 }), (generated, picks) => {
        let n = 0;
        const value = uniquified(generated, () => String.fromCharCode(UNIQUE_FROM + n++));
        const at = { text: '' };
        const shape = shapeOf(value, at);
        const text = detectorText(value);
        expect(at.text).toBe(text);
        const spans: MaskSpan[] = picks
          .map(([s, len, replacement]) => ({ start: s % (text.length + 1), end: Math.min(text.length, (s % (text.length + 1)) + len), replacement }))
          .sort((a, b) => a.start - b.start);
        const out = maskJsonSpans(value, text, spans);
        const touched = (p: Part) => spans.some((s) => s.end > s.start && s.start < p.end && p.start < s.end);
        checkStructure(value, out, shape, touched);
        const written = jsonText(out);
        for (const s of spans) {
          for (const ch of text.slice(s.start, s.end)) {
            const code = ch.charCodeAt(0);
            if (code >= UNIQUE_FROM && code < UNIQUE_FROM + n) expect(written.includes(ch)).toBe(false);
          }
        }
        if (spans.every((s) => s.end <= s.start)) expect(out).toBe(value);
      }),
      { numRuns: 800 },
    );
  });
});

describe('memberAt: the key of the member whose value holds a span', () => {
  const other = { email: email(), contact: { phones: ['a', email()] }, n: 3 };
  it('names the top-level member, nested values included, and nothing for a span across members', () => {
    const { text, spans } = spansOf(other, email());
    expect(spans.map((s) => memberAt(other, text, s.start, s.end, spans))).toEqual(['email', 'contact']);
    expect(memberAt(other, text, 0, text.length, [])).toBeUndefined();
    expect(memberAt(other, text, spans[0]!.start, text.indexOf('phones'), [])).toBeUndefined();
  });
  it('never names a key that holds a detected value itself, nor one of a value whose text differs', () => {
    const keyed = { [email()]: 'call me', plain: 'x' };
    const text = detectorText(keyed);
    const key = spansOf(keyed, email()).spans;
    const inValue = { start: text.indexOf('call'), end: text.indexOf('call') + 4 };
    expect(memberAt(keyed, text, inValue.start, inValue.end, [...key, inValue])).toBeUndefined();
    expect(memberAt(keyed, text, inValue.start, inValue.end, [inValue])).toBe(email());
    expect(memberAt(keyed, `${text} `, inValue.start, inValue.end, [inValue])).toBeUndefined();
    expect(memberAt(['a'], '["a"]', 1, 4, [])).toBeUndefined();
  });
});

/** Checks `out` of a whole-value mask: containers and keys no span touches as they were, every leaf that holds something replaced. */
function checkLeavesMasked(orig: Json, out: unknown, shape: Shape, touched: (p: Part) => boolean, replacements: readonly string[]): void {
  if (shape.part) {
    if ((orig === null || (typeof orig === 'string' && orig.trim() === '')) && !touched(shape.part)) expect(out).toBe(orig);
    else expect(replacements).toContain(out);
    return;
  }
  if (shape.items) {
    expect((out as unknown[]).length).toBe(shape.items.length);
    shape.items.forEach((s, i) => checkLeavesMasked((orig as Json[])[i]!, (out as unknown[])[i], s, touched, replacements));
    return;
  }
  const keys = Object.keys(out as object);
  expect(keys.length).toBe(shape.entries!.length);
  shape.entries!.forEach((e, i) => {
    if (!touched(e.keyPart)) expect(keys[i]).toBe(e.key);
    checkLeavesMasked((orig as Record<string, Json>)[e.key]!, (out as Record<string, unknown>)[keys[i]!], e.shape, touched, replacements);
  });
}

describe('maskJsonSpans with `leaves`: property', () => {
  it('keeps every container and every key no span touches; every leaf that holds something becomes a replacement', () => {
    fc.assert(
      fc.property(raw.value, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom('[E]', '[PHONE]')), { maxLength: 4 }), (generated, picks) => {
        let n = 0;
        const value = uniquified(generated, () => String.fromCharCode(UNIQUE_FROM + n++));
        const shape = shapeOf(value, { text: '' });
        const text = detectorText(value);
        const spans: MaskSpan[] = picks.map(([s, len, replacement]) => ({ start: s % (text.length + 1), end: Math.min(text.length, (s % (text.length + 1)) + len), replacement }));
        const out = maskJsonSpans(value, text, spans, () => '[W]');
        const touched = (p: Part) => spans.some((s) => s.end > s.start && s.start < p.end && p.start < s.end);
        checkLeavesMasked(value, out, shape, touched, ['[W]', '[E]', '[PHONE]']);
      }),
      { numRuns: 500 },
    );
  });
});
