// CloudFormation's YAML short forms (`!Ref X`, `!Sub "…"`, `!GetAtt A.B`, `!Join [sep, list]` …) read
// as the long forms a JSON template spells (`{"Ref": "X"}`, `{"Fn::Sub": "…"}`, `{"Fn::GetAtt": ["A", "B"]}`),
// so a YAML template and its JSON twin give the same data. Without them the tag was dropped and
// `!Ref Key` read as the literal string "Key".
import { Pair, Scalar, YAMLMap, type CollectionTag, type ScalarTag, type YAMLSeq } from 'yaml';

const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length'];

/** The long-form key of a short-form tag: `!Ref` → Ref, `!Condition` → Condition, `!Sub` → Fn::Sub. */
const keyOf = (name: string): string => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

/** `!GetAtt A.B.C` is the scalar form of `["A", "B.C"]`. */
const scalarValue = (name: string, s: string): unknown => {
  if (name !== 'GetAtt') return s;
  const dot = s.indexOf('.');
  return dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
};

function tagsFor(name: string): Array<ScalarTag | CollectionTag> {
  const key = keyOf(name);
  // The long-form map takes the tagged node's place in the document, its range included.
  const wrap = (node: YAMLMap | YAMLSeq): YAMLMap => {
    const map = new YAMLMap();
    const k = new Scalar(key);
    k.range = node.range ? [node.range[0], node.range[0], node.range[0]] : null;
    map.items.push(new Pair(k, node));
    map.range = node.range ?? null;
    return map;
  };
  return [
    { tag: `!${name}`, resolve: (s: string) => ({ [key]: scalarValue(name, s) }) },
    // Collections keep their nodes (and so their positions), under the long-form key.
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => wrap(seq) },
    { tag: `!${name}`, collection: 'map', resolve: (map) => wrap(map) },
  ];
}

export const CLOUDFORMATION_TAGS: Array<ScalarTag | CollectionTag> = ['Ref', 'Condition', ...FUNCTIONS].flatMap(tagsFor);
