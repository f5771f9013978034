// The block-YAML fast path of src/io/yaml.ts against the `yaml` parser on the same texts: the same
// documents, data and finding positions, or no answer at all (the text then goes to yaml).
import { describe, expect, it } from 'vitest';
import { parseBlockStream } from '../../../src/io/yaml-block.js';
import { parseYaml, parseYamlData, parseYamlStream, type StreamDoc } from '../../../src/io/yaml.js';
import { pathsOf } from '../../helpers/yaml-paths.js';
import { KSERVE_BAD, KSERVE_GOOD, MODELGATE_ENDPOINT, SELDON_V1, SELDON_V2 } from '../../helpers/endpoint-definitions.js';

/** A comment holding a tab: outside the block subset, so the text takes the `yaml` path, every offset unchanged. */
const viaYaml = (text: string) => `${text}\n#\t`;

const SELDON_WITH_INGRESS = `apiVersion: machinelearning.seldon.io/v1
kind: SeldonDeployment
metadata:
  name: ep-1
  annotations:
    modelgate.dev/model-sha256: "7a01fada7370518ee8c645619985b790aebd492b5252e5a640d969ab94f4cd8c"
spec:
  predictors:
    - name: default
      replicas: 2
      graph:
        modelUri: s3://models-prod/m599/3/
      componentSpecs:
        - spec:
            containers:
              - name: model
                resources:
                  limits: { cpu: "1", memory: 2Gi }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ep-1
spec:
  rules:
    - host: ep-1.internal.example.com
      http:
        paths:
          - path: /
            backend:
              service: { name: ep-1-default, port: { number: 8000 } }
`;

const EDGE_CASES = `# a comment before the first document
---
plain: some text with spaces   # and a comment
numbers: [0, -1, +2, 0o17, 0x1F, 1.5, -2.5e-3, .5, 1e3, .inf, -.Inf, .nan]
literals: [true, False, TRUE, null, Null, ~]
quoted: ["a # b", 'it''s', "tab\\tand \\"quotes\\" and \\u00e9", '', ""]
'single key': 1
"double key": 2
dotted.key/with-slash: -x
url: http://example.com:8080/path?q=1
empty:
also-empty: # comment only
list-at-same-indent:
- a
- b:
  c: 1
- - nested
  - list
-
  - x
list-deeper:
    - 1
    -
    - { a: [], b: {}, "c": 'd' }
nested:
  deeper:
    deepest: value
  back: 1
---
---
# only a comment
---
- top
- level
- list
`;

/** Scalars over several lines, in mappings, lists and lists of mappings, as OSV records and Kubernetes annotations write them. */
const MULTI_LINE = `id: PYSEC-2018-104
details: python-oslo-middleware before versions 3.8.1 is vulnerable
  to an information disclosure.   \`CatchError\` class could include
  - a dash, ? a question, [brackets], {braces}, "quotes", 'apostrophes', &amp; *star !bang |pipe >gt %pct @at
  hash#inside-word and 'quotes' after a colon:like this

  after one empty line


  after two
summary: 'A single-quoted summary that it''s long enough
  to fold, with: a colon and # a hash

  and an empty line '
quoted: "A double-quoted \\"value\\" with \\\\ and \\u00e9
    folded   over   lines\\t
  \\tand an escape at a line start"
single-quoted-at-line-start: '
  leading break'
literal: |
  line one
    indented more
  # not a comment: content

  after an empty line
folded: >
  folded
  text

  paragraph
    more indented
    kept
  back
strip: |-
  no final break


keep: |+
  every final break


clip-with-comment: >  # a comment on the header
  one
  two
# a comment after it, at the parent's indentation
explicit: |2
    two spaces kept
  back at the content indent
explicit-and-chomp: >-1
  folded with a leading space
   more
list:
- plain item
  continued
- 'quoted item
  continued'
- |
  literal item
- key: >-
    folded in a list of mappings
    continued
  other: |1
    one space kept
- - nested
    continued
  - "nested
    quoted"
nested:
  deeper:
    text: last
      words
  after: 1
`;

