// Validates renderSarif output against the OASIS SARIF 2.1.0 JSON Schema (draft-04) in ../shared/sarif.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import AjvDraft04 from 'ajv-draft-04';
import { renderSarif } from '../../src/report/sarif.js';
import { check, finding, reportOf, richReport } from '../helpers/reports.js';

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
