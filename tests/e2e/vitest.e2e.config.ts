import { defineConfig } from 'vitest/config';

/** Real-browser tests: one file at a time (2 cores), generous timeouts for a cold Chromium. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
