// The order form offers only the languages a publication exists in: with JavaScript the island narrows
// each row's language list; without JavaScript the server refuses a missing language with a German
// message and then offers that row's languages only. And the admin list at 1280 and 390 px: a
// 200-character word wraps instead of widening the table, and the status control stays in view.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { writeD1 } from '../support/d1.ts';
import { loginViaMailbox } from '../support/gemeinden-browser.ts';

const base = inject('baseUrl');
const { newPage } = useBrowser();
const GERMAN_ONLY = 'aip-broschuere-einfache-sprache';
const optionsOf = (page: Page, row: number) => page.locator(`#items-${row}-language option`).allInnerTexts();

describe('order form: languages per publication', () => {
  it('with JavaScript, a row offers only the languages of its publication', async () => {
    const { page } = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginViaMailbox(page, 'demo-zuchwil@example.org', '/gemeinden/bestellen/', false);
    await page.waitForURL(`${base}/gemeinden/bestellen/`);
    await page.getByRole('button', { name: 'Weitere Position hinzufügen' }).waitFor();
    expect(errors, 'the island runs without errors').toEqual([]);
    const row = page.getByRole('group', { name: 'Position 1' });
    await row.getByLabel('Publikation').selectOption('erstinformationsmappe');
    expect(await optionsOf(page, 0)).toHaveLength(24);
    await row.getByLabel('Sprache').selectOption('ti');
    await row.getByLabel('Publikation').selectOption(GERMAN_ONLY);
    expect(await optionsOf(page, 0)).toEqual(['Deutsch']);
    expect(await row.getByLabel('Sprache').inputValue()).toBe('de');
    // Full width: the publication select spans its row, so long titles stay readable.
    const [select, fieldset] = await Promise.all([row.getByLabel('Publikation').boundingBox(), row.boundingBox()]);
    expect(select!.width).toBeGreaterThan(fieldset!.width * 0.8);
  }, 150_000);

  it('without JavaScript, the server refuses a language the publication lacks and then offers only its languages', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await loginViaMailbox(page, 'demo-zuchwil@example.org', '/gemeinden/bestellen/', false);
    await page.waitForURL(`${base}/gemeinden/bestellen/`);
    expect(await page.locator('#order-languages-note').innerText()).toContain('Nur auf Deutsch gibt es:');
    const row = page.getByRole('group', { name: 'Position 1' });
    await row.getByLabel('Publikation').selectOption(GERMAN_ONLY);
    await row.getByLabel('Sprache').selectOption('ti');
    await row.getByLabel('Menge').fill('3');
    await page.getByRole('button', { name: 'Bestellung senden' }).click();
    const summary = page.locator('.error-summary');
    expect(await summary.innerText()).toContain('gibt es nur auf Deutsch. Bitte wählen Sie Deutsch.');
    expect(await optionsOf(page, 0)).toEqual(['Deutsch']);
    expect(await optionsOf(page, 1)).toHaveLength(24);
    await summary.getByRole('link').first().click();
    await page.waitForURL(/#items-0-language$/);
  }, 150_000);
});

describe('admin order list: a 200-character word', () => {
  it.each([[1280, 800], [390, 844]])('does not widen the table at %i px, and the status control stays in view', async (width, height) => {
    const id = `B-W${String(width).padStart(4, '0')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    writeD1(`INSERT INTO orders (id, gemeinde_id, idempotency_key, delivery_address, contact_person)
      VALUES (?1, (SELECT id FROM gemeinden ORDER BY id LIMIT 1), ?1, 'Adresse', ?2)`, id, 'W'.repeat(200));
    const { page } = await newPage({ viewport: { width, height } });
    await loginViaMailbox(page, 'demo-koordination@example.org', `/gemeinden/admin/?q=${id}`, false);
    await page.waitForURL(`${base}/gemeinden/admin/?q=${id}`);
    const sizes = await page.evaluate(() => {
      const scroller = document.querySelector('.table-scroll')!;
      return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, table: scroller.scrollWidth, box: scroller.clientWidth };
    });
    expect(sizes.page, 'no horizontal scrolling of the page').toBeLessThanOrEqual(sizes.viewport);
    expect(sizes.table, 'the table fits its box').toBeLessThanOrEqual(sizes.box);
    const status = await page.getByLabel(`Status von ${id}`).boundingBox();
    expect(status!.x + status!.width).toBeLessThanOrEqual(width);
  }, 150_000);
});
