// Lighthouse (mobile preset, offline) for one URL: the four category scores 0–100. The browser is the one the
// tests use (scripts/lib/chromium.ts: CHROMIUM_PATH, then a system Chromium, then the npm one with npm fonts).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../scripts/lib/wrangler.ts';
import { resolveChromium, type ResolvedBrowser } from '../scripts/lib/chromium.ts';

/** null where Lighthouse cannot score, e.g. a page answered with status 404 on purpose. */
export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;

const cli = join(projectRoot, 'node_modules/lighthouse/cli/index.js');
let browser: Promise<ResolvedBrowser> | undefined;

/** `headers`: sent with every request, e.g. the session cookie of a page behind the login. */
export async function lighthouseScores(url: string, headers: Record<string, string> = {}): Promise<LighthouseScores> {
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
      '--only-categories=performance,accessibility,best-practices,seo',
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
