import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheus, { type PromFamily } from 'parse-prometheus-text-format';
import { parser as promql } from '@prometheus-io/lezer-promql';
import { describe, expect, it } from 'vitest';
import { deliverMetrics, metricFamilies, METRICS_CONTENT_TYPE, renderMetrics } from '../../../src/report/metrics.js';
import { groupingSegment, pushMetrics, pushTarget } from '../../../src/report/push.js';
import { fakePushgateway, refusedUrl } from '../../helpers/pushgateway.js';
import { tempWorkspace } from '../../helpers/workspace.js';
import { OutputError } from '../../../src/io/output-path.js';
import { check, finding, reportOf, richReport } from '../../helpers/reports.js';
import { views } from '../../helpers/views.js';
import { biasFacts, biasFeature, piiFacts } from '../../helpers/facts.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A report with the pii and bias facts the metrics read, and a release name that needs escaping. */
function monitored() {
  const base = richReport();
  const checks = base.checks.map((c) =>
    c.id === 'pii'
      ? { ...c, facts: piiFacts({ totals: { records: 1000, recordsMasked: 40, recordsQuarantined: 2, counts: { email: 30, 'credit-card': 12 }, byCategory: { personal: 30, financial: 12 } }, kAnonymity: 3 }) }
      : c.id === 'bias'
        ? {
            ...c,
            status: 'passed' as const,
            facts: biasFacts({
              features: {
                sex: biasFeature({ disparities: { demographicParityRatio: 0.82, equalizedOddsDifference: 0.05, fourFifthsRulePassed: true, disparateImpactMin: null, intervals: { demographicParityRatio: { lower: 0.7, upper: 0.9 } } } }),
                'sex*pclass': biasFeature({ disparities: { demographicParityRatio: 0.4 } }),
              },
            }),
          }
        : c,
  );
  return reportOf(checks, { verdict: 'blocked', release: { name: 'fraud "v2" \\ eu\nwest', version: '1.4.0' } });
}

function families(text: string): Map<string, PromFamily> {
  return new Map(parsePrometheus(text).map((f) => [f.name, f]));
}

const value = (f: PromFamily | undefined, labels: Record<string, string>) => f?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value;

