import { defineConfig } from 'vitest/config';
import { textImport } from './scripts/text-import.mjs';

// Real-data suite: tests over ../shared (read-only). Each file skips itself when ../shared is absent.
export default defineConfig({
  plugins: [textImport()],
  test: {
    include: ['test/real/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
