import { defineConfig } from 'vitest/config';

// Real-data suite: tests over ../shared (read-only). Each file skips itself when ../shared is absent.
export default defineConfig({
  test: {
    include: ['test/real/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
