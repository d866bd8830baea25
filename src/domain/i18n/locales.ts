/**
 * The locale registry: the one list of languages the portal speaks.
 * Routing (`/{code}/…`), `<html lang dir>`, the language picker, pagefind's per-language index
 * and Intl formatting all read from here, so adding a language is one entry plus its UI strings.
 */
export type TextDirection = 'ltr' | 'rtl';

export interface Locale {
  /** URL segment, stable forever: `/{code}/…`. */
  readonly code: string;
  /** BCP 47 tag written to `<html lang>`; pagefind builds one index per tag. */
  readonly tag: string;
  /** The language's name in its own language, as readers look for it. */
  readonly endonym: string;
  /** German name, for the Koordinationsstelle's reports and the German UI. */
  readonly germanName: string;
  readonly dir: TextDirection;
  /** Tag for Intl number and date formats, where it differs from `tag` (English as written in Switzerland). */
  readonly formatTag?: string;
}

export const SOURCE_LOCALE_CODE = 'de';

// Order: German first (source), then the official Swiss languages and English, then the
// community languages in German alphabetical order of their German name, as the Hallo portals list them.
export const locales = [
  { code: 'de', tag: 'de-CH', endonym: 'Deutsch', germanName: 'Deutsch', dir: 'ltr' },
  { code: 'fr', tag: 'fr-CH', endonym: 'Français', germanName: 'Französisch', dir: 'ltr' },
  { code: 'it', tag: 'it-CH', endonym: 'Italiano', germanName: 'Italienisch', dir: 'ltr' },
  { code: 'en', tag: 'en', endonym: 'English', germanName: 'Englisch', dir: 'ltr', formatTag: 'en-CH' },
  { code: 'sq', tag: 'sq', endonym: 'Shqip', germanName: 'Albanisch', dir: 'ltr' },
  { code: 'am', tag: 'am', endonym: 'አማርኛ', germanName: 'Amharisch', dir: 'ltr' },
  { code: 'ar', tag: 'ar', endonym: 'العربية', germanName: 'Arabisch', dir: 'rtl' },
  // One locale for the mutually intelligible standard languages; `sh` is the registered
  // BCP 47 subtag for Serbo-Croatian, written here in Latin script.
  { code: 'sh', tag: 'sh-Latn', endonym: 'Bosanski / Hrvatski / Srpski', germanName: 'Bosnisch/Kroatisch/Serbisch', dir: 'ltr' },
  { code: 'zh', tag: 'zh-Hans', endonym: '中文', germanName: 'Chinesisch', dir: 'ltr' },
  // Dari is the Afghan variety of Persian: `fa-AF` is what screen readers and fonts recognise.
  { code: 'prs', tag: 'fa-AF', endonym: 'دری', germanName: 'Dari', dir: 'rtl' },
  { code: 'fa', tag: 'fa', endonym: 'فارسی', germanName: 'Farsi', dir: 'rtl' },
  { code: 'ku', tag: 'ku-Latn', endonym: 'Kurdî (Kurmancî)', germanName: 'Kurdisch (Kurmandschi)', dir: 'ltr' },
  { code: 'ckb', tag: 'ckb', endonym: 'کوردی (سۆرانی)', germanName: 'Kurdisch (Sorani)', dir: 'rtl' },
  { code: 'ps', tag: 'ps', endonym: 'پښتو', germanName: 'Paschtu', dir: 'rtl' },
  { code: 'pt', tag: 'pt', endonym: 'Português', germanName: 'Portugiesisch', dir: 'ltr' },
  { code: 'ro', tag: 'ro', endonym: 'Română', germanName: 'Rumänisch', dir: 'ltr' },
  { code: 'ru', tag: 'ru', endonym: 'Русский', germanName: 'Russisch', dir: 'ltr' },
  { code: 'so', tag: 'so', endonym: 'Soomaali', germanName: 'Somali', dir: 'ltr' },
  { code: 'es', tag: 'es', endonym: 'Español', germanName: 'Spanisch', dir: 'ltr' },
  { code: 'ta', tag: 'ta', endonym: 'தமிழ்', germanName: 'Tamil', dir: 'ltr' },
  { code: 'bo', tag: 'bo', endonym: 'བོད་ཡིག', germanName: 'Tibetisch', dir: 'ltr' },
  { code: 'ti', tag: 'ti', endonym: 'ትግርኛ', germanName: 'Tigrinya', dir: 'ltr' },
  { code: 'tr', tag: 'tr', endonym: 'Türkçe', germanName: 'Türkisch', dir: 'ltr' },
  { code: 'uk', tag: 'uk', endonym: 'Українська', germanName: 'Ukrainisch', dir: 'ltr' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

// The pure annotations let bundlers drop the registry from browser code that imports a module using it but
// not its values (the order form island: tests/gates/order-form-island.test.ts).
export const localeCodes: readonly LocaleCode[] = /* @__PURE__ */ locales.map((l) => l.code);

const byCode = /* @__PURE__ */ new Map<string, Locale>(/* @__PURE__ */ locales.map((l) => [l.code, l]));

export function isLocaleCode(value: string): value is LocaleCode {
  return byCode.has(value);
}

export function getLocale(code: string): Locale {
  const locale = byCode.get(code);
  if (!locale) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}`);
  return locale;
}

export const sourceLocale: Locale = /* @__PURE__ */ getLocale(SOURCE_LOCALE_CODE);
