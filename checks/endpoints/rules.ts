// Every rule the endpoints check can emit; ids are stable (`endpoints/<rule-name>`). Custom CEL rules
// from the policy are emitted as `endpoints/custom-<id>`.
import type { RuleDef } from '../../src/check.js';
import type { RuleTopic } from '../../src/report/model.js';
import { RULE_DEFAULTS, type RuleName } from './config.js';

const def = (name: RuleName, topic: RuleTopic, title: string, help: string, remediation: string): RuleDef => ({
  id: `endpoints/${name}`,
  title,
  severity: RULE_DEFAULTS[name][0],
  topic,
  help,
  remediation,
});

export const BUILTIN: Record<RuleName, RuleDef> = {
  'authentication-required': def(
    'authentication-required',
    'security',
    'Endpoint without authentication',
    'Every inference request must be authenticated. KServe: annotation serving.kserve.io/enable-auth "true"; SageMaker: IAM (always); Seldon and cluster-local workloads: Istio RequestAuthentication with an AuthorizationPolicy requiring a request principal, or every route from outside the cluster authenticating (nginx auth annotations, ALB OIDC/Cognito on the Ingress or its backend Service); ModelGate Endpoint: spec.authentication.enabled.',
    'Enable the platform authentication (KServe enable-auth annotation), authenticate every Ingress or load balancer in front, require a request principal with an Istio AuthorizationPolicy, or declare mesh authentication in the policy (endpoints.cluster.meshAuthentication) once it is enforced.',
  ),
  'tls-required': def(
    'tls-required',
    'security',
    'Endpoint reachable without TLS',
    'Every path to the endpoint must be encrypted: Ingress spec.tls covering its hosts with HTTP redirected (no ssl-redirect "false"), ALB listeners all HTTPS or redirected, a load balancer certificate on every port (ssl-ports), the platform gateway (endpoints.cluster.ingressTls) or mesh mTLS (endpoints.cluster.meshMtls).',
    'Add spec.tls to the Ingress (every host) and keep the HTTP redirect, list every load balancer port in ssl-ports (or drop the plain port), or enable TLS on the gateway / STRICT mTLS in the mesh.',
  ),
  'no-public-exposure': def(
    'no-public-exposure',
    'security',
    'Endpoint exposed to the internet',
    'The endpoint is reachable from the internet (KServe without cluster-local visibility, a LoadBalancer or NodePort Service, an internet-facing Ingress) and is not listed under endpoints.public in the manifest.',
    'Make it cluster-local or internal (label networking.kserve.io/visibility: cluster-local, an internal load balancer or ingress scheme), or list it under endpoints.public after review.',
  ),
  'model-source-allowed': def(
    'model-source-allowed',
    'supply-chain',
    'Model from a source outside the allowed registries',
    'The served model URI does not start with any prefix of endpoints.allowedModelSources in the policy (or the model cannot be identified).',
    'Publish the model to an approved registry or bucket and serve it from there, or add the source to allowedModelSources after review.',
  ),
  'model-pinned': def(
    'model-pinned',
    'supply-chain',
    'Model not pinned',
    'The served model is referenced by a moving name (no version, "latest", an alias or stage) rather than a digest or an immutable version.',
    'Reference the model by digest (oci://…@sha256:…, or the modelgate.dev/model-sha256 annotation/tag) or by an exact version.',
  ),
  'model-verdict': def(
    'model-verdict',
    'compliance',
    'Served model has no current passing gate verdict',
    'The digest of the served model must have a passing ModelGate verdict in the verdict store, not older than maxVerdictAgeDays. No verdict, a newer blocked verdict (for example after a dataset was revoked) or an old one is a violation.',
    'Run the gate on the release that produced this model and store its verdict; if the verdict is blocked, roll the endpoint back to a model that passed (or halt it).',
  ),
  'encryption-key': def(
    'encryption-key',
    'compliance',
    'Encryption key not set',
    'Where the platform takes a customer-managed key (SageMaker KmsKeyId, DataCaptureConfig.KmsKeyId, async output KmsKeyId; ModelGate Endpoint spec.encryption), it must be set.',
    'Set the KMS key on the endpoint configuration (and on data capture / async output).',
  ),
  'request-logging': def(
    'request-logging',
    'compliance',
    'Requests and responses not logged',
    'Inference requests and responses must be captured for audit: KServe/Seldon logger (mode all), SageMaker DataCaptureConfig with Input and Output, Seldon Core 2 spec.logger.',
    'Add a payload logger (KServe spec.predictor.logger, Seldon graph.logger) or data capture (SageMaker) with both requests and responses.',
  ),
  'resource-limits': def(
    'resource-limits',
    'compliance',
    'Resource limits not set',
    'Every serving container must set the limits named in requiredLimits (cpu, memory); SageMaker instance types and serverless memory sizes count as limits.',
    'Set resources.limits on the serving containers.',
  ),
  'owner-label': def(
    'owner-label',
    'compliance',
    'Endpoint without an owner',
    'The endpoint carries none of the owner labels (ownerLabels; SageMaker tags count as labels).',
    'Add an owner label (for example owner: team-fraud@example.com).',
  ),
  'min-replicas': def(
    'min-replicas',
    'compliance',
    'Production endpoint below the minimum replicas',
    'A production endpoint (environment label in productionEnvironments, or the manifest environment) must run at least minProductionReplicas replicas or instances.',
    'Raise minReplicas / replicas / InitialInstanceCount, or label the endpoint with its real environment.',
  ),
};

export const INPUT_RULES = {
  unknownKind: {
    id: 'endpoints/unknown-kind',
    title: 'Definition of an unsupported kind',
    severity: 'high',
    topic: 'compliance',
    help: 'A definition file holds an object (Kubernetes kind or CloudFormation resource type) the check cannot read as an endpoint or a route. It is reported rather than skipped, since it may serve or expose a model.',
    remediation: 'Describe the endpoint as a ModelGate Endpoint (apiVersion modelgate.dev/v1, kind Endpoint), move the object out of the definition globs, or list its kind under endpoints.ignoreKinds after review.',
  },
  unlinkedRoute: {
    id: 'endpoints/unlinked-route',
    title: 'Service or Ingress routes to no known endpoint',
    severity: 'medium',
    topic: 'compliance',
    help: 'A Service or Ingress among the definitions matches no endpoint (pod selector, platform service names, or the modelgate.dev/endpoint annotation), so its exposure cannot be attributed.',
    remediation: 'Fix the selector or backend, add the modelgate.dev/endpoint annotation naming the endpoint, or move the object out of the definition globs.',
  },
  custom: {
    id: 'endpoints/custom-rule',
    title: 'Custom endpoint rule violated',
    severity: 'high',
    topic: 'compliance',
    help: 'A custom CEL rule of the policy (endpoints.custom) is false for this endpoint, or could not be evaluated. The finding rule id is endpoints/custom-<id>.',
    remediation: 'See the rule expression in the policy.',
  },
} as const satisfies Record<string, RuleDef>;

export const RULES: RuleDef[] = [...Object.values(BUILTIN), ...Object.values(INPUT_RULES)];
