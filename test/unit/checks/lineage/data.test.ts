import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { lineage } from '../../../../checks/lineage/index.js';
import { tempWorkspace, writeIn } from '../../../helpers/workspace.js';
import { ctx, lineOf, load, sha } from '../../../helpers/lineage-release.js';

const model = (ws: string): string => {
  writeIn(ws, 'model/m.bin', 'weights');
  return `model:\n  artifacts:\n    - path: model/m.bin\n      sha256: ${sha('weights')}\n`;
};

function registry(entries: string[]): string {
  return `datasets:\n${entries.join('')}`;
}
const entry = (id: string, digest: string, status = 'vetted', extra = ''): string =>
  `  - id: ${id}\n    sha256: ${digest}\n    status: ${status}\n    approver: data-gov@example.com\n    date: 2025-01-10\n${extra}`;

describe('lineage: vetted training data', () => {
  it('passes vetted datasets, recomputes present files, and reports each registry rule on the manifest line', async () => {
    const ws = tempWorkspace({ 'data/train.csv': 'a,b\n1,2\n', 'data/changed.csv': 'tampered' });
    writeIn(
      ws,
      'gov/datasets.yaml',
      registry([
        entry('train', sha('a,b\n1,2\n')),
        entry('pending-set', sha('p'), 'pending'),
        entry('revoked-set', sha('r'), 'revoked', '    reason: consent withdrawn\n'),
        entry('old-set', sha('o'), 'vetted', '    expires: 2020-01-01\n'),
        entry('changed', sha('original')),
        entry('other-digest', sha('v1')),
      ]),
    );
    const body = `${model(ws)}data:
  training:
    - id: train
      path: data/train.csv
      sha256: ${sha('a,b\n1,2\n')}
    - id: pending-set
      uri: s3://bucket/p
      sha256: ${sha('p')}
    - id: revoked-set
      uri: s3://bucket/r
      sha256: ${sha('r')}
    - id: old-set
      uri: s3://bucket/o
      sha256: ${sha('o')}
    - id: changed
      path: data/changed.csv
      sha256: ${sha('original')}
    - id: other-digest
      uri: s3://bucket/v2
      sha256: ${sha('v2')}
    - id: unknown
      uri: s3://bucket/u
      sha256: ${sha('u')}
`;
    const m = load(ws, body);
    const text = `x\nx\nx\nx\nx\nx\n${body}`;
    const r = await lineage.run(ctx(ws, m, { datasetRegistry: 'gov/datasets.yaml' }));
    expect(r.status).toBe('passed');
    const got = r.findings.map((f) => [f.ruleId, f.target, f.location?.line]);
    expect(got).toEqual([
      ['lineage/dataset-not-vetted', 'pending-set', lineOf(text, 'id: pending-set')],
      ['lineage/dataset-revoked', 'revoked-set', lineOf(text, 'id: revoked-set')],
      ['lineage/dataset-expired', 'old-set', lineOf(text, 'id: old-set')],
      ['lineage/dataset-digest-mismatch', 'other-digest', lineOf(text, sha('v2'))],
      ['lineage/dataset-not-registered', 'unknown', lineOf(text, 'id: unknown')],
      ['lineage/dataset-digest-mismatch', 'changed', lineOf(text, 'path: data/changed.csv')],
    ]);
    expect(r.findings.find((f) => f.target === 'revoked-set')!.message).toMatch(/consent withdrawn/);
    expect(r.findings.find((f) => f.target === 'revoked-set')!.severity).toBe('critical');
    const ds = r.facts.datasets as Array<Record<string, unknown>>;
    expect(ds[0]).toMatchObject({ id: 'train', status: 'vetted', actual: sha('a,b\n1,2\n'), ok: true });
    expect(ds[4]).toMatchObject({ id: 'changed', actual: sha('tampered'), ok: false });
    expect(r.facts.datasetsVetted).toBe(1);
  });

  it('accepts a JSON registry given as a bare list', async () => {
    const ws = tempWorkspace();
    writeIn(ws, 'gov/datasets.json', JSON.stringify([{ id: 'd', sha256: sha('d'), status: 'vetted', approver: 'x', date: '2025-01-01', expires: '2999-12-31' }], null, 2));
    const m = load(ws, `${model(ws)}data:\n  training:\n    - id: d\n      uri: hf://d\n      sha256: ${sha('d')}\n`);
    const r = await lineage.run(ctx(ws, m, { datasetRegistry: 'gov/datasets.json' }));
    expect(r.findings).toEqual([]);
  });

  it('reports training data without a configured registry', async () => {
    const ws = tempWorkspace();
    const m = load(ws, `${model(ws)}data:\n  training:\n    - id: d\n      uri: hf://d\n      sha256: ${sha('d')}\n`);
    const r = await lineage.run(ctx(ws, m));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/dataset-registry-missing']);
  });

  it('an invalid registry is a ConfigError at its file, line and column', async () => {
    const ws = tempWorkspace();
    writeIn(ws, 'gov/datasets.yaml', `datasets:\n  - id: d\n    sha256: ${sha('d')}\n    status: approved\n    approver: x\n    date: 2025-01-01\n`);
    const m = load(ws, `${model(ws)}data:\n  training:\n    - id: d\n      uri: hf://d\n      sha256: ${sha('d')}\n`);
    const err = await lineage.run(ctx(ws, m, { datasetRegistry: 'gov/datasets.yaml' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/^gov\/datasets\.yaml:4:13: datasets\[0\]\.status: expected "vetted" \| "pending" \| "revoked"/);
    writeIn(ws, 'gov/datasets.yaml', 'datasets: [');
    await expect(lineage.run(ctx(ws, m, { datasetRegistry: 'gov/datasets.yaml' }))).rejects.toThrow(/^gov\/datasets\.yaml:1:\d+: YAML syntax error/);
    await expect(lineage.run(ctx(ws, m, { datasetRegistry: 'gov/none.yaml' }))).rejects.toThrow('gov/none.yaml: file not found');
    await expect(lineage.run(ctx(ws, m, { datasetRegistry: '../x.yaml' }))).rejects.toThrow(/policy lineage\.datasetRegistry: path "\.\.\/x\.yaml" leaves the workspace/);
  });

  it('manifest training entries need a path or a uri', () => {
    const ws = tempWorkspace();
    expect(() => load(ws, `${model(ws)}data:\n  training:\n    - id: d\n      sha256: ${sha('d')}\n`)).toThrow(/expected `path` or `uri`/);
  });
});
