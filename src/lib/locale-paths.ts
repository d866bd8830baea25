// getStaticPaths helper: one page per locale of the registry.
import { locales } from '../domain/i18n/locales.ts';

export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale: locale.code } }));
}
