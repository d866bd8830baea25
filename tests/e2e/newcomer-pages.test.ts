// The newcomer pages of issue 14 in Chromium: the address directory and the glossary pass axe in German and
// Arabic (right to left), and "Erste Schritte" prints as a tick list on at most two A4 pages.
import { describe, expect, inject, it, vi } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { pdfPageCount } from '../support/pdf.ts';

const base = inject('baseUrl');
vi.setConfig({ testTimeout: 90_000 });
const { newPage } = useBrowser();

describe('address directory, glossary and Erste Schritte', () => {
  it.each(['de/adressen', 'ar/adressen', 'de/begriffe', 'ar/begriffe', 'de/themen/erste-schritte', 'ar/themen/erste-schritte'])(
    '/%s/: axe finds nothing', async (path) => {
      const { page, context } = await newPage();
      const res = await page.goto(`${base}/${path}/`);
      expect(res?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it.each(['de', 'ar', 'ti'])('/%s/themen/erste-schritte/ prints as a tick list on at most two A4 pages', async (locale) => {
    const { page, context } = await newPage();
    await page.goto(`${base}/${locale}/themen/erste-schritte/`);
    const items = page.locator('.contains-task-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(5);
    // Every item has a box to tick on paper, and no unlabelled form control is left in the list.
    expect(await page.locator('.contains-task-list > li > .tick-box').count()).toBe(await items.count());
    expect(await page.locator('.contains-task-list input').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('.contains-task-list .tick-box').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(8);
    const pages = pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await context.close();
  });
});
