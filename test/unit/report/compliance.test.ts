// The compliance section in every reporter: the summary's table per framework (inert whatever the
// evidence sentences quote), one comment line per framework, the HTML table linking each control to its
// findings' rows, the SARIF rules' controls and the audit record's counts.
import { describe, expect, it } from 'vitest';
import { buildAuditRecord } from '../../../src/report/audit.js';
import { renderComment } from '../../../src/report/comment.js';
import { renderHtml } from '../../../src/report/html.js';
import type { ComplianceSection, ControlResult, Report } from '../../../src/report/model.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { renderSummary } from '../../../src/report/summary.js';
import { HOSTILE } from '../../helpers/hostile.js';
import { brokenTableRows, markupProblems } from '../../helpers/rendered-markdown.js';
import { richReport } from '../../helpers/reports.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const base = { checks: [], ran: [], rules: [], findings: [], findingCount: 0, evidence: [] };

function section(evidence: string): ComplianceSection {
  const controls: ControlResult[] = [
    {
      ...base,
      id: 'eu-ai-act/art-15-5',
      ref: 'Art. 15(5)',
      title: 'Resilience against unauthorised third parties',
      status: 'violated',
      checks: ['lineage'],
      ran: ['lineage'],
      rules: ['lineage/artifact-digest-mismatch'],
      // richReport's lineage finding #1 is the digest mismatch (a violation).
      findings: [{ check: 'lineage', index: 1, ruleId: 'lineage/artifact-digest-mismatch', severity: 'critical', violation: true, waived: false }],
      findingCount: 1,
      evidence: [`lineage: ${evidence}`],
    },
    { ...base, id: 'eu-ai-act/art-10-2-f', ref: 'Art. 10(2)(f)', title: 'Examination of possible biases', status: 'not-assessed', checks: ['bias'] },
    { ...base, id: 'eu-ai-act/art-12', ref: 'Art. 12', title: 'Record-keeping', status: 'satisfied', checks: ['endpoints'], ran: ['endpoints'] },
  ];
  return {
    required: ['eu-ai-act/art-10'],
    frameworks: [
      { id: 'eu-ai-act', title: 'EU AI Act', source: 'Regulation (EU) 2024/1689', counts: { violated: 1, waived: 0, satisfied: 1, 'not-assessed': 1 }, controls },
      { id: 'gdpr', title: 'GDPR', source: 'Regulation (EU) 2016/679', counts: { violated: 0, waived: 1, satisfied: 0, 'not-assessed': 0 }, controls: [{ ...base, id: 'gdpr/art-9', ref: 'Art. 9', title: 'Special categories', status: 'waived' }] },
    ],
  };
}

function report(evidence = 'digest of model.bin differs'): Report {
  const r = richReport({ compliance: section(evidence) });
  r.rules = [{ id: 'lineage/artifact-digest-mismatch', title: 't', severity: 'critical', help: 'h', remediation: 'r', topic: 'security', controls: ['eu-ai-act/art-15-5', 'iso-42001/a.6.2.5'] }];
  return r;
}

describe('the compliance section in the reports', () => {
  it('job summary: a table per framework with its counts, the status and what is needed to assess', () => {
    const md = renderSummary(report(), new Map());
    expect(md).toContain('### Compliance');
    expect(md).toContain('<details open><summary>EU AI Act: 1 satisfied, 1 violated, 0 waived, 1 not assessed</summary>');
    expect(md).toContain('<details><summary>GDPR: 0 satisfied, 0 violated, 1 waived, 0 not assessed</summary>');
    expect(md).toMatch(/\| `eu-ai-act\/art-15-5` Art\. 15\(5\) \| .* \| ❌ violated \(1 finding\) \| `lineage\/artifact-digest-mismatch` \| lineage: digest of model\.bin differs \|/);
    expect(md).toContain('➖ not assessed: needs `bias`');
    expect(md).toContain('Required: `eu-ai-act/art-10`.');
  });

  it('job summary: evidence quoting hostile names stays text, and the tables keep their shape', () => {
    for (const s of HOSTILE) {
      const md = renderSummary(report(s), new Map());
      expect(markupProblems(md), JSON.stringify(s)).toEqual([]);
      expect(brokenTableRows(md), JSON.stringify(s)).toEqual([]);
    }
  });

  it('PR comment: one line per framework', () => {
    const md = renderComment(report());
    expect(md).toContain('- EU AI Act: 1 satisfied, 1 violated, 0 waived, 1 not assessed\n- GDPR: 0 satisfied, 0 violated, 1 waived, 0 not assessed\n');
  });

  it('HTML: a table per framework whose controls link to their findings\' rows, escaped', () => {
    const html = renderHtml(report('<img src=x onerror=alert(1)>'), new Map());
    expect(html).toContain('<li><a href="#compliance">Compliance</a></li>');
    expect(html).toContain('<a href="#finding-lineage-1">lineage/artifact-digest-mismatch (violation)</a>');
    expect(html).toContain('<span id="finding-lineage-1">');
    expect(html).toContain('lineage: &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('SARIF: the rule carries its controls; audit: the counts per framework', () => {
    const sarif = renderSarif(report());
    const rule = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'lineage/artifact-digest-mismatch');
    expect(rule?.properties.controls).toEqual(['eu-ai-act/art-15-5', 'iso-42001/a.6.2.5']);
    const audit = buildAuditRecord({ workspace: tempWorkspace({}), report: report(), run: {} });
    expect(audit.compliance).toEqual({ 'eu-ai-act': { violated: 1, waived: 0, satisfied: 1, 'not-assessed': 1 }, gdpr: { violated: 0, waived: 1, satisfied: 0, 'not-assessed': 0 } });
    expect(buildAuditRecord({ workspace: tempWorkspace({}), run: {}, error: 'x' }).compliance).toBeNull();
  });
});
