import { describe, expect, it } from 'vitest';
import { checks } from '../../../checks/index.js';
import { POLICY_RULES } from '../../../src/policy/policy-rules.js';
import { RULE_TOPICS, severityRank, type Report, type RuleInfo, type Severity } from '../../../src/report/model.js';
import {
  describeSarifOmissions,
  FINGERPRINT_KEY,
  MAX_SARIF_RESULTS,
  renderSarif,
  ruleName,
  sarifOmissions,
  sarifUri,
} from '../../../src/report/sarif.js';
import { check, finding, reportOf, richReport, WAIVER } from '../../helpers/reports.js';

describe('renderSarif', () => {
  const sarif = renderSarif(richReport());
  const run = sarif.runs[0]!;
  const rules = run.tool.driver.rules;

  it('is one SARIF 2.1.0 run by ModelGate', () => {
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'ModelGate', version: '0.1.0' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.invocations[0]?.executionSuccessful).toBe(false);
    expect(renderSarif({ ...richReport(), verdict: 'blocked' }).runs[0]?.invocations[0]?.executionSuccessful).toBe(true);
    expect(JSON.parse(JSON.stringify(sarif))).toEqual(sarif);
  });

  it('describes rules with a name, texts, level and tags', () => {
    const digest = rules.find((r) => r.id === 'lineage/artifact-digest-mismatch');
    expect(digest).toEqual({
      id: 'lineage/artifact-digest-mismatch',
      name: 'ArtifactDigestMismatch',
      shortDescription: { text: 'Artifact digest does not match' },
      fullDescription: { text: 'The artifact on disk is not the one the manifest names.' },
      help: {
        text: 'The artifact on disk is not the one the manifest names.\n\nRemediation: Recompute the digest.',
        markdown: 'The artifact on disk is not the one the manifest names.\n\n**Remediation:** Recompute the digest.',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['supply-chain', 'lineage'] },
    });
    expect(rules.find((r) => r.id === 'container-image/unpinned-base')?.defaultConfiguration.level).toBe('warning');
    expect(rules.find((r) => r.id === 'lineage/manifest-info')?.defaultConfiguration.level).toBe('note');
  });

  it('synthesizes rules that findings use but the report does not describe, so every ruleIndex is valid', () => {
    expect(rules.map((r) => r.id)).toContain('bias/unregistered-rule');
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(run.results).toHaveLength(7);
    for (const r of run.results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
    const all = renderSarif(richReport(), { includeWaived: true }).runs[0]!;
    for (const r of all.results) expect(all.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('maps levels; findings that neither block nor are waived stay, as warnings and notes', () => {
    const levels = run.results.map((r) => `${r.ruleId}:${r.level}`);
    expect(levels).toContain('lineage/artifact-digest-mismatch:error');
    expect(levels).toContain('lineage/manifest-info:note');
    expect(levels).toContain('container-image/unpinned-base:warning');
  });

  it('uses relative URIs under %SRCROOT% and always a startLine', () => {
    for (const r of run.results) {
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:|\\/i);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const byRule = (id: string) => run.results.find((r) => r.ruleId === id)!.locations[0]!.physicalLocation;
    expect(byRule('lineage/artifact-digest-mismatch')).toEqual({
      artifactLocation: { uri: 'release/modelgate.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 13, endLine: 7, endColumn: 77 },
    });
    // No line: line 1 of the file. No location: line 1 of the manifest.
    expect(byRule('pii/email-in-column')).toEqual({ artifactLocation: { uri: 'data/train.csv', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } });
    expect(byRule('bias/unregistered-rule')).toEqual({ artifactLocation: { uri: 'release/modelgate.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } });
  });

  it('puts target and masked evidence in the message and has stable fingerprints', () => {
    const pii = run.results.find((r) => r.ruleId === 'pii/email-in-column')!;
    expect(pii.message.text).toBe('Emails in column `email`\nTarget: email\nRecord: 41, field email\nEvidence (masked): j***@e******.com');
    expect(pii.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    const again = renderSarif(richReport()).runs[0]!.results.find((r) => r.ruleId === 'pii/email-in-column')!;
    expect(again.partialFingerprints).toEqual(pii.partialFingerprints);
    const fps = run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('never emits an absolute or escaping path', () => {
    const f = finding({ ruleId: 'x/y', location: { file: '/builds/ci/secret.csv', line: 3 } });
    const g = finding({ ruleId: 'x/y', location: { file: '../outside.csv', line: 3 } });
    const results = renderSarif(reportOf([check({ id: 'x', findings: [f, g] })])).runs[0]!.results;
    for (const r of results) {
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe('release/modelgate.yml');
      expect(r.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    }
    expect(results[0]!.message.text).toContain('File: /builds/ci/secret.csv');
  });

  it('has no automationDetails, so upload-sarif\'s category applies', () => {
    expect(run).not.toHaveProperty('automationDetails');
    expect(renderSarif(richReport(), { category: '  ' }).runs[0]).not.toHaveProperty('automationDetails');
  });

  it('reports errored checks as tool execution notifications', () => {
    expect(run.invocations[0]?.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'check endpoints could not run: endpoints.yml: not found' }, descriptor: { id: 'endpoints' } },
    ]);
  });
});

describe('sarifUri', () => {
  it('makes a percent-encoded relative reference with forward slashes', () => {
    expect(sarifUri('data/train set #1.csv')).toBe('data/train%20set%20%231.csv');
    expect(sarifUri('data\\windows\\x.csv')).toBe('data/windows/x.csv');
    expect(sarifUri('./a/./b.txt')).toBe('a/b.txt');
    expect(sarifUri('données/é.csv')).toBe('donn%C3%A9es/%C3%A9.csv');
    expect(sarifUri('c:x/y')).toBeUndefined();
    expect(sarifUri('/abs')).toBeUndefined();
    expect(sarifUri('a/../../b')).toBeUndefined();
  });
});

describe('ruleName', () => {
  it('is the PascalCase of the rule part', () => {
    expect(ruleName('pii/email-in-free-text')).toBe('EmailInFreeText');
    expect(ruleName('container-image/unpinned_base2')).toBe('UnpinnedBase2');
  });
});

describe('renderSarif: waived findings', () => {
  const waivedResults = (report: Report, includeWaived?: boolean) =>
    renderSarif(report, includeWaived === undefined ? {} : { includeWaived }).runs[0]!.results.filter((r) => r.properties.target === 'left-pad@1.0.0');

  it('leaves them out by default and says so in the run properties', () => {
    expect(waivedResults(richReport())).toEqual([]);
    expect(waivedResults(richReport(), false)).toEqual([]);
    const run = renderSarif(richReport()).runs[0]!;
    expect(run.results.some((r) => r.suppressions)).toBe(false);
    // The unwaived finding of the same rule stays.
    expect(run.results.filter((r) => r.ruleId === 'dependency/vulnerable-package').map((r) => r.properties.target)).toEqual(['torch@1.0.0']);
    expect(run.properties.modelgate).toEqual({
      findings: 8,
      results: 7,
      resultsLimit: MAX_SARIF_RESULTS,
      resultsOmitted: 1,
      waivedOmitted: 1,
      overLimitOmitted: 0,
      resultsOmittedReason: '1 waived finding left out (sarif-include-waived keeps them as suppressed results)',
    });
  });

  it('keeps them with an accepted suppression when includeWaived is set', () => {
    const kept = waivedResults(richReport(), true);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      ruleId: 'dependency/vulnerable-package',
      level: 'warning',
      suppressions: [
        { kind: 'external', status: 'accepted', justification: 'not reachable from the serving path', properties: { owner: 'ml-platform', expires: '2099-12-31' } },
      ],
    });
    const run = renderSarif(richReport(), { includeWaived: true }).runs[0]!;
    expect(run.results).toHaveLength(8);
    expect(run.properties.modelgate).toMatchObject({ findings: 8, results: 8, resultsOmitted: 0, waivedOmitted: 0 });
    expect(run.properties.modelgate).not.toHaveProperty('resultsOmittedReason');
  });
});

describe('renderSarif: at most 25,000 results', () => {
  const sev: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
  // 30,000 findings, least severe first in the report, a third violations, one in ten waived.
  const big = (): Report => {
    const findings = Array.from({ length: 30_000 }, (_, i) =>
      finding({
        ruleId: 'pii/email-in-column',
        severity: sev[i % sev.length]!,
        violation: i % 3 === 0 && i % 10 !== 0,
        ...(i % 10 === 0 && { waiver: WAIVER }),
        message: `finding ${i}`,
        target: `row-${i}`,
        location: { file: 'data/train.csv', record: i, field: 'email' },
      }),
    );
    return reportOf([check({ id: 'pii', status: 'failed', findings })]);
  };
  const rank = (violation: boolean, waived: boolean, s: Severity) => Number(violation) * 100 + Number(!waived) * 10 + severityRank(s);
  const report = big();
  const eligible = report.checks[0]!.findings.filter((f) => !f.waiver);

  it('keeps the 25,000 most severe, violations first, and states the number left out', () => {
    const run = renderSarif(report).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    const ranks = run.results.map((r) => rank(r.properties.violation as boolean, false, r.properties.severity as Severity));
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeLessThanOrEqual(ranks[i - 1]!);
    expect(run.results[0]).toMatchObject({ level: 'error', properties: { violation: true, severity: 'critical' } });
    // Every finding left out ranks at or below the last one kept.
    const kept = new Set(run.results.map((r) => r.properties.target));
    const left = eligible.filter((f) => !kept.has(f.target));
    expect(left).toHaveLength(eligible.length - MAX_SARIF_RESULTS);
    expect(Math.max(...left.map((f) => rank(f.violation, false, f.severity)))).toBeLessThanOrEqual(ranks.at(-1)!);
    expect(run.properties.modelgate).toMatchObject({
      findings: 30_000,
      results: MAX_SARIF_RESULTS,
      resultsOmitted: 5_000,
      waivedOmitted: 3_000,
      overLimitOmitted: 2_000,
    });
    expect(run.properties.modelgate).toHaveProperty(
      'resultsOmittedReason',
      '3000 waived findings left out (sarif-include-waived keeps them as suppressed results); the 2000 least severe findings left out: GitHub code scanning accepts at most 25000 results per run (the JSON report has every finding)',
    );
  });

  it('puts waived findings after open ones of the same standing when they are included', () => {
    const run = renderSarif(report, { includeWaived: true }).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    const ranks = run.results.map((r) => rank(r.properties.violation as boolean, r.suppressions !== undefined, r.properties.severity as Severity));
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeLessThanOrEqual(ranks[i - 1]!);
    expect(run.properties.modelgate).toMatchObject({ resultsOmitted: 5_000, waivedOmitted: 0, overLimitOmitted: 5_000 });
  });

  it('orders results most severe first even under the limit', () => {
    const levels = renderSarif(richReport()).runs[0]!.results.map((r) => `${String(r.properties.violation)}:${String(r.properties.severity)}`);
    expect(levels).toEqual(['true:critical', 'true:high', 'true:high', 'true:high', 'true:medium', 'false:low', 'false:info']);
  });

  it('exports the counts and their sentence for the front doors to log', () => {
    expect(sarifOmissions(report)).toEqual({ findings: 30_000, waived: 3_000, overLimit: 2_000 });
    expect(sarifOmissions(report, { includeWaived: true })).toEqual({ findings: 30_000, waived: 0, overLimit: 5_000 });
    expect(sarifOmissions(richReport())).toEqual({ findings: 8, waived: 1, overLimit: 0 });
    expect(describeSarifOmissions({ findings: 3, waived: 0, overLimit: 0 })).toBeUndefined();
    expect(describeSarifOmissions({ findings: 25_001, waived: 0, overLimit: 1 })).toBe(
      'the 1 least severe finding left out: GitHub code scanning accepts at most 25000 results per run (the JSON report has every finding)',
    );
  });
});

describe('renderSarif: tags by topic', () => {
  const ruleOf = (topic: RuleInfo['topic'], id: string, severity: Severity = 'high'): RuleInfo => ({
    id,
    title: id,
    severity,
    help: 'h',
    remediation: 'r',
    ...(topic && { topic }),
  });
  const rulesOf = (rules: RuleInfo[]) =>
    Object.fromEntries(renderSarif(reportOf([], { rules })).runs[0]!.tool.driver.rules.map((r) => [r.id, r.properties]));

  it('tags a rule with its topic and its check; only security rules are security, with a security-severity', () => {
    const props = rulesOf([
      ruleOf('security', 'dependency/vulnerable-package', 'critical'),
      ruleOf('supply-chain', 'dependency/unpinned'),
      ruleOf('privacy', 'pii/personal-data'),
      ruleOf('fairness', 'bias/limit-exceeded'),
      ruleOf('compliance', 'lineage/card-missing'),
      ruleOf(undefined, 'custom/min-accuracy'),
    ]);
    expect(props).toEqual({
      'dependency/vulnerable-package': { 'security-severity': '9.5', tags: ['security', 'dependency'] },
      'dependency/unpinned': { tags: ['supply-chain', 'dependency'] },
      'pii/personal-data': { tags: ['privacy', 'pii'] },
      'bias/limit-exceeded': { tags: ['fairness', 'bias'] },
      'lineage/card-missing': { tags: ['compliance', 'lineage'] },
      'custom/min-accuracy': { tags: ['compliance', 'custom'] },
    });
  });

  it('maps every severity of a security rule to the code scanning bands', () => {
    const props = rulesOf((['critical', 'high', 'medium', 'low', 'info'] as const).map((s) => ruleOf('security', `x/${s}`, s)));
    expect(Object.values(props).map((p) => p['security-severity'])).toEqual(['9.5', '8.0', '5.5', '3.0', '0.0']);
  });

  it('tags rules synthesized from findings as compliance', () => {
    const rules = renderSarif(richReport()).runs[0]!.tool.driver.rules;
    expect(rules.find((r) => r.id === 'bias/unregistered-rule')?.properties).toEqual({ tags: ['compliance', 'bias'] });
    expect(rules.find((r) => r.id === 'dependency/vulnerable-package')?.properties).toEqual({ 'security-severity': '8.0', tags: ['security', 'dependency'] });
  });
});

describe('rule topics of the registry', () => {
  const all: RuleInfo[] = [...checks.flatMap((c) => c.rules), ...POLICY_RULES];
  const topic = Object.fromEntries(all.map((r) => [r.id, r.topic]));

  it('every rule of every check and of the policy declares a topic', () => {
    for (const r of all) expect(RULE_TOPICS, r.id).toContain(r.topic);
  });

  it('follows what the rule is about', () => {
    const expected: Record<string, string> = {
      'dependency/vulnerable-package': 'security',
      'dependency/scanner-finding': 'security',
      'container-image/vulnerability': 'security',
      'container-image/scanner-secret': 'security',
      'dependency/unpinned': 'supply-chain',
      'dependency/license-not-allowed': 'supply-chain',
      'container-image/reference-not-pinned': 'supply-chain',
      'lineage/artifact-digest-mismatch': 'supply-chain',
      'lineage/provenance-missing': 'supply-chain',
      'pii/personal-data': 'privacy',
      'pii/k-anonymity': 'privacy',
      'pii/secret': 'security',
      'bias/limit-exceeded': 'fairness',
      'lineage/disparity-regression': 'fairness',
      'lineage/card-missing': 'compliance',
      'policy/waiver-expired': 'compliance',
      'policy/required-check-missing': 'compliance',
      'gate/check-error': 'compliance',
      'lineage/unsafe-global': 'security',
      'endpoints/authentication-required': 'security',
      'endpoints/tls-required': 'security',
      'endpoints/no-public-exposure': 'security',
      'endpoints/owner-label': 'compliance',
      'endpoints/request-logging': 'compliance',
    };
    for (const [id, t] of Object.entries(expected)) expect(topic[id], id).toBe(t);
  });

  it('gives security-severity to the security rules only, in a report of the whole registry', () => {
    const rules = renderSarif(reportOf([], { rules: all })).runs[0]!.tool.driver.rules;
    for (const r of rules) {
      expect(r.properties.tags.includes('security'), r.id).toBe(topic[r.id] === 'security');
      expect(r.properties['security-severity'] !== undefined, r.id).toBe(topic[r.id] === 'security');
    }
  });
});

describe('renderSarif: category', () => {
  it('sets automationDetails only from the category option, in upload-sarif\'s form', () => {
    expect(renderSarif(richReport()).runs[0]).not.toHaveProperty('automationDetails');
    expect(renderSarif(richReport(), { category: 'modelgate' }).runs[0]!.automationDetails).toEqual({ id: 'modelgate/' });
    expect(renderSarif(richReport(), { category: 'modelgate/fraud-model/' }).runs[0]!.automationDetails).toEqual({ id: 'modelgate/fraud-model/' });
  });
});
