import type { LocalText } from '../../domain/decision-tree/texts.ts';

/** Attributes that mark a German fallback text inside a page in another language. */
export function langOf(text: LocalText): { lang?: string; dir?: 'ltr' } {
  return text.german ? { lang: 'de-CH', dir: 'ltr' } : {};
}
