// A lazy view of plain data must read to CEL exactly as the data itself does (src/policy/cel-view.ts).
import { celEnv, isCelError, isCelList, isCelMap, parse, plan } from '@bufbuild/cel';
import { describe, expect, it } from 'vitest';
import { celView } from '../../../src/policy/cel-view.js';

const env = celEnv();
const data = () => {
  const model = { name: 'predictor', uri: null, digest: 'ab', version: '3', pinned: true, tags: { a: '1', b: '2' } };
  // A field that is not enumerable (a reader's own bookkeeping) is not part of the data.
  Object.defineProperty(model, 'hidden', { value: 'x', enumerable: false });
  return {
    endpoint: {
      name: 'ns/ep',
      replicas: { min: 2, max: null },
      models: [model, { ...model, name: 'transformer', uri: 'oci://r/m:1' }],
      labels: { owner: 'team-a', '1': 'one', true: 'yes' },
      empty: {},
      nothing: undefined,
      nested: { deep: { deeper: { value: 42 } } },
    },
  };
};

const EXPRESSIONS = [
  'endpoint.replicas.min != null && endpoint.models.all(m, m.uri != null)',
  'endpoint.replicas.min',
  'endpoint.replicas.max == null',
  'endpoint.nested.deep.deeper.value + 1',
  'endpoint.models.map(m, m.name)',
  'endpoint.models[0].tags',
  'endpoint.models[1].tags.b',
  'endpoint.models.exists(m, m.tags.b == "2")',
  'endpoint.labels.all(k, k != "")',
  'endpoint.labels.map(k, k)',
  'endpoint.labels.map(k, endpoint.labels[k])',
  'endpoint.labels.exists(k, endpoint.labels[k] == "yes")',
  'size(endpoint.labels) + size(endpoint.empty) + size(endpoint)',
  '"owner" in endpoint.labels',
  '"toString" in endpoint.labels',
  '"hidden" in endpoint.models[0]',
  'has(endpoint.labels.owner) && !has(endpoint.labels.nope)',
  'has(endpoint.nothing)',
  'endpoint.labels["1"]',
  'endpoint.labels[1]',
  'endpoint.labels[true]',
  'endpoint.labels.nope',
  'endpoint.nothing',
  'endpoint.models[0].hidden',
  'endpoint.labels.constructor',
  'endpoint.models[0].tags == {"a": "1", "b": "2"}',
  'endpoint.empty == {}',
  'endpoint.replicas == endpoint.replicas',
  'endpoint.replicas != {"min": 2}',
  'endpoint.name.startsWith("ns/")',
  'endpoint.models.filter(m, m.pinned).size()',
];

describe('celView', () => {
  it.each(EXPRESSIONS)('reads %s as the data itself reads', (expression) => {
    const run = plan(env, parse(expression));
    // A result as plain data: a CEL map by its entries in order, a list by its items.
    const shown = (v: unknown): unknown =>
      isCelError(v) ? `error: ${v.message}`
      : isCelMap(v) ? [...v.entries()].map(([k, x]) => [k, shown(x)])
      : isCelList(v) ? [...v].map(shown)
      : typeof v === 'bigint' ? `${v}n`
      : v;
    const plain = run(data() as never);
    const viewed = run({ endpoint: celView(data().endpoint) } as never);
    expect(shown(viewed)).toEqual(shown(plain));
  });

  it('reads a list longer than it views (left to the engine) as the data itself reads', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ i, tags: { k: String(i) } }));
    const run = plan(env, parse('x.items.map(m, m.tags.k).join(",") + ":" + string(x.items[39].i) + ":" + string(size(x.items))'));
    expect(run({ x: celView({ items }) } as never)).toEqual(run({ x: { items } } as never));
    expect(celView(items)).toBe(items);
  });

  it('leaves anything that is not a plain object or a list to the engine', () => {
    expect(celView('s')).toBe('s');
    expect(celView(null)).toBe(null);
    const message = { $typeName: 'google.protobuf.Duration', seconds: 1n };
    expect(celView(message)).toBe(message);
  });
});
