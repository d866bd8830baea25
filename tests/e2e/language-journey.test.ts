// In Chromium: a newcomer picks a language, reads in Arabic (right to left), switches to German on the
// same page; keyboard only reaches the content; axe finds no WCAG 2.2 A/AA violation on the way.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { queryD1 } from '../support/d1.ts';

const base = inject('baseUrl');
const { newPage } = useBrowser();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const { page } = await newPage(options);
  const res = await page.goto(`${base}${path}`);
  expect(res?.status(), path).toBeLessThan(500);
  return page;
}

describe('language journey', () => {
  it('goes from the chooser to Arabic, and back to German on the same page', async () => {
    const page = await open('/');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(`${base}/ar/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);

    // Right to left without overrides: the site name starts at the right edge.
    const name = await page.locator('.site-header__name').boundingBox();
    const width = page.viewportSize()!.width;
    expect(name!.x + name!.width).toBeGreaterThan(width / 2);

    await page.goto(`${base}/ar/themen/`);
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
    await page.waitForURL(`${base}/de/themen/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de-CH');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the 404 page in Arabic, accessible, with a link home', async () => {
    const page = await open('/ar/gibt-es-nicht/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.locator('main a[href="/ar/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  it.each(['/de/', '/ar/'])('reaches the main content of %s with the skip link', async (path) => {
    const page = await open(path);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // The focused skip link is on screen, not only in the DOM.
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('shows a visible focus indicator on links', async () => {
    const page = await open('/de/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { outline: s.outlineStyle, shadow: s.boxShadow, background: s.backgroundColor };
    });
    expect(style.outline !== 'none' || style.shadow !== 'none').toBe(true);
  });
});

describe('axe harness', () => {
  // Proves the accessibility checks can fail: a page with a known violation must be reported.
  it('reports a violation that is put into the page', async () => {
    const page = await open('/de/');
    await page.evaluate(() => {
      const button = document.createElement('button');
      document.querySelector('main')!.append(button);
    });
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith('button-name'))).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('records "Was this page helpful?" and shows the thank-you note', async () => {
    const page = await open('/ti/', { javaScriptEnabled: false });
    await page.locator('.feedback button[value="yes"]').click();
    await page.waitForURL(`${base}/ti/#feedback-thanks`);
    expect(await page.locator('#feedback-thanks').isVisible()).toBe(true);
    expect(await page.locator('.feedback form').isVisible()).toBe(false);
    expect(queryD1('SELECT helpful FROM page_feedback WHERE page = ?', '/ti/')).toContainEqual({ helpful: 1 });
  });
});

describe('layout', () => {
  it.each(['/', '/ar/', '/de/'])('reflows at 320 CSS px without horizontal scrolling: %s', async (path) => {
    const page = await open(path, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('prints without navigation, language picker or feedback form', async () => {
    const page = await open('/de/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header__nav', '.language-picker', '.feedback']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
  });
});
