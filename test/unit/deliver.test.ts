import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../src/deliver.js';
import { OutputError } from '../../src/io/output-path.js';
import { tempWorkspace } from '../helpers/workspace.js';
import { richReport } from '../helpers/reports.js';
import { views } from '../helpers/views.js';
import { configError } from '../helpers/config-error.js';

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split('\\').join('/')).sort();
}

describe('writeReportFiles', () => {
  it('writes the JSON report, SARIF and summary where asked, returning workspace-relative paths', () => {
    const ws = tempWorkspace();
    const report = richReport();
    const written = writeReportFiles(report, { reportJson: 'out/report.json', sarif: 'out/scan/modelgate.sarif', summary: 'summary.md' }, ws, views);
    expect(written).toEqual({ reportJson: 'out/report.json', sarif: 'out/scan/modelgate.sarif', summary: 'summary.md' });

    const json = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ schemaVersion: report.schemaVersion, verdict: 'error', violations: report.violations, manifest: 'release/modelgate.yml' });

    const sarifText = readFileSync(join(ws, 'out/scan/modelgate.sarif'), 'utf8');
    expect(sarifText.endsWith('\n')).toBe(true);
    const sarif = JSON.parse(sarifText) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('lineage/artifact-digest-mismatch');

    const summary = readFileSync(join(ws, 'summary.md'), 'utf8');
    expect(summary).toContain('fraud-model');
    expect(summary).toContain('lineage/artifact-digest-mismatch');

    expect(files(ws)).toEqual(['out', 'out/report.json', 'out/scan', 'out/scan/modelgate.sarif', 'summary.md']);
  });

  it('writes only the files asked for', () => {
    const ws = tempWorkspace();
    expect(writeReportFiles(richReport(), { sarif: 'x.sarif' }, ws, views)).toEqual({ sarif: 'x.sarif' });
    expect(files(ws)).toEqual(['x.sarif']);
  });

  it('writes nothing when nothing is asked (absent or empty paths)', () => {
    const ws = tempWorkspace();
    expect(writeReportFiles(richReport(), {}, ws, views)).toEqual({});
    expect(writeReportFiles(richReport(), { reportJson: '', sarif: undefined, summary: '' }, ws, views)).toEqual({});
    expect(files(ws)).toEqual([]);
  });

  it('replaces a report left by an earlier run', () => {
    const ws = tempWorkspace({ 'report.json': '{"stale":true}' });
    writeReportFiles(richReport({ verdict: 'passed' }), { reportJson: 'report.json' }, ws, views);
    expect(JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8'))).toMatchObject({ verdict: 'passed' });
    expect(files(ws)).toEqual(['report.json']);
  });

  it('accepts an absolute path inside the workspace and returns it relative', () => {
    const ws = tempWorkspace();
    expect(writeReportFiles(richReport(), { reportJson: join(ws, 'reports', 'r.json') }, ws, views)).toEqual({ reportJson: 'reports/r.json' });
    expect(files(ws)).toEqual(['reports', 'reports/r.json']);
  });

  // These two once asserted a refusal ("leaves the workspace"): output paths chosen by the workflow or
  // the command line may now be anywhere the process can write (DESIGN.md, issue 19 point 2).
  it('writes a path that climbs out of the workspace, returning it absolute', () => {
    const parent = tempWorkspace();
    const ws = join(parent, 'ws');
    mkdirSync(ws);
    expect(writeReportFiles(richReport(), { reportJson: '../x.json', sarif: 'a/../../x.sarif' }, ws, views)).toEqual({ reportJson: `${parent}/x.json`, sarif: `${parent}/x.sarif` });
    expect(files(parent)).toEqual(['ws', 'x.json', 'x.sarif']);
  });

  it('writes an absolute path outside the workspace, returning it absolute', () => {
    const outside = tempWorkspace();
    const ws = tempWorkspace();
    expect(writeReportFiles(richReport(), { summary: join(outside, 'summary.md') }, ws, views)).toEqual({ summary: join(outside, 'summary.md') });
    expect(readFileSync(join(outside, 'summary.md'), 'utf8')).toMatch(/ModelGate/);
    expect(files(ws)).toEqual([]);
  });

  it('a file that cannot be written is an OutputError; with a failures list the other files are still written', () => {
    const ws = tempWorkspace({ 'taken': 'a file, not a folder' });
    const err = configError(() => writeReportFiles(richReport(), { reportJson: 'taken/r.json' }, ws, views));
    expect(err).toBeInstanceOf(OutputError);
    expect(err.message).toMatch(/^taken\/r\.json: cannot write the JSON report: /);
    const failures: OutputError[] = [];
    expect(writeReportFiles(richReport(), { reportJson: 'taken/r.json', sarif: 'ok.sarif' }, ws, views, undefined, failures)).toEqual({ sarif: 'ok.sarif' });
    expect(failures.map((f) => f.path)).toEqual(['taken/r.json']);
  });

  // The workspace jail stays for a path that lies inside the workspace as written: the checkout's links do not redirect it.
  it('refuses to write through a link that points outside the workspace', () => {
    const outside = tempWorkspace();
    const ws = tempWorkspace();
    symlinkSync(outside, join(ws, 'escape'), 'dir');
    const err = configError(() => writeReportFiles(richReport(), { reportJson: 'escape/report.json' }, ws, views));
    expect(err.message).toContain('symbolic link');
    expect(files(outside)).toEqual([]);
  });
});
