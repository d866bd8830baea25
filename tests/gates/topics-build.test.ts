// What the build makes of the topic pages: every page in every language, search only where it belongs,
// German fallback pages kept out of other languages' search index, stale notices only on stale
// translations (none today), no JavaScript on topic pages.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';
import { i18nReport } from '../../scripts/i18n-report.ts';

const dist = new URL('../../dist/', import.meta.url);
const root = resolve(import.meta.dirname, '../..');
const slugs = readdirSync(new URL('../../content/topics/de/', import.meta.url)).map((f) => f.replace(/\.mdx$/, ''));
const html = (path: string) => readFileSync(new URL(`${path}index.html`, dist), 'utf8');
const report = await i18nReport(root);

describe('topic pages in dist/', () => {
  it('has at least 15 German topic pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(locales.map((l) => [l.code]))('%s: topic list, every topic page, Downloadcenter and search page', (code) => {
    for (const path of ['themen/', 'downloadcenter/', 'suche/', ...slugs.map((s) => `themen/${s}/`)]) {
      expect(() => html(`${code}/${path}`), `${code}/${path}`).not.toThrow();
    }
    const list = html(`${code}/themen/`);
    for (const s of slugs) expect(list).toContain(`href="/${code}/themen/${s}/"`);
  });

  it('translated pages are indexed for search; German fallback pages only under German', () => {
    for (const l of locales.filter((x) => x.code !== 'de')) {
      for (const s of slugs) {
        const page = html(`${l.code}/themen/${s}/`);
        const missing = report.cells[l.code]![s] === 'missing';
        expect(page.includes('data-pagefind-body'), `${l.code}/${s}`).toBe(!missing);
        expect(page.includes('notice--fallback'), `${l.code}/${s}`).toBe(missing);
        expect(page.includes('notice--stale'), `${l.code}/${s}`).toBe(report.cells[l.code]![s] === 'stale');
      }
    }
    for (const s of slugs) expect(html(`de/themen/${s}/`)).toContain('data-pagefind-body');
  });

  it('topic pages load no script; only the search page does', () => {
    for (const s of slugs) expect(html(`ar/themen/${s}/`)).not.toMatch(/<script/);
    expect(html('ar/suche/')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"/);
  });

  it('topic pages carry a plain GET search form to the search page of their language', () => {
    expect(html('ti/themen/deutsch-lernen/')).toMatch(/<form[^>]*method="get"[^>]*action="\/ti\/suche\/"/);
  });

  it.each(locales.map((l) => [l.code]))('%s: the emergency page lists the Swiss emergency numbers as phone links', (code) => {
    const page = html(`${code}/themen/notfall/`);
    const numbers = [...page.matchAll(/<a href="tel:(\d+)"/g)].map((m) => m[1]);
    // 145 (Tox Info Suisse) joined with issue 14.
    expect(numbers).toEqual(['144', '118', '117', '112', '145']);
  });

  it('no built page shows a stale notice, as the i18n report counts 0 stale', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(locales.length * slugs.length);
    expect(pages.filter((f) => readFileSync(new URL(f, dist), 'utf8').includes('notice--stale'))).toEqual([]);
  });

  it('translations are complete and current: 0 missing, 0 stale (npm run i18n:report)', () => {
    const open = Object.entries(report.cells).flatMap(([l, row]) => Object.entries(row).filter(([, st]) => st === 'missing' || st === 'stale').map(([s, st]) => `${l}/${s}: ${st}`));
    expect(open).toEqual([]);
  });
});
