// The Entscheidungstool in Chromium with JavaScript off, in German and Arabic (right to left):
// answer every question to a result, change an answer from the check page, print the handout with
// QR code and offers; axe finds no WCAG 2.2 A/AA violation on question, check and result pages.
import { describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { allPaths, indexTree, walk } from '../../src/domain/decision-tree/engine.ts';
import { textKey, textLookup, sourceTexts } from '../../src/domain/decision-tree/texts.ts';
import { loadOffers, loadTree, loadTreeTexts } from '../support/decision-tree.ts';

const base = inject('baseUrl');
const tree = loadTree();
const index = indexTree(tree);
const source = sourceTexts(tree, loadOffers());
const t = (locale: string) => textLookup(source, locale === 'de' ? undefined : loadTreeTexts().find((f) => f.locale === locale));
const { newPage } = useBrowser();

async function noJsPage(): Promise<Page> {
  return (await newPage({ javaScriptEnabled: false })).page;
}

/**
 * axe-core runs as a script in the page, which a context without JavaScript refuses. The tool's pages
 * ship no script, so the same URL in a JavaScript context has the same DOM to check.
 */
async function axeOf(page: Page): Promise<string[]> {
  const { page: checked, context } = await newPage({ viewport: page.viewportSize() });
  await checked.goto(page.url());
  const violations = await axeViolations(checked);
  await context.close();
  return violations;
}

/** Clicks the option that continues with `answer`, as a reader would. */
async function answer(page: Page, answer: string) {
  const link = page.locator(`a.tool-option[href$="/${answer}/"]`);
  expect(await link.count()).toBe(1);
  await Promise.all([page.waitForNavigation(), link.click()]);
}

const first = ['ja', 'ab-26', 'ja', 'gut', 'nein', 'ja'];
const changed = ['ja', 'ab-26', 'ja', 'wenig'];

describe.each(['de', 'ar'])('without JavaScript in %s', (locale) => {
  const text = t(locale);

  it('answers every question to a result, changes one answer from the check page, prints the handout', async () => {
    const page = await noJsPage();
    await page.goto(`${base}/${locale}/entscheidungstool/`);
    expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    await Promise.all([page.waitForNavigation(), page.locator('a.tool-start').click()]);

    for (const [n, a] of first.entries()) {
      const position = walk(index, first.slice(0, n));
      if (position.kind !== 'question') throw new Error('tree changed');
      expect(await page.locator('h1').textContent()).toBe(text(textKey.question(position.question.id)).text);
      if (n === 0) expect(await axeOf(page)).toEqual([]);
      await answer(page, a);
    }

    // Check page: every answer with a change link; the back button returns to the last question.
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/pruefen/${first.join('/')}/`);
    expect(await page.locator('.answer-summary__row').count()).toBe(first.length);
    expect(await axeOf(page)).toEqual([]);
    await page.goBack();
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/frage/${first.slice(0, -1).join('/')}/`);
    await page.goForward();

    // Change the German level (4th answer): the tool asks again from there.
    await Promise.all([page.waitForNavigation(), page.locator('.answer-summary__change').nth(3).click()]);
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/frage/${first.slice(0, 3).join('/')}/`);
    await answer(page, 'wenig');
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/pruefen/${changed.join('/')}/`);
    expect(await page.locator('.answer-summary__row').nth(3).locator('dd').textContent()).toContain(text('q.deutsch-erwachsen.o.wenig').text);

    await Promise.all([page.waitForNavigation(), page.locator('a.tool-result-link').click()]);
    expect(await page.locator('h1').textContent()).toBe(text('r.erwachsen-deutsch').text);
    const notice = await page.locator('.tool-notice').textContent();
    expect(notice).toContain(locale === 'de' ? 'Entwurf' : 'مسودة');
    expect(await page.locator('.offer').count()).toBe(2);
    expect(await page.locator('.offer a', { hasText: locale === 'de' ? 'Zum Angebot' : 'إلى العرض' }).first().getAttribute('href')).toMatch(/^https:\/\/so\.ch\//);
    expect(await axeOf(page)).toEqual([]);

    // Print view: QR code and offers, no navigation or on-screen actions.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.qr-code svg').isVisible()).toBe(true);
    expect(await page.locator('.qr-code figcaption').textContent()).toBe(`https://integration.so.ch/${locale}/entscheidungstool/ergebnis/${changed.join('/')}/`);
    expect(await page.locator('.offer').first().isVisible()).toBe(true);
    expect(await page.locator('.handout-extras__notes').isVisible()).toBe(true);
    for (const selector of ['.site-header__nav', '.tool-actions']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
  }, 300_000);

  it('sends a tampered result URL back to the first question lacking an answer, with a message', async () => {
    const page = await noJsPage();
    await page.goto(`${base}/${locale}/entscheidungstool/ergebnis/ja/hundert/`);
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/frage/ja/#hinweis-antworten`);
    expect(await page.locator('#hinweis-antworten').isVisible()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(text('q.alter').text);
    // Without the fragment the message stays hidden.
    await page.goto(`${base}/${locale}/entscheidungstool/frage/ja/`);
    expect(await page.locator('#hinweis-antworten').isVisible()).toBe(false);
  }, 120_000);
});

describe('side-by-side handout and overview', () => {
  it('prints the Arabic result beside the German one, with the QR code', async () => {
    const page = await noJsPage();
    await page.goto(`${base}/ar/entscheidungstool/ergebnis/${first.join('/')}/`);
    await Promise.all([page.waitForNavigation(), page.locator('.tool-actions a').first().click()]);
    expect(page.url()).toBe(`${base}/ar/entscheidungstool/handout/${first.join('/')}/`);
    expect(await axeOf(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const columns = page.locator('.handout__column');
    expect(await columns.count()).toBe(2);
    expect(await columns.nth(1).getAttribute('lang')).toBe('de-CH');
    expect(await columns.nth(0).locator('h2').first().textContent()).toBe(t('ar')('r.erwachsen-arbeit').text);
    expect(await columns.nth(1).locator('h2').first().textContent()).toBe(t('de')('r.erwachsen-arbeit').text);
    const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(5); // side by side, not stacked
    expect(await page.locator('.qr-code svg').isVisible()).toBe(true);
  }, 120_000);

  it.each([
    ['the German result', 'de', 'ergebnis'],
    ['the Arabic/German handout', 'ar', 'handout'],
  ])('prints %s of the longest result on at most 2 A4 pages', async (_, locale, kind) => {
    const longest = allPaths(index).reduce((a, b) => (b.outcome.offers.length > a.outcome.offers.length ? b : a));
    const page = await noJsPage();
    await page.goto(`${base}/${locale}/entscheidungstool/${kind}/${longest.answers.join('/')}/`);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  }, 120_000);

  it('lists every offer by area on the counsellor overview, accessible and reflowing at 320 px', async () => {
    // The page ships no script; JavaScript stays on here only so axe and the layout probe can run.
    const { page } = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${base}/de/entscheidungstool/angebote/`);
    expect(await page.locator('.overview-area').count()).toBe(4);
    expect(await page.locator('.overview-table tbody tr').count()).toBe(loadOffers().length);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }, 120_000);
});
