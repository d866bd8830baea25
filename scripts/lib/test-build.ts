// What `npm test` builds: the site as of a fixed date, with the course catalogue from fixture courses.
// Sample courses end and real course lists get imported; neither may change what the tests see.
// Used by scripts/build-test.ts (the build of `npm test`) and vitest.config.ts (builds inside tests).

/** The day the test build pretends it is (courses that ended before it are hidden). */
export const TEST_BUILD_DATE = '2026-11-23';

/** Course files the test build publishes instead of content/deutschkurse/ (relative to the project root). */
export const TEST_COURSES_DIR = 'tests/fixtures/deutschkurse';

export const testBuildEnv = { BUILD_DATE: TEST_BUILD_DATE, COURSES_DIR: TEST_COURSES_DIR } as const;
