// The Entscheidungstool in Chromium. Without JavaScript in German and Arabic (right to left): answer every
// question to a result, change an answer from the check page; from the German start page to the Tigrinya+German
// handout by clicking only. axe finds no WCAG 2.2 A/AA violation on question, check, result, handout and overview.
// Print: every result in de, ar, ti and bo, and every handout in ar, ti and bo, fits on at most 2 A4 pages, with the
// QR code on page 1; so does the offers overview, with its date.
import { describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { pdfPageCount } from '../support/pdf.ts';
import { allPaths, indexTree, walk } from '../../src/domain/decision-tree/engine.ts';
import { selectOffers } from '../../src/domain/decision-tree/eligibility.ts';
import { textKey, textLookup, sourceTexts } from '../../src/domain/decision-tree/texts.ts';
import { loadOffers, loadTree, loadTreeTexts } from '../support/decision-tree.ts';

const base = inject('baseUrl');
const tree = loadTree();
const offers = loadOffers();
const index = indexTree(tree);
const paths = allPaths(index);
const source = sourceTexts(tree, offers);
const t = (locale: string) => textLookup(source, locale === 'de' ? undefined : loadTreeTexts().find((f) => f.locale === locale));
const { newPage } = useBrowser();

async function noJsPage(): Promise<Page> {
  return (await newPage({ javaScriptEnabled: false })).page;
}

/**
 * axe-core runs as a script in the page, which a context without JavaScript refuses. The tool's pages
 * work without script, so the same URL in a JavaScript context has the same content to check.
 */
async function axeOf(page: Page): Promise<string[]> {
  const { page: checked, context } = await newPage({ viewport: page.viewportSize() });
  await checked.goto(page.url());
  const violations = await axeViolations(checked);
  await context.close();
  return violations;
}

/** Clicks the option that continues with `answer`, as a reader would. */
async function answer(page: Page, value: string) {
  const link = page.locator(`a.tool-option[href$="/${value}/"]`);
  expect(await link.count()).toBe(1);
  await Promise.all([page.waitForURL(/entscheidungstool/), link.click()]);
}


const first = ['b-c-f-n-s', 'ab-36', 'nein', 'ab-b1', 'kein-abschluss', 'nein'];
const changed = ['b-c-f-n-s', 'ab-36', 'nein', 'unter-b1', 'nein'];

describe.each(['de', 'ar'])('without JavaScript in %s', (locale) => {
  const text = t(locale);

  it('answers every question to a result, changes one answer from the check page', async () => {
    const page = await noJsPage();
    await page.goto(`${base}/${locale}/entscheidungstool/`);
    expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    await Promise.all([page.waitForURL(/frage/), page.locator('a.tool-start').click()]);

    for (const [n, a] of first.entries()) {
      const position = walk(index, first.slice(0, n));
      if (position.kind !== 'question') throw new Error('tree changed');
      expect(await page.locator('h1').textContent()).toBe(text(textKey.question(position.question.ask)).text);
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

    // Change the German level (4th answer): the tool asks again from there, and asks only what now matters.
    await Promise.all([page.waitForURL(/frage/), page.locator('.answer-summary__change').nth(3).click()]);
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/frage/${first.slice(0, 3).join('/')}/`);
    await answer(page, 'unter-b1');
    await answer(page, 'nein');
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/pruefen/${changed.join('/')}/`);
    expect(await page.locator('.answer-summary__row').nth(3).locator('dd').textContent()).toContain(text('q.deutsch.o.unter-b1').text);

    await Promise.all([page.waitForURL(/ergebnis/), page.locator('a.tool-result-link').click()]);
    expect(await page.locator('h1').textContent()).toBe(text('r.deutsch-lernen').text);
    expect(await page.locator('.tool-notice').textContent()).toContain(locale === 'de' ? 'Entwurf' : 'مسودة');
    const position = walk(index, changed);
    if (position.kind !== 'outcome') throw new Error('tree changed');
    const expected = selectOffers(position.outcome, position.steps, offers, index.attributes).shown;
    expect(await page.locator('.offer__name').allTextContents()).toEqual(expected.map((o) => o.name));
    for (const href of await page.locator('.offer__links > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https:\/\//);
    // Without JavaScript the print button stays hidden and the hint says how to print.
    expect(await page.locator('[data-print-button]').isVisible()).toBe(false);
    expect(await page.locator('[data-print-hint]').isVisible()).toBe(true);
    expect(await axeOf(page)).toEqual([]);

    // Print view: QR code, offers and notes; no navigation, no on-screen actions, no language choice.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.qr-code svg').isVisible()).toBe(true);
    expect(await page.locator('.qr-code figcaption').textContent()).toBe(`https://integration.so.ch/${locale}/entscheidungstool/ergebnis/${changed.join('/')}/`);
    expect(await page.locator('.offer').first().isVisible()).toBe(true);
    expect(await page.locator('.handout-notes__box').isVisible()).toBe(true);
    for (const selector of ['.site-header__nav', '.tool-actions', '.language-choice', '.print-button']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
  }, 300_000);

  it('sends a tampered result URL back to the first question lacking an answer, with a message', async () => {
    const page = await noJsPage();
    await page.goto(`${base}/${locale}/entscheidungstool/ergebnis/b-c-f-n-s/hundert/`);
    expect(page.url()).toBe(`${base}/${locale}/entscheidungstool/frage/b-c-f-n-s/#hinweis-antworten`);
    expect(await page.locator('#hinweis-antworten').isVisible()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(text('q.alter').text);
    // Without the fragment the message stays hidden.
    await page.goto(`${base}/${locale}/entscheidungstool/frage/b-c-f-n-s/`);
    expect(await page.locator('#hinweis-antworten').isVisible()).toBe(false);
  }, 120_000);
});

describe('handout in the person\'s language', () => {
  it('goes from the German start page to a result and on to the Tigrinya+German handout by clicking only, without JavaScript', async () => {
    const page = await noJsPage();
    await page.goto(`${base}/de/entscheidungstool/`);
    await Promise.all([page.waitForURL(/frage/), page.locator('a.tool-start').click()]);
    for (const a of ['unbekannt']) await answer(page, a);
    await Promise.all([page.waitForURL(/ergebnis/), page.locator('a.tool-result-link').click()]);
    expect(page.url()).toBe(`${base}/de/entscheidungstool/ergebnis/unbekannt/`);
    // "Für die Person drucken": 23 languages by German name and endonym, behind a <details> that opens without script.
    await page.locator('.language-choice summary').click();
    const choices = page.locator('.language-choice a');
    expect(await choices.count()).toBe(23);
    const tigrinya = page.locator('.language-choice a', { hasText: 'Tigrinya' });
    expect(await tigrinya.textContent()).toContain('ትግርኛ');
    await Promise.all([page.waitForURL(/handout/), tigrinya.click()]);
    expect(page.url()).toBe(`${base}/ti/entscheidungstool/handout/unbekannt/`);
    const columns = page.locator('.handout__column');
    expect(await columns.count()).toBe(2);
    expect(await columns.nth(0).locator('h2').first().textContent()).toBe(t('ti')('r.ausweis-unbekannt').text);
    expect(await columns.nth(1).getAttribute('lang')).toBe('de-CH');
    expect(await columns.nth(1).locator('h2').first().textContent()).toBe(t('de')('r.ausweis-unbekannt').text);
    // Every page of the tool says it is a draft, in both columns.
    expect(await columns.nth(1).locator('.tool-notice').textContent()).toContain('Entwurf');
  }, 120_000);

  it('prints the Arabic handout beside the German one, accessible, with the QR code, and shows the print button with JavaScript', async () => {
    const answers = paths[Math.floor(paths.length / 2)]!.answers;
    const { page } = await newPage();
    await page.goto(`${base}/ar/entscheidungstool/handout/${answers.join('/')}/`);
    expect(await page.locator('[data-print-button]').isVisible()).toBe(true);
    expect(await page.locator('[data-print-hint]').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const columns = page.locator('.handout__column');
    const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(5); // side by side, not stacked
    expect(await page.locator('.qr-code svg').isVisible()).toBe(true);
  }, 120_000);
});

describe('print on A4', () => {
  // One context for all PDFs, two pages printing side by side (the browser renders on both cores while the
  // test process waits): each result is one navigation and one page.pdf().
  it('fits every result (de, ar, ti, bo) and every handout (ar, ti, bo) on at most 2 pages, QR code on page 1', async () => {
    const { page, context } = await newPage({ javaScriptEnabled: false });
    const urls = ['de', 'ar', 'ti', 'bo'].flatMap((locale) => (locale === 'de' ? ['ergebnis'] : ['ergebnis', 'handout'])
      .flatMap((kind) => paths.map((p) => `${base}/${locale}/entscheidungstool/${kind}/${p.answers.join('/')}/`)));
    const tooLong: string[] = [];
    let next = 0;
    let printed = 0;
    const printer = async (tab: typeof page) => {
      for (let url = urls[next++]; url !== undefined; url = urls[next++]) {
        await tab.goto(url);
        const pages = pdfPageCount(await tab.pdf({ format: 'A4' }));
        if (pages < 1 || pages > 2) tooLong.push(`${url}: ${pages} pages`);
        printed++;
      }
    };
    const second = await context.newPage();
    await Promise.all([printer(page), printer(second)]);
    await second.close();
    expect(printed, 'every URL printed').toBe(urls.length);
    expect(tooLong).toEqual([]);
    // The QR code sits at the top of page 1: in print layout (A4 content box 178 mm ≈ 673 px wide), above the first offer.
    await page.setViewportSize({ width: 673, height: 986 });
    await page.emulateMedia({ media: 'print' });
    for (const kind of ['ergebnis', 'handout']) {
      await page.goto(`${base}/ti/entscheidungstool/${kind}/${first.join('/')}/`);
      const qr = await page.locator('.qr-code svg').boundingBox();
      expect(qr!.y + qr!.height, kind).toBeLessThan(986);
    }
    await context.close();
  }, 900_000);
});

describe.each(['de', 'ar'])('counsellor overview in %s', (locale) => {
  it('lists every offer by area with its rules in one line, accessible, printable on at most 2 pages with a date', async () => {
    const { page, context } = await newPage();
    await page.goto(`${base}/${locale}/entscheidungstool/angebote/`);
    expect(await page.locator('.overview-area').count()).toBe(4);
    expect(await page.locator('.overview-table tbody tr').count()).toBe(offers.length);
    expect(await page.locator('.overview-rules').first().textContent()).not.toBe('');
    expect(await page.locator('[data-print-button]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    if (locale !== 'de') {
      // Side by side with German: one column in the reader's language, one in German.
      expect(await page.locator('.overview-table').first().locator('thead th').count()).toBe(4);
      expect(await page.locator('.overview-table tbody td[lang="de-CH"]').count()).toBeGreaterThanOrEqual(offers.length);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.overview-date').isVisible()).toBe(true);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    await context.close();
  }, 120_000);

  it('keeps the column labels in the stacked table at 320 px, without horizontal scrolling', async () => {
    const { page, context } = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${base}/${locale}/entscheidungstool/angebote/`);
    const label = await page.locator('.overview-table tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).not.toBe('none');
    expect(label.length).toBeGreaterThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
