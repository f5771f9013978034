// The dependency check as a user runs it: a manifest and a policy in a workspace, through runGate
// with the real check registry, and through the CLI (`modelgate check --checks dependency`).
// Issue 5, bullet by bullet: every input format, OSV matching (zip/YAML database, withdrawn records,
// aliases, fixes), scanner reports, every policy key, environment markers, the report and bad input.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependencyFactsSchema } from '../../../../checks/dependency/facts.js';
import { runGate } from '../../../../src/gate.js';
import type { CheckReport, Report } from '../../../../src/report/model.js';
import { parseFacts } from '../../../helpers/facts.js';
import { releaseManifest, runCli } from '../../../helpers/release.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import { summaryOf } from '../../../helpers/views.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const logger = { info() {}, warning() {}, debug() {} };
const CRITICAL = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';

const osv = (id: string, eco: string, name: string, events: object[], extra: object = {}): string =>
  JSON.stringify({ id, modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: eco, name }, ranges: [{ type: eco === 'npm' ? 'SEMVER' : 'ECOSYSTEM', events }] }], ...extra }, null, 2);

/** The advisory database, as a zip of JSON and YAML records (one withdrawn). */
function database(): Uint8Array {
  return zipSync({
    'PyPI/pillow/PYSEC-2021-1.json': strToU8(osv('PYSEC-2021-1', 'PyPI', 'pillow', [{ introduced: '0' }, { fixed: '8.1.1' }], { aliases: ['CVE-2021-1'], severity: [{ type: 'CVSS_V3', score: CRITICAL }] })),
    // The same vulnerability under another id: merged with PYSEC-2021-1 into one finding.
    'PyPI/pillow/GHSA-aaaa-bbbb-cccc.json': strToU8(osv('GHSA-aaaa-bbbb-cccc', 'PyPI', 'Pillow', [{ introduced: '0' }, { fixed: '8.1.2' }], { aliases: ['CVE-2021-1'] })),
    'PyPI/django/PYSEC-2020-2.yaml': strToU8(
      'id: PYSEC-2020-2\nmodified: "2024-01-01T00:00:00Z"\naffected:\n  - package: { ecosystem: PyPI, name: django }\n    ranges:\n      - type: ECOSYSTEM\n        events: [{ introduced: "2.2" }, { fixed: "2.2.10" }]\ndatabase_specific: { severity: MODERATE }\n',
    ),
    'PyPI/scipy/PYSEC-2020-3.json': strToU8(osv('PYSEC-2020-3', 'PyPI', 'scipy', [{ introduced: '0' }], { withdrawn: '2024-02-01T00:00:00Z' })),
    'PyPI/pyyaml/PYSEC-2021-4.json': strToU8(osv('PYSEC-2021-4', 'PyPI', 'pyyaml', [{ introduced: '0' }, { fixed: '5.4' }], { severity: [{ type: 'CVSS_V3', score: CRITICAL }] })),
    'PyPI/numpy/PYSEC-2021-5.json': strToU8(osv('PYSEC-2021-5', 'PyPI', 'numpy', [{ introduced: '0' }, { fixed: '1.22.0' }], { database_specific: { severity: 'LOW' } })),
    'PyPI/tensorflow/PYSEC-2021-6.json': strToU8(osv('PYSEC-2021-6', 'PyPI', 'tensorflow', [{ introduced: '2.4.0' }, { last_affected: '2.4.1' }], { database_specific: { severity: 'HIGH' } })),
    'PyPI/pywin32/PYSEC-2021-7.json': strToU8(osv('PYSEC-2021-7', 'PyPI', 'pywin32', [{ introduced: '0' }, { fixed: '301' }], { database_specific: { severity: 'HIGH' } })),
    'PyPI/mlflow/PYSEC-2023-8.json': strToU8(osv('PYSEC-2023-8', 'PyPI', 'mlflow', [{ introduced: '0' }, { fixed: '2.0.0' }], { database_specific: { severity: 'CRITICAL' } })),
    'npm/lodash/GHSA-35jh-r3h4-6jhm.json': strToU8(osv('GHSA-35jh-r3h4-6jhm', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }], { database_specific: { severity: 'MODERATE' } })),
  });
}

