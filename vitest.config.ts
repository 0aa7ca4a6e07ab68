import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // A real PostgreSQL server for the store's contract tests, when this machine has one.
    globalSetup: ['./test/setup/postgres.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter tests start local fake servers; two cores, so keep the pool small.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
