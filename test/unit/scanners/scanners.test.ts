import { describe, expect, it } from 'vitest';
import { parseScannerReport, readScannerReport, SCANNER_FORMATS, SCANNER_TOOLS } from '../../../src/scanners/index.js';
import { tempWorkspace } from '../../helpers/workspace.js';

describe('scanner report readers', () => {
  it('osv-scanner: one finding per alias group, severity from max_severity', () => {
    const report = parseScannerReport(
      {
        results: [
          {
            source: { path: 'requirements.txt', type: 'lockfile' },
            packages: [
              {
                package: { name: 'pillow', version: '8.0.0', ecosystem: 'PyPI' },
                vulnerabilities: [
                  { id: 'GHSA-1', aliases: ['CVE-1'], affected: [{ ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '8.1.0' }] }] }] },
                  { id: 'PYSEC-1', aliases: ['CVE-1'] },
                ],
                groups: [{ ids: ['GHSA-1', 'PYSEC-1'], max_severity: '7.5' }],
              },
            ],
          },
        ],
      },
      'osv.json',
    );
    expect(report.tool).toBe('osv-scanner');
    expect(report.findings).toEqual([{ kind: 'vulnerability', id: 'GHSA-1', aliases: ['CVE-1', 'PYSEC-1'], package: { name: 'pillow', version: '8.0.0', ecosystem: 'PyPI' }, fixedVersions: ['8.1.0'], severity: 'high', target: 'requirements.txt' }]);
  });

  it('pip-audit (current and pre-2.0 shapes): no severity, fix versions kept', () => {
    const deps = [{ name: 'django', version: '2.2.0', vulns: [{ id: 'PYSEC-2019-1', fix_versions: ['2.2.1'], aliases: ['CVE-2019-1'], description: 'bad\nmore' }] }, { name: 'x', skip_reason: 'not on PyPI' }];
    for (const d of [{ dependencies: deps, fixes: [] }, deps]) {
      const r = parseScannerReport(d, 'audit.json');
      expect(r.tool).toBe('pip-audit');
      expect(r.findings).toEqual([{ kind: 'vulnerability', id: 'PYSEC-2019-1', aliases: ['CVE-2019-1'], package: { name: 'django', version: '2.2.0', ecosystem: 'PyPI' }, fixedVersions: ['2.2.1'], title: 'bad' }]);
    }
  });

  it('npm audit v2: advisories from `via` objects, GHSA id from the URL', () => {
    const r = parseScannerReport(
      {
        auditReportVersion: 2,
        vulnerabilities: {
          lodash: { name: 'lodash', severity: 'high', via: [{ source: 1523, name: 'lodash', title: 'Prototype Pollution', url: 'https://github.com/advisories/GHSA-p6mc-m468-83gw', severity: 'high', range: '<4.17.19' }], fixAvailable: { name: 'lodash', version: '4.17.21' } },
          other: { name: 'other', severity: 'high', via: ['lodash'] },
        },
        metadata: {},
      },
      'npm-audit.json',
    );
    expect(r.findings).toEqual([{ kind: 'vulnerability', id: 'GHSA-p6mc-m468-83gw', aliases: ['npm-advisory-1523'], package: { name: 'lodash', ecosystem: 'npm' }, fixedVersions: ['4.17.21'], severity: 'high', title: 'Prototype Pollution', target: 'lodash <4.17.19' }]);
  });

  it('refuses an unknown shape, a mismatching tool and bad JSON, naming the file', () => {
    expect(() => parseScannerReport({ hello: 1 }, 'r.json')).toThrow(/^r\.json:1: unknown scanner report shape/);
    expect(() => parseScannerReport({ dependencies: [] }, 'r.json', 'trivy')).toThrow(/expected a trivy report, found a pip-audit report/);
    const ws = tempWorkspace({ 'bad.json': '{\n  "matches": [,]\n}' });
    expect(() => readScannerReport(`${ws}/bad.json`, 'bad.json')).toThrow(/^bad\.json:2:\d+: scanner report is not valid JSON/);
    expect(() => readScannerReport(`${ws}/none.json`, 'none.json')).toThrow(/none\.json: scanner report none\.json not found/);
  });

  it('has one registered format per tool the manifest accepts; an unknown shape lists them all', () => {
    expect(SCANNER_FORMATS.map((f) => f.tool).sort()).toEqual([...SCANNER_TOOLS].sort());
    expect(() => parseScannerReport([1], 'r.json')).toThrow(/^r\.json:1: unknown scanner report shape: expected the JSON output of Trivy \(SchemaVersion 2\), Grype, osv-scanner, npm audit or pip-audit$/);
    // A crafted document with both shapes is read for the findings npm audit lists, not as an empty pip-audit report.
    expect(parseScannerReport({ auditReportVersion: 2, vulnerabilities: {}, dependencies: [] }, 'r.json').tool).toBe('npm-audit');
  });
});