const MANIFEST = releaseManifest(
  'dependencies',
  `  lockfiles:
    - requirements.txt
    - { path: requirements-dev.txt, scope: development }
    - poetry.lock
    - uv.lock
    - Pipfile.lock
    - environment.yml
    - web/package-lock.json
  sboms: [sbom/app.cdx.json, sbom/app.spdx.json]
  reports:
    - reports/pip-audit.json
    - { path: reports/osv-scanner.json, tool: osv-scanner }
  advisories:
    osvDatabase: osv.zip
`,
);

const REQUIREMENTS = [
  '# serving stack', // 1
  '-r base.txt', // 2
  'Pillow==8.0.0 \\', // 3
  '    --hash=sha256:aaaa', // 4
  'requests[security]==2.0.0  # old', // 5
  'tensorflow==2.4.0 ; python_version < "3.9"', // 6
  'pywin32==227; sys_platform == "win32"', // 7
  'onnx==1.9.0; platform_machine == "aarch64"', // 8
  '',
].join('\n');

const FILES: Record<string, string | Uint8Array> = {
  'model-release.yaml': MANIFEST,
  'osv.zip': database(),
  'requirements.txt': REQUIREMENTS,
  'base.txt': 'flask>=2\n',
  'requirements-dev.txt': 'pytest==6.0.0\n',
  'poetry.lock': '[[package]]\nname = "scikit-learn"\nversion = "0.24.0"\ngroups = ["main"]\nfiles = [{file = "s.whl", hash = "sha256:11"}]\n\n[metadata]\nlock-version = "2.1"\n',
  'uv.lock': 'version = 1\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { editable = "." }\ndependencies = [{ name = "numpy" }]\n\n[[package]]\nname = "numpy"\nversion = "1.21.0"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "x", hash = "sha256:33" }\n',
  'Pipfile.lock': JSON.stringify({ _meta: { 'pipfile-spec': 6 }, default: { django: { version: '==2.2.0', hashes: ['sha256:44'] } }, develop: {} }, null, 2),
  'environment.yml': 'name: serve\nchannels: [conda-forge]\ndependencies:\n  - scipy=1.5.0\n  - pyyaml=5.3\n',
  'web/package-lock.json': JSON.stringify({ name: 'web', lockfileVersion: 3, packages: { '': { dependencies: { lodash: '^4' } }, 'node_modules/lodash': { version: '4.17.15', integrity: 'sha512-x', license: 'MIT' } } }, null, 2),
  'sbom/app.cdx.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [{ type: 'library', name: 'mlflow', version: '1.0.0', purl: 'pkg:pypi/mlflow@1.0.0', licenses: [{ license: { id: 'Apache-2.0' } }] }] }, null, 2),
  'sbom/app.spdx.json': JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: [{ SPDXID: 'SPDXRef-t', name: 'torch', versionInfo: '2.3.0', licenseConcluded: 'BSD-3-Clause', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:pypi/torch@2.3.0' }] }] }, null, 2),
  'reports/pip-audit.json': JSON.stringify({
    dependencies: [
      { name: 'pillow', version: '8.0.0', vulns: [{ id: 'CVE-2021-1', fix_versions: ['8.1.1'], aliases: [] }] }, // already matched from OSV: not repeated
      { name: 'requests', version: '2.0.0', vulns: [{ id: 'PYSEC-2099-9', fix_versions: ['2.31.0'], aliases: ['CVE-2099-9'], description: 'leaks headers' }] },
    ],
    fixes: [],
  }),
  'reports/osv-scanner.json': JSON.stringify({ results: [{ source: { path: 'web/package-lock.json', type: 'lockfile' }, packages: [{ package: { name: 'lodash', version: '4.17.15', ecosystem: 'npm' }, vulnerabilities: [{ id: 'GHSA-35jh-r3h4-6jhm', aliases: ['CVE-2020-8203'] }], groups: [{ ids: ['GHSA-35jh-r3h4-6jhm'], max_severity: '7.4' }] }] }] }),
};

async function gate(files: Record<string, string | Uint8Array>, policy: string): Promise<{ report: Report; check: CheckReport }> {
  const ws = tempWorkspace({ ...FILES, ...files, 'policy.yaml': policy });
  const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', checks: ['dependency'], logger, now: NOW });
  const check = report.checks.find((c) => c.id === 'dependency')!;
  parseFacts(dependencyFactsSchema, check);
  return { report, check };
}

const rows = (c: CheckReport, rule: string) => c.findings.filter((f) => f.ruleId === `dependency/${rule}`).map((f) => `${f.target} ${f.severity} ${f.location?.file}:${f.location?.line ?? ''}`);

describe('dependency check through the gate (issue 5)', () => {
  it('reads every input format; each vulnerable package is one finding at its own file and line, with advisories, aliases and the fix', async () => {
    const { report, check } = await gate({}, '{}');
    expect(report.verdict).toBe('blocked');
    expect(check.status).toBe('failed');
    expect(rows(check, 'vulnerable-package')).toEqual([
      'Pillow@8.0.0/GHSA-aaaa-bbbb-cccc critical requirements.txt:3',
      'tensorflow@2.4.0/PYSEC-2021-6 high requirements.txt:6',
      'pywin32@227/PYSEC-2021-7 high requirements.txt:7',
      'numpy@1.21.0/PYSEC-2021-5 low uv.lock:9',
      'django@2.2.0/PYSEC-2020-2 medium Pipfile.lock:6',
      'pyyaml@5.3/PYSEC-2021-4 critical environment.yml:5', // conda channel package read as PyPI (condaAsPyPI)
      'lodash@4.17.15/GHSA-35jh-r3h4-6jhm medium web/package-lock.json:10',
      'mlflow@1.0.0/PYSEC-2023-8 critical sbom/app.cdx.json:9',
    ]);
    const pillow = check.findings.find((f) => f.target === 'Pillow@8.0.0/GHSA-aaaa-bbbb-cccc')!;
    expect(pillow.message).toContain('is affected by GHSA-aaaa-bbbb-cccc, PYSEC-2021-1 (CVE-2021-1)');
    expect(pillow.remediation).toBe('Upgrade Pillow to 8.1.2 or later.'); // the smallest version clearing both records
    // Scanner reports: what OSV matching already found is not repeated; the rest is added on the same ladder.
    expect(rows(check, 'scanner-finding')).toEqual(['requests@2.0.0/PYSEC-2099-9 high reports/pip-audit.json:']);
    expect(check.findings.find((f) => f.ruleId === 'dependency/scanner-finding')!.message).toContain('[no severity, treated as high]');
    expect(rows(check, 'unpinned')).toEqual(['flask medium base.txt:1']);
    const facts = dependencyFactsSchema.parse(check.facts);
    expect(facts.files.map((f) => `${f.file} ${f.format} ${f.packages}`)).toEqual([
      'requirements.txt requirements 6',
      'requirements-dev.txt requirements 1',
      'poetry.lock poetry.lock 1',
      'uv.lock uv.lock 1',
      'Pipfile.lock Pipfile.lock 1',
      'environment.yml environment.yml 2',
      'web/package-lock.json package-lock 1',
      'sbom/app.cdx.json cyclonedx 1',
      'sbom/app.spdx.json spdx 1',
    ]);
    expect(facts.packages).toEqual({ total: 15, byEcosystem: { PyPI: 12, conda: 2, npm: 1 }, byScope: { runtime: 14, development: 1 }, checked: 15 });
    expect(facts.advisories).toEqual({ source: 'offline', records: 9, withdrawn: 1, packages: 8 });
    expect(facts.reports).toEqual([
      { file: 'reports/pip-audit.json', tool: 'pip-audit', findings: 2 },
      { file: 'reports/osv-scanner.json', tool: 'osv-scanner', findings: 1 },
    ]);
    expect(facts.markers).toMatchObject({ evaluated: false, environment: null, withMarkers: 3, excluded: [], undecided: [] });
    expect(facts.bySeverity).toEqual({ critical: 3, high: 2, medium: 2, low: 1, info: 0 });
    expect(facts.licenses.counts).toEqual({ unknown: 12, MIT: 1, 'Apache-2.0': 1, 'BSD-3-Clause': 1 });
    // The job summary: vulnerable packages with advisories, severity and fix; unpinned requirements; markers.
    expect(summaryOf(check)).toContain('| Pillow | 8.0.0 | GHSA-aaaa-bbbb-cccc, PYSEC-2021-1 | critical | 8.1.2 | requirements.txt:3 |');
    expect(summaryOf(check)).toContain('| flask | &gt;=2 | base.txt:1 |');
    expect(summaryOf(check)).toContain('3 requirement(s) carry an environment marker; no `dependency.environment` is set, so all of them are checked.');
  });

  it('environment markers are evaluated against the policy environment: false → not installed, not checked; unknown variable → checked, reported', async () => {
    const { check } = await gate({}, 'dependency:\n  environment: { python_version: "3.11", sys_platform: linux }\n');
    expect(rows(check, 'vulnerable-package')).not.toContain('tensorflow@2.4.0/PYSEC-2021-6 high requirements.txt:6');
    expect(rows(check, 'vulnerable-package').some((r) => r.startsWith('pywin32') || r.startsWith('tensorflow'))).toBe(false);
    expect(rows(check, 'marker-undecided')).toEqual(['onnx@1.9.0 info requirements.txt:8']);
    expect(check.findings.find((f) => f.ruleId === 'dependency/marker-undecided')!.message).toBe(
      'onnx@1.9.0: marker "platform_machine == \\"aarch64\\"" needs platform_machine, which dependency.environment does not give; checked as if installed',
    );
    const facts = dependencyFactsSchema.parse(check.facts);
    expect(facts.markers).toEqual({
      evaluated: true,
      environment: { python_version: '3.11', sys_platform: 'linux' },
      withMarkers: 3,
      excluded: [
        { package: 'tensorflow', version: '2.4.0', marker: 'python_version < "3.9"', file: 'requirements.txt', line: 6 },
        { package: 'pywin32', version: '227', marker: 'sys_platform == "win32"', file: 'requirements.txt', line: 7 },
      ],
      undecided: [{ package: 'onnx', marker: 'platform_machine == "aarch64"', missing: ['platform_machine'], file: 'requirements.txt', line: 8 }],
    });
    expect(facts.packages.checked).toBe(13);
    expect(summaryOf(check)).toContain('Environment markers evaluated for python_version=3.11, sys_platform=linux: 2 of 3 requirement(s) with a marker not installed there, so not checked; 1 undecided (checked).');
    // Python 3.8 on Windows installs both.
    const win = await gate({}, 'dependency:\n  environment: { python_version: "3.8", sys_platform: win32, platform_machine: AMD64 }\n');
    expect(rows(win.check, 'vulnerable-package').filter((r) => /^(tensorflow|pywin32)/.test(r))).toHaveLength(2);
    expect(rows(win.check, 'marker-undecided')).toEqual([]);
  });

  it('an unquoted python_version is refused at its policy line (YAML reads 3.10 as 3.1)', async () => {
    const ws = tempWorkspace({ ...FILES, 'policy.yaml': 'dependency:\n  environment:\n    python_version: 3.10\n' });
    await expect(runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', checks: ['dependency'], logger, now: NOW })).rejects.toThrow(
      /policy\.yaml:3:\d+: dependency\.environment\.python_version: expected string, received number/,
    );
  });

  it('policy keys: failOnSeverity, unknownSeverity, ignoreAdvisories (alias, package purl, expiry at its policy line, unused), denyPackages, requirePinned, requireHashes, licenses, scopes, condaAsPyPI', async () => {
    const policy = `dependency:
  failOnSeverity: high
  unknownSeverity: medium
  ignoreAdvisories:
    - { id: CVE-2021-1, package: "pkg:pypi/PILLOW", reason: not reachable, expires: 2999-01-01 }
    - { id: PYSEC-2020-2, reason: old review, owner: sec@example.com, expires: 2026-05-31 }
    - { id: GHSA-none, reason: fixed long ago, expires: 2999-01-01 }
  denyPackages:
    - requests
    - { package: "pkg:npm/lodash", versions: "<4.17.21", reason: prototype pollution }
    - { package: "pkg:pypi/scikit-learn", versions: ">=1.0" }
  requirePinned: false
  requireHashes: true
  allowLicenses: [MIT, Apache-2.0]
  unknownLicense: low
  scopes: [runtime]
  condaAsPyPI: false
`;
    const { report, check } = await gate({}, policy);
    const v = rows(check, 'vulnerable-package');
    expect(v.some((r) => r.startsWith('Pillow'))).toBe(false); // ignored through its alias and purl
    expect(v).toContain('django@2.2.0/PYSEC-2020-2 info Pipfile.lock:6'); // the ignore expired the day before: counts again, below failOnSeverity
    expect(v).toContain('numpy@1.21.0/PYSEC-2021-5 info uv.lock:9');
    expect(v.some((r) => r.startsWith('pyyaml'))).toBe(false); // condaAsPyPI: false
    expect(rows(check, 'scanner-finding')).toEqual(['requests@2.0.0/PYSEC-2099-9 info reports/pip-audit.json:']); // no severity → medium < high
    expect(rows(check, 'ignore-expired')).toEqual(['PYSEC-2020-2 high policy.yaml:6']);
    expect(check.findings.find((f) => f.ruleId === 'dependency/ignore-expired')!.message).toBe('ignored advisory PYSEC-2020-2 (owner sec@example.com) expired on 2026-05-31; it counts again');
    expect(rows(check, 'ignore-unused')).toEqual(['GHSA-none info policy.yaml:7']);
    expect(rows(check, 'denied-package')).toEqual(['requests@2.0.0 high requirements.txt:5', 'lodash@4.17.15 high web/package-lock.json:10']);
    expect(rows(check, 'unpinned')).toEqual([]);
    expect(rows(check, 'missing-hash')).toEqual([
      'requests@2.0.0 medium requirements.txt:5',
      'tensorflow@2.4.0 medium requirements.txt:6',
      'pywin32@227 medium requirements.txt:7',
      'onnx@1.9.0 medium requirements.txt:8',
      'mlflow@1.0.0 medium sbom/app.cdx.json:9',
      'torch@2.3.0 medium sbom/app.spdx.json:5',
    ]);
    expect(rows(check, 'license-not-allowed')).toEqual(['torch@2.3.0 high sbom/app.spdx.json:5']);
    expect(rows(check, 'license-unknown').slice(0, 2)).toEqual(['flask low base.txt:1', 'Pillow@8.0.0 low requirements.txt:3']);
    expect(check.facts).toMatchObject({ packages: { checked: 14 } }); // pytest (development) is out of scope
    expect(check.findings.some((f) => f.target?.startsWith('pytest'))).toBe(false);
    expect(report.verdict).toBe('blocked');
  });

  it('invalidAdvisories: error names the record file and line; skip reports it and goes on', async () => {
    const db = zipSync({ 'a.json': strToU8(osv('PYSEC-2021-1', 'PyPI', 'pillow', [{ introduced: '0' }, { fixed: '8.1.1' }])), 'bad.json': strToU8('{\n  "id": "PYSEC-2024-99",\n  "modified": "yesterday"\n}\n') });
    const error = await gate({ 'osv.zip': db }, '{}');
    expect(error.report.verdict).toBe('error');
    expect(error.check.findings[0]).toMatchObject({ ruleId: 'gate/check-error', location: { file: 'osv.zip!bad.json', line: 3 } });
    expect(error.check.findings[0]!.message).toMatch(/not a valid OSV record: modified/);
    const skip = await gate({ 'osv.zip': db }, 'dependency:\n  invalidAdvisories: skip\n');
    expect(skip.report.verdict).toBe('blocked');
    expect(rows(skip.check, 'invalid-advisory')).toEqual(['osv.zip!bad.json info osv.zip!bad.json:3']);
    expect(rows(skip.check, 'vulnerable-package')).toEqual(['Pillow@8.0.0/PYSEC-2021-1 high requirements.txt:3']);
  });
});

describe('dependency check: the OSV API (a local server on 127.0.0.1)', () => {
  let server: Server;
  let base = '';
  const RECORD = JSON.parse(osv('PYSEC-2021-1', 'PyPI', 'pillow', [{ introduced: '0' }, { fixed: '8.1.1' }], { severity: [{ type: 'CVSS_V3', score: CRITICAL }] })) as { id: string };
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url!.startsWith('/down/')) return void res.writeHead(500).end('boom');
        if (req.url === '/ok/v1/querybatch') {
          const { queries } = JSON.parse(body) as { queries: Array<{ package: { name: string } }> };
          return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: queries.map((q) => (q.package.name.toLowerCase() === 'pillow' ? { vulns: [{ id: RECORD.id }] } : {})) }));
        }
        if (req.url === `/ok/v1/vulns/${RECORD.id}`) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(RECORD));
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  const apiOnly = { 'model-release.yaml': MANIFEST.replace('  advisories:\n    osvDatabase: osv.zip\n', '').replace(/ {2}reports:\n(?: {4}.*\n)+/, '') };

  it('matches through the API; a 500 is a check error unless offlineFallback and a database exist', async () => {
    const ok = await gate(apiOnly, `dependency:\n  osvApi: { enabled: true, url: "${base}/ok", retries: 0, timeoutSeconds: 5 }\n`);
    expect(rows(ok.check, 'vulnerable-package')).toEqual(['Pillow@8.0.0/PYSEC-2021-1 critical requirements.txt:3']);
    expect(ok.check.facts).toMatchObject({ advisories: { source: 'api', records: 1 } });
    const down = await gate(apiOnly, `dependency:\n  osvApi: { enabled: true, url: "${base}/down", retries: 1, timeoutSeconds: 5 }\n`);
    expect(down.report.verdict).toBe('error');
    expect(down.check.findings[0]!.message).toMatch(/HTTP 500/);
    const fallback = await gate({}, `dependency:\n  osvApi: { enabled: true, url: "${base}/down", retries: 0, timeoutSeconds: 5, offlineFallback: true }\n`);
    expect(fallback.check.status).toBe('failed');
    expect(fallback.check.facts).toMatchObject({ advisories: { source: 'offline (API failed)' } });
  });
});

