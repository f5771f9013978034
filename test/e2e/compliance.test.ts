// Compliance controls through the bundled CLI (issue 20): a control the policy requires that no check
// assessed blocks the release (exit 1, policy/control-not-assessed naming the check that would assess
// it); once assessed it passes; an unknown control id is a configuration error (exit 2) at its line.
// Every output carries the section: JSON, summary, HTML (linked to the findings), SARIF rule properties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { releaseManifest } from '../helpers/release.js';
import { tempWorkspace } from '../helpers/workspace.js';

/** A release whose only section is data: the pii check runs (GDPR Art. 9), the bias check is skipped. */
function release(policy: string): string {
  return tempWorkspace({
    'model-release.yaml': releaseManifest('data', '  scan:\n    - path: data/train.csv\n'),
    'data/train.csv': 'id,score\n1,0.5\n2,0.7\n',
    'policy.yaml': policy,
  });
}

const OUT = ['--json', 'out/report.json', '--summary', 'out/summary.md', '--html', 'out/report.html', '--sarif', 'out/report.sarif'];

describe('compliance controls through the bundle', () => {
  it('blocks a required control no check assessed (exit 1), naming the check that would assess it', () => {
    const ws = release('compliance:\n  require: [gdpr/art-9, nist-ai-rmf/measure-2.11]\n');
    const r = runCli(['check', '--policy', 'policy.yaml', ...OUT], ws);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8'));
    const findings = report.checks.find((c: { id: string }) => c.id === 'policy').findings;
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'policy/control-not-assessed', target: 'nist-ai-rmf/measure-2.11', violation: true, location: expect.objectContaining({ line: 2 }) })]);
    expect(findings[0].message).toMatch(/would be assessed by .*bias \(skipped: the manifest has no `evaluation` section\)/);
    const control = (id: string) => report.compliance.frameworks.flatMap((f: { controls: unknown[] }) => f.controls).find((c: { id: string }) => c.id === id);
    expect(control('gdpr/art-9')).toMatchObject({ status: 'satisfied', ran: ['pii'] });
    expect(control('gdpr/art-9').evidence).toContain('pii: no special-category column found');
    expect(control('nist-ai-rmf/measure-2.11')).toMatchObject({ status: 'not-assessed', ran: [] });
    expect(readFileSync(join(ws, 'out/summary.md'), 'utf8')).toMatch(/### Compliance[\s\S]*GDPR: \d+ satisfied, 0 violated, 0 waived, \d+ not assessed/);
    const html = readFileSync(join(ws, 'out/report.html'), 'utf8');
    expect(html).toContain('<section id="compliance"');
    expect(html).toMatch(/<a href="#finding-policy-0">policy\/control-not-assessed \(violation\)<\/a>/);
    expect(html).toContain('id="finding-policy-0"');
    const sarif = JSON.parse(readFileSync(join(ws, 'out/report.sarif'), 'utf8'));
    const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'pii/special-category');
    expect(rule.properties.controls).toContain('gdpr/art-9');
  });

  it('passes when every required control is assessed', () => {
    const r = runCli(['check', '--policy', 'policy.yaml'], release('compliance:\n  require: [gdpr/art-9]\n'));
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('refuses an unknown control id at its line (exit 2)', () => {
    const r = runCli(['check', '--policy', 'policy.yaml'], release('compliance:\n  require:\n    - gdpr/art-9\n    - gdpr/art-99\n'));
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/policy\.yaml:4.*unknown control "gdpr\/art-99"/);
  });
});
