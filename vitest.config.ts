import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests run in parallel; integration and end-to-end tests share one real
// local Neo4j (started by the global setup), so their files run one at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['ingest/**/*.test.ts', 'web/**/*.test.ts', 'db/**/*.test.ts', '*.test.ts'],
          exclude: ['**/*.int.test.ts', 'web/e2e/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['node_modules/**', 'web/e2e/**'],
          globalSetup: ['db/test-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.test.ts'],
          globalSetup: ['db/test-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