const texts: Array<[string, string]> = [
  ...Object.entries({ KSERVE_GOOD, KSERVE_BAD, SELDON_V1, SELDON_V2, MODELGATE_ENDPOINT }),
  ['seldon with ingress', SELDON_WITH_INGRESS],
  ['edge cases', EDGE_CASES],
  ['all fixtures as one stream', [KSERVE_GOOD, KSERVE_BAD, SELDON_V1, SELDON_V2, MODELGATE_ENDPOINT].join('---\n')],
  ['indented root, no final newline', '  a: 1\n  b:\n    - c'],
  ['multi-line plain scalars', 'details: The module defines security\n  policies,   for code   \n  used in Zope.\nlist:\n- one\n  two\n- key: 3\n    4\nnumber: 1\n 2\n'],
  ['multi-line scalars of every style', MULTI_LINE],
  ['a list at its key\'s indentation, items going on', 'a:\n- b\n c\n- "d\n e"\n- >\n f\n'],
  ['a block scalar ending the document', 'a: |\n  x\n\n\n---\nb: >-\n  y\n'],
  ['empty', ''],
  ['comments only', '# a\n\n   # b\n'],
];

/** A seeded generator of numbers below n (the same sequence on every run). */
function random(seed: number): (n: number) => number {
  return (n) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
}

/** Words of scalars, many with characters that mean something to YAML at some place of a line. */
const WORDS = ['word', 'x', '-', '- a', '-1', '?', '? a', ':', 'a:b', 'a: b', '#', 'a #b', 'a#b', '[', ']', '{}', ',', '&a', '*a', '!t', '|', '>', "'", "''", '"', '\\"', '\\', '\\\\', '\\n', '\\t', '\\x41', '\\ ', '%', '@', '`', '1', '0x1F', '.5', 'true', 'null', '~', 'é', '---', '...'];
const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|1', '>2', '|2-', '>-1', '| # c', '|#c', '|0', '|x'];

/**
 * A random document of scalars over several lines (plain, quoted, block), as a mapping, a list or a
 * list of mappings: lines at random depths (mostly deeper than the parent), empty lines, lines of
 * spaces, comment lines, trailing spaces.
 */
function randomDocument(next: (n: number) => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)]!;
  const word = (): string => (next(3) === 0 ? pick(WORDS) : pick(['word', 'text', 'é', 'x1']));
  const words = (): string => Array.from({ length: 1 + next(4) }, word).join(pick([' ', ' ', '  '])) + pick(['', '', ' ']);
  const shape = next(3);
  const out: string[] = [];
  for (let k = 0; k < 1 + next(4); k++) {
    const [head, parent] = shape === 0 ? [`k${k}: `, 0] : shape === 1 ? ['- ', 0] : [`- k${k}: `, 2];
    out.push(head + randomValue(next, pick, words, parent));
    if (next(6) === 0) out.push(`${' '.repeat(next(4))}# c`);
  }
  return `${out.join('\n')}\n`;
}

function randomValue(next: (n: number) => number, pick: <T>(xs: readonly T[]) => T, words: () => string, parent: number): string {
  const style = next(5);
  const block = style >= 3;
  const more = (): string => {
    const kind = next(10);
    if (kind === 0) return '';
    if (kind === 1) return ' '.repeat(next(6));
    const depth = parent + (block ? 2 : 1 + next(3)) + (next(6) === 0 ? next(3) - 2 : 0) + (block && next(5) === 0 ? 1 + next(2) : 0);
    return ' '.repeat(Math.max(0, depth)) + words();
  };
  const lines = Array.from({ length: next(4) }, more);
  if (block) return [pick(BLOCK_HEADERS), ...(next(2) ? ['', ''] : []), `${' '.repeat(parent + 2)}${words()}`, ...lines].join('\n');
  if (style === 0) return [words(), ...lines].join('\n');
  const q = style === 1 ? "'" : '"';
  return `${q}${[words(), ...lines].join('\n')}${q}`;
}