describe('renderMetrics', () => {
  it('is valid text exposition format 0.0.4: HELP and TYPE once per family, then its samples, every line well formed', async () => {
    const text = await renderMetrics(monitored(), views);
    const name = '[a-zA-Z_:][a-zA-Z0-9_:]*';
    const label = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\["\\\\n])*"`;
    const sample = new RegExp(`^(${name})(?:\\{${label}(?:,${label})*\\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$`);
    const seen: string[] = [];
    let current = '';
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const help = /^# HELP (\S+) .+$/.exec(line);
      const type = /^# TYPE (\S+) gauge$/.exec(line);
      if (help) {
        expect(seen, `one family per name: ${help[1]}`).not.toContain(help[1]);
        seen.push((current = help[1]!));
        continue;
      }
      if (type) {
        expect(type[1]).toBe(current);
        continue;
      }
      const m = sample.exec(line);
      expect(m, line).not.toBeNull();
      expect(m![1]).toBe(current);
    }
    expect(new Set(seen)).toEqual(new Set(Object.keys(metricFamilies(views))));
  });

  it('carries the verdict, violations, checks, PII counts and bias disparities', async () => {
    const f = families(await renderMetrics(monitored(), views));
    expect(f.get('modelgate_verdict')!.metrics.map((m) => [m.labels?.verdict, m.value])).toEqual([
      ['passed', '0'],
      ['blocked', '1'],
      ['error', '0'],
    ]);
    // Escaped on the way out, read back as written.
    expect(f.get('modelgate_run_info')!.metrics[0]!.labels).toMatchObject({ release: 'fraud "v2" \\ eu\nwest', version: '1.4.0', manifest: 'release/modelgate.yml', fail_on: 'medium', mode: 'enforce' });
    expect(value(f.get('modelgate_violations'), { check: 'dependency', rule: 'dependency/vulnerable-package', severity: 'high' })).toBe('1');
    expect(value(f.get('modelgate_findings'), { check: 'dependency', rule: 'dependency/vulnerable-package', severity: 'high' })).toBe('2');
    expect(value(f.get('modelgate_check_violations'), { check: 'container-image' })).toBe('0');
    expect(f.get('modelgate_violations')!.metrics.reduce((n, m) => n + Number(m.value), 0)).toBe(5);
    expect(value(f.get('modelgate_check_status'), { check: 'endpoints', status: 'error' })).toBe('1');
    expect(value(f.get('modelgate_check_status'), { check: 'endpoints', status: 'passed' })).toBe('0');
    expect(value(f.get('modelgate_check_duration_seconds'), { check: 'lineage' })).toBe('0.012');
    expect(Number(f.get('modelgate_run_timestamp_seconds')!.metrics[0]!.value)).toBe(Date.parse('2026-03-01T10:00:01.234Z') / 1000);
    expect(value(f.get('modelgate_waivers'), { state: 'applied' })).toBe('1');
    expect(value(f.get('modelgate_pii_findings'), { category: 'financial' })).toBe('12');
    expect(value(f.get('modelgate_pii_findings_by_type'), { type: 'email' })).toBe('30');
    expect(value(f.get('modelgate_pii_records'), { state: 'quarantined' })).toBe('2');
    expect(f.get('modelgate_pii_k_anonymity')!.metrics[0]!.value).toBe('3');
    // Numbers only: the boolean, the null and the intervals are not disparities.
    expect(f.get('modelgate_bias_disparity')!.metrics.map((m) => [m.labels?.feature, m.labels?.metric, m.value])).toEqual([
      ['sex', 'demographicParityRatio', '0.82'],
      ['sex', 'equalizedOddsDifference', '0.05'],
      ['sex*pclass', 'demographicParityRatio', '0.4'],
    ]);
  });

  it('leaves out the families of checks that did not run', async () => {
    const f = families(await renderMetrics(reportOf([check({ id: 'lineage', findings: [finding({ ruleId: 'lineage/x', severity: 'low' })] })]), views));
    expect(f.has('modelgate_pii_findings')).toBe(false);
    expect(f.has('modelgate_bias_disparity')).toBe(false);
    expect(f.has('modelgate_violations')).toBe(false);
    expect(value(f.get('modelgate_verdict'), { verdict: 'passed' })).toBe('1');
  });
});

describe('the Grafana dashboard', () => {
  const dash = JSON.parse(readFileSync(join(ROOT, 'examples/monitoring/grafana-dashboard.json'), 'utf8')) as {
    templating: { list: Array<{ name: string; type: string; query: string | { query: string } }> };
    panels: Array<{ title: string; datasource: { uid: string }; targets: Array<{ expr: string }> }>;
  };

  /** Metric names a PromQL expression selects; throws on a syntax error. */
  function metricNames(expr: string): string[] {
    const tree = promql.parse(expr);
    const names: string[] = [];
    tree.iterate({
      enter: (n) => {
        if (n.type.isError) throw new Error(`PromQL syntax error at ${n.from} in ${expr}`);
        if (n.name === 'Identifier' && n.node.parent?.name === 'VectorSelector') names.push(expr.slice(n.from, n.to));
      },
    });
    return names;
  }

  it('has a Prometheus data source variable that every panel uses', () => {
    const ds = dash.templating.list.find((v) => v.type === 'datasource');
    expect(ds).toMatchObject({ name: 'datasource', query: 'prometheus' });
    for (const p of dash.panels) expect(p.datasource.uid, p.title).toBe('${datasource}');
  });

  it('queries only metrics the gate writes, in valid PromQL, and shows the brief’s views', () => {
    const exprs = dash.panels.flatMap((p) => p.targets.map((t) => t.expr));
    for (const v of dash.templating.list.filter((x) => x.type === 'query')) {
      const q = typeof v.query === 'string' ? v.query : v.query.query;
      exprs.push(/^label_values\((.+), \w+\)$/.exec(q)![1]!);
    }
    const used = new Set<string>();
    for (const e of exprs) {
      const names = metricNames(e);
      expect(names.length, e).toBeGreaterThan(0);
      for (const n of names) {
        expect(Object.keys(metricFamilies(views)), e).toContain(n);
        used.add(n);
      }
    }
    for (const n of ['modelgate_verdict', 'modelgate_violations', 'modelgate_check_duration_seconds', 'modelgate_pii_findings', 'modelgate_bias_disparity']) expect(used).toContain(n);
    expect(() => metricNames('sum(modelgate_verdict')).toThrow(/syntax error/);
  });
});

describe('Pushgateway', () => {
  it('grouping keys: plain values URL-encoded, values with a slash (or empty) in base64url', () => {
    expect(groupingSegment('instance', 'fraud model')).toBe('/instance/fraud%20model');
    expect(groupingSegment('instance', 'acme/models')).toBe(`/instance@base64/${Buffer.from('acme/models').toString('base64url')}`);
    expect(groupingSegment('instance', '')).toBe('/instance@base64/=');
    expect(pushTarget('http://pg:9091/', { job: 'modelgate', instance: 'acme/models' })).toBe('http://pg:9091/metrics/job/modelgate/instance@base64/YWNtZS9tb2RlbHM');
    expect(pushTarget('http://pg:9091/base', { job: 'modelgate', instance: 'x' })).toBe('http://pg:9091/base/metrics/job/modelgate/instance/x');
    expect(pushTarget('http://pg:9091/metrics/job/ml/team/risk', { job: 'modelgate', instance: 'x' })).toBe('http://pg:9091/metrics/job/ml/team/risk');
  });

  it('PUTs the exposition text with its content type to the group path; credentials go as basic auth, never in the target', async () => {
    const pg = await fakePushgateway();
    const body = await renderMetrics(monitored(), views);
    const r = await pushMetrics(body, { url: pg.url.replace('http://', 'http://user:s3cret@'), grouping: { job: 'modelgate', instance: 'acme/models' }, contentType: METRICS_CONTENT_TYPE });
    expect(r).toMatchObject({ ok: true, detail: 'HTTP 200' });
    expect(r.target).not.toContain('s3cret');
    expect(pg.got).toEqual([
      { method: 'PUT', url: '/metrics/job/modelgate/instance@base64/YWNtZS9tb2RlbHM', type: 'text/plain; version=0.0.4; charset=utf-8', auth: `Basic ${Buffer.from('user:s3cret').toString('base64')}`, body },
    ]);
  });

  it('a refused connection, a non-2xx answer and a timeout are results, never exceptions', async () => {
    const grouping = { job: 'modelgate', instance: 'x' };
    const bad = await fakePushgateway({ status: 400 });
    expect(await pushMetrics('x 1\n', { url: bad.url, grouping, contentType: METRICS_CONTENT_TYPE })).toMatchObject({ ok: false, detail: 'HTTP 400: pushed metrics are invalid' });
    const silent = await fakePushgateway({ answer: false });
    expect(await pushMetrics('x 1\n', { url: silent.url, grouping, contentType: METRICS_CONTENT_TYPE, timeoutMs: 200 })).toMatchObject({ ok: false, detail: 'no answer within 0.2 s' });
    const refused = await pushMetrics('x 1\n', { url: await refusedUrl(), grouping, contentType: METRICS_CONTENT_TYPE });
    expect(refused.ok).toBe(false);
    expect(refused.detail).toMatch(/^ECONNREFUSED/);
  });

  it('deliverMetrics writes the file and turns a failed push into a warning', async () => {
    const ws = tempWorkspace();
    const warnings: string[] = [];
    const info: string[] = [];
    const closed = await refusedUrl();
    const path = await deliverMetrics(monitored(), views, { workspace: ws, path: 'out/metrics.prom', pushgatewayUrl: closed, repository: 'acme/models', warn: (m) => warnings.push(m), info: (m) => info.push(m) });
    expect(path).toBe('out/metrics.prom');
    expect(readFileSync(join(ws, 'out/metrics.prom'), 'utf8')).toBe(await renderMetrics(monitored(), views));
    expect(warnings).toEqual([expect.stringContaining(`metrics push to ${closed}/metrics/job/modelgate/instance@base64/YWNtZS9tb2RlbHM failed: ECONNREFUSED`)]);
    expect(warnings[0]).toMatch(/; the verdict is unchanged$/);
    expect(info).toEqual([]);
    // Once a refusal ("leaves the workspace"): the metrics file is an output path the workflow chooses.
    const outside = tempWorkspace();
    expect(await deliverMetrics(monitored(), views, { workspace: ws, path: join(outside, 'x.prom'), warn: () => {}, info: () => {} })).toBe(join(outside, 'x.prom'));
    // A file that cannot be written is an OutputError, thrown after the push was tried.
    const pushed: string[] = [];
    const blocked = deliverMetrics(monitored(), views, { workspace: ws, path: 'out/metrics.prom/x', pushgatewayUrl: closed, warn: (m) => pushed.push(m), info: () => {} });
    await expect(blocked).rejects.toThrow(OutputError);
    expect(pushed).toHaveLength(1);
  });
});
