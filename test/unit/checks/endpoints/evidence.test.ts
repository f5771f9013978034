// Every failed decision states its evidence: the document and line that gave the route, the
// authentication or the model, so a reviewer sees why an endpoint was flagged or halted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFinding } from '../../../../src/report/model.js';
import { judgeFleet } from '../../../helpers/endpoint-fleet.js';

const FLEET = join(import.meta.dirname, 'fleet');
let routes: ReportFinding[];
let istio: ReportFinding[];
let heldout: ReportFinding[];

const finding = (fs: readonly ReportFinding[], rule: string, target: string): ReportFinding => {
  const f = fs.find((x) => x.ruleId === `endpoints/${rule}` && x.target === target);
  if (!f) throw new Error(`no ${rule} finding for ${target}`);
  return f;
};
const findingsOf = async (name: string) => (await judgeFleet(join(FLEET, name))).report.checks.find((c) => c.id === 'endpoints')!.findings;

beforeAll(async () => {
  routes = await findingsOf('k8s-routes');
  istio = await findingsOf('istio');
  heldout = await findingsOf('heldout');
});

describe('evidence of endpoint decisions', () => {
  it('names the Ingress, its file and line, that leaves plain HTTP open', () => {
    const f = finding(routes, 'tls-required', 'crm/upsell');
    expect(f.message).toContain('ssl-redirect: "false"');
    expect(f.evidence).toBe('decided by Ingress crm/upsell (deploy/crm/routes.yaml:39)');
  });

  it('names the NLB Service and the port its ssl-ports leaves plain', () => {
    const f = finding(routes, 'tls-required', 'risk/exposure');
    expect(f.message).toMatch(/aws-load-balancer-ssl-ports: "443" leaves port 80 without TLS/);
    expect(f.evidence).toMatch(/^decided by Service risk\/exposure-nlb \(deploy\/risk\/nlb\.yaml:\d+\)$/);
  });

  it('names the backend Service whose ALB auth-type overrides the Ingress', () => {
    const f = finding(routes, 'authentication-required', 'risk/sanctions');
    expect(f.message).toContain('auth-type: none on the backend Service');
    expect(f.evidence).toMatch(/^decided by Ingress risk\/sanctions \(deploy\/risk\/alb\.yaml:\d+\)$/);
  });

  it('a halted endpoint: the endpoint document that gave the model, and the verdict statement', () => {
    const f = finding(routes, 'model-verdict', 'crm/leads');
    expect(f.evidence).toMatch(/^decided by SeldonDeployment crm\/leads \(deploy\/crm\/seldon\.yaml:\d+\); verdicts\/v1\.json: blocked for /);
  });

  it('a decision from the endpoint alone points at its own deciding field', () => {
    const f = finding(routes, 'authentication-required', 'search/ranker');
    expect(f.evidence).toBe(`decided by InferenceService search/ranker (${f.location!.file}:${f.location!.line})`);
  });

  it('names every Istio policy that applies when they do not require a principal', () => {
    const f = finding(istio, 'authentication-required', 'lending/overdraft');
    expect(f.message).toContain('AuthorizationPolicy lending/overdraft has an ALLOW rule that needs no request principal');
    expect(f.evidence).toContain('RequestAuthentication istio-system/company-idp (deploy/mesh.yaml:12)');
    expect(f.evidence).toContain('AuthorizationPolicy lending/overdraft (deploy/lending-authz.yaml:18)');
  });

  it('a SageMaker field read from the configuration file is cited in that file, not the Endpoint file', () => {
    // legacy-scoring.endpoint.json has 5 lines; its configuration, with DataCaptureConfig on line 13, is another file.
    const key = finding(heldout, 'encryption-key', 'legacy-scoring');
    expect(key.location).toMatchObject({ file: 'deploy/sagemaker/legacy-scoring.config.json', line: 13 });
    expect(key.evidence).toBe('decided by Endpoint legacy-scoring (deploy/sagemaker/legacy-scoring.config.json:13)');
    const capture = finding(heldout, 'request-logging', 'edge-detector');
    expect(capture.evidence).toBe('decided by Endpoint edge-detector (deploy/sagemaker/edge-nvme.config.json:6)');
  });

  it('a missing capture key points at DataCaptureConfig, not at the volume key that is set', () => {
    const f = finding(heldout, 'encryption-key', 'search-query-embed');
    expect(f.message).toContain('DataCaptureConfig.KmsKeyId');
    expect(f.location).toMatchObject({ file: 'deploy/cfn/search-stack.yaml', line: 33 });
  });

  it.each(['heldout', 'heldout-2', 'heldout-3'])('every file:line an evidence cites exists (%s fleet)', async (name) => {
    const fs = name === 'heldout' ? heldout : await findingsOf(name);
    const cited = fs.flatMap((f) => [...(f.evidence ?? '').matchAll(/\((deploy\/[^():\s]+):(\d+)\)/g)].map((m) => ({ rule: f.ruleId, target: f.target, file: m[1]!, line: Number(m[2]) })));
    expect(cited.length).toBeGreaterThan(10);
    const beyond = cited.filter((c) => c.line > readFileSync(join(FLEET, name, c.file), 'utf8').split('\n').length);
    expect(beyond).toEqual([]);
  });
});
