import { defineConfig } from 'vitest/config';

// Three layers in one run (`npm test`), plus quality gates over the build:
// - unit: pure logic in src/domain (and checks of files such as public/_headers), in Node;
// - gates: HTML validity, links and deployability of dist/;
// - functions and e2e: against the built site served by `wrangler pages dev` (real workerd, real
//   D1 on SQLite) that tests/support/global-server.ts starts once on a free loopback port.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // Gates over the built dist/ (HTML validity, links, deployability); no server needed.
          name: 'gates',
          include: ['tests/gates/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/functions/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/support/global-server.ts'],
          // One Chromium at a time on a 2-core machine keeps timings steady.
          fileParallelism: false,
          // axe on pages with 15 topic tiles can take 15–30 s when the machine is busy.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
