// Untrusted text in the PR comment (issue 22, Markdown/HTML injection): every hostile string of the
// shared list, in every field of a report the comment shows (release, paths, comment tag, findings,
// waivers, check ids), rendered as GitHub renders Markdown, changes nothing but text: the same shape as
// with a harmless value, no element, link or HTML comment of the data's making, no live mention,
// issue reference, URL or e-mail address. The only link is the run's.
import { describe, expect, it } from 'vitest';
import { renderComment, renderErrorNotice } from '../../../src/report/comment.js';
import { HOSTILE } from '../../helpers/hostile.js';
import { hostileReport } from '../../helpers/hostile-report.js';
import { brokenTableRows, markupProblems, renderGfm, renderedText, shapeOf } from '../../helpers/rendered-markdown.js';

const HARMLESS = 'x';

describe('the PR comment with hostile text everywhere', () => {
  it('renders every hostile string as text, never as markup', () => {
    const harmless = renderComment(hostileReport(HARMLESS), { tag: HARMLESS });
    expect(markupProblems(harmless)).toEqual([]);
    expect(renderGfm(harmless)).toContain('<a href="https://github.com/acme/models/actions/runs/42">');
    const shape = shapeOf(harmless);
    for (const s of HOSTILE) {
      const body = renderComment(hostileReport(s), { tag: s });
      expect(markupProblems(body), JSON.stringify(s)).toEqual([]);
      expect(brokenTableRows(body), JSON.stringify(s)).toEqual([]);
      expect(shapeOf(body), JSON.stringify(s)).toEqual(shape);
    }
  });

  it('the notice of a run that stopped before a verdict, whose message may quote a file', () => {
    const harmless = renderErrorNotice(HARMLESS, hostileReport(HARMLESS).run);
    for (const s of HOSTILE) {
      const body = renderErrorNotice(`cannot read ${s}`, hostileReport(s).run);
      expect(markupProblems(body), JSON.stringify(s)).toEqual([]);
      expect(shapeOf(body), JSON.stringify(s)).toEqual(shapeOf(harmless));
    }
  });

  it('still shows the text itself, readable', () => {
    const body = renderComment(hostileReport('<b>@octocat</b> | see https://evil.example'));
    expect(renderedText(body)).toContain('<b>@\u200boctocat</b> | see https:\u200b//evil.example');
  });
});
