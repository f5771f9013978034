// The titanic example's ML-BOM through the bundle under test (MODELGATE_DIST or dist/): written by the
// CLI's --bom in the pipeline's release gates and by the action's `bom` input (output `bom`). It
// validates against CycloneDX 1.6 (the library's validator), names the model, the training dataset, every
// package of the lockfile and the image by digest, carries the bias figures in the model card and the
// waived findings as declarations and annotations, holds no raw value of the passenger list, and is
// rebuilt byte for byte from the same report. Prints the BOM's size and the time to build and write it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBom } from '../../src/bom/write.js';
import { registry } from '../../src/registry.js';
import type { Report } from '../../src/report/model.js';
import { viewsOf } from '../../src/report/views.js';
import { DIST, ROOT, runAction } from '../helpers/action-runner.js';

const OUT = join(ROOT, 'examples', 'titanic', 'out', `e2e-bom-${process.pid}`);
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const KEY = ['e2e', 'bom', 'pseudonym', 'key', String(process.pid)].join('-');
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** The raw passenger list's names and non-numeric tickets (the values the pii stage pseudonymised). */
function plantedValues(): string[] {
  const [, ...lines] = readFileSync(join(OUT, 'data', 'titanic.csv'), 'utf8').trimEnd().split('\n');
  return lines.flatMap((l) => {
    const cells = l.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return [cells[3]!, cells[8]!].filter((v) => /\D/.test(v) && v.length >= 8);
  });
}

type Bom = {
  serialNumber: string;
  metadata: { component: { name: string; type: string; hashes: Array<{ content: string }>; modelCard: { modelParameters: { datasets: Array<{ ref: string }> }; quantitativeAnalysis: { performanceMetrics: Array<{ type: string; value: string; slice?: string }> }; considerations: { fairnessAssessments: unknown[] } } } };
  components: Array<{ type: string; name: string; purl?: string; 'bom-ref': string; hashes?: Array<{ content: string }>; data?: Array<{ governance?: unknown; sensitiveData?: string[] }> }>;
  vulnerabilities?: unknown[];
  annotations: Array<{ text: string }>;
  declarations: { claims: Array<{ 'bom-ref': string; predicate: string }>; attestations: Array<{ map: Array<{ requirement: string; counterClaims?: string[] }> }> };
};

