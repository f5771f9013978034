// Reading one Ingress or Service as the controllers do: what is refused, and the ALB precedence rule.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { parseYamlStream } from '../../../../src/io/yaml.js';
import { albAuthenticates, readIngress } from '../../../../checks/endpoints/platforms/routes.js';
import type { Doc } from '../../../../checks/endpoints/read.js';

const doc = (text: string): Doc => {
  const d = parseYamlStream(text, 'ing.yaml')[0]!;
  return { file: d.file, index: d.index, data: d.data, locate: d.locateEntry };
};

const ingress = (annotations: string) =>
  doc(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
  annotations:
${annotations}
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`);

describe('Ingress as the AWS Load Balancer Controller reads it', () => {
  it('refuses listen-ports that are not a JSON list, at the annotation line', () => {
    const d = ingress('    alb.ingress.kubernetes.io/listen-ports: "HTTPS:443"');
    let err: unknown;
    try {
      readIngress(d, d.data as Record<string, unknown>);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/^ing\.yaml:7:\d+: alb\.ingress\.kubernetes\.io\/listen-ports is not a JSON list/);
  });

  it('an ALB Ingress with no scheme is internal, with HTTP 80 only when it has no certificate', () => {
    const d = ingress('    alb.ingress.kubernetes.io/target-type: ip');
    const r = readIngress(d, d.data as Record<string, unknown>).route;
    expect(r).toMatchObject({ exposure: 'internal', tls: false, authentication: false });
    expect(r.tlsWhy).toMatch(/HTTP 80/);
  });

  it('the backend Service decides ALB authentication over the Ingress', () => {
    expect(albAuthenticates({ type: 'oidc' }, { type: 'none' })).toMatchObject({ ok: false });
    expect(albAuthenticates({}, { type: 'cognito' })).toMatchObject({ ok: true });
    expect(albAuthenticates({ type: 'oidc' }, { onUnauthenticated: 'allow' })).toMatchObject({ ok: false });
    expect(albAuthenticates({ type: 'oidc', onUnauthenticated: 'deny' }, undefined)).toMatchObject({ ok: true });
    expect(albAuthenticates({}, {})).toBeUndefined();
  });
});
