// The endpoints check's policy section and the manifest keys it reads (documented in README.md beside).
import { z } from 'zod';
import { anchoredPattern as anchored } from '../../src/policy/patterns.js';
import { SEVERITIES, type Severity } from '../../src/report/model.js';

const severity = z.enum(SEVERITIES);
const path = z.string().min(1);

/** What the check reads in the manifest's `endpoints` section (a Fleet manifest, or a ModelRelease). */
export const endpointsManifest = {
  endpoints: {
    definitions: z
      .array(path)
      .default([])
      .describe('Required (an empty list is an error when the check runs): files or globs (`*`, `**`, `?`) of endpoint definitions, relative to the manifest folder: Kubernetes YAML (KServe, Seldon, Service, Ingress, ModelGate Endpoint), SageMaker API JSON, CloudFormation templates'),
    verdicts: path.optional().describe('Verdict store: a folder of gate verdict statements, relative to the manifest folder'),
    public: z
      .array(z.string().min(1))
      .default([])
      .describe('Endpoints allowed to be reachable from the internet: names as the check reports them (namespace/name for Kubernetes); "*" matches any run of characters'),
    environment: z
      .string()
      .min(1)
      .optional()
      .describe('Environment of endpoints that carry no environment label (e.g. "production" for a production fleet)'),
  },
};

/** One built-in rule's switch. */
const ruleSwitch = (sev: Severity, halt = false) =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      severity: severity.default(sev),
      halt: z.boolean().default(halt).describe('An endpoint violating this rule is listed in the `halt` output (to be scaled to zero)'),
    })
    .default({ enabled: true, severity: sev, halt });

/** Built-in rules by name (the part after `endpoints/`), with their default severity and halt flag. */
export const RULE_DEFAULTS = {
  'authentication-required': ['high', false],
  'tls-required': ['high', false],
  'no-public-exposure': ['high', false],
  'model-source-allowed': ['high', false],
  'model-pinned': ['medium', false],
  'model-verdict': ['high', true],
  'encryption-key': ['medium', false],
  'request-logging': ['medium', false],
  'resource-limits': ['medium', false],
  'owner-label': ['low', false],
  'min-replicas': ['medium', false],
} as const satisfies Record<string, readonly [Severity, boolean]>;
export type RuleName = keyof typeof RULE_DEFAULTS;
export const RULE_NAMES = Object.keys(RULE_DEFAULTS) as RuleName[];

const rulesShape = Object.fromEntries(RULE_NAMES.map((n) => [n, ruleSwitch(RULE_DEFAULTS[n][0], RULE_DEFAULTS[n][1])])) as {
  [K in RuleName]: ReturnType<typeof ruleSwitch>;
};
const rulesDefault = Object.fromEntries(RULE_NAMES.map((n) => [n, { enabled: true, severity: RULE_DEFAULTS[n][0], halt: RULE_DEFAULTS[n][1] }])) as {
  [K in RuleName]: { enabled: boolean; severity: Severity; halt: boolean };
};


export const customEndpointRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  expression: z.string().min(1).describe('CEL over `endpoint` (the normalised endpoint, see checks/endpoints/README.md): true means the endpoint complies'),
  message: z.string().min(1),
  severity: severity.default('high'),
  halt: z.boolean().default(false),
});
export type CustomEndpointRule = z.output<typeof customEndpointRuleSchema>;

const DEFAULTS = {
  rules: rulesDefault,
  custom: [] as CustomEndpointRule[],
  allowedModelSources: [] as string[],
  maxVerdictAgeDays: 30,
  minProductionReplicas: 2,
  productionEnvironments: ['production', 'prod'],
  environmentLabels: ['environment', 'env', 'app.kubernetes.io/environment'],
  ownerLabels: ['owner', 'team', 'app.kubernetes.io/owner'],
  requiredLimits: ['cpu', 'memory'] as Array<'cpu' | 'memory'>,
  loggingMode: 'all' as 'all' | 'any',
  ignoreKinds: [] as string[],
  cluster: { ingressTls: false, meshMtls: false, meshAuthentication: false },
  verdictTrust: { requireSigned: true, keys: [] as string[], identities: [] as Array<{ san: string; issuer: string }> },
};

export const endpointsConfigSchema = z
  .strictObject({
    rules: z.strictObject(rulesShape).default(rulesDefault).describe('Built-in rules: each { enabled, severity, halt }'),
    custom: z.array(customEndpointRuleSchema).default([]).describe('Custom rules: CEL over each normalised endpoint; finding rule id endpoints/custom-<id>'),
    allowedModelSources: z
      .array(z.string().min(1))
      .default([])
      .describe('Prefixes of model URIs allowed in production serving (oci://registry.example.com/models/, s3://models-prod/, models:/…); required while model-source-allowed is enabled'),
    maxVerdictAgeDays: z.number().positive().default(30).describe('A passing verdict older than this (days, against the run clock) no longer counts'),
    minProductionReplicas: z.number().int().min(1).default(2).describe('Minimum replicas (or instances) of a production endpoint'),
    productionEnvironments: z.array(z.string().min(1)).min(1).default(DEFAULTS.productionEnvironments).describe('Environment values that mean production'),
    environmentLabels: z.array(z.string().min(1)).default(DEFAULTS.environmentLabels).describe('Labels (or SageMaker tags) that carry the environment, first found wins'),
    ownerLabels: z.array(z.string().min(1)).min(1).default(DEFAULTS.ownerLabels).describe('Labels (or SageMaker tags) that name the owner, first found wins'),
    requiredLimits: z.array(z.enum(['cpu', 'memory'])).min(1).default(DEFAULTS.requiredLimits).describe('Limits every serving container must set (Kubernetes platforms)'),
    loggingMode: z
      .enum(['all', 'any'])
      .default('all')
      .describe('"all": requests and responses must both be logged; "any": either is enough'),
    ignoreKinds: z
      .array(z.string().min(1))
      .default([])
      .describe('Kinds (Kubernetes kind, or CloudFormation resource type; "*" matches any run of characters) that are not endpoints and are known to sit in the definition files; any other unsupported kind is a finding'),
    cluster: z
      .strictObject({
        ingressTls: z.boolean().default(false).describe('The platform ingress gateway (KServe/Knative, Seldon) terminates TLS for external traffic'),
        meshMtls: z.boolean().default(false).describe('In-cluster traffic is encrypted by a service mesh (Istio/Linkerd mTLS, STRICT)'),
        meshAuthentication: z.boolean().default(false).describe('The mesh authenticates every request to serving workloads (e.g. Istio RequestAuthentication + AuthorizationPolicy)'),
      })
      .default(DEFAULTS.cluster)
      .describe('Facts about the clusters that endpoint definitions cannot show; each true is an assertion the policy owner makes'),
    verdictTrust: z
      .strictObject({
        requireSigned: z.boolean().default(true).describe('Refuse unsigned verdict statements (a plain file in the repository is easy to forge)'),
        keys: z.array(path).default([]).describe('PEM public keys (relative to the workspace root) trusted to sign verdicts'),
        trustedRoot: path.optional().describe('Sigstore trusted_root.json (relative to the workspace root)'),
        identities: z
          .array(z.strictObject({ san: anchored.describe('Certificate subject alternative name'), issuer: anchored.describe('OIDC issuer') }))
          .default([])
          .describe('Signer identities accepted for keyless (Sigstore) verdicts'),
      })
      .default(DEFAULTS.verdictTrust),
  })
  .default(DEFAULTS)
  .describe('Endpoints check: governance of model-serving endpoints');

export type EndpointsConfig = z.output<typeof endpointsConfigSchema>;
