// A topic page without a translation, and a stale one, end to end. Every shipped page is translated and
// current (the i18n report shows 0 missing, 0 stale), so this file makes both situations the way they arise
// in practice: it copies the project's sources into a fixture folder, deletes one translation (Tigrinya
// "Notfall"), gives another the hash of an older German text (Arabic "Wohnen"), and builds that copy with
// the real Astro build and pagefind. Then Chromium reads the fallback page (German text, a notice in
// Tigrinya, the language picker marking the missing language, not indexed for Tigrinya search) and the
// stale page (a notice in Arabic with a link to the German page), each with no axe violations. A third
// translation (Arabic "Gesundheit") is marked as checked by a person, as `npm run i18n:import` writes it, so
// the "reviewed" notice is tested before any real translation has been reviewed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { i18nReport } from '../../scripts/i18n-report.ts';
import { getLocale, type LocaleCode } from '../../src/domain/i18n/locales.ts';
import { formatDate } from '../../src/domain/i18n/format-date.ts';
import { format } from '../../src/domain/i18n/ui.ts';

const repo = resolve(import.meta.dirname, '../..');
// Inside the repository, so Node and Vite find the packages in the repository's node_modules
// without links; its own node_modules/.astro keeps Astro's content cache apart from the real build's.
const fixture = join(repo, 'test-results/fixture-fallback');
const removed = { locale: 'ti' as LocaleCode, slug: 'notfall' };
const removedFile = `content/topics/${removed.locale}/${removed.slug}.mdx`;
// A translation made from an older German page: its sourceHash is not the current German's.
const stale = { locale: 'ar' as LocaleCode, slug: 'wohnen' };
const staleFile = `content/topics/${stale.locale}/${stale.slug}.mdx`;
const current = { locale: 'ar' as LocaleCode, slug: 'arbeit' };
const reviewed = { locale: 'ar' as LocaleCode, slug: 'gesundheit', on: '2026-11-20' };
const reviewedFile = `content/topics/${reviewed.locale}/${reviewed.slug}.mdx`;

let site: { baseUrl: string; close: () => Promise<void> } | undefined;
const { newPage } = useBrowser();

