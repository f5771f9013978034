// Generated inputs for the fuzz suite (test/unit/fuzz): fully random text and bytes, and
// structure-aware mutations of valid seeds (byte flips, truncations, insertions of hostile strings,
// huge numbers, deep nesting, unicode). Secrets are built at run time, never written in the tree.
import fc from 'fast-check';
import { HOSTILE } from './hostile.js';

/** Strings that have broken parsers before: syntax characters, numbers at the edges, unicode, paths. */
export const NASTY: readonly string[] = [
  ...HOSTILE,
  '',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '\u202E',
  '\u2028',
  '\r',
  '\t',
  '\\',
  '"',
  "'",
  '`',
  '#',
  ':',
  '- ',
  '? ',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!!binary',
  '!!js/function',
  '<<: *a',
  '%YAML 1.2',
  '---',
  '...',
  '9'.repeat(400),
  '1e999999',
  '-1',
  '-0',
  '2147483648',
  '18446744073709551616',
  '0x7fffffff',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\x',
  '*',
  '**/',
  '$' + '{{ secrets.GITHUB_TOKEN }}',
  '$(id)',
  '%s%n%x',
  '\u00e9\u0301\u{1F600}\u{10FFFF}',
  'x'.repeat(20_000),
];

/** Deep nesting in the syntaxes the readers take (YAML/JSON flow, block lists, quotes, parentheses). */
export const deepNesting: fc.Arbitrary<string> = fc
  .record({ depth: fc.integer({ min: 100, max: 20_000 }), open: fc.constantFrom('[', '{"a":', '- ', '(', '"', '{a: ', '  ') })
  .map(({ depth, open }) => open.repeat(depth));

export const hugeNumber: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('1e309', '-1e309', '9007199254740993', '0.' + '0'.repeat(500) + '1', '1' + '0'.repeat(5000)),
  fc.bigInt().map(String),
  fc.double().map(String),
);

/** One token to insert: a hostile string, a random one, a huge number or deep nesting. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: hugeNumber },
  { weight: 1, arbitrary: deepNesting },
);

/** Fully random text: every unit (lone surrogates, control characters) or printable, or hostile tokens glued by separators. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(token, fc.constantFrom('\n', '\r\n', ',', '\t', ': ', ' ', '=', '"', '\\\n')), { maxLength: 40 }).map((a) => a.join('')),
);

export const randomBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 4096 });

type TextEdit =
  | { op: 'replace'; at: number; text: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; len: number }
  | { op: 'repeat'; at: number; len: number; times: number };

const at = fc.nat({ max: 1 << 20 });
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at, text: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) }),
  fc.record({ op: fc.constant('insert' as const), at, text: token }),
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('delete' as const), at, len: fc.nat({ max: 64 }) }),
  fc.record({ op: fc.constant('repeat' as const), at, len: fc.nat({ max: 200 }), times: fc.integer({ min: 2, max: 50 }) }),
);

function applyTextEdit(s: string, e: TextEdit): string {
  const i = e.at % (s.length + 1);
  switch (e.op) {
    case 'replace':
      return s.slice(0, i) + e.text + s.slice(i + 1);
    case 'insert':
      return s.slice(0, i) + e.text + s.slice(i);
    case 'truncate':
      return s.slice(0, i);
    case 'delete':
      return s.slice(0, i) + s.slice(i + e.len);
    case 'repeat':
      return s.slice(0, i) + s.slice(i, i + e.len).repeat(e.times) + s.slice(i + e.len);
  }
}

/** One of `seeds` with 1 to 5 edits; shrinks towards the seed itself. */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({ seed: fc.constantFrom(...seeds), edits: fc.array(textEdit, { minLength: 1, maxLength: 5 }) })
    .map(({ seed, edits }) => edits.reduce(applyTextEdit, seed));
}

type ByteEdit =
  | { op: 'bit'; at: number; bit: number }
  | { op: 'set'; at: number; value: number; width: 1 | 4 }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; len: number }
  | { op: 'repeat'; at: number; len: number; times: number };

/** Values at the edges of the integer fields binary formats carry (lengths, counts, offsets). */
const EDGE_VALUES = [0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff];

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('bit' as const), at, bit: fc.integer({ min: 0, max: 7 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('set' as const), at, value: fc.constantFrom(...EDGE_VALUES), width: fc.constantFrom(1 as const, 4 as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('insert' as const), at, bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 16 }), token.map((t) => new TextEncoder().encode(t))) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at, len: fc.nat({ max: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at, len: fc.nat({ max: 128 }), times: fc.integer({ min: 2, max: 20 }) }) },
);

function applyByteEdit(b: Buffer, e: ByteEdit): Buffer {
  const i = e.at % (b.length + 1);
  switch (e.op) {
    case 'bit': {
      if (i >= b.length) return b;
      const out = Buffer.from(b);
      out[i]! ^= 1 << e.bit;
      return out;
    }
    case 'set': {
      const out = Buffer.from(b);
      if (e.width === 4 && i + 4 <= out.length) out.writeUInt32LE(e.value >>> 0, i);
      else if (i < out.length) out[i] = e.value & 0xff;
      return out;
    }
    case 'insert':
      return Buffer.concat([b.subarray(0, i), e.bytes, b.subarray(i)]);
    case 'truncate':
      return b.subarray(0, i);
    case 'delete':
      return Buffer.concat([b.subarray(0, i), b.subarray(i + e.len)]);
    case 'repeat':
      return Buffer.concat([b.subarray(0, i), ...Array<Buffer>(e.times).fill(b.subarray(i, i + e.len)), b.subarray(i + e.len)]);
  }
}

/** One of `seeds` with 1 to 6 byte-level edits. */
export function mutatedBytes(seeds: readonly Uint8Array[]): fc.Arbitrary<Buffer> {
  return fc
    .record({ seed: fc.constantFrom(...seeds), edits: fc.array(byteEdit, { minLength: 1, maxLength: 6 }) })
    .map(({ seed, edits }) => edits.reduce(applyByteEdit, Buffer.from(seed)));
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A GitHub-token-shaped secret, different on every run, made at run time from parts. */
export const plantedSecret: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...ALNUM), minLength: 36, maxLength: 36 })
  .map((body) => ['ghp', body].join('_'));