describe('dependency check through the CLI', () => {
  const check = (ws: string, ...more: string[]) => runCli(['check', '--workspace', ws, '--manifest', 'model-release.yaml', '--policy', 'policy.yaml', '--checks', 'dependency', ...more]);

  it('blocks with exit 1 and writes the JSON report, SARIF and summary', async () => {
    const ws = tempWorkspace({ ...FILES, 'policy.yaml': 'dependency:\n  environment: { python_version: "3.11", sys_platform: linux, platform_machine: x86_64 }\n' });
    const r = await check(ws, '--json', 'out/report.json', '--summary', 'out/summary.md', '--sarif', 'out/report.sarif');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/dependency/);
    const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8')) as Report;
    const dep = report.checks.find((c) => c.id === 'dependency')!;
    expect(dep.findings.filter((f) => f.ruleId === 'dependency/vulnerable-package').map((f) => f.target)).toContain('mlflow@1.0.0/PYSEC-2023-8');
    expect(dependencyFactsSchema.parse(dep.facts).markers.excluded).toHaveLength(3); // tensorflow, pywin32, onnx (aarch64 only)
    expect(readFileSync(join(ws, 'out/summary.md'), 'utf8')).toContain('| mlflow | 1.0.0 | PYSEC-2023-8 | critical | 2.0.0 | sbom/app.cdx.json:9 |');
    const sarif = JSON.parse(readFileSync(join(ws, 'out/report.sarif'), 'utf8'));
    const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }>;
    expect(results.find((x) => x.ruleId === 'dependency/vulnerable-package')!.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'requirements.txt' }, region: { startLine: 3 } });
  });

  it('passes with exit 0 when everything is fixed or waived', async () => {
    const ws = tempWorkspace({
      'model-release.yaml': releaseManifest('dependencies', '  lockfiles: [requirements.txt]\n  advisories: { osvDatabase: osv.zip }\n'),
      'requirements.txt': 'Pillow==9.0.0 --hash=sha256:abcd\n',
      'osv.zip': database(),
      'policy.yaml': 'dependency:\n  requireHashes: true\n',
    });
    const r = await check(ws, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('passed');
  });

  it.each([
    ['a requirement line it cannot parse', { 'requirements.txt': 'Pillow==8.0.0\nnot a requirement !!\n' }, /requirements\.txt:2: .*cannot parse requirement/],
    ['a TOML syntax error', { 'poetry.lock': '[[package]\nname = 1\n' }, /poetry\.lock:2:\d+: .*TOML syntax error/],
    ['an unknown lockfile version', { 'web/package-lock.json': JSON.stringify({ lockfileVersion: 1, dependencies: {} }, null, 2) }, /web\/package-lock\.json:2: .*unsupported lockfileVersion 1/],
    ['a JSON syntax error', { 'Pipfile.lock': '{\n  "_meta": {\n}' }, /Pipfile\.lock:3:\d+: .*JSON syntax error/],
    ['a scanner report of an unknown shape', { 'reports/pip-audit.json': '{"hello": 1}' }, /reports\/pip-audit\.json:1: .*unknown scanner report shape/],
    ['a report of another tool than declared', { 'reports/osv-scanner.json': '{"dependencies": []}' }, /reports\/osv-scanner\.json:1: .*expected a osv-scanner report, found a pip-audit report/],
    ['an OSV record that fails the schema', { 'osv.zip': zipSync({ 'x.json': strToU8('{\n  "id": "PYSEC-2024-98",\n  "modified": "2024-01-01T00:00:00Z",\n  "affected": "pillow"\n}') }) }, /osv\.zip!x\.json:4:\d+: .*not a valid OSV record: affected/],
    ['a marker that does not parse (Pipfile.lock)', { 'Pipfile.lock': JSON.stringify({ _meta: { 'pipfile-spec': 6 }, default: { django: { version: '==2.2.0', markers: 'python_version >>> "3"' } } }, null, 2) }, /Pipfile\.lock:6: .*cannot parse environment marker/],
  ])('fails closed with exit 2 on %s, naming file and line', async (_what, files, message) => {
    const policy = _what.startsWith('a marker') ? 'dependency:\n  environment: { python_version: "3.11" }\n' : '{}';
    const ws = tempWorkspace({ ...FILES, ...files, 'policy.yaml': policy });
    const r = await check(ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
