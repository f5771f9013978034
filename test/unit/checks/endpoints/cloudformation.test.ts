// CloudFormation templates: the YAML short forms read as the JSON long forms, and intrinsic functions
// resolve as CloudFormation resolves them with the parameters' defaults.
import { describe, expect, it } from 'vitest';
import { parseYamlStream } from '../../../../src/io/yaml.js';
import { Deferred, Template } from '../../../../checks/endpoints/platforms/cloudformation.js';

const data = (text: string): unknown => parseYamlStream(text, 't.yaml')[0]!.data;

describe('YAML short forms', () => {
  it('read as the long forms a JSON template spells', () => {
    const yaml = `A: !Ref Key
B: !GetAtt Model.ModelName
C: !Sub "s3://\${Bucket}/m"
D: !Join ["-", [!Ref Project, fraud]]
E: !If [HasKey, !Ref Key, !Ref "AWS::NoValue"]
F: !Sub
  - "\${X}-y"
  - { X: !Ref P }
G: !Not [!Equals [!Ref K, ""]]
`;
    expect(data(yaml)).toEqual({
      A: { Ref: 'Key' },
      B: { 'Fn::GetAtt': ['Model', 'ModelName'] },
      C: { 'Fn::Sub': 's3://${Bucket}/m' },
      D: { 'Fn::Join': ['-', [{ Ref: 'Project' }, 'fraud']] },
      E: { 'Fn::If': ['HasKey', { Ref: 'Key' }, { Ref: 'AWS::NoValue' }] },
      F: { 'Fn::Sub': ['${X}-y', { X: { Ref: 'P' } }] },
      G: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'K' }, ''] }] },
    });
  });

  it('keep source positions inside a tagged list', () => {
    const [doc] = parseYamlStream('a: 1\nb: !Join\n  - "-"\n  - [x, y]\n', 't.yaml');
    expect(doc!.locate(['b', 'Fn::Join', 1]).line).toBe(4);
  });
});

describe('Template.resolve', () => {
  const template = new Template({
    Parameters: { Project: { Type: 'String', Default: 'risk' }, KmsKeyArn: { Type: 'String', Default: '' }, NoDefault: { Type: 'String' } },
    Mappings: { Sizing: { production: { Count: 3 } } },
    Conditions: { HasKey: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'KmsKeyArn' }, ''] }] }, Prod: { 'Fn::Equals': ['a', 'a'] } },
    Resources: { Key: { Type: 'AWS::KMS::Key' }, Model: { Type: 'AWS::SageMaker::Model' } },
  });

  it('substitutes parameters at their defaults (Ref, Fn::Sub in both forms, Fn::Join, Fn::Select, Fn::FindInMap)', () => {
    expect(template.resolve({ Ref: 'Project' })).toBe('risk');
    expect(template.resolve({ 'Fn::Sub': '${Project}-fraud' })).toBe('risk-fraud');
    expect(template.resolve({ 'Fn::Sub': ['s3://${B}/${Project}/${!Literal}', { B: 'models-prod' }] })).toBe('s3://models-prod/risk/${Literal}');
    expect(template.resolve({ 'Fn::Join': ['-', [{ Ref: 'Project' }, 'churn']] })).toBe('risk-churn');
    expect(template.resolve({ 'Fn::Select': [1, ['a', 'b']] })).toBe('b');
    expect(template.resolve({ 'Fn::FindInMap': ['Sizing', 'production', 'Count'] })).toBe(3);
  });

  it('splits a string (Fn::Split) for Fn::Select, as CloudFormation names a resource from a list parameter', () => {
    const names = new Template({ Parameters: { Names: { Type: 'String', Default: 'churn-eu,churn-us' } } });
    expect(names.resolve({ 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'Names' }] }] })).toBe('churn-eu');
    expect(names.resolve({ 'Fn::Split': [',', { Ref: 'AWS::Region' }] })).toBeInstanceOf(Deferred);
  });

  it('a resource whose Condition is false is not created; one the deployment decides is', () => {
    const t = new Template({
      Parameters: { Canary: { Type: 'String', Default: 'false' }, Free: { Type: 'String' } },
      Conditions: { WithCanary: { 'Fn::Equals': [{ Ref: 'Canary' }, 'true'] }, Decided: { 'Fn::Equals': [{ Ref: 'Free' }, 'x'] } },
    });
    expect([t.creates('WithCanary'), t.creates('Decided'), t.creates('Prod')]).toEqual([false, true, true]);
  });

  it('evaluates conditions and removes AWS::NoValue', () => {
    expect(template.resolve({ K: { 'Fn::If': ['HasKey', { Ref: 'KmsKeyArn' }, { Ref: 'AWS::NoValue' }] }, L: [1, { Ref: 'AWS::NoValue' }] })).toEqual({ L: [1] });
    expect(template.resolve({ 'Fn::If': ['Prod', 'big', 'small'] })).toBe('big');
  });

  it('keeps what only the deployment knows as Deferred: a resource reference (with its logical id), a pseudo parameter, a parameter without default', () => {
    const key = template.resolve({ Ref: 'Key' });
    expect(key).toBeInstanceOf(Deferred);
    expect(key).toMatchObject({ logicalId: 'Key', resourceType: 'AWS::KMS::Key' });
    expect(template.resolve({ 'Fn::GetAtt': ['Model', 'ModelName'] })).toMatchObject({ logicalId: 'Model', text: 'Model.ModelName' });
    expect(template.resolve({ 'Fn::Sub': '${AWS::StackName}-support' })).toMatchObject({ text: '${AWS::StackName}-support', logicalId: null });
    expect(template.resolve({ Ref: 'NoDefault' })).toBeInstanceOf(Deferred);
    expect(template.resolve({ 'Fn::ImportValue': 'shared-key' })).toBeInstanceOf(Deferred);
  });

  it('ends a condition that refers to itself, and nesting past the depth limit, as unknown', () => {
    const loop = new Template({ Conditions: { A: { Condition: 'A' } } });
    expect(loop.resolve({ 'Fn::If': ['A', 1, 2] })).toBeInstanceOf(Deferred);
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = { 'Fn::Join': ['', [deep]] };
    expect(template.resolve(deep)).toBeInstanceOf(Deferred);
  });
});
