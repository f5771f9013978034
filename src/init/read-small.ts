// Small descriptive files a detector reads (MLmodel, config.json, dvc.lock): whole, as text, bounded.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { parseYaml } from '../io/yaml.js';

const MAX_BYTES = 16 * 1024 * 1024;

/** The text of `rel` under `root`; a file that cannot be read is a configuration error naming it. */
export function readSmall(root: string, rel: string): string {
  const abs = join(root, rel);
  try {
    if (statSync(abs).size > MAX_BYTES) throw new ConfigError(`file is larger than ${MAX_BYTES} bytes`, { file: rel });
    return readFileSync(abs, 'utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot read: ${errorMessage(e).replace(/^\w+: /, '')}`, { file: rel });
  }
}

/** A YAML (or JSON) file's data; syntax errors are configuration errors at their line. */
export function readYamlData(root: string, rel: string): unknown {
  return parseYaml(readSmall(root, rel), rel).data;
}

/** A JSON file's data; undefined (and a line in `undecided`) when it is not JSON. */
export function readJson(root: string, rel: string, undecided: string[]): unknown {
  try {
    return JSON.parse(readSmall(root, rel)) as unknown;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    undecided.push(`${rel}: not valid JSON, not read`);
    return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The YAML front matter of a Markdown file (between the first two `---` lines), or undefined. */
export function frontMatter(root: string, rel: string): Record<string, unknown> | undefined {
  const text = readSmall(root, rel).replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const data = parseYaml(m[1]!, rel).data;
  return isRecord(data) ? data : undefined;
}
