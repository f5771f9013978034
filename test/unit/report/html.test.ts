import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { bias } from '../../../checks/bias/index.js';
import type { EndpointsFacts } from '../../../checks/endpoints/facts.js';
import type { Change } from '../../../checks/lineage/knowngood.js';
import { pii, type PiiFacts } from '../../../checks/pii/index.js';
import type { Check } from '../../../src/check.js';
import { writeReportFiles } from '../../../src/deliver.js';
import { runGate } from '../../../src/gate.js';
import { HTML_CSP, renderHtml } from '../../../src/report/html.js';
import { selectionThresholds } from '../../../checks/bias/html.js';
import { barChart } from '../../../src/report/html/chart.js';
import { Html, html, htmlEscape, table } from '../../../src/report/html/markup.js';
import type { Report } from '../../../src/report/model.js';
import { chars, rng, ssn } from '../../helpers/personal-data.js';
import { releaseManifest } from '../../helpers/release.js';
import { tempWorkspace } from '../../helpers/workspace.js';
import { check, finding, reportOf, richReport } from '../../helpers/reports.js';
import { views } from '../../helpers/views.js';
import { lineageArtifact, lineageFacts, piiColumn, piiFacts, piiFile } from '../../helpers/facts.js';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

/** Parses as a browser does; a parse error (unclosed or misnested tag) fails the test. */
function dom(text: string) {
  const errors: string[] = [];
  const doc = parse(text, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  expect(errors).toEqual([]);
  const all: Element[] = [];
  const walk = (n: Node): void => {
    if ('tagName' in n) all.push(n);
    const kids = 'content' in n && n.nodeName === 'template' ? n.content.childNodes : 'childNodes' in n ? n.childNodes : [];
    for (const k of kids) walk(k);
  };
  walk(doc);
  return all;
}
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
const text = (n: Node): string => ('value' in n && n.nodeName === '#text' ? n.value : 'childNodes' in n ? n.childNodes.map(text).join('') : '');
const within = (e: Element, tag: string, cls?: string): Element[] => {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    if ('tagName' in n && n !== e && n.tagName === tag && (!cls || (attr(n, 'class') ?? '').split(' ').includes(cls))) out.push(n);
    if ('childNodes' in n) for (const k of n.childNodes) walk(k);
  };
  walk(e);
  return out;
};
const byId = (els: Element[], id: string): Element => {
  const e = els.find((x) => attr(x, 'id') === id);
  expect(e, `#${id}`).toBeDefined();
  return e!;
};

describe('html markup', () => {
  it('escapes every interpolated string, quotes included, and keeps Html as is', () => {
    const evil = '<script>alert("x")</script>\'';
    expect(html`<td title="${evil}">${evil}</td>`.text).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;</td>',
    );
    // Exact text otherwise: a scoped package or an address keeps its @ (no Markdown mention defusing).
    expect(htmlEscape('@types/node a@b')).toBe('@types/node a@b');
    expect(html`<p>${new Html('<b>kept</b>')}${[1, ' & ', null, undefined, false]}</p>`.text).toBe('<p><b>kept</b>1 &amp; </p>');
  });

  it('builds tables with a caption, column headers and row headers', () => {
    const els = dom(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${table('Cap <x>', ['A', { label: 'B', numeric: true }], [['r1', 1], ['r2', 2]])}</body></html>`);
    const t = els.find((e) => e.tagName === 'table')!;
    expect(text(within(t, 'caption')[0]!)).toBe('Cap <x>');
    expect(within(t, 'th').filter((th) => attr(th, 'scope') === 'col').map(text)).toEqual(['A', 'B']);
    expect(within(t, 'th').filter((th) => attr(th, 'scope') === 'row').map(text)).toEqual(['r1', 'r2']);
    expect(within(t, 'td').map((td) => attr(td, 'class'))).toEqual(['num', 'num']);
  });

  it('puts each table in its own scrolling region, named by its caption and reachable from the keyboard (issue 19)', () => {
    const els = dom(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${table('Cap "<x>"', ['A'], [['r1']])}</body></html>`);
    const box = els.find((e) => e.tagName === 'div')!;
    expect([attr(box, 'class'), attr(box, 'role'), attr(box, 'aria-label'), attr(box, 'tabindex')]).toEqual(['scroll', 'region', 'Cap "<x>"', '0']);
    expect(within(box, 'table')).toHaveLength(1);
    const page = renderHtml(richReport(), views);
    expect(page.split('<table').length).toBe(page.split('<div class="scroll" role="region"').length);
  });
});

