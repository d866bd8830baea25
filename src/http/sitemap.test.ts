import { describe, expect, it } from 'vitest';
import { isSitemapPage } from './sitemap.ts';

const site = 'https://integration.so.ch';
const translated = new Set(['de/notfall', 'ti/notfall', 'de/erste-schritte']);
const inSitemap = (path: string) => isSitemapPage(new URL(path, site), translated);

describe('isSitemapPage', () => {
  it('keeps the public pages of every language', () => {
    for (const p of ['/', '/de/', '/ar/', '/ti/themen/', '/de/adressen/', '/bo/begriffe/', '/fa/deutschkurse/',
      '/de/entscheidungstool/', '/ar/entscheidungstool/angebote/', '/ti/themen/notfall/']) {
      expect(inSitemap(p), p).toBe(true);
    }
  });

  it('leaves out topic pages that fall back to German', () => {
    expect(inSitemap('/ti/themen/erste-schritte/')).toBe(false);
    expect(inSitemap('/de/themen/erste-schritte/')).toBe(true);
  });

  it('leaves out the LOGIN area, dev pages, error pages and the tool answer pages', () => {
    for (const p of ['/gemeinden/', '/gemeinden/login/', '/dev/mailbox/', '/de/404/', '/ar/503/',
      '/de/entscheidungstool/frage/ja/', '/de/entscheidungstool/ergebnis/ja/ab-26/', '/ti/entscheidungstool/handout/x/',
      '/de/entscheidungstool/pruefen/ja/']) {
      expect(inSitemap(p), p).toBe(false);
    }
  });
});
