// One representative URL per page type. The bench measures each in German and Arabic (RTL), and the
// e2e sweep (tests/e2e/page-type-sweep.test.ts) checks each for axe violations and 320 px reflow, so
// both always cover the same pages. Add a page type here when a feature adds one (README "Benchmarks").
import { readdirSync } from 'node:fs';

export type SweepLocale = 'de' | 'ar';

export interface PageType {
  name: string;
  /** URL path for a locale code; German-only pages ignore the locale. */
  path: (locale: SweepLocale) => string;
  /** Languages the type exists in; German and Arabic unless set. */
  locales?: readonly SweepLocale[];
  /** Pages behind the LOGIN area's guard: the role whose session opens them. */
  needsLogin?: 'gemeinde' | 'koordinationsstelle';
  /** CSS selector that is visible once the page's script has rendered its content (search hits, islands). */
  readyWhen?: string;
  /** A page made for paper: the sweep also checks it in print media. */
  printable?: boolean;
  /** HTTP status the page is answered with; 200 unless set. */
  status?: number;
  /** JavaScript budget in KB gzip (what the page and its islands load); the bench prints met / missed. */
  jsBudgetKb?: number;
}

/**
 * A course page the build made: courses end and then are not built, so no id can stay fixed here.
 * Called when a page is opened, after the build (the bench builds dist/ anew first).
 */
function firstBuiltCourse(): string {
  const dir = new URL('../../dist/de/deutschkurse/', import.meta.url);
  const id = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'ort' && e.name !== 'niveau').map((e) => e.name).sort()[0];
  if (!id) throw new Error('No course page in dist/de/deutschkurse/: run npm run build first');
  return id;
}

export const localesOf = (type: PageType): readonly SweepLocale[] => type.locales ?? ['de', 'ar'];

// A search with hits in each language, so the results list (not only the empty form) is measured and checked.
const searchQuery: Record<SweepLocale, string> = { de: 'Deutschkurs', ar: 'الألمانية' };
const toolAnswers = 'b-c-f-n-s/16-17/unter-b1';

export const pageTypes: PageType[] = [
  { name: 'language chooser', path: () => '/', locales: ['de'] },
  { name: 'home', path: (l) => `/${l}/` },
  { name: 'topic', path: (l) => `/${l}/themen/deutsch-lernen/` },
  // The canton's obligations (issue 16): Impressum, Datenschutz and the accessibility statement are topic pages
  // of group `about`; the statement stands for the three (same layout).
  { name: 'about page', path: (l) => `/${l}/themen/barrierefreiheit/` },
  { name: 'search results', path: (l) => `/${l}/suche/?q=${encodeURIComponent(searchQuery[l])}`, readyWhen: '[data-search-list] li' },
  { name: 'tool question', path: (l) => `/${l}/entscheidungstool/frage/b-c-f-n-s/16-17/` },
  { name: 'tool check', path: (l) => `/${l}/entscheidungstool/pruefen/${toolAnswers}/` },
  { name: 'tool result', path: (l) => `/${l}/entscheidungstool/ergebnis/${toolAnswers}/`, printable: true },
  // German readers print the result page itself, so the side-by-side handout exists in the other languages only.
  { name: 'tool handout', path: (l) => `/${l}/entscheidungstool/handout/${toolAnswers}/`, locales: ['ar'], printable: true },
  { name: 'tool offers overview', path: (l) => `/${l}/entscheidungstool/angebote/`, printable: true },
  { name: 'course finder', path: (l) => `/${l}/deutschkurse/`, readyWhen: '[data-course-finder][data-ready] #course-filter' },
  { name: 'course detail', path: (l) => `/${l}/deutschkurse/${firstBuiltCourse()}/` },
  { name: 'login', path: () => '/gemeinden/login/', locales: ['de'] },
  // The server-rendered form has the same id as the island's; the island removes it when it takes over.
  { name: 'order form', path: () => '/gemeinden/bestellen/', locales: ['de'], needsLogin: 'gemeinde',
    readyWhen: 'body:not(:has(#order-form-fallback)) #order-form',
    // Issue 13: React's renderer alone is 64 KB gzip; the form with react-hook-form and zod gets the rest.
    jsBudgetKb: 80 },
  { name: 'order history', path: () => '/gemeinden/bestellungen/', locales: ['de'], needsLogin: 'gemeinde' },
  { name: 'Gesprächsleitfaden', path: (l) => `/gemeinden/leitfaden/${l}/`, needsLogin: 'gemeinde', printable: true },
  { name: 'admin order list', path: () => '/gemeinden/admin/', locales: ['de'], needsLogin: 'koordinationsstelle' },
  // Lighthouse does not score pages answered with 404 (shown as –); their weight still counts.
  { name: '404', path: (l) => `/${l}/gibt-es-nicht/`, status: 404 },
];
