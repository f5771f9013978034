// `modelgate check --bom F` in process on a release with a vulnerable, waived dependency: the BOM is
// valid CycloneDX 1.6 (the library's validator), lists every locked package with its purl, the hashes
// and license the lockfile pins, and states how the policy handled the vulnerability (the VEX the user
// did not have to write); the same report gives the same bytes, and a policy changed after the gate is refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { writeBom } from '../../../src/bom/write.js';
import { registry } from '../../../src/registry.js';
import type { Report } from '../../../src/report/model.js';
import { viewsOf } from '../../../src/report/views.js';
import { runCli } from '../../helpers/release.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const ADVISORY = readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'titanic', 'advisories', 'PYSEC-2024-110.json'), 'utf8');
const SKLEARN_HASH = 'ab'.repeat(32);
const INTEGRITY = Buffer.alloc(64, 7).toString('base64');
const EXPIRES = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const REASON = 'TfidfVectorizer is not used by the serving code; upgrade planned in ML-77.';

function release(): string {
  return tempWorkspace({
    'requirements.txt': `scikit-learn==1.4.0 --hash=sha256:${SKLEARN_HASH}\nnumpy==1.26.4\n`,
    'package-lock.json': JSON.stringify({
      name: 'ui',
      lockfileVersion: 3,
      packages: {
        '': { name: 'ui', dependencies: { 'left-pad': '^1.3.0', lodash: '^4.17.0' } },
        'node_modules/left-pad': { version: '1.3.0', license: 'MIT', integrity: `sha512-${INTEGRITY}`, dependencies: { lodash: '^3.0.0' } },
        'node_modules/left-pad/node_modules/lodash': { version: '3.10.1', license: 'MIT' },
        'node_modules/lodash': { version: '4.17.21', license: 'MIT' },
      },
    }),
    'advisories/PYSEC-2024-110.json': ADVISORY,
    'model-release.yaml': `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata: { name: vex-demo, version: 2.0.0, owner: team@example.com }
dependencies:
  lockfiles: [requirements.txt, package-lock.json]
  advisories: { osvDatabase: advisories }
`,
    'policy.yaml': `compliance:
  require: [gdpr/art-32-1-b]
waivers:
  - rule: dependency/vulnerable-package
    target: scikit-learn@1.4.0/PYSEC-2024-110
    reason: ${REASON}
    owner: security@example.com
    expires: ${EXPIRES}
`,
  });
}

async function check(ws: string) {
  const r = await runCli(['check', '--workspace', ws, '--checks', 'dependency', '--policy', 'policy.yaml', '--json', 'out/report.json', '--bom', 'out/bom.cdx.json']);
  expect(r.code, r.stderr).toBe(0);
  return { text: readFileSync(join(ws, 'out', 'bom.cdx.json'), 'utf8'), report: JSON.parse(readFileSync(join(ws, 'out', 'report.json'), 'utf8')) as Report };
}

describe('modelgate check --bom', () => {
  it('writes a valid CycloneDX 1.6 BOM with every locked package and the waived vulnerability as a VEX analysis', async () => {
    const { text } = await check(release());
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)).toBeNull();
    const bom = JSON.parse(text);
    const byPurl = new Map<string, { hashes?: Array<{ alg: string; content: string }>; licenses?: unknown[] }>(bom.components.map((c: { purl: string }) => [c.purl, c]));
    expect([...byPurl.keys()].sort()).toEqual(['pkg:npm/left-pad@1.3.0', 'pkg:npm/lodash@3.10.1', 'pkg:npm/lodash@4.17.21', 'pkg:pypi/numpy@1.26.4', 'pkg:pypi/scikit-learn@1.4.0']);
    // The lockfile's graph, resolved as Node does: left-pad gets the lodash installed under it.
    const graph = new Map(bom.dependencies.map((d: { ref: string; dependsOn?: string[] }) => [d.ref, d.dependsOn ?? []]));
    expect(graph.get('pkg:npm/left-pad@1.3.0')).toEqual(['pkg:npm/lodash@3.10.1']);
    expect(graph.get('pkg:npm/lodash@4.17.21')).toEqual([]);
    expect(byPurl.get('pkg:pypi/scikit-learn@1.4.0')!.hashes).toEqual([{ alg: 'SHA-256', content: SKLEARN_HASH }]);
    expect(byPurl.get('pkg:npm/left-pad@1.3.0')!.hashes).toEqual([{ alg: 'SHA-512', content: '07'.repeat(64) }]);
    expect(byPurl.get('pkg:npm/left-pad@1.3.0')!.licenses).toEqual([{ license: { id: 'MIT' } }]);

    expect(bom.vulnerabilities).toHaveLength(1);
    const v = bom.vulnerabilities[0];
    expect(v.id).toBe('PYSEC-2024-110');
    expect(v.affects).toEqual([{ ref: 'pkg:pypi/scikit-learn@1.4.0' }]);
    expect(v.references.map((r: { id: string }) => r.id).sort()).toEqual(['CVE-2024-5206', 'GHSA-jw8x-6495-233v']);
    expect(v.analysis).toEqual({ state: 'in_triage', detail: `Waived by security@example.com until ${EXPIRES}: ${REASON}` });
    expect(v.properties).toEqual(
      expect.arrayContaining([
        { name: 'modelgate:analysis:decision', value: 'waived' },
        { name: 'modelgate:analysis:responder', value: 'security@example.com' },
        { name: 'modelgate:analysis:expires', value: EXPIRES },
      ]),
    );
    // The waiver is also a counter-claim of the dependency requirement, and an annotation by its owner.
    const map = bom.declarations.attestations[0].map.find((m: { requirement: string }) => m.requirement === 'requirement:check:dependency');
    expect(map.counterClaims).toEqual(['claim:waiver:1']);
    // The required control, with the status the report's compliance section gives it (met through the waiver).
    const control = bom.declarations.attestations[0].map.find((m: { requirement: string }) => m.requirement === 'requirement:control:gdpr/art-32-1-b');
    expect(control.conformance).toEqual({ score: 1, rationale: 'met only through waived findings' });
    expect(bom.declarations.claims.find((c: { 'bom-ref': string }) => c['bom-ref'] === 'claim:control:gdpr/art-32-1-b').predicate).toBe('control gdpr/art-32-1-b waived (assessed by dependency)');
    expect(bom.annotations[0].annotator).toEqual({ individual: { email: 'security@example.com' } });
    expect(bom.metadata.component.type).toBe('machine-learning-model');
    expect(bom.metadata.component.name).toBe('vex-demo');
  });

  it('gives the same bytes for the same report, and another serial number for another report', async () => {
    const ws = release();
    const { text, report } = await check(ws);
    const views = viewsOf(registry);
    const again = (r: Report, path: string) => {
      writeBom(r, { workspace: ws, path, views, reportPath: 'out/report.json' });
      return readFileSync(join(ws, path), 'utf8');
    };
    expect(again(report, 'out/a.json')).toBe(text);
    expect(again(report, 'out/b.json')).toBe(text);
    const other = again({ ...report, durationMs: report.durationMs + 1 }, 'out/c.json');
    expect(JSON.parse(other).serialNumber).not.toBe(JSON.parse(text).serialNumber);
    expect(JSON.parse(text).serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a policy that changed after the gate read it', async () => {
    const ws = release();
    const { report } = await check(ws);
    writeFileSync(join(ws, 'policy.yaml'), 'failOn: critical\n');
    expect(() => writeBom(report, { workspace: ws, path: 'out/d.json', views: viewsOf(registry) })).toThrow(/policy policy\.yaml changed after the gate read it/);
  });
});
