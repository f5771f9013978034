// The block-YAML fast path of src/io/yaml.ts against the `yaml` parser on the same texts: the same
// documents, data and finding positions, or no answer at all (the text then goes to yaml).
import { describe, expect, it } from 'vitest';
import { parseBlockStream } from '../../../src/io/yaml-block.js';
import { parseYaml, parseYamlStream, type StreamDoc } from '../../../src/io/yaml.js';
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

const texts: Array<[string, string]> = [
  ...Object.entries({ KSERVE_GOOD, KSERVE_BAD, SELDON_V1, SELDON_V2, MODELGATE_ENDPOINT }),
  ['seldon with ingress', SELDON_WITH_INGRESS],
  ['edge cases', EDGE_CASES],
  ['all fixtures as one stream', [KSERVE_GOOD, KSERVE_BAD, SELDON_V1, SELDON_V2, MODELGATE_ENDPOINT].join('---\n')],
  ['indented root, no final newline', '  a: 1\n  b:\n    - c'],
  ['multi-line plain scalars', 'details: The module defines security\n  policies,   for code   \n  used in Zope.\nlist:\n- one\n  two\n- key: 3\n    4\nnumber: 1\n 2\n'],
  ['empty', ''],
  ['comments only', '# a\n\n   # b\n'],
];

function expectSame(fast: StreamDoc[], slow: StreamDoc[]): void {
  expect(fast.map((d) => [d.index, d.data])).toEqual(slow.map((d) => [d.index, d.data]));
  fast.forEach((d, i) => {
    for (const path of pathsOf(d.data)) expect({ path, at: d.locateEntry(path) }).toEqual({ path, at: slow[i]!.locateEntry(path) });
  });
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
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar with a blank line', 'a: one\n\n  two\n'],
    ['a multi-line plain scalar after a comment', 'a: one # c\n  two\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
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

  it('on damaged texts, answers as yaml does or not at all', () => {
    // Deterministic damage: delete, duplicate or replace one character, at many places of each text.
    let seed = 1;
    const next = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
    const damage = ['', ' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '\n', 'x', '  '];
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
});
