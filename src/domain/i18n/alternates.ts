import { locales, SOURCE_LOCALE_CODE, type LocaleCode } from './locales.ts';
import { localizePath } from './paths.ts';

export interface HreflangAlternate {
  hreflang: string;
  href: string;
}

/**
 * The `<link rel="alternate" hreflang>` set of a localized page: the same path in every language that has
 * the page (search engines accept only absolute URLs), plus `x-default` pointing at the German source,
 * which every page has. The set is the same on every language version, as hreflang requires (reciprocal links).
 */
export function hreflangAlternates(pathname: string, site: URL, available?: readonly LocaleCode[]): HreflangAlternate[] {
  const codes = new Set<string>(available ?? locales.map((l) => l.code));
  codes.add(SOURCE_LOCALE_CODE);
  const links: HreflangAlternate[] = locales
    .filter((l) => codes.has(l.code))
    .map((l) => ({ hreflang: l.tag, href: new URL(localizePath(pathname, l.code), site).href }));
  links.push({ hreflang: 'x-default', href: new URL(localizePath(pathname, SOURCE_LOCALE_CODE), site).href });
  return links;
}
