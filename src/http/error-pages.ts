import { isLocaleCode, type LocaleCode } from '../domain/i18n/locales.ts';
import { splitLocalePath } from '../domain/i18n/paths.ts';
import { negotiateLocale } from '../domain/i18n/negotiate.ts';

/** Statuses that have a localized page at `/{locale}/{status}/`. */
export const ERROR_STATUSES = [400, 404, 503] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

export function errorPagePath(locale: LocaleCode, status: ErrorStatus): string {
  return `/${locale}/${status}/`;
}

/**
 * The language to answer an error in: the locale of the path when it has one, else the
 * reader's browser languages, else German.
 */
export function errorLocale(pathname: string, acceptLanguage: string | null, explicit?: string | null): LocaleCode {
  if (explicit && isLocaleCode(explicit)) return explicit;
  const { locale } = splitLocalePath(pathname);
  return locale ?? negotiateLocale(acceptLanguage);
}

/** Direct requests for `/{locale}/{status}/` answer with that status, never 200. */
export function statusOfErrorPagePath(pathname: string): ErrorStatus | undefined {
  const { locale, rest } = splitLocalePath(pathname);
  if (!locale) return undefined;
  const match = /^\/(\d{3})\/?$/.exec(rest);
  const status = Number(match?.[1]);
  return (ERROR_STATUSES as readonly number[]).includes(status) ? (status as ErrorStatus) : undefined;
}
