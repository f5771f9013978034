import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { lineage } from '../../../../checks/lineage/index.js';
import { checkCard } from '../../../../checks/lineage/card.js';
import { tempWorkspace, writeIn } from '../../../helpers/workspace.js';
import { HEAD, ctx, load, sha } from '../../../helpers/lineage-release.js';
import { summaryOfFacts } from '../../../helpers/views.js';

const CARD = `---
license: apache-2.0
datasets:
  - titanic
language: []
---
# Titanic survival

## Intended uses & limitations

Predicts survival for teaching purposes only.

## Evaluation
`;

describe('lineage: model card', () => {
  it('finds fields in the front matter or as sections, and locates missing ones on the card lines', () => {
    const r = checkCard(CARD, 'model/README.md', ['license', 'datasets', 'intended use', 'limitations', 'language', 'evaluation', 'ethical considerations']);
    expect(r.frontMatter).toBe(true);
    expect(r.fields.map((f) => [f.name, f.present, f.why, f.location.line])).toEqual([
      ['license', true, undefined, 2],
      ['datasets', true, undefined, 3],
      ['intended use', true, undefined, 9],
      ['limitations', true, undefined, 9],
      ['language', false, 'empty', 5],
      ['evaluation', false, 'empty', 13],
      ['ethical considerations', false, 'absent', 6],
    ]);
  });

  it('reports missing fields as findings in the card file; a missing card file at the manifest line', async () => {
    const ws = tempWorkspace({ 'model/m.bin': 'w', 'model/README.md': CARD });
    const body = `model:\n  artifacts:\n    - path: model/m.bin\n      sha256: ${sha('w')}\n  card: model/README.md\n`;
    let r = await lineage.run(ctx(ws, load(ws, body), { card: { fields: ['license', 'evaluation', 'limitations'] } }));
    expect(r.findings.map((f) => [f.ruleId, f.location?.file, f.location?.line, f.target])).toEqual([['lineage/card-field-missing', 'model/README.md', 13, 'model/README.md#evaluation']]);
    expect(r.facts.card).toEqual({ path: 'model/README.md', fields: [{ name: 'license', present: true }, { name: 'evaluation', present: false }, { name: 'limitations', present: true }] });
    r = await lineage.run(ctx(ws, load(ws, body.replace('model/README.md', 'model/CARD.md'))));
    expect(r.findings.map((f) => [f.ruleId, f.location?.line])).toEqual([['lineage/card-missing', HEAD.length + 5]]);
    r = await lineage.run(ctx(ws, load(ws, body.replace('  card: model/README.md\n', '')), { card: { required: true } }));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/card-missing']);
  });

  it('a card without front matter has only sections; broken front matter is a ConfigError on the card', () => {
    expect(checkCard('# M\n## License\nMIT\n', 'c.md', ['license']).fields[0]).toMatchObject({ present: true, location: { line: 2 } });
    expect(() => checkCard('---\nlicense: [\n---\n', 'c.md', ['license'])).toThrow(ConfigError);
    expect(() => checkCard('---\nlicense: mit\n', 'c.md', ['license'])).toThrow(/c\.md:1: model card front matter is not closed/);
  });
});

