// `npm run bench`: figures, not pass/fail. Build time, page weights and Lighthouse scores per page
// type in German and Arabic, compared in the same run with the same German topics built as a plain
// Starlight site, plus the feature benchmarks (courses, orders) where they exist.
// Prints a table and writes bench/results.json. Loopback only; every loop is bounded.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localesOf, pageTypes } from '../scripts/lib/page-types.ts';
import { pageWeight, type PageWeight } from '../scripts/lib/page-weight.ts';
import { lighthouseScores, PERFORMANCE_RUNS, type LighthouseScores } from './lighthouse.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { localDevBindings, projectRoot as root } from '../scripts/lib/wrangler.ts';
import { DEMO_LOGINS, devMailboxLogin } from './dev-login.ts';
import { startLocalServer } from '../scripts/lib/local-server.ts';

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const seconds = (start: number) => (performance.now() - start) / 1000;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function run(command: string, args: string[], cwd = root): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

// 1. Our build, from scratch.
rmSync(join(root, 'dist'), { recursive: true, force: true });
const buildStart = performance.now();
run(process.execPath, ['scripts/validate-content.ts']);
run(bin('astro'), ['build']);
run(process.execPath, ['scripts/externalize-inline-code.ts']);
run(process.execPath, ['scripts/stylesheets-into-body.ts']);
const astroSeconds = seconds(buildStart);
run(bin('pagefind'), ['--site', 'dist']);
const buildSeconds = seconds(buildStart);
const pages = countHtml(join(root, 'dist'));
const locales = Object.keys((JSON.parse(readFileSync(join(root, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: object }).languages).length;
const build = { seconds: buildSeconds, astroSeconds, pages, msPerPage: (astroSeconds * 1000) / pages };

// 2. The Starlight baseline: the same German topics as plain Markdown pages.
const topicsDir = join(root, 'content/topics/de');
let starlight: { pages: number; seconds: number; msPerPage: number; topic?: { weight: PageWeight; lighthouse: LighthouseScores } } | undefined;
const starlightRoot = join(root, 'bench/starlight');
if (existsSync(topicsDir)) {
  const docs = join(starlightRoot, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  for (const file of readdirSync(topicsDir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(topicsDir, file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const title = /^title:\s*(.*)$/m.exec(frontmatter)?.[1] ?? file;
    // Our MDX components become their plain content: Starlight renders Markdown.
    const markdown = body.replace(/^(import|export) .*$/gm, '').replace(/<\/?[A-Z][^>]*>/g, '');
    writeFileSync(join(docs, file.replace(/\.mdx$/, '.md')), `---\ntitle: ${title}\n---\n${markdown}`);
  }
  rmSync(join(starlightRoot, 'dist'), { recursive: true, force: true });
  const start = performance.now();
  run(bin('astro'), ['build', '--root', starlightRoot]);
  const starlightSeconds = seconds(start);
  const starlightPages = countHtml(join(starlightRoot, 'dist'));
  starlight = { pages: starlightPages, seconds: starlightSeconds, msPerPage: (starlightSeconds * 1000) / starlightPages };
  const firstTopic = readdirSync(docs)[0]?.replace(/\.md$/, '');
  if (firstTopic) {
    const server = await serveStatic(join(starlightRoot, 'dist'));
    try {
      starlight.topic = {
        weight: await pageWeight(server.baseUrl, `/${firstTopic}/`),
        lighthouse: await lighthouseScores(`${server.baseUrl}/${firstTopic}/`),
      };
    } finally {
      await server.close();
    }
  }
}

// 3. Weight and Lighthouse per page type, German and Arabic, against the real local server.
// Local defaults (dev mailbox, no Resend key), so the demo contacts can log in for the LOGIN-area pages.
const server = await startLocalServer(localDevBindings);
const rows: { type: string; locale: string; path: string; weight: PageWeight; lighthouse: LighthouseScores }[] = [];
try {
  const cookies = new Map<string, string>();
  for (const type of pageTypes) {
    let headers: Record<string, string> = {};
    if (type.needsLogin) {
      if (!cookies.has(type.needsLogin)) cookies.set(type.needsLogin, await devMailboxLogin(server.baseUrl, server.persistDir, DEMO_LOGINS[type.needsLogin]));
      headers = { cookie: cookies.get(type.needsLogin)! };
    }
    for (const locale of localesOf(type)) {
      const path = type.path(locale);
      let lighthouse = await lighthouseScores(`${server.baseUrl}${path}`, headers);
      // Now and then Lighthouse gives no performance score for a page that loaded (no trace on a busy
      // machine); one more run tells such a miss from a page it cannot score (404).
      if (lighthouse.performance === null && (type.status ?? 200) === 200) {
        console.log(`Lighthouse gave ${path} no performance score; running it once more`);
        lighthouse = await lighthouseScores(`${server.baseUrl}${path}`, headers);
      }
      rows.push({ type: type.name, locale, path, weight: await pageWeight(server.baseUrl, path, headers), lighthouse });
    }
  }
} finally {
  await server.stop();
}

// 4. Feature benchmarks that exist (each prints its own figures and writes bench/<name>.json).
const packageScripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const features: Record<string, unknown> = {};
for (const name of ['bench:courses', 'bench:orders']) {
  if (!packageScripts[name]) continue;
  console.log(`\n— ${name} —`);
  execFileSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
  const file = join(root, `bench/${name.split(':')[1]}.json`);
  if (existsSync(file)) features[name] = JSON.parse(readFileSync(file, 'utf8'));
}

// 5. Report.
const lines: string[] = [];
lines.push(`Build: ${build.seconds.toFixed(1)} s for ${build.pages} pages in ${locales} search indexes (${build.msPerPage.toFixed(1)} ms per page, astro only)`);
if (starlight) {
  lines.push(`Starlight baseline: ${starlight.seconds.toFixed(1)} s for ${starlight.pages} pages (${starlight.msPerPage.toFixed(1)} ms per page)`);
  lines.push(`Ratio build time per page, ours / Starlight: ${(build.msPerPage / starlight.msPerPage).toFixed(2)}`);
} else {
  lines.push('Starlight baseline: not run (no German topics in content/topics/de yet)');
}
lines.push('');
lines.push(`Lighthouse performance: median of ${PERFORMANCE_RUNS} runs per page, in brackets the range where the runs differed.`);
lines.push('');
lines.push('| page type | lang | HTML KB gz | CSS KB gz | JS KB gz | requests | perf | a11y | best pr. | SEO |');
lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const score = (n: number | null) => (n === null ? '–' : String(n));
// The median of the runs, and their range when they differed: a reader sees how much one run can move.
const performanceCell = (l: LighthouseScores) => {
  const scored = l.performanceRuns.filter((s): s is number => s !== null);
  const [low, high] = [Math.min(...scored), Math.max(...scored)];
  return scored.length > 1 && low !== high ? `${score(l.performance)} (${low}–${high})` : score(l.performance);
};
const row = (type: string, locale: string, w: PageWeight, l: LighthouseScores) =>
  `| ${type} | ${locale} | ${kb(w.htmlGzip)} | ${kb(w.cssGzip)} | ${kb(w.jsGzip)} | ${w.requests} | ${performanceCell(l)} | ${score(l.accessibility)} | ${score(l['best-practices'])} | ${score(l.seo)} |`;
for (const r of rows) lines.push(row(r.type, r.locale, r.weight, r.lighthouse));
if (starlight?.topic) {
  lines.push(row('Starlight topic (baseline)', 'de', starlight.topic.weight, starlight.topic.lighthouse));
  const ours = rows.find((r) => r.type === 'topic' && r.locale === 'de')?.weight;
  if (ours) {
    const total = (w: PageWeight) => w.htmlGzip + w.cssGzip + w.jsGzip;
    const base = starlight.topic.weight;
    const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '∞') : (a / b).toFixed(2));
    lines.push('');
    lines.push(`Ratio topic page weight (gzip), ours / Starlight: HTML ${ratio(ours.htmlGzip, base.htmlGzip)}, CSS ${ratio(ours.cssGzip, base.cssGzip)}, JS ${ratio(ours.jsGzip, base.jsGzip)}, total ${ratio(total(ours), total(base))}`);
  }
}
lines.push('');
for (const type of pageTypes.filter((t) => t.jsBudgetKb !== undefined)) {
  for (const r of rows.filter((row) => row.type === type.name)) {
    const kbGz = r.weight.jsGzip / 1024;
    lines.push(`JS budget ${type.name} (${r.locale}): ${kb(r.weight.jsGzip)} KB of ${type.jsBudgetKb} KB gzip, ${kbGz <= type.jsBudgetKb! ? 'met' : '**missed**'}`);
  }
}
console.log(`\n${lines.join('\n')}\n`);

const results = { date: new Date().toISOString(), build, starlight, pages: rows, features };
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Written: bench/results.json');
