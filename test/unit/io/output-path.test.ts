import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputPaths, resolveOutputPath, shownOutputPath, type OutputHint } from '../../../src/io/output-path.js';
import { configError } from '../../helpers/config-error.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const HINT: OutputHint = { writer: 'the runner', folder: '${{ runner.temp }}' };
const NAMES = { reportJson: 'input "report-json"', sarif: 'input "sarif"', verdict: 'input "verdict"', auditLog: 'input "audit-log"', metrics: 'input "metrics"' };

/** The message checkOutputPaths gives for these outputs. */
function refusal(ws: string, paths: Parameters<typeof checkOutputPaths>[1]): string {
  return configError(() => checkOutputPaths(ws, paths, NAMES, HINT)).message;
}

describe('resolveOutputPath and shownOutputPath', () => {
  it('an absolute path outside the workspace is taken as given, and shown absolute', () => {
    const ws = tempWorkspace();
    const outside = tempWorkspace();
    const abs = resolveOutputPath(ws, join(outside, 'r.json'), 'input "report-json"');
    expect(abs).toBe(join(outside, 'r.json'));
    expect(shownOutputPath(ws, abs)).toBe(join(outside, 'r.json').split('\\').join('/'));
  });

  it('a relative path resolves from the workspace and is shown workspace-relative; `..` may leave it', () => {
    const ws = tempWorkspace();
    expect(resolveOutputPath(ws, 'out/r.json', 'x')).toBe(join(ws, 'out', 'r.json'));
    expect(shownOutputPath(ws, join(ws, 'out', 'r.json'))).toBe('out/r.json');
    expect(resolveOutputPath(ws, '../r.json', 'x')).toBe(join(ws, '..', 'r.json'));
  });

  it('refuses an empty path, and a path inside the workspace that a link of the checkout leads out of', () => {
    const ws = tempWorkspace();
    symlinkSync(tempWorkspace(), join(ws, 'escape'), 'dir');
    expect(configError(() => resolveOutputPath(ws, '', 'input "sarif"')).message).toBe('input "sarif": empty path');
    expect(configError(() => resolveOutputPath(ws, 'escape/r.json', 'input "sarif"')).message).toBe(
      'input "sarif": path "escape/r.json" resolves outside the workspace through a symbolic link; give the absolute path of the place meant',
    );
  });
});

describe('checkOutputPaths (before the gate runs)', () => {
  it('accepts outputs outside the workspace, in folders still to be made, and no output at all', () => {
    const ws = tempWorkspace();
    const outside = tempWorkspace();
    expect(() => checkOutputPaths(ws, { reportJson: join(outside, 'new/deep/r.json'), sarif: 'out/g.sarif', verdict: undefined }, NAMES, HINT)).not.toThrow();
    expect(() => checkOutputPaths(ws, {}, NAMES, HINT)).not.toThrow();
  });

  it('refuses an existing folder, naming the input and the fix', () => {
    const ws = tempWorkspace();
    const outside = tempWorkspace();
    expect(refusal(ws, { reportJson: outside })).toBe(`input "report-json": ${outside} is a folder; choose a file path the runner can write, e.g. \${{ runner.temp }}/modelgate-report.json`);
    mkdirSync(join(ws, 'out'));
    expect(refusal(ws, { sarif: 'out' })).toBe('input "sarif": out is a folder; choose a file path the runner can write, e.g. ${{ runner.temp }}/modelgate.sarif');
  });

  it('refuses a path whose parent is a file: no folder can be made there', () => {
    const ws = tempWorkspace({ 'release.yaml': 'x' });
    expect(refusal(ws, { metrics: 'release.yaml/m/metrics.prom' })).toBe(
      'input "metrics": release.yaml is a file, so no folder can be made there; choose a file path the runner can write, e.g. ${{ runner.temp }}/modelgate.prom',
    );
  });

  it('refuses a parent folder this process cannot write', () => {
    // root writes anywhere: the check is the kernel's own (access(2)), so only a non-root run can show it.
    if (process.getuid?.() === 0) return;
    const ws = tempWorkspace();
    const locked = join(tempWorkspace(), 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      expect(refusal(ws, { reportJson: join(locked, 'r.json') })).toBe(
        `input "report-json": the folder ${locked} is not writable by this process; choose a file path the runner can write, e.g. \${{ runner.temp }}/modelgate-report.json`,
      );
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('refuses a device and a link to a folder that does not exist', () => {
    const ws = tempWorkspace();
    symlinkSync(join(ws, 'nowhere'), join(ws, 'gone'), 'dir');
    expect(refusal(ws, { reportJson: '/dev/null' })).toMatch(/^input "report-json": \/dev\/null is not a regular file; /);
    expect(refusal(ws, { reportJson: join(ws, 'gone/r.json') })).toMatch(/^input "report-json": gone is a symbolic link to a place that does not exist; /);
  });

  it('refuses two outputs at the same file, however spelt, and one output inside another', () => {
    const ws = tempWorkspace();
    const outside = tempWorkspace();
    expect(refusal(ws, { reportJson: 'out/r.json', sarif: join(ws, 'out/./r.json') })).toBe(
      'input "sarif": out/r.json is also the file of input "report-json"; choose a file path the runner can write, e.g. ${{ runner.temp }}/modelgate.sarif',
    );
    expect(refusal(ws, { reportJson: join(outside, 'r'), verdict: join(outside, 'r/v.json') })).toMatch(/^input "verdict": .* and the file of input "report-json" would be a folder and a file at the same place; /);
  });

  it('the audit log is appended to: an existing file must be writable', () => {
    const ws = tempWorkspace({ 'audit.jsonl': '' });
    expect(() => checkOutputPaths(ws, { auditLog: 'audit.jsonl' }, NAMES, HINT)).not.toThrow();
    if (process.getuid?.() === 0) return;
    chmodSync(join(ws, 'audit.jsonl'), 0o444);
    expect(refusal(ws, { auditLog: 'audit.jsonl' })).toMatch(/^input "audit-log": audit\.jsonl exists and cannot be appended to; /);
  });
});
