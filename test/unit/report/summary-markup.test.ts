// Untrusted text in the job summary (issue 22, Markdown/HTML injection): every hostile string of the
// shared list, in every field of a report and of each check's facts, is rendered as GitHub renders
// Markdown and must change nothing but text: the page has the shape it has with a harmless value, no
// element or link of the data's making, no live mention, issue reference, URL or e-mail address, and
// every Mermaid chart keeps the statements the check wrote.
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/report/summary.js';
import { HOSTILE } from '../../helpers/hostile.js';
import { FILL_VARIANTS, filledFacts } from '../../helpers/hostile-facts.js';
import { hostileReport } from '../../helpers/hostile-report.js';
import { brokenTableRows, markupProblems, mermaidCharts, renderedText, shapeOf, strayChartLines } from '../../helpers/rendered-markdown.js';
import { summaryOfFacts, views } from '../../helpers/views.js';

const HARMLESS = 'x';

function expectInert(md: string, harmlessShape: string[], what: string): void {
  expect(markupProblems(md), what).toEqual([]);
  expect(brokenTableRows(md), what).toEqual([]);
  expect(shapeOf(md), what).toEqual(harmlessShape);
  expect(strayChartLines(md), `${what}: Mermaid`).toEqual([]);
}

describe('the job summary with hostile text everywhere', () => {
  // Each check's section is tried with every variant of its facts below; the whole summary with one.
  it('renders every hostile string as text, never as markup, in every field of the report', () => {
    const harmless = renderSummary(hostileReport(HARMLESS), views);
    expect(markupProblems(harmless)).toEqual([]);
    expect(mermaidCharts(harmless), 'the severity pie and the bias chart').toHaveLength(2);
    const shape = shapeOf(harmless);
    for (const s of HOSTILE) expectInert(renderSummary(hostileReport(s), views), shape, JSON.stringify(s));
  });

  it.each([...views.keys()])("the %s check's own section: every field of its facts", (id) => {
    const schema = views.get(id)!.facts;
    for (const variant of FILL_VARIANTS) {
      const harmless = summaryOfFacts(id, filledFacts(schema, HARMLESS, variant) as object) ?? '';
      expect(harmless, `variant ${variant}`).not.toBe('');
      const shape = shapeOf(harmless);
      for (const s of HOSTILE) {
        const md = summaryOfFacts(id, filledFacts(schema, s, variant) as object) ?? '';
        expectInert(md, shape, `variant ${variant}: ${JSON.stringify(s)}`);
      }
    }
  });

  it('still shows the text itself, readable', () => {
    const md = renderSummary(hostileReport('<b>@octocat</b> | see https://evil.example'), views);
    expect(renderedText(md)).toContain('<b>@\u200boctocat</b> | see https:\u200b//evil.example');
  });
});