describe('the titanic release ML-BOM', () => {
  it('is written by --bom in the pipeline, valid, complete, free of raw values and rebuilt byte for byte', async () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'examples', 'titanic', 'pipeline.mjs'), '--out', rel(OUT), '--cli', join(DIST, 'cli.js')], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, MODELGATE_PII_KEY: KEY }, timeout: 150_000 });
    expect(r.status, `${r.stdout.slice(-2000)}\n${r.stderr}`).toBe(0);
    const dir = join(OUT, 'audit', 'release-waived');
    const text = readFileSync(join(dir, 'bom.cdx.json'), 'utf8');
    expect(await validator.validate(text)).toBeNull();
    expect(await validator.validate(readFileSync(join(OUT, 'audit', 'release-blocked', 'bom.cdx.json'), 'utf8'))).toBeNull();
    const bom = JSON.parse(text) as Bom;
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
    const facts = (id: string) => report.checks.find((c) => c.id === id)!.facts as Record<string, never>;

    // The model with the digest lineage computed; the training dataset by reference, hashed, vetted, owned.
    const model = bom.metadata.component;
    expect([model.type, model.name]).toEqual(['machine-learning-model', 'titanic-survival']);
    expect(model.hashes.map((h) => h.content)).toEqual([(facts('lineage').artifacts as unknown as Array<{ sha256: string }>)[0]!.sha256]);
    const dataset = bom.components.find((c) => c.type === 'data')!;
    expect(dataset.name).toBe('titanic-train-pseudonymised');
    expect(model.modelCard.modelParameters.datasets).toEqual([{ ref: dataset['bom-ref'] }]);
    expect(dataset.hashes!.map((h) => h.content)).toEqual([(facts('lineage').datasets as unknown as Array<{ actual: string }>)[0]!.actual]);
    expect(dataset.data![0]!.governance).toEqual({ owners: [{ contact: { email: 'data-governance@example.com' } }] });
    expect(dataset.data![0]!.sensitiveData).toEqual(['Sex: sex (personal), 891 cell(s)', 'Age: age (personal), 717 cell(s)']);

    // Every package of requirements.txt by purl, and the image by the digest the check read.
    const purls = bom.components.filter((c) => c.type === 'library').map((c) => c.purl).sort();
    const locked = readFileSync(join(ROOT, 'examples', 'titanic', 'requirements.txt'), 'utf8').split('\n').filter((l) => /^\w/.test(l)).map((l) => `pkg:pypi/${l.replace('==', '@')}`).sort();
    expect(purls).toEqual(locked);
    const image = bom.components.find((c) => c.type === 'container' && c.name === 'ghcr.io/acme/titanic-serving')!;
    expect(image['bom-ref']).toBe(`image:${facts('container-image').digest}`);

    // The bias figures in the model card, and every waived finding as a counter-claim and an annotation.
    const bias = facts('bias').features as unknown as Record<string, { limits: Array<{ metric: string; value: number }> }>;
    const metrics = model.modelCard.quantitativeAnalysis.performanceMetrics;
    for (const [feature, f] of Object.entries(bias)) {
      for (const l of f.limits) expect(metrics).toContainEqual(expect.objectContaining({ type: l.metric, slice: feature, value: String(Number(l.value.toFixed(4))) }));
    }
    expect(model.modelCard.considerations.fairnessAssessments).toHaveLength(3);
    const waived = report.checks.flatMap((c) => c.findings.filter((f) => f.waiver));
    expect(waived.length).toBe(6);
    expect(bom.annotations).toHaveLength(waived.length);
    const biasMap = bom.declarations.attestations[0]!.map.find((m) => m.requirement === 'requirement:check:bias')!;
    expect(biasMap.counterClaims).toHaveLength(waived.length);
    for (const ref of biasMap.counterClaims!) expect(bom.declarations.claims.find((c) => c['bom-ref'] === ref)!.predicate).toMatch(/^bias\/limit-exceeded on .+ is accepted by a waiver$/);

    // No raw name or ticket, nor the pseudonymisation key.
    const planted = plantedValues();
    expect(planted.length).toBeGreaterThan(891);
    for (const v of [...planted, KEY]) if (text.includes(v)) expect.fail(`a raw value leaked into the BOM (${v.length} chars)`);

    // The source rebuilds the bundle's BOM byte for byte from the same report; timed (build + atomic write).
    const statement = { path: rel(join(dir, 'verdict.intoto.json')), text: readFileSync(join(dir, 'verdict.intoto.json'), 'utf8') };
    const views = viewsOf(registry);
    const opts = { workspace: ROOT, path: join(OUT, 'rebuilt.cdx.json'), views, reportPath: rel(join(dir, 'report.json')), statement };
    writeBom(report, opts);
    expect(readFileSync(opts.path, 'utf8')).toBe(text);
    const runs = 20;
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) writeBom(report, opts);
    const ms = (performance.now() - t0) / runs;
    const used = process.cpuUsage(cpu);
    console.log(`titanic BOM: ${Buffer.byteLength(text)} bytes, ${bom.components.length} components, ${bom.vulnerabilities?.length ?? 0} vulnerabilities; build + write ${ms.toFixed(1)} ms wall, ${((used.user + used.system) / 1000 / runs).toFixed(1)} ms CPU per BOM (mean of ${runs}, warm)`);
  }, 180_000);

  it('is written by the action (input bom, output bom)', async () => {
    const dir = join(OUT, 'audit', 'action');
    const a = await runAction(ROOT, {
      manifest: rel(join(OUT, 'model-release.yaml')),
      policy: rel(join(OUT, 'policy.waived.yaml')),
      verdict: rel(join(dir, 'verdict.intoto.json')),
      bom: rel(join(dir, 'bom.cdx.json')),
      comment: 'never',
    }, { MODELGATE_PII_KEY: KEY });
    expect(a.status, a.stdout + a.stderr).toBe(0);
    expect(a.outputs.bom).toBe(rel(join(dir, 'bom.cdx.json')));
    const text = readFileSync(join(dir, 'bom.cdx.json'), 'utf8');
    expect(await validator.validate(text)).toBeNull();
    const bom = JSON.parse(text) as Bom;
    expect(bom.metadata.component.name).toBe('titanic-survival');
    expect(bom.declarations.claims.some((c) => c.predicate.includes('accepted by a waiver'))).toBe(true);
    for (const v of [...plantedValues(), KEY]) if (text.includes(v)) expect.fail(`a raw value leaked into the BOM (${v.length} chars)`);
  }, 120_000);

  it('says before the gate runs that the CLI cannot write the BOM where asked', () => {
    // A folder that cannot be made: its parent is a file.
    const bad = rel(join(OUT, 'model-release.yaml', 'bom.cdx.json'));
    const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'check', '--manifest', rel(join(OUT, 'model-release.yaml')), '--bom', bad], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/--bom/);
    expect(r.stdout).not.toMatch(/PASSED|BLOCKED/);
  });
});
