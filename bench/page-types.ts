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
  // Lighthouse does not score pages answered with 404 (shown as –); their weight still counts.
  { name: '404', path: (l) => `/${l}/gibt-es-nicht/` },
];
