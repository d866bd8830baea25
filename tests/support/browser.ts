// Debian's Chromium driven by playwright-core (browser downloads are impossible here), plus axe-core.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: run \`apt-get install -y chromium\` (.ci/run does) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}

/** WCAG 2.0–2.2 A and AA rules; returns readable lines, one per violating node, so a failure says what and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

/**
 * One Chromium per test file: launched before the file's tests, closed after them. Returns `newPage`,
 * which opens a page in a fresh context (own cookies, JavaScript on or off) of that browser.
 */
export function useBrowser(): { newPage: (options?: Parameters<Browser['newContext']>[0]) => Promise<{ context: BrowserContext; page: Page }> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: (options = {}) => {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; call newPage inside a test');
      return newPage(browser, options);
    },
  };
}
