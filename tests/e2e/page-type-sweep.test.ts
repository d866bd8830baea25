// The page-type sweep: one page of every page type in scripts/lib/page-types.ts, in German and Arabic
// (right to left; German-only pages once), through three gates in one place:
// - keyboard: the Entscheidungstool, the course finder and the order form can be completed with the
//   keyboard alone, and every focus stop on the way shows a visible focus indicator (WCAG 2.1.1, 2.4.7);
// - axe-core, WCAG 2.0–2.2 A/AA rules, 0 violations (print media too for the pages made for paper), and
//   the Content-Security-Policy blocks nothing the page does (both in one visit of each page);
// - reflow at 320 CSS px (WCAG 1.4.10, = 1280 px at 400 % zoom): no horizontal scrolling.
// The other e2e files test features; this one makes sure no page type is left out of these checks.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { base, DEMO, login, postJson } from '../support/gemeinden.ts';
import { localesOf, pageTypes, type PageType, type SweepLocale } from '../../scripts/lib/page-types.ts';

const { newPage } = useBrowser();

type Role = 'anonymous' | NonNullable<PageType['needsLogin']>;
const accounts: Record<Exclude<Role, 'anonymous'>, { email: string; client: string }> = {
  gemeinde: { email: DEMO.zuchwil, client: '198.51.100.81' },
  koordinationsstelle: { email: DEMO.admin, client: '198.51.100.82' },
};

// One browser context per role for the whole file: each role logs in once (the real magic-link flow,
// through the API), and every test opens its own page in that context, so pages share nothing but cookies.
const contexts = new Map<Role, BrowserContext>();
beforeAll(async () => {
  for (const role of ['anonymous', 'gemeinde', 'koordinationsstelle'] as const) {
    const { context, page } = await newPage();
    await page.close();
    if (role !== 'anonymous') {
      const [name, value] = (await login(accounts[role].email, accounts[role].client)).split(/=(.*)/s) as [string, string];
      await context.addCookies([{ name, value, url: base, httpOnly: true, sameSite: 'Lax' }]);
      if (role === 'gemeinde') {
        // The order history and the admin list are checked with an order in them: placed here, so no
        // test depends on the keyboard test having sent one first.
        const res = await postJson('/api/orders', {
          idempotencyKey: randomUUID(),
          items: [{ publication: 'erstinformationsmappe', language: 'ti', quantity: 1 }],
          deliveryAddress: 'Gemeindeverwaltung Zuchwil\nBeispieladresse',
          contactPerson: 'Demo Zuchwil',
        }, { cookie: `${name}=${value}` });
        expect(res.status, 'an order for the history and admin pages').toBe(201);
      }
    }
    contexts.set(role, context);
  }
}, 120_000);
afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

async function pageAs(role: Role): Promise<Page> {
  const context = contexts.get(role);
  if (!context) throw new Error(`no browser context for ${role}: beforeAll failed`);
  return context.newPage();
}

function pageType(name: string): PageType {
  const type = pageTypes.find((t) => t.name === name);
  if (!type) throw new Error(`no page type "${name}" in scripts/lib/page-types.ts`);
  return type;
}

const cases = pageTypes.flatMap((type) => localesOf(type).map((locale) => ({ name: type.name, locale, path: type.path(locale), type })));

