// Functions fit on a screen: no function in src/ or checks/ is longer than 120 lines. The pickle
// opcode switch is the one exception: one case per opcode of the protocol, read as a table.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const MAX_LINES = 120;
const EXCEPTIONS = new Set(['checks/lineage/modelfiles/pickle.ts:step']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '<anonymous>';
}

/** Every function longer than MAX_LINES, as `file:name (n lines)`. */
function longFunctions(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const rel = relative(ROOT, file).split('\\').join('/');
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const name = `${rel}:${nameOf(node)}`;
        if (last - first + 1 > MAX_LINES && !EXCEPTIONS.has(name)) out.push(`${name} (${last - first + 1} lines)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe('the tree', () => {
  it(`has no function in src/ or checks/ longer than ${MAX_LINES} lines`, () => {
    expect(longFunctions([...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'checks'))])).toEqual([]);
  });
});
