// What the BOM takes from the model card (the manifest's model.card, Markdown with YAML front matter):
// the front matter's license, task and library, and the text of its "Intended use" and "Limitations"
// sections. It is the owner's documentation, quoted as written: the lineage check verifies that the
// policy's fields are present, not what they say, and the BOM marks the source of each.
import { readFileSync } from 'node:fs';
import { ConfigError, errorMessage } from '../errors.js';
import { resolveInWorkspace } from '../io/workspace.js';
import { parseYaml } from '../io/yaml.js';

export interface CardText {
  /** Workspace-relative path. */
  path: string;
  license?: string;
  task?: string;
  library?: string;
  baseModel?: string;
  useCases: string[];
  limitations: string[];
}

/** Longest section text kept: a card is documentation, the BOM quotes its gist. */
const MAX_SECTION = 2000;

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap((x) => text(x) ?? []) : text(v) ? [text(v)!] : []);

/** Markdown heading (normalised) → the paragraphs under it, up to the next heading of the same or a higher level. */
function sections(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  let current: { name: string; level: number; body: string[] } | undefined;
  const close = () => {
    if (current && !out.has(current.name)) out.set(current.name, current.body.join('\n').trim().replace(/\n{3,}/g, '\n\n').slice(0, MAX_SECTION));
  };
  for (const l of lines) {
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (h && (!current || h[1]!.length <= current.level)) {
      close();
      current = { name: norm(h[2]!), level: h[1]!.length, body: [] };
    } else current?.body.push(l);
  }
  close();
  return out;
}

/** Reads the card; a card that cannot be read is an error (the gate read it a moment ago). */
export function readCard(workspace: string, path: string): CardText {
  let raw: string;
  try {
    raw = readFileSync(resolveInWorkspace(workspace, workspace, path), 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read the model card for the BOM: ${errorMessage(e)}`, { file: path });
  }
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  let front: Record<string, unknown> = {};
  let body = lines;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) {
      const data = parseYaml(lines.slice(1, end).join('\n'), path).data;
      if (data && typeof data === 'object' && !Array.isArray(data)) front = data as Record<string, unknown>;
      body = lines.slice(end + 1);
    }
  }
  const key = (name: string): unknown => front[Object.keys(front).find((k) => norm(k) === norm(name)) ?? ''];
  const bodySections = sections(body);
  const section = (...names: string[]): string[] => names.flatMap((n) => [...bodySections].filter(([h]) => h.includes(norm(n))).map(([, t]) => t)).filter(Boolean).slice(0, 1);
  const license = key('license');
  return {
    path,
    ...(text(license) ? { license: text(license)! } : {}),
    ...(text(key('pipeline_tag')) ? { task: text(key('pipeline_tag'))! } : {}),
    ...(text(key('library_name')) ? { library: text(key('library_name'))! } : {}),
    ...(text(key('base_model')) ? { baseModel: text(key('base_model'))! } : {}),
    useCases: [...texts(key('intended_use')), ...section('intended use')].slice(0, 1),
    limitations: [...texts(key('limitations')), ...section('limitations')].slice(0, 1),
  };
}
