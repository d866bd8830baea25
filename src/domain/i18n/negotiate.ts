import { match } from '@formatjs/intl-localematcher';
import { locales, SOURCE_LOCALE_CODE, type LocaleCode } from './locales.ts';

interface WeightedTag {
  tag: string;
  q: number;
}

/** Parses an Accept-Language header into tags ordered by preference (RFC 9110 §12.5.4). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const weighted: WeightedTag[] = [];
  for (const part of header.split(',')) {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim();
    if (!tag || tag === '*' || !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key?.trim() === 'q') q = Number(value);
    }
    if (Number.isFinite(q) && q > 0 && q <= 1) weighted.push({ tag, q });
  }
  // Array.prototype.sort is stable, so equal weights keep the reader's order.
  return weighted.sort((a, b) => b.q - a.q).map((w) => w.tag);
}

// The matcher works on BCP 47 tags; each of our tags maps back to exactly one locale code.
const codeByTag = new Map<string, LocaleCode>(locales.map((l) => [l.tag, l.code]));

/** The portal language that best fits the reader's browser languages; German when nothing fits. */
export function negotiateLocale(acceptLanguage: string | null | undefined): LocaleCode {
  const requested = parseAcceptLanguage(acceptLanguage);
  if (requested.length === 0) return SOURCE_LOCALE_CODE;
  let tag: string;
  try {
    tag = match(requested, [...codeByTag.keys()], 'de-CH', { algorithm: 'best fit' });
  } catch {
    // A syntactically odd tag the matcher rejects is the reader's problem, not a server error.
    return SOURCE_LOCALE_CODE;
  }
  return codeByTag.get(tag) ?? SOURCE_LOCALE_CODE;
}
