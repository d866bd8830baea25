import { defineConfig } from 'vitest/config';
import { TEST_BUILD_DATE } from './scripts/lib/test-build.ts';

// Three layers in one run (`npm test`), plus quality gates over the build:
// - unit: pure code in src/domain, src/views and src/http (and checks of files such as public/_headers), in Node;
// - gates: everything that only reads the built dist/ (HTML validity, links, deployability, build output);
// - functions and e2e: against the built site served by `wrangler pages dev` (real workerd, real
//   D1 on SQLite) that tests/support/global-server.ts starts once on a free loopback port.
// `npm test` builds dist/ with scripts/build-test.ts: a fixed BUILD_DATE and fixture courses.
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
          // Tests that only read the built dist/; no server, no browser.
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
          // Builds inside tests (tests/e2e/topic-fallback.test.ts) use the same fixed date as `npm test`'s build.
          env: { BUILD_DATE: TEST_BUILD_DATE },
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
