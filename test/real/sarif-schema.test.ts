// Validates renderSarif output against the OASIS SARIF 2.1.0 JSON Schema (draft-04) in ../shared/sarif.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import AjvDraft04 from 'ajv-draft-04';
import { renderSarif } from '../../src/report/sarif.js';
import { check, finding, reportOf, richReport, WAIVER } from '../helpers/reports.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const schemaPath = path.resolve(repoRoot, '..', 'shared', 'sarif', 'sarif-schema-2.1.0.json');

describe.skipIf(!existsSync(shared))('SARIF output against the OASIS SARIF 2.1.0 schema', () => {
  const validate = () => {
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    // The formats the schema uses, checked rather than ignored (ajv-formats is not a dependency).
    ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => /^(?:[\w\-.~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s));
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
    return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  };

  it('validates a rich report: waivers, synthesized rules, errored and skipped checks, locations with and without lines', () => {
    const check_ = validate();
    const sarif = renderSarif(richReport());
    const ok = check_(JSON.parse(JSON.stringify(sarif)));
    expect(check_.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates a waived run: waived findings left out, or kept as suppressions, with a category', () => {
    const check_ = validate();
    const waivedPass = reportOf([
      check({
        id: 'dependency',
        findings: [
          finding({ ruleId: 'dependency/vulnerable-package', severity: 'high', waiver: WAIVER, target: 'left-pad@1.0.0', location: { file: 'requirements.txt', line: 4 } }),
          finding({ ruleId: 'dependency/vulnerable-package', severity: 'critical', waiver: { ...WAIVER, target: 'torch@1.0.0' }, target: 'torch@1.0.0', location: { file: 'requirements.txt', line: 2 } }),
        ],
      }),
    ]);
    const left = renderSarif(waivedPass);
    expect(left.runs[0]!.results).toEqual([]);
    const logs = [left, renderSarif(waivedPass, { includeWaived: true, category: 'modelgate/fraud-model' }), renderSarif(richReport(), { category: 'modelgate' })];
    for (const sarif of logs) {
      const ok = check_(JSON.parse(JSON.stringify(sarif)));
      expect(check_.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('validates the capped run of a 30,000-finding report: 25,000 results', () => {
    const check_ = validate();
    const findings = Array.from({ length: 30_000 }, (_, i) =>
      finding({ ruleId: 'pii/email-in-column', severity: i % 2 ? 'low' : 'high', violation: i % 2 === 0, target: `row-${i}`, location: { file: 'data/train.csv', line: i + 2, record: i, field: 'email' } }),
    );
    const sarif = renderSarif(reportOf([check({ id: 'pii', status: 'failed', findings })]));
    expect(sarif.runs[0]!.results).toHaveLength(25_000);
    expect(sarif.runs[0]!.properties.modelgate).toMatchObject({ resultsOmitted: 5_000, overLimitOmitted: 5_000 });
    const ok = check_(JSON.parse(JSON.stringify(sarif)));
    expect(check_.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates edge cases: empty report, odd paths, multi-line regions, no run context', () => {
    const check_ = validate();
    const findings = [
      finding({ ruleId: 'pii/ssn', severity: 'critical', violation: true, location: { file: 'data/tráin set #1.csv', line: 2, column: 5, endLine: 9, endColumn: 1 } }),
      finding({ ruleId: 'pii/ssn', severity: 'info', location: { file: '/abs/path.csv', line: 4 } }),
      finding({ ruleId: 'odd', severity: 'low', location: { file: 'x.csv', record: 0, field: 'a.b' } }),
    ];
    const reports = [
      reportOf([]),
      reportOf([check({ id: 'pii', findings })], { run: {}, release: {}, failOn: 'info', startedAt: 'not a date' }),
    ];
    for (const report of reports) {
      const ok = check_(JSON.parse(JSON.stringify(renderSarif(report))));
      expect(check_.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('is a real check: it rejects a broken log', () => {
    const check_ = validate();
    const sarif = JSON.parse(JSON.stringify(renderSarif(richReport()))) as ReturnType<typeof renderSarif>;
    const loc = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation;
    loc.region.startLine = 0;
    loc.artifactLocation.uri = 'has space.csv';
    expect(check_(sarif)).toBe(false);
    const paths = (check_.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/runs/0/results/0/locations/0/physicalLocation/region/startLine');
    expect(paths).toContain('/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri');
  });
});
