// The HTML report as a person opens it: the Titanic example's pipeline prepares its release (stages 1
// to 3, --prepare-only), the gate runs on it (dist/cli.js check --html), headless Chromium opens the
// file, and we check what it shows, that it requested nothing but the file itself, and keep a
// screenshot (test/browser/output/html-report.png, not committed).
// A browser that cannot start fails the test: CI installs Debian's chromium first (.ci/run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { DIST, ROOT, runCli } from '../helpers/action-runner.js';

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

    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    await page.close();

    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
  });
});
