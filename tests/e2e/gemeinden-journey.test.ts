// In Chromium: a demo Gemeinde logs in with the link from the dev mailbox, orders 20 Erstinformationsmappen
// in Tigrinya and 5 AIP brochures in simple language, and sees the order in its history; the
// Koordinationsstelle marks it versandt and the Gemeinde gets that mail. axe on every page of the way.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { queryD1 } from '../support/d1.ts';
import { until } from '../support/gemeinden.ts';
import { loginViaMailbox } from '../support/gemeinden-browser.ts';

const base = inject('baseUrl');
const { newPage } = useBrowser();

describe('Bestellservice journey', () => {
  it('logs in, orders, sees the history; the admin marks it versandt and the Gemeinde gets the mail', async () => {
    const { page } = await newPage();
    await loginViaMailbox(page, 'demo-zuchwil@example.org', '/gemeinden/bestellen/');
    await page.waitForURL(`${base}/gemeinden/bestellen/`);
    expect(await page.locator('.gemeinden-nav__user').innerText()).toContain('Demo Zuchwil');
    expect(await page.getByLabel('Lieferadresse').inputValue()).toContain('Gemeindeverwaltung Zuchwil');
    expect(await axeViolations(page)).toEqual([]);

    // The React island has taken over the form: it starts with one row and adds more on demand.
    const addRow = page.getByRole('button', { name: 'Weitere Position hinzufügen' });
    await addRow.waitFor();
    expect(await page.locator('#order-form-fallback').count()).toBe(0);
    const row1 = page.getByRole('group', { name: 'Position 1' });
    await row1.getByLabel('Publikation').selectOption('erstinformationsmappe');
    await row1.getByLabel('Sprache').selectOption('ti');
    await row1.getByLabel('Menge').fill('20');
    await addRow.click();
    const row2 = page.getByRole('group', { name: 'Position 2' });
    await row2.getByLabel('Publikation').selectOption('aip-broschuere-einfache-sprache');
    await row2.getByLabel('Sprache').selectOption('de');
    await row2.getByLabel('Menge').fill('5');
    await page.getByRole('button', { name: 'Bestellung senden' }).click();
    await page.waitForURL(/\/gemeinden\/bestellungen\/\?neu=B-/);
    const orderId = new URL(page.url()).searchParams.get('neu')!;
    const row = page.locator(`#order-${orderId}`);
    expect(await row.innerText()).toContain('20 × Erstinformationsmappe (Tigrinya)');
    expect(await row.innerText()).toContain('5 × Broschüre Arbeitsmarktintegrationsprogramme (AIP) – in einfacher Sprache');
    expect(await row.innerText()).toContain('eingegangen');
    expect(await axeViolations(page)).toEqual([]);

    const { page: adminPage } = await newPage();
    await loginViaMailbox(adminPage, 'demo-koordination@example.org', '/gemeinden/admin/');
    await adminPage.waitForURL(`${base}/gemeinden/admin/`);
    expect(await axeViolations(adminPage)).toEqual([]);
    // Other tests' orders may fill the first page: the admin searches for the number.
    await adminPage.getByLabel('Bestellnummer oder Gemeinde').fill(orderId);
    await adminPage.getByRole('button', { name: 'Suchen' }).click();
    await adminPage.waitForURL(`${base}/gemeinden/admin/?q=${orderId}&status=`);
    await adminPage.getByLabel(`Status von ${orderId}`).selectOption('versandt');
    await adminPage.locator(`#order-${orderId}`).getByRole('button', { name: 'Speichern' }).click();
    await adminPage.waitForURL(`${base}/gemeinden/admin/?q=${orderId}&gespeichert=${orderId}#order-${orderId}`);
    expect(await adminPage.getByLabel(`Status von ${orderId}`).inputValue()).toBe('versandt');
    expect(await adminPage.getByRole('status').first().innerText()).toContain(`Gespeichert: Bestellung ${orderId} hat jetzt den Status „versandt“.`);
    expect(await axeViolations(adminPage)).toEqual([]);

    await until(async () => queryD1('SELECT id FROM dev_mailbox WHERE subject = ?', `Bestellung ${orderId}: versandt`)[0], 'versandt mail', 30_000);
    await page.goto(`${base}/dev/mailbox/`);
    const shippedMail = page.locator('article', { hasText: 'An: demo-zuchwil@example.org' }).filter({ hasText: `Bestellung ${orderId}: versandt` });
    expect(await shippedMail.count()).toBe(1);
    expect(await shippedMail.innerText()).toContain('20 × Erstinformationsmappe (Tigrinya)');
    await page.goto(`${base}/gemeinden/bestellungen/`);
    expect(await page.locator(`#order-${orderId}`).innerText()).toContain('versandt');
  }, 240_000);

  it('shows order errors with JavaScript before sending, in German, each linked to its field', async () => {
    // The island checks with the shared schema through its own resolver (zod-resolver.ts): same messages, same fields.
    const { page } = await newPage();
    const sent: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/orders')) sent.push(r.url()); });
    await loginViaMailbox(page, 'demo-zuchwil@example.org', '/gemeinden/bestellen/', false);
    await page.waitForURL(`${base}/gemeinden/bestellen/`);
    await page.getByRole('button', { name: 'Weitere Position hinzufügen' }).waitFor();
    const row1 = page.getByRole('group', { name: 'Position 1' });
    await row1.getByLabel('Publikation').selectOption('erstinformationsmappe');
    await row1.getByLabel('Sprache').selectOption('ti');
    await row1.getByLabel('Menge').fill('1.5');
    await page.getByLabel('Kontaktperson').fill('A <B>');
    await page.getByRole('button', { name: 'Bestellung senden' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links).toEqual([
      ['#items-0-quantity', 'Menge: bitte eine ganze Zahl eingeben.'],
      ['#contactPerson', 'Kontaktperson: bitte keine spitzen Klammern (< >) verwenden.'],
    ]);
    expect(await page.locator('#items-0-quantity').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#contactPerson').getAttribute('aria-invalid')).toBe('true');
    // The summary shows only after the check failed, which is before the island would send anything.
    expect(sent).toEqual([]);
  }, 150_000);

  it('shows order errors without JavaScript in a summary that links to the field', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    // axe runs in the page, so it cannot run with JavaScript off; the journey above checks these pages.
    await loginViaMailbox(page, 'demo-zuchwil@example.org', '/gemeinden/bestellen/', false);
    await page.waitForURL(`${base}/gemeinden/bestellen/`);
    const row1 = page.getByRole('group', { name: 'Position 1' });
    await row1.getByLabel('Publikation').selectOption('erstinformationsmappe');
    await row1.getByLabel('Sprache').selectOption('ti');
    await row1.getByLabel('Menge').fill('0');
    await page.getByRole('button', { name: 'Bestellung senden' }).click();
    const summary = page.locator('.error-summary');
    expect(await summary.innerText()).toContain('Menge: mindestens 1.');
    expect(await page.locator('#items-0-quantity').inputValue()).toBe('0');
    await summary.getByRole('link', { name: 'Menge: mindestens 1.' }).click();
    await page.waitForURL(/#items-0-quantity$/);
    expect(await page.locator('#items-0-quantity:focus').count()).toBe(1);
  }, 150_000);
});
