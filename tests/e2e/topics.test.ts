// Topic pages in Chromium: search per language (Tigrinya, Arabic, Chinese, Tamil, Tibetan find the
// German-course topic), no-result message in the reader's language, language switch keeps the page, axe on topic pages (de, ar), and print media without navigation.
import { describe, expect, inject, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
// Pagefind loads its index and axe walks the page: generous on a busy 2-core machine.
vi.setConfig({ testTimeout: 90_000 });
const { newPage } = useBrowser();

async function open(path: string): Promise<Page> {
  const { page } = await newPage();
  const res = await page.goto(`${base}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('search', () => {
  it.each([
    ['ti', 'ጀርመንኛ'],
    ['ar', 'الألمانية'],
    ['zh', '德语'],
    ['ta', 'ஜெர்மன்'],
    // A word of three syllables joined by the tsheg (་): "German language".
    ['bo', 'འཇར་མན་སྐད'],
  ])('in %s, "%s" finds the German-course topic', async (locale, query) => {
    const page = await open(`/${locale}/suche/?q=${encodeURIComponent(query)}`);
    const hit = page.locator(`[data-search-list] a[href="/${locale}/themen/deutsch-lernen/"]`);
    await hit.waitFor({ timeout: 30_000 });
    // Only pages of the reader's language: no German or other-language page in the results.
    const hrefs = await page.locator('[data-search-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => h?.startsWith(`/${locale}/`)), hrefs.join()).toBe(true);
    expect(await page.locator('[data-search-nojs]').isHidden()).toBe(true);
    if (locale === 'ar') expect(await axeViolations(page)).toEqual([]);
  });

  it('without JavaScript, says that search needs it and points to the topic list', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/ar/suche/?q=${encodeURIComponent('الألمانية')}`);
    const note = page.locator('[data-search-nojs]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('a').getAttribute('href')).toBe('/ar/themen/');
  });

  it('says so in the reader\'s language when nothing is found', async () => {
    const page = await open(`/ar/suche/?q=${encodeURIComponent('qxzqxzqxz')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 }).toContain('لم نجد شيئاً لـ «qxzqxzqxz»');
    expect(await page.locator('[data-search-none] a').getAttribute('href')).toBe('/ar/themen/');
  });

  it('a topic page searches with a plain form, without loading pagefind itself', async () => {
    const { page } = await newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/de/themen/wohnen/`);
    expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
    await page.getByLabel('Suchen Sie ein Thema').fill('Deutschkurs');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    await page.waitForURL(`${base}/de/suche/?q=Deutschkurs`);
    await page.locator('[data-search-list] a[href="/de/themen/deutsch-lernen/"]').waitFor({ timeout: 30_000 });
  });
});

describe('topic pages', () => {
  it.each(['de', 'ar'])('%s: accessible, with boxes and sources', async (locale) => {
    const page = await open(`/${locale}/themen/deutsch-lernen/`);
    expect(await page.locator('.topic-box--must-do h2').count()).toBe(1);
    expect(await page.locator('.topic-box--help h2').count()).toBe(1);
    expect(await page.locator('.site-footer__meta a[href^="https://so.ch/"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('an Arabic page shows the draft notice and isolates web addresses from the right-to-left text', async () => {
    const page = await open('/ar/themen/deutsch-lernen/');
    expect(await page.locator('.notice--draft').count()).toBe(1);
    const bidi = await page.locator('.topic__body a[href^="https://"]').first().evaluate((a) => getComputedStyle(a).unicodeBidi);
    expect(bidi).toBe('isolate');
  });

  it('switching language keeps the page', async () => {
    const page = await open('/de/themen/wohnen/');
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(`${base}/ar/themen/wohnen/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
  // A page without translation: tests/e2e/topic-fallback.test.ts (on a fixture build with one translation removed).
});

describe('print', () => {
  it('prints without navigation, with link addresses, language and date', async () => {
    const page = await open('/ar/themen/deutsch-lernen/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header__nav', '.language-picker', '.search-form', '.feedback', '.topic__back']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const footer = page.locator('.topic__print-footer');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.textContent()).toContain('العربية');
    const after = await page.locator('.topic__body a[href^="https://"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://');
  });
});
