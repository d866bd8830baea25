// Benchmark of the topic pages (not a timed test): full build time incl. pagefind, HTML size
// (gzip) and JavaScript of the topic pages, and the file count of dist/ (Cloudflare Pages: 20,000).
//   npm run bench:topics              builds, then measures
//   npm run bench:topics -- --no-build   measures the existing dist/
import { execSync } from 'node:child_process';
import { glob, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

let buildSeconds: number | undefined;
if (!process.argv.includes('--no-build')) {
  const start = performance.now();
  execSync('npm run build', { cwd: root, stdio: 'ignore' });
  buildSeconds = (performance.now() - start) / 1000;
}

const sizes: { path: string; gzip: number; scripts: number }[] = [];
for await (const path of glob('*/themen/*/index.html', { cwd: dist })) {
  const html = await readFile(join(dist, path));
  sizes.push({ path, gzip: gzipSync(html).length, scripts: (html.toString('utf8').match(/<script/g) ?? []).length });
}
let files = 0;
for await (const _ of glob('**/*', { cwd: dist, withFileTypes: true })) if (_.isFile()) files += 1;
sizes.sort((a, b) => b.gzip - a.gzip);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const result = {
  buildSeconds: buildSeconds === undefined ? null : Number(buildSeconds.toFixed(1)),
  topicPages: sizes.length,
  htmlGzipMax: sizes[0]?.gzip ?? 0,
  htmlGzipMaxPage: sizes[0]?.path ?? '',
  htmlGzipMedian: sizes[Math.floor(sizes.length / 2)]?.gzip ?? 0,
  topicPagesWithScript: sizes.filter((s) => s.scripts > 0).length,
  distFiles: files,
};
console.log(`build (incl. pagefind): ${result.buildSeconds ?? 'skipped'} s   (target ≤ 60 s)`);
console.log(`topic pages: ${result.topicPages}; HTML gzip max ${kb(result.htmlGzipMax)} (${result.htmlGzipMaxPage}), median ${kb(result.htmlGzipMedian)}   (target ≤ 14 KB)`);
console.log(`topic pages with a <script>: ${result.topicPagesWithScript}   (target 0: JavaScript only on the search page)`);
console.log(`files in dist/: ${result.distFiles}   (Cloudflare Pages limit 20,000)`);
console.log(JSON.stringify(result));
