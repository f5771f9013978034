import { describe, expect, it } from 'vitest';
import { makeEndpointsCheck, type EndpointsFacts } from '../../../../checks/endpoints/index.js';
import { endpointsConfigSchema } from '../../../../checks/endpoints/config.js';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import { loadManifest } from '../../../../src/manifest/load.js';
import type { VerdictRecord } from '../../../../src/verdict/store.js';
import { checkContext } from '../../../helpers/context.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import {
  CFN_TEMPLATE,
  D1,
  D3,
  D4,
  fakeStore,
  fleetManifest,
  KSERVE_BAD,
  KSERVE_GOOD,
  MODELGATE_ENDPOINT,
  NOW,
  policy,
  record,
  SAGEMAKER_CONFIG_JSON,
  SAGEMAKER_MODEL_JSON,
  SELDON_V1,
  SELDON_V2,
} from '../../../helpers/endpoint-definitions.js';
import { summaryOf } from '../../../helpers/views.js';

const logger = { info() {}, warning() {}, debug() {} };
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

const STORE: VerdictRecord[] = [
  record(D1, 'passed', daysAgo(2)),
  record(D3, 'passed', daysAgo(20), 'verdicts/credit-old.json'),
  record(D3, 'blocked', daysAgo(1), 'verdicts/credit-revoked.json'),
  record(D4, 'passed', daysAgo(40)),
];

const FILES: Record<string, string> = {
  'deploy/kserve/fraud.yaml': KSERVE_GOOD,
  'deploy/kserve/churn.yaml': KSERVE_BAD,
  'deploy/seldon/recsys.yaml': SELDON_V1,
  'deploy/seldon/iris.yaml': SELDON_V2,
  'deploy/sagemaker/credit-config.json': SAGEMAKER_CONFIG_JSON,
  'deploy/sagemaker/credit-model.json': SAGEMAKER_MODEL_JSON,
  'deploy/cfn/ltv.yaml': CFN_TEMPLATE,
  'deploy/other/sentiment.yaml': MODELGATE_ENDPOINT,
  'verdicts/.keep': '',
};

const BASE_POLICY = policy(`  ignoreKinds: ["AWS::IAM::*"]
  cluster: { meshMtls: true }
`);

function check(records: VerdictRecord[] = STORE, seen?: { dir?: string; requireSigned?: boolean }) {
  return makeEndpointsCheck({
    loadVerdictStore: async (_ws, dir, opts) => {
      if (seen) Object.assign(seen, { dir, requireSigned: opts.requireSigned });
      return fakeStore(records);
    },
  }) as Check;
}

async function gate(opts: { files?: Record<string, string>; manifest?: string; policy?: string; records?: VerdictRecord[] } = {}) {
  const ws = tempWorkspace({ ...FILES, ...opts.files, 'fleet.yaml': opts.manifest ?? fleetManifest('  public: [shop/recsys]\n'), 'policy.yaml': opts.policy ?? BASE_POLICY });
  const report = await runGate({ workspace: ws, manifest: 'fleet.yaml', policy: 'policy.yaml', logger, now: NOW, registry: [check(opts.records)] });
  const c = report.checks.find((x) => x.id === 'endpoints')!;
  return { report, c, facts: c.facts as unknown as EndpointsFacts };
}

const failedOf = (facts: EndpointsFacts) => Object.fromEntries(facts.table.map((r) => [r.name, [...r.failed].sort()]));

