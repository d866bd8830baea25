// The order form island (issue 13: 80 KB gzip budget) carries React's renderer, react-hook-form, the shared zod
// schema and the form, and not the locale registry: the page passes the German names of the catalogue's
// languages as props. The registry reaches the island's module graph through orders.ts (which the server needs
// whole), so only its pure annotations keep it out; this notices if they stop. The budget itself is checked with
// the bench's own measurement (scripts/lib/page-weight.ts) over the built files, so a heavier island fails here
// and not only in the bench's report.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';
import { pageTypes, localesOf } from '../../scripts/lib/page-types.ts';
import { pageWeight, scriptsOf } from '../../scripts/lib/page-weight.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const dist = join(new URL('../../', import.meta.url).pathname, 'dist');

// The static server serves dist/ without the LOGIN guard: what is measured is the page, not the login page.
let site: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => { site = await serveStatic(dist); });
afterAll(async () => { await site.close(); });

describe('order form island (gemeinden/bestellen)', () => {
  it('does not bundle the locale registry (language names come as props)', async () => {
    const js = (await scriptsOf(site.baseUrl, '/gemeinden/bestellen/')).map((s) => s.code).join('\n');
    expect(js).toContain('Bestellung senden');
    // German is in the form's own text ("Nur auf Deutsch gibt es"); every other language's names must not be.
    const found = locales.filter((l) => l.code !== 'de').flatMap((l) => [l.germanName, l.endonym]).filter((name) => js.includes(name));
    expect(found).toEqual([]);
  });
});

describe('JavaScript budgets of the page types (scripts/lib/page-types.ts)', () => {
  const budgeted = pageTypes.filter((t) => t.jsBudgetKb !== undefined).flatMap((type) => localesOf(type).map((locale) => ({ type, locale })));
  it('has a page type with a budget to check', () => expect(budgeted.length).toBeGreaterThan(0));
  it.each(budgeted)('$type.name ($locale) loads at most its budget of JavaScript, gzip', async ({ type, locale }) => {
    const { jsGzip } = await pageWeight(site.baseUrl, type.path(locale));
    expect(jsGzip, `${type.path(locale)}: ${(jsGzip / 1024).toFixed(1)} KB`).toBeGreaterThan(0);
    expect(jsGzip / 1024, `${type.path(locale)}: KB of JavaScript, gzip`).toBeLessThanOrEqual(type.jsBudgetKb!);
  });
});
