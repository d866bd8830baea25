// What the build leaves in dist/ for the course catalogue: a bounded number of files (Cloudflare Pages
// allows 20,000 per site for everything), ended courses hidden, sample data labelled on every page,
// and list and detail pages complete without JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';
import { TEST_BUILD_DATE, TEST_COURSES_DIR } from '../../scripts/lib/test-build.ts';

const dist = new URL('../../dist/', import.meta.url);
// The test build (`npm run build:test`) publishes the fixture courses as of TEST_BUILD_DATE.
const courseFiles = readdirSync(new URL(`../../${TEST_COURSES_DIR}/`, import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));
// The first built course of the ECAP Olten evening series (sample data, a course every few months):
// courses end and are then not built, so no single id stays right for long.
const oltenEvening = readdirSync(new URL('de/deutschkurse/', dist)).filter((id) => id.startsWith('ecap-olten-abend-a2-b1-')).sort()[0]!;

async function files(pattern: string): Promise<string[]> {
  const out: string[] = [];
  for await (const path of glob(pattern, { cwd: dist.pathname })) out.push(path);
  return out;
}

describe('course catalogue in dist/', () => {
  it('stays under 4,000 files for all 24 languages, and the whole site under 20,000', async () => {
    const catalogue = await files('*/deutschkurse/**/*.*');
    expect(catalogue.length).toBeGreaterThan(24 * 60);
    expect(catalogue.length).toBeLessThan(4000);
    expect((await files('**/*.*')).length).toBeLessThan(20_000);
  });

  it('has the same pages in every language: finder, one per place, one per level, one per current course', async () => {
    const perLocale = (code: string) => files(`${code}/deutschkurse/**/index.html`);
    const german = (await perLocale('de')).map((p) => p.slice(3)).sort();
    for (const { code } of locales) expect((await perLocale(code)).map((p) => p.slice(code.length + 1)).sort(), code).toEqual(german);
    expect(german).toContain('deutschkurse/ort/olten/index.html');
    expect(german).toContain('deutschkurse/niveau/a0/index.html');
  });

  it(`hides courses whose end date has passed on the build date (${TEST_BUILD_DATE}), keeps current ones`, async () => {
    const built = new Set((await files('de/deutschkurse/*/index.html')).map((p) => p.split('/')[2]));
    const ended = courseFiles.filter((id) => id.endsWith('2026-01'));
    expect(ended.length).toBeGreaterThan(0);
    for (const id of ended) expect(built.has(id), id).toBe(false);
    expect(built.has(oltenEvening), oltenEvening).toBe(true);
    expect(readFileSync(new URL('de/deutschkurse/index.html', dist), 'utf8')).not.toContain(ended[0]);
  });

  it('labels sample data on the finder, a place page, a level page and a detail page', () => {
    for (const page of ['ar/deutschkurse/', 'ar/deutschkurse/ort/olten/', 'de/deutschkurse/niveau/b1/', `ti/deutschkurse/${oltenEvening}/`]) {
      expect(readFileSync(new URL(`${page}index.html`, dist), 'utf8'), page).toContain('class="sample-notice"');
    }
  });

  it('shows on the detail page, without JavaScript, all data, how to register and who pays', () => {
    const html = readFileSync(new URL(`de/deutschkurse/${oltenEvening}/index.html`, dist), 'utf8');
    for (const text of ['ECAP Solothurn', 'Beispielstrasse 1 (Beispieladresse), Olten', 'Dienstag, Donnerstag, 18:30–20:00',
      '4 pro Woche, 80 insgesamt', 'CHF 7 pro Lektion, insgesamt CHF 560', 'mailto:anmeldung@ecap.beispiel.example',
      'Kostengutsprache', 'B2 mündlich und A2 schriftlich']) {
      expect(html, text).toContain(text);
    }
    expect(html).not.toMatch(/<script/);
  });
});
