// Hostile cost through the bundled action and the CLI (issue 22, unbounded cost): a custom CEL rule of
// nested comprehensions ends at its budget with exit 2 and a message naming it, and a waiver target glob
// of 50 stars meets a 200 KB column name in linear time. Inputs are built at run time.
import { describe, expect, it } from 'vitest';
import { runAction, runCli } from '../helpers/action-runner.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';

// Labels of the release: data the compiler cannot size, read by a rule nested three deep.
const labels = Array.from({ length: 200 }, (_, i) => `    l${i}: v\n`).join('');
const all = (v: string, body: string) => `manifest.metadata.labels.all(${v}, ${body})`;
// 200³ = 8 million steps (about 20 s of CEL): past the cost limit and a 1-second budget.
const nested = all('a', all('b', all('c', 'a + b + c != ""')));

function celRelease(): string {
  return tempWorkspace({
    'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('w') }]).replace('  owner: team@example.com\n', `  owner: team@example.com\n  labels:\n${labels}`),
    'm.bin': 'w',
    'p.yaml': `timeouts:\n  default: 1\nrules:\n  - id: nested\n    expression: ${JSON.stringify(nested)}\n    message: every triple is fine\n`,
  });
}

// A column name of 200 KB that is an e-mail address's column (a pii finding targets it) and a waiver
// whose target glob (file#column) has 50 stars and never matches: a backtracking regular expression takes hours.
const column = `email_${'c'.repeat(200_000)}`;
function waiverRelease(): string {
  return tempWorkspace({
    'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('w') }], `data:\n  scan:\n    - path: data/people.csv\n`),
    'm.bin': 'w',
    'data/people.csv': `${column}\n${['ann', 'example.com'].join('@')}\n`,
    'p.yaml': `waivers:\n  - rule: "pii/*"\n    target: ${JSON.stringify(`data/people.csv#${'*c'.repeat(50)}!`)}\n    reason: test\n    owner: o@example.com\n    expires: 2099-01-01\n`,
  });
}

describe('a custom rule of nested comprehensions', () => {
  it('the CLI: exit 2 within seconds, naming the rule and its budget', () => {
    const t0 = performance.now();
    const r = runCli(['check', '--policy', 'p.yaml'], celRelease());
    const seconds = (performance.now() - t0) / 1000;
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/custom rule "nested" exceeded (its cost limit of 1,000,000 comprehension steps|the custom rules' time budget \(timeouts\.default\) of 1 s)/);
    expect(seconds).toBeLessThan(15);
  });

  it('the action: verdict error, exit 2', async () => {
    const t0 = performance.now();
    const r = await runAction(celRelease(), { policy: 'p.yaml' });
    expect(r.status, r.stdout).toBe(2);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toContain('custom rule "nested" exceeded');
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('a waiver target glob against a 200 KB column name', () => {
  it('the CLI and the action finish in seconds; the waiver does not cover the finding', async () => {
    const ws = waiverRelease();
    const t0 = performance.now();
    const r = runCli(['check', '--policy', 'p.yaml', '--format', 'json'], ws);
    expect(r.status, r.stderr).toBe(1); // the e-mail address is a finding, not waived
    const report = JSON.parse(r.stdout) as { waivers: { applied: unknown[] } };
    expect(report.waivers.applied).toEqual([]);
    const a = await runAction(ws, { policy: 'p.yaml' });
    expect(a.status, a.stdout).toBe(1);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});
