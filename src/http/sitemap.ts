import { ERROR_STATUSES } from './error-pages.ts';
import { splitLocalePath } from '../domain/i18n/paths.ts';

/**
 * Which built pages go into sitemap.xml. Left out: the LOGIN area, the CMS (/admin/) and dev pages (not public), error pages,
 * the Entscheidungstool's answer pages (thousands of combinations of one tool; its start page and the offers
 * overview stay), and topic pages a language shows as German fallback (`translatedTopics` lists
 * "{locale}/{slug}" of every topic file), which would only repeat the German page under another language.
 */
export function isSitemapPage(url: URL, translatedTopics: ReadonlySet<string>): boolean {
  const path = url.pathname;
  if (path.startsWith('/gemeinden/') || path.startsWith('/dev/') || path.startsWith('/admin/')) return false;
  const { locale, rest } = splitLocalePath(path);
  if (!locale) return path === '/';
  if (ERROR_STATUSES.some((s) => rest === `/${s}/`)) return false;
  if (/^\/entscheidungstool\/(frage|pruefen|ergebnis|handout)\//.test(rest)) return false;
  const topic = /^\/themen\/([^/]+)\/$/.exec(rest);
  if (topic) return translatedTopics.has(`${locale}/${topic[1]}`);
  return true;
}
