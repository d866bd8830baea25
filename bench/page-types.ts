// One representative URL per page type; the bench measures each in German and Arabic (RTL).
// Add a page type here when a feature adds one (see README "Benchmarks").
export interface PageType {
  name: string;
  /** URL path for a locale code; German-only pages ignore the locale. */
  path: (locale: string) => string;
  germanOnly?: boolean;
}

export const pageTypes: PageType[] = [
  { name: 'language chooser', path: () => '/', germanOnly: true },
  { name: 'home', path: (l) => `/${l}/` },
  { name: 'topic', path: (l) => `/${l}/themen/deutsch-lernen/` },
  { name: 'search', path: (l) => `/${l}/suche/` },
  { name: 'tool question', path: (l) => `/${l}/entscheidungstool/frage/ja/16-25/` },
  { name: 'tool check', path: (l) => `/${l}/entscheidungstool/pruefen/ja/16-25/ja/wenig/` },
  { name: 'tool result', path: (l) => `/${l}/entscheidungstool/ergebnis/ja/16-25/ja/wenig/` },
  { name: 'course finder', path: (l) => `/${l}/deutschkurse/` },
  { name: 'login', path: () => '/gemeinden/login/', germanOnly: true },
  // Behind the login when served by Functions; the bench's static server serves the built page.
  { name: 'Gesprächsleitfaden', path: (l) => `/gemeinden/leitfaden/${l}/` },
  // Lighthouse does not score pages answered with 404 (shown as –); their weight still counts.
  { name: '404', path: (l) => `/${l}/gibt-es-nicht/` },
];
