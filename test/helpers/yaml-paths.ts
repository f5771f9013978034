// Paths into parsed YAML or JSON data, for tests that compare two readers' locations node by node.
import type { YamlPath } from '../../src/io/yaml.js';

/** Every path in the data, and beside each a missing key, an index past the end and a segment below a scalar. */
export function pathsOf(data: unknown, prefix: YamlPath = []): YamlPath[] {
  const out: YamlPath[] = [prefix, [...prefix, 'no-such-key'], [...prefix, 99]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}
