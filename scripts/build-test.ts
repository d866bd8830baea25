// `npm run build:test` (part of `npm test`): `npm run build` as of TEST_BUILD_DATE with the fixture courses,
// so the suite gives the same result on any day and whatever courses content/deutschkurse/ holds.
import { spawnSync } from 'node:child_process';
import { projectRoot } from './lib/wrangler.ts';
import { testBuildEnv } from './lib/test-build.ts';

console.log(`Test build: BUILD_DATE=${testBuildEnv.BUILD_DATE}, COURSES_DIR=${testBuildEnv.COURSES_DIR}`);
const npm = process.env['npm_execpath'];
const result = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...testBuildEnv } })
  : spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...testBuildEnv } });
process.exit(result.status ?? 1);
