// Output paths chosen by the workflow or the command line (issue 19, point 2), through dist/ as the
// runner runs it: `${{ runner.temp }}`-style absolute folders outside the workspace are written; what
// cannot be written is refused before the gate; a write that fails after the verdict leaves the verdict.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { runAction, runCli } from '../helpers/action-runner.js';
import { parseAuditLog } from '../../src/report/audit.js';

const MODEL = 'weights:0.1,0.2,0.3\n';
const release = () => tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'model.bin', sha256: sha256(MODEL) }]), 'model.bin': MODEL, 'policy.yaml': 'require: [lineage]\n' });

/**
 * A folder the check before the gate finds writable but whose writes the kernel refuses: sysfs, for
 * root (access() grants root everything; sysfs still refuses a new file). Elsewhere no such folder is
 * at hand, and main.test.ts proves the same in process (an output folder that turns into a file).
 */
const UNWRITABLE = '/sys/kernel';
const canFailAfterCheck = process.platform === 'linux' && process.getuid?.() === 0 && existsSync(UNWRITABLE);
const afterCheck = canFailAfterCheck ? it : it.skip;

/** Reads an output written outside the workspace. */
const read = (p: string) => readFileSync(p, 'utf8');

describe('output paths outside the workspace, through the bundled action', () => {
  it('writes report-json, sarif, html, metrics, the statement and the audit log to an absolute folder outside the workspace', async () => {
    const ws = release();
    const temp = tempWorkspace(); // stands in for ${{ runner.temp }}
    const at = (f: string) => join(temp, f);
    const r = await runAction(ws, {
      policy: 'policy.yaml',
      'report-json': at('report.json'),
      sarif: at('gate.sarif'),
      html: at('html/gate.html'),
      metrics: at('metrics/modelgate.prom'),
      verdict: at('verdict.intoto.json'),
      'audit-log': at('audit.jsonl'),
    });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'passed', 'report-json': at('report.json'), sarif: at('gate.sarif'), html: at('html/gate.html'), metrics: at('metrics/modelgate.prom'), 'verdict-statement': at('verdict.intoto.json'), 'audit-log': at('audit.jsonl') });
    expect(JSON.parse(read(at('report.json'))).verdict).toBe('passed');
    expect(JSON.parse(read(at('gate.sarif'))).version).toBe('2.1.0');
    expect(read(at('html/gate.html'))).toContain('<span class="verdict">passed</span>');
    expect(read(at('metrics/modelgate.prom'))).toContain('modelgate_verdict{verdict="passed"} 1');
    // The statement and the audit record name the outside files by their absolute paths, with digests.
    expect(JSON.parse(read(at('verdict.intoto.json'))).predicate.report).toMatchObject({ path: at('report.json'), digest: { sha256: sha256(read(at('report.json'))) } });
    const [record] = parseAuditLog(read(at('audit.jsonl')));
    expect(record).toMatchObject({ verdict: 'passed', error: null, report: { path: at('report.json'), sha256: sha256(read(at('report.json'))) }, verdictStatement: { path: at('verdict.intoto.json'), sha256: sha256(read(at('verdict.intoto.json'))) } });
    // Nothing written in the workspace.
    expect(readdirSync(ws).sort()).toEqual(['model-release.yaml', 'model.bin', 'policy.yaml']);
  });

  it('an output path that cannot be written is refused before the gate, with the fix named', async () => {
    const ws = release();
    const temp = tempWorkspace();
    const r = await runAction(ws, { policy: 'policy.yaml', 'report-json': temp });
    expect(r.status).toBe(2);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toContain(`::error title=ModelGate configuration error::input "report-json": ${temp} is a folder; choose a file path the runner can write, e.g. \${{ runner.temp }}/modelgate-report.json`);
    // Refused before the gate: no check ran, no statement was written.
    expect(r.stdout).not.toContain('::group::');
    expect(existsSync(join(ws, '.modelgate'))).toBe(false);
  });

  afterCheck('an output that cannot be written after a passed gate: verdict=passed in GITHUB_OUTPUT, an error line each, exit 2 for the outputs', async () => {
    const ws = release();
    const temp = tempWorkspace();
    const r = await runAction(ws, { policy: 'policy.yaml', 'report-json': join(UNWRITABLE, 'modelgate-r.json'), sarif: join(temp, 'gate.sarif'), verdict: join(UNWRITABLE, 'modelgate-v.json') });
    expect(r.status).toBe(2);
    expect(r.outputs).toMatchObject({ verdict: 'passed', violations: '0', halt: '[]', 'report-json': '', sarif: join(temp, 'gate.sarif'), 'verdict-statement': '' });
    expect(r.stdout).toMatch(/^::error title=ModelGate output not written::.*r\.json: cannot write the JSON report: EACCES/m);
    // The statement still fails the run closed, but the verdict output stays the gate's.
    expect(r.stdout).toMatch(/^::error title=ModelGate output not written::.*v\.json: cannot write the verdict statement: EACCES/m);
    expect(r.stdout).toContain('::error::ModelGate: passed (0 violations); exit 2 because 2 requested outputs could not be written (errors above)');
    expect(r.stdout).not.toContain('ModelGate configuration error');
    // The other outputs were still written.
    expect(JSON.parse(read(join(temp, 'gate.sarif'))).version).toBe('2.1.0');
  });
});