/** Opens a page type as its role, checks it is the page asked for (not a login redirect), waits for its script. */
async function openPageType(type: PageType, locale: SweepLocale, viewport?: { width: number; height: number }, beforeOpen?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await pageAs(type.needsLogin ?? 'anonymous');
  if (viewport) await page.setViewportSize(viewport);
  await beforeOpen?.(page);
  const path = type.path(locale);
  const res = await page.goto(`${base}${path}`);
  expect(res?.status(), `${path}: HTTP status`).toBe(type.status ?? 200);
  expect(page.url(), `${path}: landed elsewhere (a guard redirect?)`).toBe(new URL(path, base).href);
  if (type.readyWhen) await page.locator(type.readyWhen).first().waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

// ---------------------------------------------------------------------------------------------------
// Keyboard

interface FocusStop { element: string; indicator: string | null }

/**
 * What shows that document.activeElement has focus: an outline (style not none, width > 0, colour not
 * transparent) or a box-shadow. null when nothing does, when focus fell back to <body>, or when the
 * element has no width or height (focused, but there is nothing to see).
 */
function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { element: '<body> (focus lost)', indicator: null };
    // A field is named by its label (a select's text would be all its options run together).
    const label = 'labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent : undefined;
    const text = (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const element = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}>${text ? ` "${text}"` : ''}`;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    if (rect.width === 0 || rect.height === 0) return { element, indicator: null };
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) {
      return { element, indicator: `outline ${style.outlineStyle} ${style.outlineWidth}` };
    }
    if (style.boxShadow !== 'none') return { element, indicator: `box-shadow ${style.boxShadow}` };
    return { element, indicator: null };
  });
}

/** Fails unless the focused element shows a visible focus indicator; returns what it found. */
async function expectVisibleFocus(page: Page, where: string): Promise<FocusStop> {
  const stop = await focusStop(page);
  expect(stop.indicator, `${where}: no visible focus indicator on ${stop.element}`).not.toBeNull();
  return stop;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking the focus
 * indicator at every stop on the way. Fails, listing the stops, if the target is not reached.
 */
async function tabTo(page: Page, selector: string, { backwards = false, maxStops = 120 } = {}): Promise<void> {
  const visited: string[] = [];
  for (let n = 1; n <= maxStops; n++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const stop = await expectVisibleFocus(page, `${new URL(page.url()).pathname}, focus stop ${n}`);
    visited.push(stop.element);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${maxStops} stops: ${visited.join(' → ')}`);
}

/** Presses an arrow key on the focused <select> until it shows `value` (as a keyboard user picks an option). */
async function arrowToOption(page: Page, value: string, maxPresses = 40): Promise<void> {
  const current = () => page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.value);
  for (let n = 0; n < maxPresses && (await current()) !== value; n++) await page.keyboard.press('ArrowDown');
  expect(await current(), `option "${value}" not reached with ArrowDown`).toBe(value);
}

/** Presses Enter on the focused link or button and waits for the page it leads to. */
async function enterAndWait(page: Page, url: string | RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
}

