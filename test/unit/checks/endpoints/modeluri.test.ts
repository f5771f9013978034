import { describe, expect, it } from 'vitest';
import { isPinned, servedModel } from '../../../../checks/endpoints/modeluri.js';

const D = 'ab'.repeat(32);

describe('model URI pinning', () => {
  const cases: Array<[string, boolean, string | null, string | null]> = [
    [`oci://registry.example.com/models/fraud@sha256:${D}`, true, D, null],
    ['oci://registry.example.com/models/fraud:1.4.2', true, null, '1.4.2'],
    ['oci://registry.example.com/models/fraud:latest', false, null, 'latest'],
    ['oci://registry.example.com:5000/models/fraud', false, null, null],
    ['s3://models-prod/fraud/3/model.tar.gz', true, null, '3'],
    ['s3://models-prod/fraud/v1.2.0/', true, null, '1.2.0'],
    ['gs://bucket/churn/latest/', false, null, 'latest'],
    ['gs://bucket/churn/model', false, null, null],
    ['models:/fraud/7', true, null, '7'],
    ['models:/fraud/Production', false, null, 'Production'],
    ['models:/fraud@champion', false, null, null],
    ['arn:aws:sagemaker:eu-west-1:123456789012:model-package/fraud/12', true, null, '12'],
    ['arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/fraud', false, null, null],
    ['hf://org/model', false, null, null],
  ];
  for (const [uri, pinned, digest, version] of cases) {
    it(uri, () => {
      const m = servedModel('m', uri);
      expect([isPinned(m), m.digest, m.version]).toEqual([pinned, digest, version]);
    });
  }

  it('an explicit digest or version wins; "latest" given explicitly is still not a pin', () => {
    expect(servedModel('m', 'gs://b/x', { digest: `sha256:${D.toUpperCase()}` }).digest).toBe(D);
    expect(isPinned(servedModel('m', 'gs://b/x', { version: 'latest' }))).toBe(false);
    expect(isPinned(servedModel('m', null))).toBe(false);
  });
});
