// Issue 16 on a 390 px phone (the screen of a common smartphone, 390 × 844 CSS px) in Chromium:
// - the four emergency call buttons are in the first screen of every home page (24 languages) and of /;
// - from /, Tigrinya (23rd of 24 languages) is within the first two screens, with a tap target ≥ 44 px;
// - the course finder's compact filter ("Filter (n)") and result count are in the first screen, results next;
//   "back to all courses" on a course page comes back to the filtered list; printed, the list names its
//   filters and each course's registration contact;
// - every script gets its line height, and Tibetan a larger size; tile words are not split mid-word.
import { describe, expect, inject, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { locales } from '../../src/domain/i18n/locales.ts';

const base = inject('baseUrl');
vi.setConfig({ testTimeout: 120_000 });
const { newPage } = useBrowser();
const phone = { width: 390, height: 844 };

async function openPhone(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { page } = await newPage({ viewport: phone, ...options });
  const res = await page.goto(`${base}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

/** The course finder's script has run (CSS shows its form before that, so "visible" alone is too early). */
const finderReady = (page: Page) => page.locator('[data-course-finder][data-ready] #course-filter').waitFor({ state: 'visible' });

/** Bottom edge (CSS px from the top of the page) of each element matching `selector`, in page order. */
const bottoms = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom + window.scrollY));

describe('emergency numbers first', () => {
  it('shows the four call buttons (144, 117, 118, 112, tel: links) in the first screen of every home page and of /', async () => {
    const { page } = await newPage({ viewport: phone });
    const late: string[] = [];
    for (const path of ['/', ...locales.map((l) => `/${l.code}/`)]) {
      await page.goto(`${base}${path}`);
      const hrefs = await page.locator('.emergency a.emergency__call').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(hrefs, path).toEqual(['tel:144', 'tel:117', 'tel:118', 'tel:112']);
      const lowest = Math.max(...await bottoms(page, '.emergency a.emergency__call'));
      if (lowest > phone.height) late.push(`${path} (${Math.round(lowest)} px)`);
    }
    expect(late, 'home pages whose call buttons end below the first screen').toEqual([]);
  });

  it('puts the Notfall tile first on the home page', async () => {
    const page = await openPhone('/ar/');
    expect(await page.locator('.topic-tile a').first().getAttribute('href')).toBe('/ar/themen/notfall/');
  });
});

describe('language chooser', () => {
  it('shows Tigrinya within the first two screens, endonym and German name, as a tap target of at least 44 × 44 px', async () => {
    const page = await openPhone('/');
    const link = page.locator('a[href="/ti/"]');
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(2 * phone.height);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(await link.locator('.languages__name').textContent()).toBe('ትግርኛ');
    expect(await link.locator('.languages__german').textContent()).toBe('Tigrinya');
  });
});

describe('course finder on a phone', () => {
  it('has the filter ("Filter (n)") and the result count in the first screen, the first result right below', async () => {
    const page = await openPhone('/de/deutschkurse/?level=A1');
    const summary = page.locator('#course-filter summary');
    await finderReady(page);
    expect(await summary.textContent()).toBe('Filter (1)');
    expect(Math.max(...await bottoms(page, '#course-filter summary'))).toBeLessThanOrEqual(phone.height);
    expect(Math.max(...await bottoms(page, '#result-count'))).toBeLessThanOrEqual(phone.height);
    const firstCard = await page.locator('li[data-course]:visible').first().boundingBox();
    expect(firstCard!.y).toBeLessThan(phone.height);

    // Opening the filter and choosing a place updates the count where the reader looks.
    await summary.click();
    await page.selectOption('#filter-place', 'olten');
    await page.waitForURL(`${base}/de/deutschkurse/?level=A1&place=olten`);
    expect(await summary.textContent()).toBe('Filter (2)');
    expect(await page.locator('#applied-filters').textContent()).toBe('Filter: Niveau: A1, Ort: Olten');
  });

  it('keeps the count and the results where they are when the finder script takes over (no layout shift)', async () => {
    // Where the count stands before the script has run (its file is held back), and after it has run.
    const { page: before } = await newPage({ viewport: phone });
    await before.route('**/_astro/*.js', (route) => route.abort());
    await before.goto(`${base}/de/deutschkurse/`);
    const early = await bottoms(before, '#result-count');
    const after = await openPhone('/de/deutschkurse/');
    await finderReady(after);
    expect(early).toEqual(await bottoms(after, '#result-count'));
  });

  it('"Zurück zu allen Kursen" on a course page comes back to the filtered list', async () => {
    const page = await openPhone('/de/deutschkurse/?level=B1&time=evening');
    await finderReady(page);
    const shown = await page.locator('li[data-course]:visible').count();
    await page.locator('li[data-course]:visible a').first().click();
    await page.waitForURL(/\/de\/deutschkurse\/[^/?]+\/$/);
    await page.getByRole('link', { name: 'Zurück zu allen Kursen' }).click();
    await page.waitForURL(`${base}/de/deutschkurse/?level=B1&time=evening`);
    expect(await page.locator('#filter-level').inputValue()).toBe('B1');
    expect(await page.locator('li[data-course]:visible').count()).toBe(shown);
  });

  it('prints the applied filters and each course\'s registration contact', async () => {
    const page = await openPhone('/de/deutschkurse/?place=grenchen&childcare=1');
    await finderReady(page);
    await page.emulateMedia({ media: 'print' });
    const applied = page.locator('#applied-filters');
    expect(await applied.isVisible()).toBe(true);
    expect(await applied.textContent()).toContain('Ort: Grenchen');
    expect(await applied.textContent()).toContain('Mit Kinderbetreuung');
    const cards = page.locator('li[data-course]:visible');
    expect(await cards.count()).toBeGreaterThan(0);
    const registers = await cards.locator('.course-card__register').evaluateAll((els) =>
      els.map((el) => ({ visible: (el as HTMLElement).offsetHeight > 0, text: el.textContent ?? '' })));
    for (const r of registers) {
      expect(r.visible).toBe(true);
      expect(r.text).toMatch(/@|\//);
    }
  });
});

describe('scripts', () => {
  /** Line height as a multiple of the font size, for the first element matching `selector`. */
  const ratio = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => {
    const style = getComputedStyle(el);
    return { lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize), fontSize: parseFloat(style.fontSize) };
  });

  it('sets Tibetan larger, with room between lines for stacked syllables (text and headings)', async () => {
    const bo = await openPhone('/bo/');
    const de = await openPhone('/de/');
    const boText = await ratio(bo, 'main .lead');
    const deText = await ratio(de, 'main .lead');
    expect(boText.fontSize).toBeGreaterThanOrEqual(1.15 * deText.fontSize);
    expect(boText.lineHeight).toBeGreaterThanOrEqual(2);
    expect((await ratio(bo, 'main h1')).lineHeight).toBeGreaterThanOrEqual(1.7);
    expect((await ratio(bo, '.emergency__label')).lineHeight).toBeGreaterThanOrEqual(1.7);
    // A Tibetan name on a page in another language gets the same size once (the language chooser).
    const chooser = await openPhone('/');
    const boName = await ratio(chooser, 'a[href="/bo/"] .languages__name');
    const deName = await ratio(chooser, 'a[href="/de/"] .languages__name');
    expect(boName.fontSize).toBeGreaterThan(deName.fontSize);
  });

  it.each([
    ['de', 1.5], ['ar', 1.75], ['fa', 1.75], ['ps', 1.75], ['ckb', 1.75], ['prs', 1.75],
    ['am', 1.75], ['ti', 1.75], ['ta', 1.75], ['zh', 1.7], ['bo', 2],
  ])('gives %s body text a line height of at least %s', async (code, min) => {
    const page = await openPhone(`/${code}/`);
    expect((await ratio(page, 'main .lead')).lineHeight).toBeGreaterThanOrEqual(min);
  });

  // Tiles of the home page in scripts with long words, and the cards of the language chooser.
  it.each([
    ['/de/', '.topic-tile'], ['/ta/', '.topic-tile'], ['/ti/', '.topic-tile'], ['/bo/', '.topic-tile'], ['/ru/', '.topic-tile'],
    ['/', '.languages li'],
  ])('does not split a word across lines in %s %s (320 and 390 px)', async (path, selector) => {
    for (const width of [320, 390]) {
      const { page } = await newPage({ viewport: { width, height: 800 } });
      await page.goto(`${base}${path}`);
      const split = await page.locator(selector).evaluateAll((tiles) => {
        const found: string[] = [];
        for (const tile of tiles) {
          const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            // Words end at spaces, hyphens, slashes, and in Tibetan at the tsheg (་) and shad (།), where lines may break.
            for (const m of text.matchAll(/[^\s\-‐/\u0F0B\u0F0D]+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) found.push(m[0]);
            }
          }
        }
        return found;
      });
      expect(split, `${path} at ${width} px`).toEqual([]);
      await page.close();
    }
  });
});

describe('no unfinished text on tiles', () => {
  it.each(['/de/', '/de/themen/'])('%s: no tile says the page is still being written', async (path) => {
    const page = await openPhone(path);
    const tiles = await page.locator('.topic-tile, .tile').allTextContents();
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.filter((t) => /ergänzt|im Aufbau|folgt später/i.test(t))).toEqual([]);
  });
});

describe('related pages and the canton footer', () => {
  it('links "Deutsch lernen" to the course finder in the reader\'s language', async () => {
    const page = await openPhone('/ti/themen/deutsch-lernen/');
    expect(await page.locator('.topic__related a[href="/ti/deutschkurse/"]').count()).toBe(1);
  });

  it('has the canton mark in the header, no Entscheidungstool in the newcomers\' menu, and the legal pages in the footer', async () => {
    const page = await openPhone('/ar/');
    expect(await page.locator('.site-mark').textContent()).toContain('Kanton Solothurn');
    expect(await page.locator('.site-header__nav a[href*="entscheidungstool"]').count()).toBe(0);
    for (const slug of ['impressum', 'datenschutz', 'barrierefreiheit']) {
      expect(await page.locator(`.site-footer__nav a[href="/ar/themen/${slug}/"]`).count(), slug).toBe(1);
    }
  });

  it('links the draft notice to the German original and shows sources by their site name', async () => {
    const page = await openPhone('/ar/themen/deutsch-lernen/');
    expect(await page.locator('.notice--draft a').getAttribute('href')).toBe('/de/themen/deutsch-lernen/');
    const labels = await page.locator('.site-footer__meta li a').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(70);
  });
});

describe('one layout, with styles', () => {
  // A phone on a first visit gets the CSS one round trip after the HTML. At DOMContentLoaded Chromium's form
  // autofill asks where the search field is, which lays out the page; without the styles that is a whole extra
  // layout of unstyled text (scripts/stylesheets-into-body.ts says why the stylesheet at the start of <body> helps).
  // Home and topic pages have no script (the stylesheet moves into <body>); the course finder has one, which waits.
  it.each(['/ar/', '/ar/themen/arbeit/', '/ar/deutschkurse/'])('%s has its styles at DOMContentLoaded even when the CSS comes 400 ms late', async (path) => {
    const { page } = await newPage({ viewport: phone });
    await page.route('**/_astro/*.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const styled = [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/style.') === true && sheet.cssRules.length > 0);
        document.documentElement.dataset['styledAtDomContentLoaded'] = String(styled);
      });
    });
    await page.goto(`${base}${path}`);
    expect(await page.locator('input:not([type="hidden"]), select').count(), 'the page has form fields').toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset['styledAtDomContentLoaded'])).toBe('true');
  });
});
