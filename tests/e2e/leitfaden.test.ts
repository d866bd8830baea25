// The Gesprächsleitfaden in Chromium, logged in through the real magic-link flow: the overview, the Arabic
// (right to left) and Tigrinya guides with axe, ticking "besprochen", and the printed copy for the person
// (A4, no navigation, the two languages side by side, the QR codes kept).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { pdfPageCount } from '../support/pdf.ts';
import { DEMO } from '../support/gemeinden.ts';
import { loginViaMailbox } from '../support/gemeinden-browser.ts';

const base = inject('baseUrl');
const { newPage } = useBrowser();

async function expectPrintedCopy(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['nav', '.skip-link', '.language-picker', '.guide__howto', '.site-footer']) {
    const all = await page.locator(selector).all();
    expect(all.length, selector).toBeGreaterThan(0);
    for (const element of all) expect(await element.isVisible(), `${selector} is printed`).toBe(false);
  }
  const first = page.locator('.guide-topic').first();
  const [own, german] = [await first.locator('.guide-column--own').boundingBox(), await first.locator('.guide-column--de').boundingBox()];
  expect(Math.abs(own!.y - german!.y)).toBeLessThan(5); // side by side, not stacked
  expect(await first.locator('.qr-code svg').isVisible()).toBe(true);
  // The code is drawn from the language's sprite file: an empty box when that file did not load.
  expect(await first.locator('.qr-code use').evaluate((use) => (use as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(0);
  expect(await first.locator('input[type="checkbox"]').isVisible()).toBe(true);
  // A copy the person can carry: about two topics per A4 page (12 topics print on 5 pages).
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdfPageCount(pdf);
  const topics = await page.locator('.guide-topic').count();
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(Math.ceil(topics / 2) + 1);
  await page.emulateMedia({ media: 'screen' });
}

describe('Gesprächsleitfaden', () => {
  it('after login: overview, Arabic and Tigrinya guide accessible, printable without navigation', async () => {
    const { page } = await newPage();
    await loginViaMailbox(page, DEMO.zuchwil, '/gemeinden/leitfaden/ar/', false);
    await page.waitForURL(`${base}/gemeinden/leitfaden/ar/`);

    const topics = await page.locator('.guide-topic').count();
    expect(topics).toBeGreaterThanOrEqual(10);
    const own = page.locator('.guide-column--own').first();
    expect(await own.getAttribute('lang')).toBe('ar');
    expect(await own.getAttribute('dir')).toBe('rtl');
    expect(await own.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    expect(await page.locator('.guide-column--de').first().getAttribute('lang')).toBe('de-CH');
    expect(await axeViolations(page)).toEqual([]);

    // Ticked on screen during the talk, the box stays ticked on the printed copy.
    const tick = page.getByLabel('besprochen: Ankommen und Gemeinde');
    await tick.check();
    await expectPrintedCopy(page);
    expect(await tick.isChecked()).toBe(true);

    await page.goto(`${base}/gemeinden/leitfaden/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'ትግርኛ · Tigrinya' }).click();
    await page.waitForURL(`${base}/gemeinden/leitfaden/ti/`);
    expect(await page.locator('.guide-topic').count()).toBe(topics);
    expect(await page.locator('.guide-column--own').first().getAttribute('lang')).toBe('ti');
    expect(await page.locator('.guide-column--own').first().getAttribute('dir')).toBe('ltr');
    expect(await page.locator('.gemeinden-nav__user').innerText()).toContain('Demo Zuchwil');
    expect(await axeViolations(page)).toEqual([]);
    await expectPrintedCopy(page);
  }, 180_000);
});
