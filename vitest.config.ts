import { defineConfig } from 'vitest/config';
import { textImport } from './scripts/text-import.mjs';

// Unit and end-to-end tests. The real-data suite (test/real, reads ../shared) has its own config.
export default defineConfig({
  plugins: [textImport()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/build-dist.ts'],
    testTimeout: 60_000,
  },
});
