import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { runCli } from '../helpers/action-runner.js';

// Every kind of bad input: a clear error naming file:line:column, exit 2, never a stack trace.
const good = manifestYaml([{ path: 'm.bin', sha256: sha256('w') }]);
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');

const cases: Array<{ name: string; files: Record<string, string>; args: string[]; error: RegExp }> = [
  { name: 'missing manifest', files: {}, args: [], error: /^modelgate: error: model-release\.yaml: file not found$/ },
  { name: 'YAML syntax error', files: { 'model-release.yaml': 'apiVersion: x\nkind: [\n' }, args: [], error: /^modelgate: error: model-release\.yaml:\d+:\d+: YAML syntax error: / },
  { name: 'wrong type', files: { 'model-release.yaml': good.replace('version: 1.0.0', 'version: [1]') }, args: [], error: /^modelgate: error: model-release\.yaml:5:12: metadata\.version: expected string, received array$/ },
  { name: 'unknown key', files: { 'model-release.yaml': `${good}modle: {}\n` }, args: [], error: /^modelgate: error: model-release\.yaml:11:1: unknown key "modle"; did you mean "model"\?$/ },
  { name: 'unknown check', files: { 'model-release.yaml': good }, args: ['--checks', 'lineage,linage'], error: /^modelgate: error: unknown check "linage"; did you mean "lineage"\?$/ },
  { name: 'invalid fail-on', files: { 'model-release.yaml': good }, args: ['--fail-on', 'urgent'], error: /^modelgate: error: --fail-on: unknown severity "urgent"; expected one of: critical, high, medium, low, info$/ },
  {
    name: 'policy rule that does not compile',
    files: { 'model-release.yaml': good, 'p.yaml': 'rules:\n  - id: r\n    expression: "facts.lineage.verified =="\n    message: m\n' },
    args: ['--policy', 'p.yaml'],
    error: /^modelgate: error: p\.yaml:3:17: custom rule "r" does not compile: /,
  },
  { name: 'manifest path through ..', files: { 'model-release.yaml': good.replace('path: m.bin', 'path: ../../etc/passwd') }, args: [], error: /^modelgate: error: model-release\.yaml:9:13: check "lineage" could not run: path "\.\.\/\.\.\/etc\/passwd" leaves the workspace/ },
  { name: 'absolute manifest path', files: { 'model-release.yaml': good.replace('path: m.bin', 'path: /etc/passwd') }, args: [], error: /^modelgate: error: model-release\.yaml:9:13: check "lineage" could not run: absolute paths are not allowed/ },
  { name: 'alias bomb', files: { 'model-release.yaml': bomb }, args: [], error: /^modelgate: error: model-release\.yaml:\d+:\d+: too many YAML alias expansions/ },
  { name: 'unknown flag', files: {}, args: ['--polcy', 'x'], error: /^modelgate: error: Unknown option '--polcy'/ },
];

describe('bad input through dist/cli.js', () => {
  for (const c of cases) {
    it(c.name, () => {
      const ws = tempWorkspace({ 'm.bin': 'w', ...c.files });
      const r = runCli(['check', ...c.args], ws);
      expect(r.status).toBe(2);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('modelgate: error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(c.error);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |Error:/);
    });
  }

  it('a symbolic link that leaves the workspace', () => {
    const outside = tempWorkspace({ 'secret.bin': 'w' });
    const ws = tempWorkspace({ 'model-release.yaml': good.replace('path: m.bin', 'path: link/secret.bin') });
    symlinkSync(outside, join(ws, 'link'));
    const r = runCli(['check'], ws);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^modelgate: error: model-release\.yaml:9:13: check "lineage" could not run: .*outside the workspace through a symbolic link/m);
  });
});