describe('endpoints check through the gate', () => {
  it('normalises every format and reports exactly the rules each endpoint violates', async () => {
    const { report, c, facts } = await gate();
    expect(c.status).toBe('failed');
    expect(report.verdict).toBe('blocked');
    expect(facts.byPlatform).toEqual({ kserve: 2, seldon: 1, 'seldon-v2': 1, modelgate: 1, sagemaker: 2 });
    expect(failedOf(facts)).toEqual({
      'risk/fraud': [],
      'growth/churn': [
        'authentication-required',
        'min-replicas',
        'model-pinned',
        'model-source-allowed',
        'model-verdict',
        'no-public-exposure',
        'owner-label',
        'request-logging',
        'resource-limits',
        'tls-required',
      ],
      'shop/recsys': ['model-verdict'],
      'seldon/iris': ['authentication-required', 'model-verdict', 'request-logging'],
      'vertex-sentiment': ['model-verdict'],
      'credit-scoring': ['encryption-key', 'model-verdict'],
      ltv: ['model-verdict', 'request-logging'],
    });
    // The halt list: model-verdict is halt: true by default.
    expect(facts.halt.map((h) => h.endpoint).sort()).toEqual(['credit-scoring', 'growth/churn', 'ltv', 'seldon/iris', 'shop/recsys', 'vertex-sentiment']);
    expect(facts.halt.find((h) => h.endpoint === 'credit-scoring')!.rules).toEqual(['endpoints/model-verdict']);
    // Totals per rule.
    const verdictRule = facts.rules.find((r) => r.key === 'model-verdict')!;
    expect(verdictRule).toMatchObject({ failing: 6, passing: 1, notApplicable: 0, halt: true });
    expect(facts.rules.find((r) => r.key === 'encryption-key')).toMatchObject({ failing: 1, passing: 2, notApplicable: 4 });
    // IAM role ignored by ignoreKinds, counted.
    expect(facts.ignoredKinds).toEqual({ 'AWS::IAM::Role': 1 });
    expect(c.findings.filter((f) => f.ruleId === 'endpoints/unknown-kind')).toEqual([]);
  });

  it('explains the verdict findings: blocked beats an older pass, old passes expire, no digest is no verdict', async () => {
    const { c } = await gate();
    const v = (t: string) => c.findings.find((f) => f.ruleId === 'endpoints/model-verdict' && f.target === t)!;
    expect(v('credit-scoring').message).toMatch(/latest gate verdict for sha256:cccccccccccc… is BLOCKED/);
    expect(v('credit-scoring').evidence).toContain('verdicts/credit-revoked.json');
    expect(v('credit-scoring').severity).toBe('high');
    expect(v('ltv').message).toMatch(/passing verdict for sha256:dddddddddddd… is 40 days old \(maximum 30\)/);
    expect(v('shop/recsys').message).toMatch(/no sha256 digest/);
    expect(c.findings.some((f) => f.target === 'risk/fraud')).toBe(false);
  });

  it('points findings at the deciding field: annotation, label, logger, JSON key', async () => {
    const { c } = await gate();
    const at = (rule: string, target: string) => c.findings.find((f) => f.ruleId === `endpoints/${rule}` && f.target === target)!.location;
    expect(at('model-pinned', 'growth/churn')).toMatchObject({ file: 'deploy/kserve/churn.yaml', line: 11 });
    expect(at('resource-limits', 'growth/churn')).toMatchObject({ file: 'deploy/kserve/churn.yaml', line: 10 });
    expect(at('request-logging', 'seldon/iris')).toMatchObject({ file: 'deploy/seldon/iris.yaml' });
    expect(at('encryption-key', 'credit-scoring')).toMatchObject({ file: 'deploy/sagemaker/credit-config.json', line: 2 });
    expect(at('model-verdict', 'ltv')).toMatchObject({ file: 'deploy/cfn/ltv.yaml', line: 17 });
    expect(at('min-replicas', 'growth/churn')).toMatchObject({ file: 'deploy/kserve/churn.yaml', line: 9 });
  });

  it('links Services and Ingresses: a public LoadBalancer makes an endpoint public, TLS and auth come from the route', async () => {
    const svc = `apiVersion: v1
kind: Service
metadata:
  name: fraud-lb
  namespace: risk
spec:
  type: LoadBalancer
  selector:
    serving.kserve.io/inferenceservice: fraud
  ports: [{ port: 80 }]
`;
    const { facts, c } = await gate({ files: { 'deploy/kserve/fraud-lb.yaml': svc } });
    expect(failedOf(facts)['risk/fraud']).toEqual(['no-public-exposure', 'tls-required']);
    const f = c.findings.find((x) => x.ruleId === 'endpoints/no-public-exposure' && x.target === 'risk/fraud')!;
    expect(f.message).toContain('Service risk/fraud-lb: type LoadBalancer without an internal load-balancer annotation');
    // Without the public listing, recsys (behind an internet-facing Ingress) is a violation too.
    const r2 = await gate({ manifest: fleetManifest() });
    expect(failedOf(r2.facts)['shop/recsys']).toEqual(['model-verdict', 'no-public-exposure']);
  });

  it('reports a route that reaches no endpoint, and an unsupported kind, as findings', async () => {
    const { c, facts } = await gate({
      files: {
        'deploy/misc.yaml': `apiVersion: v1\nkind: Service\nmetadata: { name: orphan, namespace: x }\nspec: { selector: { app: nothing } }\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: torchserve }\nspec: {}\n`,
      },
      policy: policy('  cluster: { meshMtls: true }\n'),
    });
    const unknown = c.findings.filter((f) => f.ruleId === 'endpoints/unknown-kind');
    expect(unknown.map((f) => [f.location?.file, f.location?.line])).toEqual([
      ['deploy/cfn/ltv.yaml', 30],
      ['deploy/misc.yaml', 6],
    ]);
    expect(unknown[1]!.violation).toBe(true);
    expect(facts.unknownKinds).toEqual({ 'AWS::IAM::Role': 1, Deployment: 1 });
    const orphan = c.findings.find((f) => f.ruleId === 'endpoints/unlinked-route')!;
    expect(orphan).toMatchObject({ target: 'x/orphan', location: { file: 'deploy/misc.yaml', line: 1 } });
  });

  it('waives one endpoint by target with an expiry; the halt fact keeps the rule ids', async () => {
    const pol = `${BASE_POLICY}waivers:\n  - { rule: endpoints/model-verdict, target: vertex-sentiment, reason: digest pending, owner: nlp, expires: 2026-12-31 }\n`;
    const { c, report } = await gate({ policy: pol });
    const f = c.findings.find((x) => x.ruleId === 'endpoints/model-verdict' && x.target === 'vertex-sentiment')!;
    expect(f.violation).toBe(false);
    expect(f.waiver?.owner).toBe('nlp');
    expect(report.waivers.applied).toHaveLength(1);
  });

  it('evaluates custom CEL rules over the normalised endpoint, with halt', async () => {
    const pol = `${BASE_POLICY}  custom:
    - id: sagemaker-isolated
      expression: 'endpoint.platform != "sagemaker" || endpoint.networkIsolation.enabled'
      message: SageMaker endpoints must run with network isolation
      severity: critical
      halt: true
    - id: verdict-signed
      expression: 'endpoint.models.all(m, m.verdict == null || m.verdict.signed)'
      message: verdicts must be signed
`;
    const { c, facts } = await gate({ policy: pol });
    const custom = c.findings.filter((f) => f.ruleId.startsWith('endpoints/custom-'));
    expect(custom.map((f) => [f.ruleId, f.target, f.severity])).toEqual([['endpoints/custom-sagemaker-isolated', 'ltv', 'critical']]);
    expect(facts.halt.find((h) => h.endpoint === 'ltv')!.rules).toEqual(['endpoints/model-verdict', 'endpoints/custom-sagemaker-isolated']);
    expect(facts.rules.find((r) => r.key === 'custom-sagemaker-isolated')).toMatchObject({ failing: 1, passing: 6 });
  });

  it('gives the CEL engine\'s answer where the fast path has none: the same findings as a rule only the engine reads', async () => {
    // In the fast path's subset (read without the engine) until an endpoint lacks the label: every
    // endpoint is then evaluated again by the engine, whose error message the finding quotes. The same
    // rule written with `+` (outside the subset) is the engine's from the start.
    const run = async (team: string) => {
      const pol = `${BASE_POLICY}  custom:\n    - id: team\n      expression: 'endpoint.labels.team == ${team} || endpoint.platform == "sagemaker"'\n      message: labelled by team\n`;
      const { c } = await gate({ policy: pol });
      return c.findings.filter((f) => f.ruleId === 'endpoints/custom-team').map((f) => [f.target, f.message]);
    };
    const fast = await run('"nlp"');
    expect(fast.length).toBeGreaterThan(1);
    expect(fast.some(([, m]) => / \(the rule could not be evaluated: .+\)$/.test(m!))).toBe(true);
    expect(fast).toEqual(await run('"nl" + "p"'));
  });

  it('refuses a custom rule that does not compile, at its policy line', async () => {
    const pol = `${BASE_POLICY}  custom:\n    - id: broken\n      expression: 'endpoint.platform =='\n      message: x\n`;
    const { c, report } = await gate({ policy: pol });
    expect(c.status).toBe('error');
    expect(report.verdict).toBe('error');
    expect(c.findings[0]!.message).toMatch(/custom rule "broken" does not compile/);
    expect(c.findings[0]!.location).toMatchObject({ file: 'policy.yaml', line: 8 });
  });

  it('ends at the budget a custom rule that costs too much: a check error naming the rule, not a finding', async () => {
    const list = `[${Array.from({ length: 1000 }, (_, i) => i).join(', ')}].map(x, x)`; // a size the compiler cannot see
    const pol = `timeouts: { endpoints: 1 }\n${BASE_POLICY}  custom:\n    - id: slow\n      expression: '${list}.all(a, ${list}.all(b, a + b >= 0))'\n      message: x\n`;
    const t0 = performance.now();
    const { c, report } = await gate({ policy: pol });
    expect(c.status).toBe('error');
    expect(report.verdict).toBe('error');
    expect(c.findings[0]!.message).toMatch(/^check "endpoints" could not run: (custom rule "slow" exceeded its cost limit of 1,000,000 comprehension steps|exceeded its time budget of 1 s)$/);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('lets rules be switched off and re-ranked', async () => {
    const pol = `${BASE_POLICY}  rules:
    model-verdict: { enabled: false }
    owner-label: { severity: critical, halt: true }
`;
    const { c, facts } = await gate({ policy: pol });
    expect(c.findings.some((f) => f.ruleId === 'endpoints/model-verdict')).toBe(false);
    expect(facts.halt.map((h) => [h.endpoint, h.rules])).toEqual([['growth/churn', ['endpoints/owner-label']]]);
    expect(c.findings.find((f) => f.ruleId === 'endpoints/owner-label')!.severity).toBe('critical');
  });

  it('renders a fleet table: failing first, passing collapsed, totals per rule and the halt list', async () => {
    const { c } = await gate();
    const md = summaryOf(c)!;
    expect(md).toContain('**Halt (6)**');
    expect(md).toMatch(/\| `growth\/churn` \| kserve \| ✗ \| ✗ \| ✗ \| ✗ \| ✗ \| ✗ \| · \| ✗ \| ✗ \| ✗ \| ✗ \|/);
    expect(md).toContain('<details><summary>1 passing endpoint(s)</summary>');
    expect(md).toMatch(/\| `risk\/fraud` \| kserve \| ✓ \| ✓ \| ✓ \| ✓ \| ✓ \| ✓ \| · \| ✓ \| ✓ \| ✓ \| ✓ \|/);
    expect(md.indexOf('growth/churn')).toBeLessThan(md.indexOf('risk/fraud'));
    expect(md).toContain('| `endpoints/model-verdict` | verdict | high | yes | 6 | 1 | 0 |');
  });
});

describe('endpoints check: bad input fails closed with file:line', () => {
  async function errorOf(files: Record<string, string>, manifest?: string, pol?: string) {
    const { c, report } = await gate({ files, ...(manifest ? { manifest } : {}), ...(pol ? { policy: pol } : {}) });
    expect(c.status).toBe('error');
    expect(report.verdict).toBe('error');
    return `${c.findings[0]!.location?.file}:${c.findings[0]!.location?.line}: ${c.findings[0]!.message}`;
  }

  it('YAML that is not Kubernetes-shaped', async () => {
    expect(await errorOf({ 'deploy/x.yaml': 'name: foo\nreplicas: 3\n' })).toMatch(/^deploy\/x\.yaml:1: .*not an endpoint definition: expected a Kubernetes object/);
    expect(await errorOf({ 'deploy/x.yaml': '---\napiVersion: v1\nkind: Service\nmetadata: {}\n' })).toMatch(/^deploy\/x\.yaml:4: .*Service without metadata\.name/);
    expect(await errorOf({ 'deploy/x.yaml': '- a\n- b\n' })).toMatch(/^deploy\/x\.yaml:1: .*expected a mapping .* found a list/);
    expect(await errorOf({ 'deploy/x.yaml': 'a: [1\n' })).toMatch(/^deploy\/x\.yaml:\d+: .*YAML syntax error/);
  });

  it('duplicate endpoint names', async () => {
    const dup = KSERVE_GOOD.replace('name: fraud', 'name: fraud # again');
    expect(await errorOf({ 'deploy/z/dup.yaml': `kind: ConfigMap\napiVersion: v1\nmetadata: { name: c }\n---\n${dup}` }, undefined, policy('  ignoreKinds: ["AWS::IAM::*", ConfigMap]\n'))).toMatch(
      /^deploy\/z\/dup\.yaml:5: .*duplicate endpoint name "risk\/fraud" \(also defined at deploy\/kserve\/fraud\.yaml:1\)/,
    );
  });

  it('a ModelGate Endpoint with an unknown key, a SageMaker endpoint naming a missing configuration', async () => {
    expect(await errorOf({ 'deploy/other/bad.yaml': MODELGATE_ENDPOINT.replace('  tls: true', '  tsl: true') })).toMatch(/^deploy\/other\/bad\.yaml:11: .*unknown key "tsl" in spec; did you mean "tls"\?/);
    // A value the hand check refuses (platforms/modelgate-shape.ts) is the schema's error, at its own line.
    expect(await errorOf({ 'deploy/other/neg.yaml': MODELGATE_ENDPOINT.replace('{ min: 1 }', '{ min: -1 }') })).toMatch(/^deploy\/other\/neg\.yaml:15: .*spec\.replicas\.min/);
    const ep = JSON.stringify({ EndpointName: 'ghost', EndpointConfigName: 'nowhere' }, null, 2);
    expect(await errorOf({ 'deploy/sagemaker/ghost.json': ep })).toMatch(/^deploy\/sagemaker\/ghost\.json:3: .*refers to endpoint configuration "nowhere"/);
  });

  it('a glob that matches nothing, a path that leaves the workspace', async () => {
    expect(await errorOf({}, fleetManifest('', '[deploy/**/*.yaml, nothing/*.yaml]'))).toMatch(/^fleet\.yaml:8: .*"nothing\/\*\.yaml" matches no \.yaml, \.yml or \.json file/);
    expect(await errorOf({}, fleetManifest('', '[../outside.yaml]'))).toMatch(/^fleet\.yaml:8: .*leaves the workspace/);
  });

  it('rules that cannot be decided without configuration', async () => {
    expect(await errorOf({}, undefined, 'endpoints: {}\n')).toMatch(/allowedModelSources is empty/);
    const noStore = fleetManifest().replace('  verdicts: verdicts\n', '');
    expect(await errorOf({}, noStore)).toMatch(/^fleet\.yaml:\d+: .*names no verdict store/);
  });

  it('a verdict store the store reader refuses (malformed or unsigned) is an error at its file', async () => {
    const ws = tempWorkspace({ ...FILES, 'fleet.yaml': fleetManifest(), 'policy.yaml': BASE_POLICY, 'verdicts/v.json': '{"_type": "https://in-toto.io/Statement/v1"}\n' });
    const report = await runGate({ workspace: ws, manifest: 'fleet.yaml', policy: 'policy.yaml', logger, now: NOW, registry: [makeEndpointsCheck() as Check] });
    const c = report.checks.find((x) => x.id === 'endpoints')!;
    expect(c.status).toBe('error');
    expect(c.findings[0]!.location?.file).toBe('verdicts/v.json');
  });
});

describe('endpoints check: run() directly', () => {
  it('hands the store folder (workspace-relative) and the trust settings to the store reader', async () => {
    const ws = tempWorkspace({ 'fleet/deploy/a.yaml': KSERVE_GOOD, 'fleet/verdicts/.keep': '', 'fleet/fleet.yaml': fleetManifest('', '[deploy/a.yaml]') });
    const manifest = loadManifest(ws, 'fleet/fleet.yaml', [makeEndpointsCheck()]);
    const config = endpointsConfigSchema.parse({ allowedModelSources: ['oci://registry.example.com/'], cluster: { meshMtls: true } });
    const seen: { dir?: string; requireSigned?: boolean } = {};
    const result = await check(STORE, seen).run(checkContext({ id: 'endpoints', workspace: ws, manifest, config, now: NOW }));
    expect(seen).toEqual({ dir: 'fleet/verdicts', requireSigned: true });
    expect(result.findings).toEqual([]);
    expect((result.facts as unknown as EndpointsFacts).table[0]).toMatchObject({ name: 'risk/fraud', file: 'fleet/deploy/a.yaml', line: 1, failed: [] });
  });
});

describe('endpoints check with the real verdict store (src/verdict/store.ts)', () => {
  const statement = (digest: string, verdict: string, time: string) =>
    `${JSON.stringify(
      {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'model.onnx', digest: { sha256: digest } }],
        predicateType: 'https://modelgate.dev/verdict/v1',
        predicate: { verdict, release: { name: 'fraud', version: '3.1.0' }, time, policy: { digest: { sha256: 'e'.repeat(64) } }, report: { digest: { sha256: 'f'.repeat(64) } } },
      },
      null,
      2,
    )}\n`;
  const files = {
    'deploy/fraud.yaml': KSERVE_GOOD,
    'deploy/credit-config.json': SAGEMAKER_CONFIG_JSON,
    'deploy/credit-model.json': SAGEMAKER_MODEL_JSON,
    'verdicts/fraud-3.1.0.json': statement(D1, 'passed', daysAgo(3)),
    'verdicts/credit-1.json': statement(D3, 'passed', daysAgo(10)),
    'verdicts/credit-2.json': statement(D3, 'blocked', daysAgo(1)),
    'fleet.yaml': fleetManifest('', '[deploy/*]'),
  };
  const run = async (trust: string) => {
    const ws = tempWorkspace({ ...files, 'policy.yaml': policy(`  cluster: { meshMtls: true }\n  verdictTrust: ${trust}\n`) });
    const report = await runGate({ workspace: ws, manifest: 'fleet.yaml', policy: 'policy.yaml', logger, now: NOW, registry: [makeEndpointsCheck() as Check] });
    return report.checks.find((x) => x.id === 'endpoints')!;
  };

  it('reads plain statements when signatures are not required: a newer blocked verdict halts the endpoint', async () => {
    const c = await run('{ requireSigned: false }');
    const facts = c.facts as unknown as EndpointsFacts;
    expect(facts.verdictStore).toEqual({ dir: 'verdicts', files: 3 });
    expect(failedOf(facts)).toEqual({ 'risk/fraud': [], 'credit-scoring': ['encryption-key', 'model-verdict'] });
    expect(facts.halt).toEqual([{ endpoint: 'credit-scoring', platform: 'sagemaker', file: 'deploy/credit-config.json', line: 1, rules: ['endpoints/model-verdict'] }]);
    expect(c.findings.find((f) => f.ruleId === 'endpoints/model-verdict')!.evidence).toContain('verdicts/credit-2.json: blocked for fraud@3.1.0');
  });

  it('refuses unsigned statements by default (requireSigned: true), naming the file', async () => {
    const c = await run('{}');
    expect(c.status).toBe('error');
    expect(c.findings[0]!.message).toMatch(/unsigned verdict statement/);
    expect(c.findings[0]!.location?.file).toMatch(/^verdicts\/.*\.json$/);
  });
});

describe('endpoints section in a ModelRelease manifest', () => {
  it('is read like a fleet (the endpoints that will serve the release)', async () => {
    const manifest = `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata: { name: fraud, version: 3.1.0, owner: risk@example.com }
endpoints:
  definitions: [deploy/fraud.yaml]
  verdicts: verdicts
  environment: production
`;
    const { c, facts } = await gate({ manifest, files: { 'deploy/fraud.yaml': KSERVE_GOOD.replace('    environment: production\n', '') } });
    expect(c.status).toBe('passed');
    expect(facts.production).toBe(1);
    expect(failedOf(facts)).toEqual({ 'risk/fraud': [] });
  });
});

describe('endpoint definition files: fast reading and the position-keeping fallback', () => {
  it('reads anchors through the fallback parser, expands kind: List, and locates fields alike', async () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: serving.kserve.io/v1beta1
    kind: InferenceService
    metadata:
      name: listed
      namespace: risk
      labels: &labels
        owner: risk-team
        networking.kserve.io/visibility: cluster-local
      annotations: { serving.kserve.io/enable-auth: "true" }
    spec:
      predictor:
        model:
          storageUri: oci://registry.example.com/models/x@sha256:${D1}
`;
    const { facts, c } = await gate({ files: { 'deploy/list.yaml': list } });
    const row = facts.table.find((r) => r.name === 'risk/listed')!;
    expect(row).toMatchObject({ file: 'deploy/list.yaml', line: 4 });
    expect(row.failed.sort()).toEqual(['request-logging', 'resource-limits']);
    expect(c.findings.find((f) => f.target === 'risk/listed' && f.ruleId === 'endpoints/request-logging')!.location).toMatchObject({ line: 14 });
  });

  it('refuses an alias bomb at its line', async () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    const { c } = await gate({ files: { 'deploy/bomb.yaml': bomb } });
    expect(c.status).toBe('error');
    expect(c.findings[0]!.message).toMatch(/too many YAML alias expansions/);
    expect(c.findings[0]!.location?.file).toBe('deploy/bomb.yaml');
  });
});

describe('endpoints summary at fleet scale', () => {
  it('stays compact for 600 failing and 600 passing endpoints', async () => {
    const { renderEndpointsSummary } = await import('../../../../checks/endpoints/summary.js');
    const rows = Array.from({ length: 1200 }, (_, i) => ({ name: `ns/ep-${i}`, platform: 'kserve' as const, file: 'f.yaml', line: i + 1, failed: i < 600 ? ['owner-label'] : [], notApplicable: ['encryption-key'] }));
    const md = renderEndpointsSummary({
      files: 1, documents: 1200, endpoints: 1200, routes: 0, byPlatform: { kserve: 1200 }, production: 0, public: 0, failing: 600,
      ignoredKinds: {}, unknownKinds: {}, verdictStore: null,
      rules: [{ key: 'owner-label', id: 'endpoints/owner-label', severity: 'low', halt: false, failing: 600, passing: 600, notApplicable: 0 }],
      table: rows, halt: [],
    });
    expect(md).toContain('… and 100 more failing endpoints in the JSON report.');
    expect(md).toContain('<details><summary>600 passing endpoint(s)</summary>');
    expect(md).toContain('… and 100 more in the JSON report.');
    expect(md.length).toBeLessThan(60_000);
  });
});

describe('endpoints section without definitions', () => {
  it('loads (the manifest is valid) but the check fails closed', async () => {
    const manifest = fleetManifest().replace('  definitions: [deploy/**/*.yaml, deploy/**/*.json]\n', '');
    const { c } = await gate({ manifest });
    expect(c.status).toBe('error');
    expect(c.findings[0]!.message).toMatch(/endpoints\.definitions lists no file/);
    expect(c.findings[0]!.location).toMatchObject({ file: 'fleet.yaml', line: 8 });
  });
});

describe('endpoints check: linking details', () => {
  it('a SageMaker Endpoint document names the endpoint and brings its tags; the configuration is not counted twice', async () => {
    const ep = JSON.stringify({ EndpointName: 'credit-live', EndpointConfigName: 'credit-scoring', Tags: [{ Key: 'owner', Value: 'risk-ops' }] }, null, 2);
    const { facts } = await gate({ files: { 'deploy/sagemaker/credit-endpoint.json': ep } });
    const names = facts.table.map((r) => r.name);
    expect(names).toContain('credit-live');
    expect(names).not.toContain('credit-scoring');
    expect(facts.table.find((r) => r.name === 'credit-live')).toMatchObject({ file: 'deploy/sagemaker/credit-endpoint.json', failed: ['model-verdict', 'encryption-key'] });
  });

  it('an Ingress host left out of spec.tls serves in clear', async () => {
    const recsys = SELDON_V1.replace('    - host: recsys.example.com\n', '    - host: recsys.example.com\n      http: { paths: [] }\n    - host: other.example.com\n');
    const { facts, c } = await gate({ files: { 'deploy/seldon/recsys.yaml': recsys } });
    expect(failedOf(facts)['shop/recsys']).toEqual(['model-verdict', 'tls-required']);
    expect(c.findings.find((f) => f.ruleId === 'endpoints/tls-required' && f.target === 'shop/recsys')!.message).toContain('Ingress shop/recsys serves without TLS');
  });
});

describe('endpoints check: KServe authentication switch', () => {
  it('enable-auth "false" is no authentication; mesh authentication declared by the policy is', async () => {
    const off = { 'deploy/kserve/fraud.yaml': KSERVE_GOOD.replace('serving.kserve.io/enable-auth: "true"', 'serving.kserve.io/enable-auth: "false"') };
    const r1 = await gate({ files: off });
    expect(failedOf(r1.facts)['risk/fraud']).toEqual(['authentication-required']);
    expect(r1.c.findings.find((f) => f.target === 'risk/fraud')!.location).toMatchObject({ file: 'deploy/kserve/fraud.yaml', line: 11 });
    const r2 = await gate({ files: off, policy: policy('  ignoreKinds: ["AWS::IAM::*"]\n  cluster: { meshMtls: true, meshAuthentication: true }\n') });
    expect(failedOf(r2.facts)['risk/fraud']).toEqual([]);
  });
});
