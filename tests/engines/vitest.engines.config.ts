import { defineConfig } from 'vitest/config';

/** The engine smoke: one engine at a time (2 cores, one served build on one port), generous timeouts for cold browsers. */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.engines.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
