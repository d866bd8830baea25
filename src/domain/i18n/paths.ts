import { isLocaleCode, type LocaleCode } from './locales.ts';

/**
 * Every page lives at `/{locale}/{slug}` with the same slug in every language,
 * so switching language is a matter of swapping the first segment.
 */
export function splitLocalePath(pathname: string): { locale: LocaleCode | undefined; rest: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const first = match?.[1];
  if (first && isLocaleCode(first)) return { locale: first, rest: match?.[2] ?? '/' };
  return { locale: undefined, rest: pathname };
}

/** The same page in another language; a path outside the locale tree goes to that language's home. */
export function localizePath(pathname: string, target: LocaleCode): string {
  const { locale, rest } = splitLocalePath(pathname);
  return locale ? `/${target}${rest}` : `/${target}/`;
}
