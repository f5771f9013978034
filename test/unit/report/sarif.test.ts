import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, renderSarif, ruleName, sarifUri } from '../../../src/report/sarif.js';
import { check, finding, reportOf, richReport } from '../../helpers/reports.js';

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
    expect(run.automationDetails.id).toBe('modelgate/fraud-model/');
    expect(run.invocations[0]?.executionSuccessful).toBe(false);
    expect(renderSarif({ ...richReport(), verdict: 'blocked' }).runs[0]?.invocations[0]?.executionSuccessful).toBe(true);
    expect(JSON.parse(JSON.stringify(sarif))).toEqual(sarif);
  });

  it('describes rules with a name, texts, level, security-severity and tags', () => {
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
      properties: { 'security-severity': '9.5', tags: ['security', 'compliance', 'lineage'] },
    });
    const severities = Object.fromEntries(rules.map((r) => [r.id, r.properties['security-severity']]));
    expect(severities['dependency/vulnerable-package']).toBe('8.0');
    expect(severities['bias/disparate-impact']).toBe('5.5');
    expect(severities['container-image/unpinned-base']).toBe('3.0');
    expect(severities['lineage/manifest-info']).toBe('0.0');
    expect(rules.find((r) => r.id === 'container-image/unpinned-base')?.defaultConfiguration.level).toBe('warning');
    expect(rules.find((r) => r.id === 'lineage/manifest-info')?.defaultConfiguration.level).toBe('note');
  });

  it('synthesizes rules that findings use but the report does not describe, so every ruleIndex is valid', () => {
    expect(rules.map((r) => r.id)).toContain('bias/unregistered-rule');
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(run.results).toHaveLength(8);
    for (const r of run.results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('maps levels and suppresses waived findings', () => {
    const levels = run.results.map((r) => `${r.ruleId}:${r.level}`);
    expect(levels).toContain('lineage/artifact-digest-mismatch:error');
    expect(levels).toContain('lineage/manifest-info:note');
    expect(levels).toContain('container-image/unpinned-base:warning');
    const waived = run.results.filter((r) => r.suppressions);
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({
      ruleId: 'dependency/vulnerable-package',
      level: 'warning',
      suppressions: [{ kind: 'external', status: 'accepted', justification: 'not reachable from the serving path' }],
    });
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
