// Chromium driven by playwright-core, plus axe-core. Which Chromium (CHROMIUM_PATH, system, npm) is decided
// once per run by scripts/lib/chromium.ts in the global setup (tests/support/global-server.ts).
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, env } = inject('browser');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...env } as Record<string, string> });
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
