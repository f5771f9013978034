// The HTML report as a person opens it: the Titanic example's pipeline prepares its release (stages 1
// to 3, --prepare-only), the gate runs on it (dist/cli.js check --html), headless Chromium opens the
// file, and we check what it shows, that it requested nothing but the file itself, and keep a
// screenshot (test/browser/output/html-report.png, not committed). It also lays the page out in a
// 1280 px desktop window and a 390 px phone: the page never scrolls sideways, wide tables scroll inside
// their own box (issue 19).
// A browser that cannot start fails the test: CI installs Debian's chromium first (.ci/run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/model.js';
import { DIST, ROOT, runCli } from '../helpers/action-runner.js';
import { WAIVER, check, finding, richReport } from '../helpers/reports.js';
import { views } from '../helpers/views.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'test', 'browser', 'output', 'html-report.png');
// Headless, and nothing that talks to the network on its own (updates, sync, safe-browsing lists…).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-first-run',
  '--no-pings',
  '--disable-dev-shm-usage',
  '--disable-gpu',
];

// The gate's workspace is the repository (the example's paths are relative to it); what the run
// writes goes to this ignored folder, one per process.
const OUT = `.tmp/browser-${process.pid}`;
let browser: Browser;

/** The widths a reviewer opens the report at: a laptop window and a phone. */
const WIDTHS = [1280, 390];

/**
 * Lays the page out at each width and checks that nothing makes the page scroll sideways: the document
 * is no wider than the window, every table sits in its scrolling box, and every box fits the window.
 */
async function expectFits(page: Page, label: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // (Strings: the expressions run in the page, whose DOM types this Node project does not load.)
    const layout = (await page.evaluate(`({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      tables: document.querySelectorAll('table').length,
      unboxed: [...document.querySelectorAll('table')].filter((t) => !t.parentElement.matches('div.scroll')).length,
      boxesPastEdge: [...document.querySelectorAll('div.scroll')].filter((d) => d.getBoundingClientRect().right > window.innerWidth + 0.5).length,
      scrolling: [...document.querySelectorAll('div.scroll')].filter((d) => d.scrollWidth > d.clientWidth).length,
    })`)) as { scrollWidth: number; innerWidth: number; tables: number; unboxed: number; boxesPastEdge: number; scrolling: number };
    console.log(`${label} at ${width} px: page ${layout.scrollWidth} px wide, ${layout.tables} tables, ${layout.scrolling} scrolling in their box`);
    expect(layout.innerWidth).toBe(width);
    expect(layout.scrollWidth, `${label} at ${width} px`).toBeLessThanOrEqual(layout.innerWidth);
    expect(layout.tables).toBeGreaterThan(0);
    expect(layout.unboxed).toBe(0);
    expect(layout.boxesPastEdge).toBe(0);
  }
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  const prepared = spawnSync(process.execPath, ['examples/titanic/pipeline.mjs', '--prepare-only', '--out', OUT, '--cli', join(DIST, 'cli.js')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(prepared.status, `${prepared.stdout}\n${prepared.stderr}`).toBe(0);
});

afterAll(async () => {
  await browser?.close();
  rmSync(join(ROOT, OUT), { recursive: true, force: true });
});

describe('the HTML report in headless Chromium', () => {
  it('shows the verdict, one row per check and the bias charts, and requests nothing but itself', async () => {
    const run = runCli(['check', '--manifest', `${OUT}/model-release.yaml`, '--policy', `${OUT}/policy.yaml`, '--json', `${OUT}/report.json`, '--html', `${OUT}/report.html`], ROOT);
    // As shipped the example is blocked (bias limits); passed or blocked, the report must show it.
    expect([0, 1], run.stderr).toContain(run.status);
    const report = JSON.parse(readFileSync(join(ROOT, OUT, 'report.json'), 'utf8')) as Report;
    const file = join(ROOT, OUT, 'report.html');
    console.log(`HTML report of the Titanic example: ${statSync(file).size} bytes (verdict ${report.verdict})`);

    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });

    const verdict = { passed: 'passed', blocked: 'blocked', error: 'could not decide (error)' }[report.verdict];
    expect(await page.locator('h1').textContent()).toBe(`ModelGate ${verdict}: ${report.release.name}@${report.release.version}`);
    expect(await page.locator('h1 .verdict').isVisible()).toBe(true);
    expect(await page.title()).toBe(`ModelGate ${report.verdict}: ${report.release.name}@${report.release.version}`);

    const rows = page.locator('table.checks tbody tr');
    expect(await rows.count()).toBe(report.checks.length);
    expect(await rows.locator('code').allInnerTexts()).toEqual(report.checks.map((c) => c.id));

    // One chart per bias feature, one drawn bar per observed group.
    const bias = report.checks.find((c) => c.id === 'bias');
    expect(bias?.status).not.toBe('skipped');
    const features = bias!.facts.features as Record<string, { groups: Array<{ observed: boolean }> }>;
    const charts = page.locator('svg.chart[id$="-groups"]');
    expect(await charts.count()).toBe(Object.keys(features).length);
    for (const [i, f] of Object.values(features).entries()) {
      const bars = charts.nth(i).locator('rect.bar');
      expect(await bars.count()).toBe(f.groups.filter((g) => g.observed).length);
      const box = await bars.first().boundingBox();
      expect(box && box.width > 0 && box.height > 0).toBe(true);
    }
    expect(await page.locator('svg.chart title').count()).toBeGreaterThan(0);
    // The PII column table is there, and the inline stylesheet was applied (the CSP allows it).
    // (A string: the expression runs in the page, whose DOM types this Node project does not load.)
    expect(await page.locator('table.pii-columns tbody tr').count()).toBeGreaterThan(0);
    expect(await page.evaluate('getComputedStyle(document.querySelector("header.banner")).borderLeftWidth')).toBe('8px');

    await expectFits(page, 'the Titanic report');
    await page.setViewportSize({ width: 1200, height: 900 });

    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    await page.close();

    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
  });

  it('fits a 1280 px window and a 390 px phone with long unbroken names, paths and messages', async () => {
    // What the Titanic example does not have: a long release name, package names, paths and URLs with
    // no place to break, a waiver with a long reason, and many findings in a wide table.
    const long = (what: string, n = 240): string => `${what}-${'x'.repeat(n)}`;
    const base = richReport();
    const wide = finding({
      ruleId: 'dependency/vulnerable-package',
      severity: 'high',
      violation: true,
      target: long('@scope/package'),
      message: `see https://example.com/${'advisory/'.repeat(30)} for ${long('CVE')}`,
      evidence: long('evidence', 120),
      location: { file: `${'deeply/nested/'.repeat(12)}requirements.txt`, line: 1200, column: 3 },
    });
    const waiver = { ...WAIVER, target: long('target'), reason: long('reason'), owner: long('owner', 60) };
    const report: Report = {
      ...base,
      release: { ...base.release, name: long('release-name', 120) },
      manifest: `${'releases/'.repeat(15)}model-release.yaml`,
      policy: `${'policies/'.repeat(15)}policy.yaml`,
      checks: [...base.checks, check({ id: 'dependency-long', status: 'failed', findings: Array.from({ length: 30 }, () => wide) })],
      waivers: { applied: [waiver], unused: [waiver], expired: [waiver] },
    };
    const file = join(ROOT, OUT, 'long.html');
    mkdirSync(join(ROOT, OUT), { recursive: true });
    writeFileSync(file, renderHtml(report, views));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await expectFits(page, 'a report of long names');
    await page.close();
  });
});