function dataOrError(read: () => { data: unknown }): unknown {
  try {
    return { data: read().data };
  } catch (e) {
    return (e as Error).message;
  }
}

function expectSame(fast: StreamDoc[], slow: StreamDoc[]): void {
  expect(fast.map((d) => [d.index, d.data])).toEqual(slow.map((d) => [d.index, d.data]));
  fast.forEach((d, i) => {
    for (const path of pathsOf(d.data)) expect({ path, at: d.locateEntry(path) }).toEqual({ path, at: slow[i]!.locateEntry(path) });
  });
}

/**
 * The fast path against yaml on one text: both refuse it ('both refused'), the fast path reads what
 * yaml reads ('read'), or leaves it to yaml ('refused'); anything else fails the test.
 */
function compareWithYaml(text: string): 'read' | 'refused' | 'both refused' {
  const fast = parseBlockStream(text);
  let slow: StreamDoc[] | undefined;
  try {
    slow = parseYamlStream(viaYaml(text), 'f.yaml');
  } catch {
    slow = undefined;
  }
  if (!slow) {
    expect({ text, fast }).toEqual({ text, fast: undefined });
    return 'both refused';
  }
  if (!fast) return 'refused';
  expectSame(parseYamlStream(text, 'f.yaml'), slow);
  return 'read';
}

