// Logging in to the LOGIN area in Chromium through the real magic-link flow: the login form, the link
// from the dev mailbox (D1's dev_mailbox table), and the "Jetzt anmelden" button.
import { expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './browser.ts';
import { queryD1 } from './d1.ts';
import { until } from './gemeinden.ts';

/** Opens `start` (a page under /gemeinden/), follows the newest login link for `email` and presses "Jetzt anmelden". */
export async function loginViaMailbox(page: Page, email: string, start: string, checkAxe = true): Promise<void> {
  const base = inject('baseUrl');
  await page.goto(`${base}${start}`);
  await page.waitForURL(/\/gemeinden\/login\/\?return=/);
  if (checkAxe) expect(await axeViolations(page)).toEqual([]);
  const lastMail = queryD1<{ id: number | null }>('SELECT MAX(id) AS id FROM dev_mailbox')[0]?.id ?? 0;
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Link zum Anmelden schicken' }).click();
  await page.waitForURL(`${base}/gemeinden/login/gesendet/`);
  const id = await until(async () => queryD1<{ id: number }>(
    "SELECT id FROM dev_mailbox WHERE id > ? AND to_email = ? AND subject LIKE 'Ihr Link%' ORDER BY id DESC LIMIT 1", lastMail, email)[0]?.id, 'login mail', 30_000);
  await page.goto(`${base}/dev/mailbox/`);
  await page.locator(`#mail-${id} a`).first().click();
  await page.waitForURL(/\/gemeinden\/login\/bestaetigen\/\?token=/);
  if (checkAxe) expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Jetzt anmelden' }).click();
}
