// Validates a YAML document against a zod schema and turns the first issue into a one-line
// ConfigError at the offending file:line:column, with "did you mean" for misspelt keys.
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { SourceDoc, YamlPath } from './yaml.js';
import { closest } from './suggest.js';

export function validateDoc<S extends z.ZodType>(schema: S, doc: SourceDoc, data: unknown = doc.data): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // A misspelt key usually also makes a required key "missing": report the misspelling first.
  const issues = [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const issue = unionBranch(issues[0]!);
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  // Zod reports every unknown key of one map in a single issue: count each key as a problem.
  const total = issues.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
  const more = total > 1 ? ` (and ${total - 1} more problem${total > 2 ? 's' : ''})` : '';
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const known = knownKeys(schema, path);
    const hint = closest(key, known);
    const where = hint ? `did you mean "${hint}"?` : known.length ? `expected one of: ${known.join(', ')}` : '';
    throw new ConfigError(`unknown key ${quoteKey(key)}${at(path)}${where ? `; ${where}` : ''}${more}`, doc.locateKey([...path, key]));
  }
  throw new ConfigError(`${describeIssue(issue, valueAt(data, path))}${more}`, doc.locate(path));
}

/**
 * "Invalid input" says nothing: for a value that matches no branch of a union (a path or `{ path, … }`),
 * report the issue of the branch that got furthest into the value, at its own path.
 */
function unionBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const deepest = issue.errors.map((branch) => branch[0]).filter((i) => i !== undefined).sort((a, b) => b.path.length - a.path.length)[0];
  if (!deepest || deepest.path.length === 0) return issue;
  return unionBranch({ ...deepest, path: [...issue.path, ...deepest.path] } as z.core.$ZodIssue);
}

function at(path: YamlPath): string {
  return path.length ? ` in ${dotted(path)}` : '';
}

export function dotted(path: YamlPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? plainKey(p) : `.${plainKey(p)}`)).join('');
}

/**
 * A key as a message shows it: one line, and short. A YAML complex key (a list or a map used as a key,
 * `? ` or a flow collection) reaches the schema as its text, which holds data values (found by the fuzz
 * suite with a token inside): it is named for what it is, never quoted.
 */
function quoteKey(key: string): string {
  if (/^[[{]/.test(key)) return '(a list or a map used as a key)';
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 77)}…` : key);
}

function plainKey(key: string): string {
  return /[\p{Cc}\u2028\u2029"]/u.test(key) || key.length > 80 ? quoteKey(key) : key;
}

export function valueAt(data: unknown, path: YamlPath): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);
}

/** One line for a zod issue: "<path>: <what was expected>". `value` is the input at the issue's path. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = path.length ? `${dotted(path)}: ` : '';
  if (issue.code === 'invalid_type') {
    if (value === undefined) return `${where}required, expected ${issue.expected}`;
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'map' : typeof value;
    return `${where}expected ${issue.expected === 'object' ? 'map' : issue.expected}, received ${got}`;
  }
  if (issue.code === 'invalid_value') return `${where}expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
  return `${where}${issue.message.replace(/^Invalid input: /, '')}`;
}

/** Keys the schema accepts at `path` (objects only), found by walking zod's definitions. */
export function knownKeys(schema: z.ZodType, path: YamlPath): string[] {
  let node: unknown = schema;
  for (const seg of [...path, null]) {
    node = unwrap(node);
    const def = defOf(node);
    if (seg === null) return def?.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def?.type === 'object') node = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def?.type === 'array') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else return [];
  }
  return [];
}

interface Def {
  type: string;
  [k: string]: unknown;
}
function defOf(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}
function unwrap(node: unknown): unknown {
  for (;;) {
    const def = defOf(node);
    if (!def) return node;
    if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type)) node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else return node;
  }
}
