// Lighthouse (mobile preset, offline) for one URL: the four category scores 0–100. The browser is the one the
// tests use (scripts/lib/chromium.ts: CHROMIUM_PATH, then a system Chromium, then the npm one with npm fonts).
//
// Performance is the median of several runs, as Lighthouse CI does by default (3 runs): one run's score moves with
// the machine, and the range shows by how much. Accessibility, best practices and SEO do not vary and come from
// the first run.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../scripts/lib/wrangler.ts';
import { resolveChromium, type ResolvedBrowser } from '../scripts/lib/chromium.ts';

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
/** null where Lighthouse cannot score, e.g. a page answered with status 404 on purpose. */
export type LighthouseScores = Record<Category, number | null> & {
  /** Every run's performance score, in run order (null: that run gave none). */
  performanceRuns: (number | null)[];
};

export const PERFORMANCE_RUNS = 3;

const cli = join(projectRoot, 'node_modules/lighthouse/cli/index.js');
let browser: Promise<ResolvedBrowser> | undefined;

/** The median of the scores a run gave (lower middle for an even count); null when no run gave one. */
export function medianScore(runs: readonly (number | null)[]): number | null {
  const scores = runs.filter((s): s is number => s !== null).sort((a, b) => a - b);
  return scores.length === 0 ? null : scores[Math.floor((scores.length - 1) / 2)]!;
}

async function lighthouseRun(url: string, headers: Record<string, string>, categories: readonly Category[]): Promise<Record<Category, number | null>> {
  // Lighthouse 13 ignores --chrome-path; it finds the browser through CHROME_PATH.
  // A file, not stdout: Lighthouse exits before a large report has drained through a pipe.
  browser ??= resolveChromium();
  const chromium = await browser;
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [cli, url, '--output=json', `--output-path=${output}`, '--quiet',
        `--only-categories=${categories.join(',')}`,
        ...(Object.keys(headers).length > 0 ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'],
      { env: { ...process.env, ...chromium.env, CHROME_PATH: chromium.executablePath }, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch {
    // Lighthouse exits non-zero on pages it refuses to score (status 404); it still writes its report.
  }
  let report: { categories: Record<string, { score: number | null }> } = { categories: {} };
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as typeof report;
  } catch {
    // No report at all: every score stays null.
  }
  rmSync(dir, { recursive: true, force: true });
  const score = (id: string) => {
    const value = report.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
}

/** `headers`: sent with every request, e.g. the session cookie of a page behind the login. */
export async function lighthouseScores(url: string, headers: Record<string, string> = {}, runs = PERFORMANCE_RUNS): Promise<LighthouseScores> {
  const first = await lighthouseRun(url, headers, ['performance', 'accessibility', 'best-practices', 'seo']);
  const performanceRuns = [first.performance];
  for (let i = 1; i < runs; i++) performanceRuns.push((await lighthouseRun(url, headers, ['performance'])).performance);
  return { ...first, performance: medianScore(performanceRuns), performanceRuns };
}
