// Model cards: Markdown with YAML front matter (Hugging Face style). A required field is present when
// the front matter has the key with a non-empty value, or a Markdown heading names it and has text
// under it. Names compare case-insensitively, ignoring spaces, `-` and `_` ("intended use" matches
// the key `intended_use` and the heading "## Intended uses & limitations").
import { readFileSync } from 'node:fs';
import { parseYaml } from '../../src/io/yaml.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import type { Finding, Location } from '../../src/report/model.js';
import type { CardFact } from './facts.js';
import type { Lineage } from './prepare.js';
import { finding } from './rules.js';

export interface CardField {
  name: string;
  present: boolean;
  /** Where the field is (or, when missing, where it should be added). */
  location: Location;
  /** Why missing: absent or empty. */
  why?: 'absent' | 'empty';
}

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

function empty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '' || /^(tbd|todo|n\/a|\[more information needed\])$/i.test(v.trim());
  if (Array.isArray(v)) return v.length === 0 || v.every(empty);
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

/** Checks `fields` in the card text. `file` is the workspace-relative path used in locations. */
export function checkCard(text: string, file: string, fields: readonly string[]): { fields: CardField[]; frontMatter: boolean } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let front: Record<string, unknown> = {};
  let frontEnd = 0; // number of lines taken by the front matter, delimiters included
  let locate: ((key: string) => Location) | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0) throw new ConfigError('model card front matter is not closed (no second `---` line)', { file, line: 1 });
    frontEnd = end + 1;
    const yamlText = lines.slice(1, end).join('\n');
    let doc;
    try {
      doc = parseYaml(yamlText, file);
    } catch (e) {
      const loc = (e as ConfigError).location;
      throw new ConfigError(`model card front matter: ${(e as ConfigError).detail ?? String(e)}`, { file, ...(loc?.line !== undefined ? { line: loc.line + 1, column: loc.column } : {}) });
    }
    if (doc.data !== null && doc.data !== undefined && (typeof doc.data !== 'object' || Array.isArray(doc.data))) {
      throw new ConfigError('model card front matter must be a YAML map', { file, line: 2 });
    }
    front = (doc.data ?? {}) as Record<string, unknown>;
    locate = (key) => {
      const l = doc.locateKey([key]);
      return { file, ...(l.line !== undefined ? { line: l.line + 1, column: l.column } : {}) };
    };
  }
  const headings: Array<{ name: string; level: number; line: number; hasText: boolean }> = [];
  let inFence = false;
  for (let i = frontEnd; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\s*(```|~~~)/.test(l)) inFence = !inFence;
    if (inFence) continue;
    const m = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (m) headings.push({ name: m[2]!, level: m[1]!.length, line: i + 1, hasText: false });
    else if (l.trim() !== '' && headings.length) headings[headings.length - 1]!.hasText = true;
  }
  const missingAt: Location = { file, line: frontEnd > 0 ? frontEnd : 1 };
  const result = fields.map((name): CardField => {
    const key = Object.keys(front).find((k) => norm(k) === norm(name));
    if (key !== undefined) {
      const at = locate!(key);
      return empty(front[key]) ? { name, present: false, why: 'empty', location: at } : { name, present: true, location: at };
    }
    // A heading whose text is in its subsections counts as having text.
    const h = headings.findIndex((x) => norm(x.name).includes(norm(name)));
    if (h >= 0) {
      const head = headings[h]!;
      const end = headings.findIndex((x, j) => j > h && x.level <= head.level);
      const hasText = headings.slice(h, end < 0 ? undefined : end).some((x) => x.hasText);
      return hasText ? { name, present: true, location: { file, line: head.line } } : { name, present: false, why: 'empty', location: { file, line: head.line } };
    }
    return { name, present: false, why: 'absent', location: missingAt };
  });
  return { fields: result, frontMatter: frontEnd > 0 };
}

/** The model card section of the lineage run: the card the manifest names, or none when the policy requires one. */
export function modelCard(l: Lineage): { card?: CardFact; findings: Finding[] } {
  const { config } = l.ctx;
  const path = l.card?.path;
  const abs = l.paths.card;
  if (abs === undefined || path === undefined) {
    return { findings: config.card.required ? [finding('cardMissing', 'the policy requires a model card and the manifest names none (model.card)', l.loc(['model']), 'model.card')] : [] };
  }
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR') throw new ConfigError(`cannot read the model card: ${errorMessage(e)}`, { file: l.display(abs) });
    return { findings: [finding('cardMissing', `model card "${path}" ${code === 'ENOENT' ? 'does not exist' : 'is a directory'}`, l.loc(l.card!.at), path)] };
  }
  const r = checkCard(text, l.display(abs), config.card.fields);
  const findings = r.fields.filter((f) => !f.present).map((f) => finding('cardField', `model card ${f.why === 'empty' ? 'has an empty' : 'has no'} "${f.name}" (front-matter key or section)`, f.location, `${path}#${f.name}`));
  return { card: { path, fields: r.fields.map((f) => ({ name: f.name, present: f.present })) }, findings };
}