describe('output paths outside the workspace, through the bundled CLI', () => {
  it('writes --json, --sarif, --html, --metrics, --verdict and --audit-log to an absolute folder outside the workspace', () => {
    const ws = release();
    const temp = tempWorkspace();
    const at = (f: string) => join(temp, f);
    const r = runCli(['check', '--policy', 'policy.yaml', '--json', at('r.json'), '--sarif', at('s/gate.sarif'), '--html', at('r.html'), '--metrics', at('m.prom'), '--verdict', at('v.intoto.json'), '--audit-log', at('audit.jsonl')], ws);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(read(at('r.json'))).verdict).toBe('passed');
    expect(JSON.parse(read(at('s/gate.sarif'))).version).toBe('2.1.0');
    expect(read(at('r.html'))).toContain('<span class="verdict">passed</span>');
    expect(read(at('m.prom'))).toContain('modelgate_verdict{verdict="passed"} 1');
    expect(JSON.parse(read(at('v.intoto.json'))).predicate.report.path).toBe(at('r.json'));
    expect(parseAuditLog(read(at('audit.jsonl')))[0]).toMatchObject({ verdict: 'passed', report: { path: at('r.json') }, verdictStatement: { path: at('v.intoto.json') } });
    expect(readdirSync(ws).sort()).toEqual(['model-release.yaml', 'model.bin', 'policy.yaml']);
  });

  afterCheck('a write that fails after the verdict: the verdict printed, an error line, exit 2 for the output', () => {
    const ws = release();
    const r = runCli(['check', '--policy', 'policy.yaml', '--json', join(UNWRITABLE, 'modelgate-r.json')], ws);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/passed/);
    expect(r.stderr).toMatch(/^modelgate: error: .*r\.json: cannot write the JSON report: EACCES/m);
    expect(r.stderr).toContain('modelgate: the verdict is passed; exit 2 because 1 requested output could not be written\n');
  });

  // procfs answers ENOENT to mkdir under /proc: Node's recursive mkdir looped on it forever (found with --bom).
  it.skipIf(!existsSync('/proc/self'))('an output folder the file system refuses to make (under /proc) is an error, not a hang', () => {
    const ws = release();
    for (const flag of ['--json', '--bom', '--audit-log']) {
      const r = runCli(['check', '--policy', 'policy.yaml', flag, '/proc/modelgate-no-such/out.json'], ws);
      expect(r.error, `${flag} did not finish`).toBeUndefined();
      expect(r.status, flag).toBe(2);
      expect(r.stderr).toMatch(/modelgate: error: \/proc\/modelgate-no-such\/out\.json: .*ENOENT/);
    }
  });

  it('a shard job writes its partial report outside the workspace; a folder is refused before the work', () => {
    const ws = release();
    const temp = tempWorkspace();
    const r = runCli(['check', '--policy', 'policy.yaml', '--shard', '1/1', '--partial', join(temp, 'p.json')], ws);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(read(join(temp, 'p.json'))).shard).toEqual({ index: 1, count: 1 });
    const bad = runCli(['check', '--policy', 'policy.yaml', '--shard', '1/1', '--partial', temp], ws);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^modelgate: error: --partial: .* is a folder; choose a file path this process can write, e\.g\. .*\/modelgate-partial-1-of-2\.json$/m);
  });
});