describe('keyboard only, with a visible focus indicator at every stop', () => {
  it('Entscheidungstool: from the start page through every question to the result', async () => {
    const page = await pageAs('anonymous');
    await page.goto(`${base}/de/entscheidungstool/`);
    await tabTo(page, 'a.tool-start');
    await enterAndWait(page, `${base}/de/entscheidungstool/frage/`);
    const answers = ['b-c-f-n-s', 'ab-36', 'nein', 'ab-b1', 'kein-abschluss', 'nein'];
    for (const [n, answer] of answers.entries()) {
      await tabTo(page, `a.tool-option[href$="/${answer}/"]`);
      const next = n < answers.length - 1 ? 'frage' : 'pruefen';
      await enterAndWait(page, `${base}/de/entscheidungstool/${next}/${answers.slice(0, n + 1).join('/')}/`);
    }
    await tabTo(page, 'a.tool-result-link');
    await enterAndWait(page, `${base}/de/entscheidungstool/ergebnis/${answers.join('/')}/`);
    expect(await page.locator('.offer').count()).toBeGreaterThan(0);
    await page.close();
  }, 120_000);

  it('course finder: a level chosen with the arrow keys and a box ticked with Space narrow the list; Enter opens a course', async () => {
    const page = await openPageType(pageType('course finder'), 'de');
    const shown = () => page.locator('li[data-course]:visible')
      .evaluateAll((els) => els.map((el) => (JSON.parse((el as HTMLElement).dataset['course']!) as { id: string }).id));
    const all = await shown();

    await tabTo(page, '#filter-level');
    await arrowToOption(page, 'A1');
    await page.waitForURL(`${base}/de/deutschkurse/?level=A1`);
    const a1 = await shown();
    expect(a1.length).toBeGreaterThan(0);
    expect(a1.length).toBeLessThan(all.length);

    // A1 courses with childcare: some of the sample A1 courses have it, some do not.
    await tabTo(page, '#filter-childcare');
    await page.keyboard.press('Space');
    await page.waitForURL(`${base}/de/deutschkurse/?level=A1&childcare=1`);
    const withChildcare = await shown();
    expect(withChildcare.length).toBeGreaterThan(0);
    expect(withChildcare.length).toBeLessThan(a1.length);
    expect(withChildcare.every((id) => a1.includes(id))).toBe(true);
    expect(await page.locator('#result-count').textContent()).toContain(String(withChildcare.length));

    await tabTo(page, 'li[data-course]:not([hidden]) a');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(withChildcare.map((id) => `/de/deutschkurse/${id}/`)).toContain(href);
    await enterAndWait(page, `${base}${href}`);
    await page.close();
  }, 120_000);

  it('order form (React island): fill in and send with the keyboard, then see the order in the history', async () => {
    const page = await openPageType(pageType('order form'), 'de');
    await tabTo(page, '#items-0-publication');
    await arrowToOption(page, 'erstinformationsmappe');
    await tabTo(page, '#items-0-language');
    await arrowToOption(page, 'ti');
    await tabTo(page, '#items-0-quantity');
    await page.keyboard.type('3');
    // Address and contact person come filled in from the Gemeinde's record; walk past them to send.
    await tabTo(page, '#order-form button[type="submit"]');
    await enterAndWait(page, /\/gemeinden\/bestellungen\/\?neu=B-/).catch(async (error: unknown) => {
      // A rejected order stays on the form with a summary: say what it says, not only "timed out".
      const summary = await page.locator('.error-summary').first().textContent({ timeout: 1_000 }).catch(() => null);
      throw new Error(`the order was not sent${summary ? `; the form says: ${summary}` : ''}`, { cause: error });
    });
    const orderId = new URL(page.url()).searchParams.get('neu')!;
    expect(await page.locator(`#order-${orderId}`).innerText()).toContain('3 × Erstinformationsmappe (Tigrinya)');
    await page.close();
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------
// axe-core and the Content-Security-Policy, in one visit per page

/**
 * Records what the Content-Security-Policy blocks on `page` from its first request on. Chromium reports it as
 * DevTools issues (Lighthouse counts them against "best practices"). A blocked inline script or style breaks a
 * feature; a blocked eval probe (as zod's) only makes noise, but both mean the page and the policy disagree.
 */
async function recordCspBlocks(page: Page, blocked: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    const details = issue.details.contentSecurityPolicyIssueDetails;
    if (issue.code === 'ContentSecurityPolicyIssue' && details) {
      blocked.push(`${details.violatedDirective} (${details.contentSecurityPolicyViolationType}) at ${details.sourceCodeLocation?.url ?? details.blockedURL ?? 'the page'}`);
    }
  });
  await cdp.send('Audits.enable');
}

// The order history and the admin list hold the order placed in beforeAll.
describe('axe-core (WCAG 2.2 A/AA) and the Content-Security-Policy on every page type', () => {
  it.each(cases)('$name ($locale) $path', async ({ type, locale, path }) => {
    const blocked: string[] = [];
    const page = await openPageType(type, locale, undefined, (p) => recordCspBlocks(p, blocked));
    await page.waitForLoadState('networkidle');
    expect(blocked, `${path}: blocked by the Content-Security-Policy`).toEqual([]);
    expect(await axeViolations(page), `${path} (screen)`).toEqual([]);
    if (type.printable) {
      await page.emulateMedia({ media: 'print' });
      expect(await axeViolations(page), `${path} (print)`).toEqual([]);
    }
    expect(blocked, `${path}: blocked by the Content-Security-Policy while axe ran`).toEqual([]);
    await page.close();
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------
// Reflow at 320 CSS px

/** The widest elements that stick out of the viewport and are not clipped by a scrolling ancestor. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clippedByAncestor = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ el, rect }) => rect.width > 0 && (rect.right > width + 1 || rect.left < -1) && !clippedByAncestor(el))
      .sort((a, b) => b.rect.width - a.rect.width)
      .slice(0, 5)
      .map(({ el, rect }) => {
        const name = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}>`;
        return `${name} ${Math.round(rect.width)} px wide, from x=${Math.round(rect.left)} to ${Math.round(rect.right)}`;
      });
  });
}

describe('reflow: no horizontal scrolling at 320 CSS px', () => {
  it.each(cases)('$name ($locale) $path', async ({ type, locale, path }) => {
    const page = await openPageType(type, locale, { width: 320, height: 640 });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    const widest = scrollWidth > clientWidth + 1 ? await overflowingElements(page) : [];
    expect(scrollWidth, `${path}: page is ${scrollWidth} px wide in a ${clientWidth} px viewport; widest elements: ${widest.join('; ')}`)
      .toBeLessThanOrEqual(clientWidth + 1);
    await page.close();
  });
});