function run(command: string, args: string[]): void {
  // Astro lists every page it builds: over 6,000 lines, more than spawnSync's default 1 MiB buffer (ENOBUFS kills the build).
  const result = spawnSync(command, args, { cwd: fixture, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(() => {
  rmSync(fixture, { recursive: true, force: true });
  mkdirSync(fixture, { recursive: true });
  for (const entry of ['src', 'content', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(repo, entry), join(fixture, entry), { recursive: true });
  }
  rmSync(join(fixture, removedFile));
  const staleText = readFileSync(join(fixture, staleFile), 'utf8');
  // Quoted: unquoted, YAML would read sixteen zeros as a number.
  const outdated = staleText.replace(/^sourceHash: [0-9a-f]{16}$/m, 'sourceHash: "0000000000000000"');
  if (outdated === staleText) throw new Error(`${staleFile} has no sourceHash line to replace`);
  writeFileSync(join(fixture, staleFile), outdated);
  const draftText = readFileSync(join(fixture, reviewedFile), 'utf8');
  const checked = draftText.replace(/^status: draft$/m, `status: reviewed\nreviewedBy: Test Reviewer\nreviewedOn: ${reviewed.on}`);
  if (checked === draftText) throw new Error(`${reviewedFile} has no "status: draft" line to replace`);
  writeFileSync(join(fixture, reviewedFile), checked);
  const bin = join(repo, 'node_modules/.bin');
  run(join(bin, 'astro'), ['build']);
  run(join(bin, 'pagefind'), ['--site', 'dist']);
}, 240_000);

afterAll(async () => {
  await site?.close();
  rmSync(fixture, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  site ??= await serveStatic(join(fixture, 'dist'));
  const { page } = await newPage();
  const res = await page.goto(`${site.baseUrl}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('a topic page without translation', () => {
  it('is what the i18n report lists as missing', async () => {
    const report = await i18nReport(fixture);
    expect(report.cells[removed.locale]?.[removed.slug]).toBe('missing');
    expect(existsSync(join(fixture, `dist/${removed.locale}/themen/${removed.slug}/index.html`))).toBe(true);
  });

  it('shows the German page with a notice in the reader\'s language', async () => {
    const page = await open(`/${removed.locale}/themen/${removed.slug}/`);
    const uiStrings = parse(readFileSync(join(repo, `content/ui/${removed.locale}.yaml`), 'utf8')) as { strings: Record<string, string> };
    const notice = page.locator('.notice--fallback');
    expect(await notice.count()).toBe(1);
    expect((await notice.textContent())?.replace(/\s+/g, ' ')).toContain(uiStrings.strings['fallbackNotice']!.trim());
    // The notice and the page frame speak the reader's language; only the text is German.
    expect(await notice.evaluate((n) => n.closest('[lang]')?.getAttribute('lang'))).toBe(getLocale(removed.locale).tag);
    expect(await page.locator('html').getAttribute('lang')).toBe(getLocale(removed.locale).tag);
    const germanTitle = /^title:\s*(.+)$/m.exec(readFileSync(join(repo, `content/topics/de/${removed.slug}.mdx`), 'utf8'))?.[1]?.trim();
    expect(await page.locator('main > div[lang="de-CH"] h1').textContent()).toBe(germanTitle);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is marked in the language picker and kept out of the reader\'s search index', async () => {
    const page = await open(`/${removed.locale}/themen/${removed.slug}/`);
    expect(await page.locator('main').getAttribute('data-pagefind-body')).toBeNull();
    await page.locator('.language-picker summary').click();
    const untranslated = page.locator('.language-picker .untranslated');
    expect(await untranslated.count()).toBe(1);
    // The other pages of the same language stay translated and indexed.
    const translated = await open(`/${removed.locale}/themen/wohnen/`);
    expect(await translated.locator('.notice--fallback').count()).toBe(0);
    expect(await translated.locator('main').getAttribute('data-pagefind-body')).not.toBeNull();
  });

  it('is found by German search, not by a search in the reader\'s language', async () => {
    const german = await open('/de/suche/?q=Notfall');
    await german.locator(`[data-search-list] a[href="/de/themen/${removed.slug}/"]`).waitFor({ timeout: 30_000 });
    const reader = await open(`/${removed.locale}/suche/?q=Notfall`);
    await expect.poll(() => reader.locator('[data-search-status]').textContent(), { timeout: 30_000 }).toContain('Notfall');
    expect(await reader.locator(`[data-search-list] a[href="/${removed.locale}/themen/${removed.slug}/"]`).count()).toBe(0);
  });
});

describe('a stale topic translation (the German page changed since)', () => {
  const uiStrings = () => (parse(readFileSync(join(repo, `content/ui/${stale.locale}.yaml`), 'utf8')) as { strings: Record<string, string> }).strings;

  it('is what the i18n report lists as stale', async () => {
    const report = await i18nReport(fixture);
    expect(report.cells[stale.locale]?.[stale.slug]).toBe('stale');
    expect(report.cells[current.locale]?.[current.slug]).not.toBe('stale');
  });

  it('shows the translation with a notice in the reader\'s language and a link to the German page', async () => {
    const page = await open(`/${stale.locale}/themen/${stale.slug}/`);
    const strings = uiStrings();
    const notice = page.locator('.notice--stale');
    expect(await notice.count()).toBe(1);
    expect((await notice.textContent())?.replace(/\s+/g, ' ')).toContain(strings['staleTranslationNotice']!.trim());
    // The notice speaks the reader's language, and so does the page's text: it is the translation.
    expect(await notice.evaluate((n) => n.closest('[lang]')?.getAttribute('lang'))).toBe(getLocale(stale.locale).tag);
    expect(await page.locator('main > div[lang]').count()).toBe(0);
    const link = notice.locator('a');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe(`/de/themen/${stale.slug}/`);
    expect(await link.getAttribute('hreflang')).toBe('de');
    // The link text is in the reader's language, so the link carries no lang of its own.
    expect(await link.getAttribute('lang')).toBeNull();
    expect((await link.textContent())?.trim()).toBe(strings['staleTranslationLink']!.trim());
    expect(await page.locator('.notice--fallback').count()).toBe(0);
    expect(await page.locator('main').getAttribute('data-pagefind-body')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    const german = await open(`/de/themen/${stale.slug}/`);
    expect(await german.locator('.notice').count()).toBe(0);
  });

  it('leaves current translations without a stale notice', async () => {
    const page = await open(`/${current.locale}/themen/${current.slug}/`);
    expect(await page.locator('.notice--stale').count()).toBe(0);
    expect(await page.locator('.notice--draft').count()).toBe(1);
  });

  it('is marked in the person\'s column of the Gesprächsleitfaden, without the link (the German stands beside it)', () => {
    const html = readFileSync(join(fixture, `dist/gemeinden/leitfaden/${stale.locale}/index.html`), 'utf8');
    const stales = html.match(/class="notice notice--stale"/g) ?? [];
    expect(stales).toHaveLength(1);
    expect(html).toContain(uiStrings()['staleTranslationNotice']!.trim());
    expect(html).toContain('1 davon nicht mehr aktuell');
  });
});

describe('a translation a person has checked', () => {
  it('says so, with the date, in the reader\'s language, and shows no draft notice', async () => {
    const page = await open(`/${reviewed.locale}/themen/${reviewed.slug}/`);
    const strings = (parse(readFileSync(join(repo, `content/ui/${reviewed.locale}.yaml`), 'utf8')) as { strings: Record<string, string> }).strings;
    const notice = page.locator('.notice--reviewed');
    expect(await notice.count()).toBe(1);
    expect((await notice.textContent())?.trim()).toBe(format(strings['reviewedTranslationNotice']!, { date: formatDate(reviewed.on, reviewed.locale) }).trim());
    expect(await notice.evaluate((n) => n.closest('[lang]')?.getAttribute('lang'))).toBe(getLocale(reviewed.locale).tag);
    expect(await page.locator('.notice--draft, .notice--stale, .notice--fallback').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
