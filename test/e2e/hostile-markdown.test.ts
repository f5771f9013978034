// Untrusted text in the job summary and the PR comment, through the bundled action (issue 22,
// Markdown/HTML injection): a CSV column name, a group value of the bias check's predictions and the
// release name carry raw HTML, a tracking image, links, mentions, a table pipe and a Mermaid breakout.
// As GitHub renders them, the summary file and the comment posted show that text and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runCli } from '../helpers/action-runner.js';
import { pullRequestRun, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { brokenTableRows, markupProblems, mermaidCharts, renderedText, strayChartLines } from '../helpers/rendered-markdown.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';

const at = (name: string) => ['@', name].join('');
const url = (path: string) => ['https:', '', 'evil.example', path].join('/');
const column = `</details><h1>pwned</h1><img src="${url('p.gif')}"> ${at('octocat')} ${url('x')} #1 [x](${url('l')}) a\\|<img src=y>\n# heading`;
const group = `<img src="${url('g.gif')}"> ${at('org/team')} "]);\n%%{init: {"theme": "dark"}}%%`;
const release = `<script>alert(1)</script> ${at('octocat')}`;
const csv = (s: string) => `"${s.replace(/"/g, '""')}"`;

function workspace(): string {
  const mail = (n: number) => [`user${n}`, 'example.com'].join('@');
  const evaluation = 'evaluation:\n  predictions: data/pred.csv\n  label: y\n  prediction: yhat\n  sensitiveFeatures: [g]\n';
  return tempWorkspace({
    'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('w') }], `data:\n  scan:\n    - path: data/people.csv\n${evaluation}`).replace(
      'name: demo',
      `name: ${JSON.stringify(release)}`,
    ),
    'policy.yaml': 'bias: { minGroupSize: 1, resamples: 0 }\n',
    'm.bin': 'w',
    'data/people.csv': `${csv(column)},n\n${mail(1)},1\n${mail(2)},2\n`,
    'data/pred.csv': `y,yhat,g\n1,1,${csv(group)}\n0,1,${csv(group)}\n1,0,b\n0,0,b\n`,
  });
}

let api: FakeGitHub;
beforeAll(async () => (api = await startFakeGitHub()));
afterAll(() => api.close());

describe('untrusted text in the job summary and the PR comment', () => {
  it('the action writes both with the text shown and no markup, link, mention or chart statement of its making', async () => {
    const { env, event } = pullRequestRun(api);
    const r = await runAction(workspace(), { policy: 'policy.yaml' }, env, event);
    expect(r.status, r.stdout).toBe(1); // the e-mail addresses are a violation
    expect(api.comments).toHaveLength(1);
    const comment = api.comments[0]!;
    for (const [what, md] of [['summary', r.summary], ['comment', comment]] as const) {
      expect(markupProblems(md), what).toEqual([]);
      expect(brokenTableRows(md), what).toEqual([]);
      expect(strayChartLines(md), what).toEqual([]);
      // The text itself is there to read: the release, and the column the violation is about.
      expect(renderedText(md), what).toContain('<script>alert(1)</script>');
      expect(renderedText(md), what).toContain('</details><h1>pwned</h1>');
    }
    // The summary shows the group value in the bias table and, stripped, in its chart.
    expect(renderedText(r.summary)).toContain(`<img src="https:\u200b//evil.example/g.gif"> @\u200borg/team`);
    expect(mermaidCharts(r.summary).some((c) => c.includes('xychart-beta'))).toBe(true);
  });

  it('the CLI writes the same summary (--summary) with the text shown and no markup of its making', () => {
    const ws = workspace();
    const r = runCli(['check', '--manifest', 'model-release.yaml', '--policy', 'policy.yaml', '--summary', 'summary.md'], ws);
    expect(r.status, r.stderr).toBe(1);
    const md = readFileSync(join(ws, 'summary.md'), 'utf8');
    expect(markupProblems(md)).toEqual([]);
    expect(brokenTableRows(md)).toEqual([]);
    expect(strayChartLines(md)).toEqual([]);
    expect(renderedText(md)).toContain('</details><h1>pwned</h1>');
  });
});
