// Every rule a check can emit is documented in that check's README, and every check has one linked
// from the top-level README: users look a rule id up there when a finding names it. The reference pages
// under docs/ are reachable from the README, and no relative link of the documentation points at a file
// or a heading that does not exist.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The Markdown pages whose links are checked, workspace-relative. */
function pages(): string[] {
  const md = (dir: string) => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`) : []);
  const checkPages = readdirSync(join(ROOT, 'checks'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('README.md'))
    .map((f) => `checks/${f.split('\\').join('/')}`);
  const examplePages = readdirSync(join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('README.md'))
    .map((f) => `examples/${f.split('\\').join('/')}`);
  return ['README.md', ...md('docs'), 'bench/README.md', ...checkPages, ...examplePages].sort();
}

/** Markdown without fenced code blocks and inline code spans (links inside code are not links). */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

/** Targets of inline links and images: [text](target "title"). */
export function linkTargets(text: string): string[] {
  return [...prose(text).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** GitHub's anchor for a heading (github-slugger): rendered text, lower case, punctuation dropped, spaces → "-". */
export function slug(heading: string): string {
  const rendered = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/[`*_~]/g, (c) => (c === '_' ? c : '')); // emphasis and code marks (underscores stay, as GitHub keeps them)
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a Markdown file offers: one per ATX heading outside code, repeated slugs numbered as GitHub does. */
export function anchors(text: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  const noFences = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of noFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Relative links of one page that do not resolve: a missing file, or a missing heading for `#anchor`. */
function brokenLinks(page: string): string[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const broken: string[] = [];
  for (const target of linkTargets(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
    const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
    const file = pathPart === '' ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), decodeURI(pathPart));
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      broken.push(`${page}: ${target} (no file ${relative(ROOT, file)})`);
      continue;
    }
    if (anchor !== undefined && file.endsWith('.md') && statSync(file).isFile() && !anchors(readFileSync(file, 'utf8')).has(anchor)) {
      broken.push(`${page}: ${target} (no heading #${anchor} in ${relative(ROOT, file)})`);
    }
  }
  return broken;
}

describe('documentation', () => {
  it('names every rule of every check in checks/<id>/README.md, linked from README.md', () => {
    const top = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const missing: string[] = [];
    for (const check of checks) {
      expect(top, `README.md links checks/${check.id}/README.md`).toContain(`(checks/${check.id}/README.md)`);
      const doc = readFileSync(join(ROOT, 'checks', check.id, 'README.md'), 'utf8');
      // A check's page may name its rules in full or, in a table headed by the prefix, by their short name.
      const short = (id: string) => id.slice(check.id.length + 1);
      for (const rule of check.rules) if (!doc.includes(`\`${rule.id}\``) && !doc.includes(`\`${short(rule.id)}\``)) missing.push(rule.id);
    }
    expect(missing).toEqual([]);
  });

  it('links every reference page under docs/ from README.md', () => {
    const links = new Set(linkTargets(readFileSync(join(ROOT, 'README.md'), 'utf8')).map((t) => t.split('#')[0]));
    const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.filter((f) => !links.has(`docs/${f}`))).toEqual([]);
  });

  it('has no relative link to a missing file or heading', () => {
    const all = pages();
    expect(all).toEqual(expect.arrayContaining(['README.md', 'bench/README.md', 'docs/report.md', 'checks/pii/README.md']));
    expect(all.flatMap(brokenLinks)).toEqual([]);
  });

  it('derives anchors as GitHub does (so the link check can fail)', () => {
    expect(slug('Verdict statements and halting')).toBe('verdict-statements-and-halting');
    expect(slug('Structured logs (ECS)')).toBe('structured-logs-ecs');
    expect(slug('`modelgate pii scan`')).toBe('modelgate-pii-scan');
    expect(slug('Facts (`facts.lineage`)')).toBe('facts-factslineage');
    expect(slug('Signing (`attest: true`)')).toBe('signing-attest-true');
    expect(slug('The pickle walker (`pickle.ts`)')).toBe('the-pickle-walker-picklets');
    expect([...anchors('# A\n## A\n```\n# B\n```\n### A\n')]).toEqual(['a', 'a-1', 'a-2']);
    expect(linkTargets('[x](a.md#b) `[y](c.md)` [z](https://e.org) ![i](img.png "t")')).toEqual(['a.md#b', 'https://e.org', 'img.png']);
  });
});
