// Small hand-made endpoint definitions and a fake verdict store for the endpoints check tests.
import type { VerdictRecord, VerdictStore } from '../../src/verdict/store.js';

export const D1 = 'a'.repeat(64);
export const D2 = 'b'.repeat(64);
export const D3 = 'c'.repeat(64);
export const D4 = 'd'.repeat(64);
export const NOW = new Date('2026-06-01T12:00:00Z');

export function fleetManifest(extra = '', definitions = '[deploy/**/*.yaml, deploy/**/*.json]'): string {
  return `apiVersion: modelgate.dev/v1
kind: Fleet
metadata:
  name: serving
  version: "2026.06"
  owner: platform@example.com
endpoints:
  definitions: ${definitions}
  verdicts: verdicts
${extra}`;
}

/** A policy with the allowed sources set and every switch at its default unless overridden. */
export function policy(extra = ''): string {
  return `endpoints:
  allowedModelSources: ["oci://registry.example.com/models/", "s3://models-prod/"]
  maxVerdictAgeDays: 30
${extra}`;
}

/** A KServe InferenceService that passes every built-in rule (with ingressTls and a passing verdict for D1). */
export const KSERVE_GOOD = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: fraud
  namespace: risk
  labels:
    owner: risk-team
    environment: production
    networking.kserve.io/visibility: cluster-local
  annotations:
    serving.kserve.io/enable-auth: "true"
spec:
  predictor:
    minReplicas: 3
    logger:
      mode: all
      url: http://logger.risk/
    model:
      modelFormat:
        name: sklearn
      storageUri: oci://registry.example.com/models/fraud@sha256:${D1}
      resources:
        limits:
          cpu: "1"
          memory: 2Gi
`;

/** Every rule but encryption (not applicable) fails here. */
export const KSERVE_BAD = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: churn
  namespace: growth
  labels:
    environment: production
spec:
  predictor:
    sklearn:
      storageUri: gs://scratch-bucket/churn/latest/
`;

export const SELDON_V1 = `apiVersion: machinelearning.seldon.io/v1
kind: SeldonDeployment
metadata:
  name: recsys
  namespace: shop
  labels: { owner: shop-team }
spec:
  predictors:
    - name: default
      replicas: 2
      graph:
        name: model
        implementation: SKLEARN_SERVER
        modelUri: s3://models-prod/recsys/4/
        logger: { mode: all }
      componentSpecs:
        - spec:
            containers:
              - name: model
                resources: { limits: { cpu: "2", memory: 4Gi } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: recsys
  namespace: shop
  annotations:
    nginx.ingress.kubernetes.io/auth-url: https://auth.example.com/oauth2/auth
spec:
  ingressClassName: nginx
  tls:
    - hosts: [recsys.example.com]
      secretName: recsys-tls
  rules:
    - host: recsys.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: recsys-default
                port: { number: 8000 }
`;

export const SELDON_V2 = `apiVersion: mlops.seldon.io/v1alpha1
kind: Model
metadata:
  name: iris
  namespace: seldon
  labels: { team: ds }
spec:
  storageUri: s3://models-prod/iris/2/
  requirements: [sklearn]
  memory: 100Ki
  replicas: 1
`;

export const SAGEMAKER_CONFIG_JSON = JSON.stringify(
  {
    EndpointConfigName: 'credit-scoring',
    ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'credit-model-7', InitialInstanceCount: 2, InstanceType: 'ml.m5.xlarge' }],
    DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 100, DestinationS3Uri: 's3://capture/credit', CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }] },
    Tags: [{ Key: 'owner', Value: 'credit-team' }, { Key: 'environment', Value: 'production' }],
  },
  null,
  2,
);

export const SAGEMAKER_MODEL_JSON = JSON.stringify(
  {
    ModelName: 'credit-model-7',
    PrimaryContainer: { Image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgb:1.7', ModelDataUrl: 's3://models-prod/credit/7/model.tar.gz' },
    EnableNetworkIsolation: true,
    Tags: [{ Key: 'modelgate.dev/model-sha256', Value: `sha256:${D3}` }],
  },
  null,
  2,
);

export const CFN_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: !GetAtt Role.Arn
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgb:1.7
        ModelDataUrl: s3://models-prod/ltv/3/model.tar.gz
      Tags:
        - Key: modelgate.dev/model-sha256
          Value: ${D4}
  Config:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      KmsKeyId: arn:aws:kms:eu-west-1:123456789012:key/abc
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: !GetAtt Model.ModelName
          InitialInstanceCount: 1
          InstanceType: ml.m5.large
      Tags:
        - { Key: owner, Value: growth }
  Endpoint:
    Type: AWS::SageMaker::Endpoint
    Properties:
      EndpointName: ltv
      EndpointConfigName: !GetAtt Config.EndpointConfigName
  Role:
    Type: AWS::IAM::Role
    Properties: {}
`;

export const MODELGATE_ENDPOINT = `apiVersion: modelgate.dev/v1
kind: Endpoint
metadata:
  name: vertex-sentiment
  labels: { owner: nlp }
spec:
  platform: vertex-ai
  model:
    uri: oci://registry.example.com/models/sentiment:1.4.0
  authentication: { enabled: true, mechanism: iam }
  tls: true
  exposure: internal
  encryption: { keys: [projects/p/locations/eu/keyRings/r/cryptoKeys/k] }
  logging: { requests: true, responses: true }
  replicas: { min: 1 }
  resources: { instanceType: n1-standard-4 }
`;

export function record(digest: string, verdict: 'passed' | 'blocked', time: string, file = 'verdicts/x.json'): VerdictRecord {
  return { verdict, release: { name: 'rel', version: '1' }, time, subjects: [digest], policyDigest: 'p', reportDigest: 'r', file, signed: true, signer: 'key.pem' };
}

/** A fake store: digest → records newest first. */
export function fakeStore(records: VerdictRecord[]): VerdictStore {
  return {
    files: records.length,
    lookup: (d) => records.filter((r) => r.subjects.includes(d.replace(/^sha256:/, ''))).sort((a, b) => Date.parse(b.time) - Date.parse(a.time)),
  };
}