describe('barChart', () => {
  it('draws one bar per value, scaled on one axis, with threshold lines, a title and a description', () => {
    const svg = barChart({ id: 'c', title: 'T', desc: 'D', bars: [{ label: 'a', value: 0.5 }, { label: 'b', value: 0.25, cls: 'fail' }], lines: [{ value: 0.4, label: 'limit' }], format: String, minMax: 1 }).text;
    const els = dom(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${svg}</body></html>`);
    const s = byId(els, 'c');
    expect(attr(s, 'role')).toBe('img');
    expect(attr(s, 'aria-labelledby')).toBe('c-t c-d');
    expect(text(byId(els, 'c-t'))).toBe('T');
    expect(text(byId(els, 'c-d'))).toBe('D');
    const bars = within(s, 'rect', 'bar');
    expect(bars.map((b) => attr(b, 'data-label'))).toEqual(['a', 'b']);
    const widths = bars.map((b) => Number(attr(b, 'width')));
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 2);
    expect(attr(bars[1]!, 'class')).toBe('bar fail');
    expect(within(s, 'g', 'threshold')).toHaveLength(1);
  });

  it('extends the axis past 1 for values above it and clamps nothing away', () => {
    const svg = barChart({ id: 'c', title: 'T', desc: 'D', bars: [{ label: 'a', value: 1.8 }, { label: 'b', value: -0.3 }], format: String }).text;
    expect(svg).toContain('>2</text>');
    expect(svg).toContain('>-0.5</text>');
  });
});

describe('renderHtml', () => {
  it('is one HTML5 document: verdict banner, a row per check, the violations with locations and masked evidence, the waivers', () => {
    const report = richReport();
    const out = renderHtml(report, views);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const els = dom(out);
    const h1 = els.find((e) => e.tagName === 'h1')!;
    expect(text(h1)).toBe('ModelGate could not decide (error): fraud-model@1.4.0');
    expect(attr(els.find((e) => e.tagName === 'header')!, 'class')).toBe('banner error');
    expect(text(els.find((e) => e.tagName === 'title')!)).toBe('ModelGate error: fraud-model@1.4.0');

    const checks = els.find((e) => e.tagName === 'table' && attr(e, 'class') === 'checks')!;
    const rows = within(within(checks, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(report.checks.length);
    expect(rows.map((r) => text(within(r, 'code')[0]!))).toEqual(report.checks.map((c) => c.id));
    expect(text(rows[4]!)).toContain('endpoints.yml: not found');

    const violations = els.find((e) => e.tagName === 'table' && attr(e, 'class') === 'violations')!;
    const vrows = within(within(violations, 'tbody')[0]!, 'tr');
    expect(vrows).toHaveLength(report.violations);
    expect(text(vrows[0]!)).toContain('lineage/artifact-digest-mismatch');
    expect(text(vrows[0]!)).toContain('release/modelgate.yml:7:13');
    const piiRow = vrows.find((r) => text(r).includes('pii/email-in-column'))!;
    expect(text(piiRow)).toContain('data/train.csv record 41 field email');
    expect(text(piiRow)).toContain('j***@e******.com');

    const waivers = els.find((e) => e.tagName === 'table' && attr(e, 'class') === 'waivers')!;
    expect(within(within(waivers, 'tbody')[0]!, 'tr').map((r) => text(within(r, 'td')[0]!))).toEqual(['applied', 'unused']);
    // The skipped check has no section; the others have one each, linked from the checks table.
    const sections = els.filter((e) => e.tagName === 'section' && (attr(e, 'id') ?? '').startsWith('check-')).map((e) => attr(e, 'id'));
    expect(sections).toEqual(['check-lineage', 'check-dependency', 'check-pii', 'check-container-image', 'check-endpoints']);
    expect(els.filter((e) => e.tagName === 'a' && attr(e, 'href') === '#check-pii')).toHaveLength(2);
  });

  it('escapes every string from the report: no injected element, attribute or script', () => {
    const evil = (s: string) => `<script>alert("${s}")</script><img src=x onerror="alert('${s}')">`;
    const report = reportOf(
      [
        check({
          id: 'pii',
          title: evil('title'),
          status: 'failed',
          reason: evil('reason'),
          findings: [finding({ ruleId: 'pii/x', violation: true, message: evil('msg'), target: evil('target'), evidence: evil('ev'), location: { file: evil('file'), line: 1, field: evil('field') } })],
          outputs: [{ path: evil('out'), kind: evil('kind') }],
          facts: piiFacts({
            files: [piiFile({ path: evil('path'), columns: [piiColumn({ name: evil('col'), type: 'email', category: 'personal', sensitivity: 'moderate', confidence: 1, prevalence: { email: 1 }, action: 'mask' })] })],
            totals: { records: 1, recordsMasked: 0, recordsQuarantined: 0, counts: {}, byCategory: { [evil('cat')]: 1 } },
          }),
        }),
      ],
      { release: { name: evil('name'), version: '"1"' }, manifest: evil('manifest'), run: { repository: 'a/b"><x', serverUrl: 'https://github.com', runId: '1"2', sha: evil('sha') } },
    );
    report.waivers = { applied: [{ rule: evil('rule'), reason: evil('why'), owner: evil('owner'), expires: '2099-01-01' }], unused: [], expired: [] };
    const out = renderHtml(report, views);
    const els = dom(out);
    expect(els.filter((e) => ['script', 'img', 'x'].includes(e.tagName))).toEqual([]);
    expect(els.flatMap((e) => e.attrs.filter((a) => a.name.startsWith('on')))).toEqual([]);
    expect(out).toContain('&lt;script&gt;alert(&quot;msg&quot;)&lt;/script&gt;');
    const body = text(els.find((e) => e.tagName === 'main')!);
    for (const what of ['title', 'msg', 'target', 'ev', 'out', 'path', 'col', 'cat', 'rule', 'why']) expect(body, what).toContain(`<script>alert("${what}")</script>`);
    expect(attr(els.find((e) => e.tagName === 'a' && attr(e, 'rel') === 'noreferrer')!, 'href')).toBe('https://github.com/a/b"><x/actions/runs/1"2');
  });

  it('makes no external request: a strict CSP, no src, no stylesheet link or url(), links only to its own sections or the run', () => {
    const report = richReport();
    const out = renderHtml(report, views);
    const els = dom(out);
    const csp = els.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(csp!, 'content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(HTML_CSP).toBe(attr(csp!, 'content'));
    expect(els.filter((e) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'image', 'use', 'form'].includes(e.tagName)).map((e) => e.tagName)).toEqual([]);
    const refs = els.flatMap((e) => e.attrs.filter((a) => /^(src|srcset|href|xlink:href|action|formaction|poster|data)$/.test(a.name)).map((a) => ({ tag: e.tagName, ...a })));
    const external = refs.filter((r) => !(r.name === 'href' && r.tag === 'a' && r.value.startsWith('#')));
    expect(external).toEqual([{ tag: 'a', name: 'href', value: 'https://github.com/acme/models/actions/runs/42' }]);
    const css = els.filter((e) => e.tagName === 'style').map(text).join('') + els.map((e) => attr(e, 'style') ?? '').join('');
    expect(css).not.toMatch(/url\s*\(|@import|@font-face/i);
  });

  it('is deterministic: the same report gives the same bytes', () => {
    const report = richReport();
    const copy = JSON.parse(JSON.stringify(report)) as Report;
    expect(renderHtml(copy, views)).toBe(renderHtml(report, views));
  });

  it('shows the lineage diff against known-good and the endpoint table from their facts', () => {
    const changes: Change[] = [
      { kind: 'artifact', item: 'model/model.bin', change: 'changed', before: 'a'.repeat(64), after: 'b'.repeat(64) },
      { kind: 'metric', item: 'accuracy', change: 'regressed', before: 0.91, after: 0.85, delta: -0.06, breach: true },
      { kind: 'dependency', item: 'PyPI:numpy', change: 'unchanged', before: '1.26.4', after: '1.26.4' },
    ];
    const endpoints: EndpointsFacts = {
      files: 1, documents: 2, endpoints: 2, routes: 0, byPlatform: { kserve: 2 }, production: 2, public: 0, failing: 1, ignoredKinds: {}, unknownKinds: {}, verdictStore: null,
      rules: [
        { key: 'tls-required', id: 'endpoints/tls-required', severity: 'high', halt: false, failing: 1, passing: 1, notApplicable: 0 },
        { key: 'model-verdict', id: 'endpoints/model-verdict', severity: 'critical', halt: true, failing: 0, passing: 1, notApplicable: 1 },
      ],
      table: [
        { name: 'scorer-b', platform: 'kserve', file: 'k8s/b.yaml', line: 3, failed: [], notApplicable: ['model-verdict'] },
        { name: 'scorer-a', platform: 'kserve', file: 'k8s/a.yaml', line: 7, failed: ['tls-required'], notApplicable: [] },
      ],
      halt: [],
    };
    const report = reportOf([
      check({
        id: 'lineage',
        facts: lineageFacts({
          baseline: { manifest: 'releases/1.3.0.yaml', version: '1.3.0', changes, dependencies: { compared: false, reason: 'no report' }, bias: { compared: false, reason: 'no report' } },
          artifacts: [lineageArtifact({ path: 'model/model.bin', kind: 'file', size: 2048, sha256: 'b'.repeat(64), ok: true })],
        }),
      }),
      check({ id: 'endpoints', facts: endpoints }),
    ]);
    const els = dom(renderHtml(report, views));
    const diff = els.find((e) => e.tagName === 'table' && attr(e, 'class') === 'lineage-diff')!;
    const rows = within(within(diff, 'tbody')[0]!, 'tr').map((r) => within(r, 'th').concat(within(r, 'td')).map(text));
    // Unchanged items are left out; artifacts first; digests shortened.
    expect(rows).toEqual([
      ['model/model.bin', 'artifact', 'aaaaaaaaaaaa…', 'bbbbbbbbbbbb…', ' changed'],
      ['accuracy', 'metric', '0.91', '0.85', 'beyond limit regressed (-0.06)'],
    ]);
    expect(text(diff)).toContain('releases/1.3.0.yaml');
    const fleet = els.find((e) => e.tagName === 'table' && attr(e, 'class') === 'fleet')!;
    const frows = within(within(fleet, 'tbody')[0]!, 'tr').map((r) => within(r, 'th').concat(within(r, 'td')).map(text));
    expect(frows).toEqual([
      ['scorer-a', 'kserve', 'k8s/a.yaml:7', 'fail', 'pass'],
      ['scorer-b', 'kserve', 'k8s/b.yaml:3', 'pass', 'n/a'],
    ]);
  });

  it('derives the selection-rate thresholds from the demographic-parity limits', () => {
    const g = (v: string, sr: number, judged = true) => ({ group: { s: v }, observed: true, judged, count: 50, weight: 50, tp: 0, fp: 0, tn: 0, fn: 0, selectionRate: sr });
    const feature = {
      features: ['s'],
      referenceGroup: { s: 'b' },
      groups: [g('a', 0.5), g('b', 0.4), g('c', 0.9, false)],
      disparities: {} as never,
      limits: [
        { metric: 'demographicParityRatio' as const, value: 0.8, min: 0.8, passed: true },
        { metric: 'demographicParityDifference' as const, value: 0.1, max: 0.05, passed: false },
        { metric: 'disparateImpactMin' as const, value: 1, min: 0.9, passed: true },
      ],
    };
    // The highest judged rate is 0.5 (the small group c is not gated); the reference rate is 0.4.
    expect(selectionThresholds(feature).map((l) => Number(l.value.toFixed(6)))).toEqual([0.4, 0.45, 0.36]);
  });
});

describe('renderHtml over a real gate run (pii + bias)', () => {
  const r = rng(1912);
  const people = Array.from({ length: 240 }, (_, i) => ({
    id: i,
    name: `${['Mary', 'John', 'Linda', 'James'][i % 4]} ${['Johnson', 'Smith', 'Garcia', 'Brown'][Math.floor(r() * 4)]}`,
    email: `${chars(r, 'abcdefghij', 9)}@example.org`,
    ssn: ssn(r),
    sex: r() < 0.5 ? 'female' : 'male',
    pclass: String(1 + Math.floor(r() * 3)),
  }));
  const planted = people.flatMap((p) => [p.email, p.ssn, p.name]);
  const data = 'id,name,email,ssn,sex,pclass\n' + people.map((p) => [p.id, p.name, p.email, p.ssn, p.sex, p.pclass].join(',')).join('\n') + '\n';
  const predictions =
    'y,yhat,sex,pclass\n' + people.map((p) => [r() < 0.4 ? 1 : 0, r() < (p.sex === 'female' ? 0.6 : 0.2) ? 1 : 0, p.sex, p.pclass].join(',')).join('\n') + '\n';
  const manifest =
    releaseManifest('data', '  scan:\n    - path: data/people.csv\n') +
    'evaluation:\n  predictions: data/predictions.csv\n  label: y\n  prediction: yhat\n  sensitiveFeatures: [sex, pclass]\n  intersections: [[sex, pclass]]\n';
  const policy = 'pii: { actions: { personal: mask } }\nbias:\n  minGroupSize: 10\n  resamples: 50\n  limits:\n    demographicParityRatio: { min: 0.8 }\n';

  async function run() {
    const ws = tempWorkspace({ 'model-release.yaml': manifest, 'policy.yaml': policy, 'data/people.csv': data, 'data/predictions.csv': predictions });
    const logger = { info() {}, warning() {}, debug() {} };
    const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [pii as Check, bias as Check], now: new Date('2026-06-01T00:00:00Z') });
    return { ws, report };
  }

  it('has the PII column table, an SVG per bias feature with one bar per group, and no planted value', async () => {
    const { ws, report } = await run();
    expect(report.verdict).toBe('blocked'); // the selection rates differ threefold by sex
    const written = writeReportFiles(report, { html: 'out/report.html' }, ws, views);
    expect(written).toEqual({ html: 'out/report.html' });
    const out = readFileSync(join(ws, 'out/report.html'), 'utf8');
    expect(out).toBe(renderHtml(report, views));
    const els = dom(out);

    const facts = report.checks.find((c) => c.id === 'pii')!.facts as unknown as PiiFacts;
    const classified = facts.files[0]!.columns.filter((c) => c.type || c.quasiIdentifier).map((c) => c.name);
    expect(classified).toEqual(expect.arrayContaining(['name', 'email', 'ssn']));
    const piiTable = els.find((e) => e.tagName === 'table' && attr(e, 'class') === 'pii-columns')!;
    const piiRows = within(within(piiTable, 'tbody')[0]!, 'tr');
    expect(piiRows.map((row) => text(within(row, 'th')[0]!))).toEqual(classified);
    const email = piiRows.find((row) => text(within(row, 'th')[0]!) === 'email')!;
    expect(within(email, 'td').map(text)).toEqual(['data/people.csv', 'email', 'personal', '100.0%', '1.00', 'moderate', 'no', 'mask', '–']);

    const features = report.checks.find((c) => c.id === 'bias')!.facts.features as Record<string, { groups: Array<{ observed: boolean; group: Record<string, string> }> }>;
    expect(Object.keys(features)).toEqual(['sex', 'pclass', 'sex*pclass']);
    const charts = els.filter((e) => e.tagName === 'svg' && (attr(e, 'id') ?? '').endsWith('-groups'));
    expect(charts).toHaveLength(3);
    Object.values(features).forEach((f, i) => {
      const bars = within(charts[i]!, 'rect', 'bar');
      const groups = f.groups.filter((g) => g.observed).map((g) => Object.values(g.group).join(' · '));
      expect(bars.map((b) => attr(b, 'data-label'))).toEqual(groups);
      expect(within(charts[i]!, 'title')[0] && text(within(charts[i]!, 'title')[0]!)).toContain('selection rate per group');
    });
    // The four-fifths threshold line is drawn on the per-group charts, and the failing limit is shown.
    expect(within(charts[0]!, 'g', 'threshold')).toHaveLength(1);
    expect(within(charts[0]!, 'rect', 'fail').length).toBeGreaterThan(0);

    for (const v of planted) expect(out.includes(v), `leaked ${v.slice(0, 2)}…`).toBe(false);
  });
});
