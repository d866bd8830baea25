import { getLocale } from './locales.ts';

/** A calendar date (YYYY-MM-DD) written the way readers of `localeCode` write dates, e.g. "23. November 2026". */
export function formatDate(isoDate: string, localeCode: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a calendar date (YYYY-MM-DD): "${isoDate}"`);
  const [, y, m, d] = match;
  // Noon UTC and an explicit UTC zone keep the day the same wherever the build runs.
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
  const locale = getLocale(localeCode);
  // Gregorian calendar always: Swiss letters, permits and course dates use it, even where the
  // language's default is another calendar (Dari and Pashto default to the Solar Hijri calendar).
  return new Intl.DateTimeFormat(locale.formatTag ?? locale.tag, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(date);
}