describe('block YAML fast path', () => {
  it.each(texts)('gives the documents, data and finding positions of the yaml parser: %s', (_name, text) => {
    expect(parseBlockStream(text)).toBeDefined();
    const fast = parseYamlStream(text, 'f.yaml');
    const slow = parseYamlStream(viaYaml(text), 'f.yaml');
    expectSame(fast, slow);
    // locate and locateKey are yaml's own (their ends differ here only by the comment viaYaml adds).
    const start = ({ line, column }: { line?: number; column?: number }) => ({ line, column });
    expect(fast.map((d) => start(d.locate(['metadata'])))).toEqual(slow.map((d) => start(d.locate(['metadata']))));
  });

  it.each(texts.filter(([, t]) => !/^---/m.test(t) && /\S/.test(t.replace(/#.*/g, ''))))('reads a single document as yaml does: %s', (_name, text) => {
    const fast = parseYaml(text, 'f.yaml');
    const slow = parseYaml(viaYaml(text), 'f.yaml');
    expect(fast.data).toEqual(slow.data);
    const start = ({ line, column }: { line?: number; column?: number }) => ({ line, column });
    for (const path of pathsOf(fast.data)) expect({ path, at: start(fast.locate(path)), key: start(fast.locateKey(path)) }).toEqual({ path, at: start(slow.locate(path)), key: start(slow.locateKey(path)) });
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !Ref b\n'],
    ['a multi-line plain scalar after a comment', 'a: one # c\n  two\n'],
    ['a comment line inside a multi-line plain scalar', 'a: one\n  # c\n  two\n'],
    ['an implicit key inside a multi-line plain scalar', 'a: one\n  two: three\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a quoted scalar going on at its key\'s indentation', 'b:\n  a: "one\n  two"\n'],
    ['an escaped line break', 'a: "one\\\n  two"\n'],
    ['an escaped space', 'a: "one\n  \\ two"\n'],
    ['text after a multi-line quoted scalar', 'a: "one\n  two" three\n'],
    ['a multi-line quoted key', '"a\n  b": 1\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['kept line breaks at the end of a document', 'a: |+\n  x\n\n'],
    ['kept line breaks before a comment', 'a: |+\n  x\n\n# c\nb: 1\n'],
    ['a line of spaces deeper than the content', 'a: |\n  x\n     \n  y\n'],
    ['a leading empty line deeper than the content', 'a: |\n    \n  x\n'],
    ['a block scalar header without a space before its comment', 'a: |#c\n  x\n'],
    ['an indentation indicator 0', 'a: |0\n  x\n'],
    ['a block scalar going on shallower', 'a: |\n    x\n  y\n'],
    ['a block scalar as a key', '? |\n  x\n: 1\n'],
    ['a tab', 'a:\tb\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['content after ---', '--- a\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a colon inside a flow scalar', 'a: [http://x]\n'],
    ['a YAML-only escape', 'a: "\\x41"\n'],
    ['a number as a key', '1: a\n'],
    ['a mapping inside a plain value', 'a: b: c\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a scalar document', 'just text\n'],
    ['a __proto__ key', '__proto__: 1\n'],
  ])('leaves %s to the yaml parser', (_name, text) => {
    expect(parseBlockStream(text)).toBeUndefined();
  });

  it('on random documents of multi-line scalars, answers as yaml does or not at all', () => {
    const next = random(7);
    let read = 0;
    let refused = 0;
    const N = 3000;
    for (let k = 0; k < N; k++) {
      const text = randomDocument(next);
      expect({ text, single: dataOrError(() => parseYamlData(text, 'f.yaml')) }).toEqual({ text, single: dataOrError(() => parseYaml(text, 'f.yaml')) });
      const outcome = compareWithYaml(text);
      if (outcome === 'read') read++;
      else if (outcome === 'refused') refused++;
    }
    // The generator writes many texts yaml refuses too; of those it reads, the fast path must read most.
    expect(read).toBeGreaterThan(3 * refused);
    expect(read).toBeGreaterThan(N / 3);
  });

  it('parseYamlData: the data of yaml, and yaml\'s locations when asked', () => {
    for (const [, text] of texts.filter(([, t]) => !/^---/m.test(t) && /\S/.test(t.replace(/#.*/g, '')))) {
      const fast = parseYamlData(text, 'f.yaml');
      const slow = parseYaml(viaYaml(text), 'f.yaml');
      expect(fast.data).toEqual(slow.data);
      const start = ({ line, column }: { line?: number; column?: number }) => ({ line, column });
      for (const path of pathsOf(fast.data)) expect({ path, at: start(fast.locate(path)), key: start(fast.locateKey(path)) }).toEqual({ path, at: start(slow.locate(path)), key: start(slow.locateKey(path)) });
    }
    // What the block reader leaves (here a tag) and errors are yaml's, at their line.
    expect(parseYamlData('a: !t b\n', 'f.yaml').data).toEqual({ a: 'b' });
    expect(() => parseYamlData('a: |\n  x\n b\n', 'f.yaml')).toThrow(/^f\.yaml:3:\d+: YAML syntax error/);
    expect(() => parseYamlData('a: 1\n---\nb: 2\n', 'f.yaml')).toThrow(/YAML syntax error/);
  });

  it('on damaged texts, answers as yaml does or not at all', () => {
    // Deterministic damage: delete, duplicate or replace one character, at many places of each text.
    const next = random(1);
    const damage = ['', ' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '\n', 'x', '  ', '|', '>', '+', '2', '\\'];
    let compared = 0;
    for (const [, text] of texts.filter(([, t]) => t.length > 0)) {
      for (let k = 0; k < 150; k++) {
        const at = next(text.length);
        const broken = text.slice(0, at) + damage[next(damage.length)]! + text.slice(at + next(2));
        const fast = parseBlockStream(broken);
        let slow: StreamDoc[] | undefined;
        try {
          slow = parseYamlStream(viaYaml(broken), 'f.yaml');
        } catch {
          slow = undefined; // yaml refuses it: the fast path must not accept it
        }
        if (!slow) expect({ broken, fast }).toEqual({ broken, fast: undefined });
        else if (fast) {
          expectSame(parseYamlStream(broken, 'f.yaml'), slow);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('resolves plain scalars (and keys) by the core schema as yaml does, whatever their first character', () => {
    // Short scalars from the characters that start the core schema's nulls, booleans, ints and floats.
    const chars = [...'~NnTtFfUuLlRrEeAaSsOoIi0123456789+-._xX'];
    const next = random(11);
    let compared = 0;
    for (let k = 0; k < 3000; k++) {
      const scalar = Array.from({ length: 1 + next(6) }, () => chars[next(chars.length)]!).join('');
      const text = `${scalar}: ${scalar}\nk: [${scalar}]\n`;
      if (compareWithYaml(text) === 'read') compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