describe('lineage: last known-good', () => {
  function release(ws: string, dir: string, version: string, art: Record<string, string>, training: Record<string, string>, metrics: Record<string, number>, disparities: Record<string, number>, extra = '') {
    for (const [p, c] of Object.entries(art)) writeIn(ws, `${dir}/${p}`, c);
    const arts = Object.entries(art).map(([p, c]) => `    - path: ${p}\n      sha256: ${sha(c)}\n`).join('');
    const tr = Object.entries(training).map(([id, c]) => `    - id: ${id}\n      uri: s3://b/${id}\n      sha256: ${sha(c)}\n`).join('');
    const yamlMap = (m: Record<string, number>): string => Object.entries(m).map(([k, v]) => `    ${k}: ${v}\n`).join('');
    const text = `model:\n  artifacts:\n${arts}  metrics:\n${yamlMap(metrics)}  disparities:\n${yamlMap(disparities)}${extra}data:\n  training:\n${tr}`;
    writeIn(ws, `${dir}/model-release.yaml`, `${HEAD.join('\n').replace('1.0.0', version)}\n${text}`);
    return text;
  }

  it('reports what changed and applies the regression limits on the manifest lines', async () => {
    const ws = tempWorkspace();
    release(ws, 'v1', '1.0.0', { 'm.bin': 'old', 'tok.json': 't' }, { a: 'a', b: 'b' }, { accuracy: 0.91, loss: 0.3 }, { demographic_parity_difference: 0.05 });
    const text = release(ws, 'v2', '1.1.0', { 'm.bin': 'new', 'extra.bin': 'e' }, { a: 'a', c: 'c' }, { accuracy: 0.87, loss: 0.36 }, { demographic_parity_difference: 0.09 }, '  baseline:\n    manifest: ../v1/model-release.yaml\n    report: ../v1/report.json\n');
    writeIn(
      ws,
      'v1/report.json',
      JSON.stringify({ schemaVersion: '1.0.0', verdict: 'passed', release: { version: '1.0.0' }, checks: [{ id: 'lineage', status: 'passed', facts: { artifacts: [{ path: 'm.bin', sha256: sha('old') }, { path: 'tok.json', sha256: sha('t') }] } }] }),
    );
    const m = load(ws, text, 'v2/model-release.yaml');
    const r = await lineage.run(ctx(ws, m, { regression: { maxMetricDrop: 0.02, maxDisparityIncrease: 0.05 } }));
    const lines = `${HEAD.join('\n')}\n${text}`.split('\n');
    const lineOf = (s: string): number => lines.findIndex((l) => l.includes(s)) + 1;
    expect(r.findings.filter((f) => f.ruleId !== 'lineage/dataset-registry-missing').map((f) => [f.ruleId, f.target, f.location?.line])).toEqual([
      ['lineage/metric-regression', 'accuracy', lineOf('accuracy:')],
      ['lineage/metric-regression', 'loss', lineOf('loss:')],
    ]);
    const b = r.facts.baseline as { version: string; changes: Array<Record<string, unknown>> };
    expect(b.version).toBe('1.0.0');
    const changes = b.changes.filter((c) => c.change !== 'unchanged').map((c) => [c.kind, c.item, c.change]);
    expect(changes).toEqual([
      ['artifact', 'm.bin', 'changed'],
      ['artifact', 'extra.bin', 'added'],
      ['artifact', 'tok.json', 'removed'],
      ['training', 'c', 'added'],
      ['training', 'b', 'removed'],
      ['metric', 'accuracy', 'regressed'],
      ['metric', 'loss', 'regressed'],
      ['disparity', 'demographic_parity_difference', 'regressed'],
    ]);
    const summary = summaryOfFacts('lineage', r.facts);
    expect(summary).toMatch(/^#### Changed since last known-good \(1\.0\.0\)/);
    expect(summary).toContain('| metric | accuracy | 0.91 | 0.87 | ⛔ regressed (-0.04) |');
    expect(summary).toContain('| disparity | demographic_parity_difference | 0.05 | 0.09 | regressed (+0.04) |');
    expect(summary).toContain('#### Integrity');
    // A tighter disparity limit blocks too; a report that did not pass is flagged.
    writeIn(ws, 'v1/report.json', JSON.stringify({ schemaVersion: '1.0.0', verdict: 'blocked', release: {}, checks: [] }));
    const r2 = await lineage.run(ctx(ws, m, { regression: { maxDisparityIncrease: 0.01 } }));
    expect(r2.findings.map((f) => f.ruleId).filter((id) => id !== 'lineage/dataset-registry-missing')).toEqual(['lineage/disparity-regression', 'lineage/baseline-not-passed']);
  });

  it('an unreadable baseline is a ConfigError naming the file', async () => {
    const ws = tempWorkspace({ 'm.bin': 'w', 'old/report.json': '{"schemaVersion":"2.0.0"}' });
    writeIn(ws, 'old/model-release.yaml', 'model: [');
    const body = `model:\n  artifacts:\n    - path: m.bin\n      sha256: ${sha('w')}\n  baseline:\n    manifest: old/model-release.yaml\n`;
    await expect(lineage.run(ctx(ws, load(ws, body)))).rejects.toThrow(/^old\/model-release\.yaml:1:\d+: YAML syntax error/);
    writeIn(ws, 'old/model-release.yaml', 'model: {}');
    await expect(lineage.run(ctx(ws, load(ws, `${body}    report: old/report.json\n`)))).rejects.toThrow(/^old\/report\.json: not a ModelGate JSON report/);
  });
});
