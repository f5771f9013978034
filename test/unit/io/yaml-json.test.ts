// The JSON fast path of src/io/yaml.ts against the `yaml` parser on the same texts: the same data, and
// the same location for every node, every map key and some missing paths.
import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../../../src/io/json-source.js';
import { parseYaml, parseYamlStream } from '../../../src/io/yaml.js';
import { pathsOf } from '../../helpers/yaml-paths.js';
import { CFN_TEMPLATE, KSERVE_BAD, KSERVE_GOOD, MODELGATE_ENDPOINT, SAGEMAKER_CONFIG_JSON, SAGEMAKER_MODEL_JSON, SELDON_V1, SELDON_V2 } from '../../helpers/endpoint-definitions.js';

/** A trailing YAML comment makes the text invalid JSON, so it takes the `yaml` path, every offset unchanged. */
const viaYaml = (text: string) => `${text}\n# not JSON`;

const fixtures = [KSERVE_GOOD, KSERVE_BAD, SELDON_V1, SELDON_V2, CFN_TEMPLATE, MODELGATE_ENDPOINT].flatMap((y) => parseYamlStream(y, 'f.yaml').map((d) => d.data));
const edgeCases: unknown = {
  empty: {},
  none: [],
  nested: [[], [[1, 2], { a: [] }], { '': 'empty key' }],
  numbers: [0, -1, 1.5, -2.5e-3, 1e21, 9007199254740993e3],
  literals: [true, false, null],
  strings: ['', 'quote " and backslash \\', 'tab\tnewline\n', 'é ü 漢字 🙂', 'colon: inside', '# not a comment', '\\"', 'ends with \\'],
  'key: with colon': { 'a"b': 1, '0': 'numeric key', '1': { deeper: [{ x: 'y' }] } },
};

const texts: Array<[string, string]> = [
  ['sagemaker config', SAGEMAKER_CONFIG_JSON],
  ['sagemaker model', SAGEMAKER_MODEL_JSON],
  ...fixtures.flatMap((d, i): Array<[string, string]> => [
    [`fixture ${i} pretty`, JSON.stringify(d, null, 2)],
    [`fixture ${i} one line`, JSON.stringify(d)],
  ]),
  ['edge cases pretty', JSON.stringify(edgeCases, null, 2)],
  ['edge cases one line', JSON.stringify(edgeCases)],
  ['edge cases, tabs and CRLF', JSON.stringify(edgeCases, null, '\t').replace(/\n/g, '\r\n')],
  ['loose spacing', ' \n { "a" : [ 1 , { "b" :"c" } ] ,\n\n  "d":{ } , "e" : "f"\n}\n\n'],
  ['a list at the top', '[\n  {"name": "x"},\n  [1, 2],\n  "s"\n]\n'],
];

describe('JSON fast path', () => {
  it.each(texts)('gives the data and positions of the yaml parser: %s', (_name, text) => {
    expect(parseJsonDocument(text)).toBeDefined();
    const [fast] = parseYamlStream(text, 'f.json');
    const [slow] = parseYamlStream(viaYaml(text), 'f.json');
    expect(fast!.data).toEqual(slow!.data);
    expect(fast!.index).toBe(slow!.index);
    for (const path of pathsOf(fast!.data)) {
      expect({ path, at: fast!.locate(path) }).toEqual({ path, at: slow!.locate(path) });
      expect({ path, at: fast!.locateKey(path) }).toEqual({ path, at: slow!.locateKey(path) });
      expect({ path, at: fast!.locateEntry(path) }).toEqual({ path, at: slow!.locateEntry(path) });
    }
    const single = parseYaml(text, 'f.json');
    expect(single.locate(['no-such-key'])).toEqual(parseYaml(viaYaml(text), 'f.json').locate(['no-such-key']));
  });

  it('leaves repeated keys to the yaml parser, which refuses them at their line', () => {
    const text = '{\n  "a": {"b": 1, "b": 2}\n}\n';
    expect(parseJsonDocument(text)).toBeUndefined();
    expect(() => parseYaml(text, 'dup.json')).toThrow(/^dup\.json:2:\d+: YAML syntax error: .*unique/i);
  });

  it('leaves what is not a JSON mapping or list to the yaml parser', () => {
    for (const text of ['a: 1', '"just a string"', '42', '{"a": 1,}', '\uFEFF{"a": 1}', '{"a": 1}\n---\n{"b": 2}\n', '']) expect(parseJsonDocument(text)).toBeUndefined();
    expect(() => parseYaml('{\n  "a": [1, 2\n}\n', 'bad.json')).toThrow(/^bad\.json:\d+:\d+: YAML syntax error: /);
  });
});
