/**
 * URLs of the Entscheidungstool. Answers so far are path segments, so every step and result is a
 * static page that can be bookmarked, shared, printed as a QR code and reopened.
 */
export const TOOL_SLUG = 'entscheidungstool';
export type ToolPage = 'frage' | 'pruefen' | 'ergebnis' | 'handout';
export const toolPages: readonly ToolPage[] = ['frage', 'pruefen', 'ergebnis', 'handout'];
/** Fragment that shows the "your answers were incomplete" message on a question page (CSS :target). */
export const INVALID_FRAGMENT = 'hinweis-antworten';

export function toolStartUrl(locale: string): string {
  return `/${locale}/${TOOL_SLUG}/`;
}

export function toolOverviewUrl(locale: string): string {
  return `/${locale}/${TOOL_SLUG}/angebote/`;
}

export function toolUrl(locale: string, page: ToolPage, answers: readonly string[]): string {
  return `/${locale}/${TOOL_SLUG}/${page}/${answers.map((a) => `${a}/`).join('')}`;
}

/** Splits `/{locale}/entscheidungstool/{page}/{answers…}/`; null for any other path. */
export function parseToolUrl(pathname: string): { locale: string; page: ToolPage; answers: string[] } | null {
  const parts = pathname.split('/').filter((p) => p !== '');
  const [locale, slug, page, ...answers] = parts;
  if (!locale || slug !== TOOL_SLUG || !page || !(toolPages as readonly string[]).includes(page)) return null;
  let decoded: string[];
  try {
    decoded = answers.map((a) => decodeURIComponent(a));
  } catch {
    decoded = answers.map(() => '');
  }
  return { locale, page: page as ToolPage, answers: decoded };
}
