import { defineConfig } from 'vitest/config';

// The HTML report in a real browser (headless Debian Chromium through playwright-core): `npm run
// test:browser`, apart from `npm test` because it needs /usr/bin/chromium (.ci/run installs it).
// It runs the bundle, so the global setup builds it (MODELGATE_DIST / MODELGATE_SKIP_BUILD apply).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    globalSetup: ['test/e2e/build-dist.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
