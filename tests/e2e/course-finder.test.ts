// In Chromium: a counsellor filters the course catalogue in Arabic (B1 + evening + Olten), opens a course,
// and sends the link; the link reopens the same filter; without JavaScript the per-place page lists the
// same courses. axe finds no WCAG 2.2 A/AA violation on the finder and the detail page in de and ar.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
const { newPage } = useBrowser();
// A course that is built today (courses end and are then not built, so no id stays right for long).
const oltenEvening = readdirSync(new URL('../../dist/de/deutschkurse/', import.meta.url)).filter((id) => id.startsWith('ecap-olten-abend-a2-b1-')).sort()[0]!;

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const { page } = await newPage(options);
  const res = await page.goto(`${base}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

interface CardData { id: string; levelFrom: string; levelTo: string; placeSlug: string; timeStart: string }
/** Course data of the cards a reader can see, in page order. */
const visibleCourses = (page: Page) =>
  page.locator('li[data-course]:visible').evaluateAll((els) => els.map((el) => JSON.parse((el as HTMLElement).dataset['course']!) as CardData));
const ids = async (page: Page) => (await visibleCourses(page)).map((c) => c.id);
/** The finder script has run (data-ready): CSS shows the form before that, so "visible" alone is too early. */
const finderReady = (page: Page) => page.locator('[data-course-finder][data-ready] #course-filter').waitFor({ state: 'visible' });
const slow = { timeout: 180_000 };

describe('course finder journey (Arabic)', slow, () => {
  it('filters B1 + evening + Olten, syncs the URL, reopens from the link, opens a detail page', async () => {
    const page = await open('/ar/deutschkurse/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await finderReady(page);
    const total = (await ids(page)).length;

    await page.selectOption('#filter-level', 'B1');
    await page.selectOption('#filter-time', 'evening');
    await page.selectOption('#filter-place', 'olten');
    await page.waitForURL(`${base}/ar/deutschkurse/?level=B1&place=olten&time=evening`);

    const found = await visibleCourses(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(total);
    for (const c of found) {
      expect(c.placeSlug).toBe('olten');
      expect(c.timeStart >= '17:00').toBe(true);
      expect(c.levelTo).toBe('B1');
    }
    expect(await page.locator('#result-count').textContent()).toContain(String(found.length));

    // The link a counsellor sends reopens the same filter and the same list.
    const again = await open('/ar/deutschkurse/?level=B1&place=olten&time=evening');
    await finderReady(again);
    expect(await again.locator('#filter-place').inputValue()).toBe('olten');
    expect(await again.locator('#filter-level').inputValue()).toBe('B1');
    expect(await again.locator('#filter-time').inputValue()).toBe('evening');
    expect(await ids(again)).toEqual(found.map((c) => c.id));

    // Open the first course: its detail page, in Arabic, marked as sample data, with the provider's contact.
    await page.locator(`#course-${found[0]!.id} a`).click();
    await page.waitForURL(`${base}/ar/deutschkurse/${found[0]!.id}/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.sample-notice').isVisible()).toBe(true);
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(1);
  });

  // One axe run per test: axe on a long list takes a while on a busy machine.
  it('has no axe violations on the filtered finder', async () => {
    const page = await open('/ar/deutschkurse/?level=B1&place=olten&time=evening');
    await finderReady(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations on the detail page', async () => {
    // A B1 evening course in Olten, as the journey opens; found from dist/, not from another test's state.
    const page = await open(`/ar/deutschkurse/${oltenEvening}/`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without JavaScript, the Olten page lists the same courses as the finder filtered to Olten', async () => {
    const finder = await open('/ar/deutschkurse/?place=olten');
    await finderReady(finder);
    expect(await finder.locator('#filter-place').inputValue()).toBe('olten');
    const inOlten = await ids(finder);

    const page = await open('/ar/deutschkurse/ort/olten/', { javaScriptEnabled: false });
    expect(await ids(page)).toEqual(inOlten);
    const withFilter = await open('/ar/deutschkurse/?level=B1&place=olten&time=evening');
    await finderReady(withFilter);
    expect(await withFilter.locator('#filter-time').inputValue()).toBe('evening');
    for (const id of await ids(withFilter)) expect(inOlten).toContain(id);
    expect(await page.locator('.sample-notice').isVisible()).toBe(true);
  });
});

describe('course finder in German', slow, () => {
  it('has no axe violations on the finder', async () => {
    const page = await open('/de/deutschkurse/');
    await finderReady(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations on a detail page', async () => {
    const page = await open(`/de/deutschkurse/${oltenEvening}/`);
    expect(await page.locator('h1').textContent()).toContain('Olten');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('ignores unknown parameters and resets an invalid value with a visible note', async () => {
    const page = await open('/de/deutschkurse/?level=C2&utm_source=mail&place=olten');
    const note = page.locator('#filter-invalid');
    await note.waitFor({ state: 'visible' });
    expect(await note.textContent()).toContain('Niveau');
    expect(await note.textContent()).not.toContain('Ort');
    expect(await page.locator('#filter-level').inputValue()).toBe('');
    expect(await page.locator('#filter-place').inputValue()).toBe('olten');
    expect(page.url()).toBe(`${base}/de/deutschkurse/?place=olten`);
  });

  it('says so when no course matches, and "Filter löschen" shows all again', async () => {
    const page = await open('/de/deutschkurse/');
    await finderReady(page);
    const all = (await ids(page)).length;
    await page.fill('#filter-maxPrice', '1');
    await page.locator('#no-results').waitFor({ state: 'visible' });
    expect(await ids(page)).toEqual([]);
    await page.getByRole('button', { name: 'Filter löschen' }).click();
    await page.locator('#no-results').waitFor({ state: 'hidden' });
    expect((await ids(page)).length).toBe(all);
    expect(page.url()).toBe(`${base}/de/deutschkurse/`);
  });

  it('without JavaScript lists every current course and links the per-place and per-level pages', async () => {
    const page = await open('/de/deutschkurse/', { javaScriptEnabled: false });
    expect(await page.locator('#course-filter').isVisible()).toBe(false);
    expect((await ids(page)).length).toBeGreaterThanOrEqual(60);
    expect(await page.locator('a[href="/de/deutschkurse/ort/olten/"]').count()).toBe(1);
    expect(await page.locator('a[href="/de/deutschkurse/niveau/b1/"]').count()).toBe(1);
    const level = await open('/de/deutschkurse/niveau/b1/', { javaScriptEnabled: false });
    expect((await ids(level)).length).toBeGreaterThan(0);
  });

  it('prints the current result list without the form', async () => {
    const page = await open('/de/deutschkurse/?place=grenchen');
    await finderReady(page);
    expect(await page.locator('#filter-place').inputValue()).toBe('grenchen');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#course-filter').isVisible()).toBe(false);
    expect(await page.locator('.course-finder__printed').isVisible()).toBe(true);
    const printed = await visibleCourses(page);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((c) => c.placeSlug === 'grenchen')).toBe(true);
  });

  it('reflows at 320 CSS px in Arabic', async () => {
    const page = await open('/ar/deutschkurse/', { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
