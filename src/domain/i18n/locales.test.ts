import { describe, expect, it } from 'vitest';
import { getLocale, isLocaleCode, locales, localeCodes, SOURCE_LOCALE_CODE } from './locales.ts';

describe('locale registry', () => {
  it('has the 24 languages of the portal, German first as the source', () => {
    expect(locales).toHaveLength(24);
    expect(localeCodes[0]).toBe(SOURCE_LOCALE_CODE);
    expect([...localeCodes].sort()).toEqual(
      ['am', 'ar', 'bo', 'ckb', 'de', 'en', 'es', 'fa', 'fr', 'it', 'ku', 'prs', 'ps', 'pt', 'ro', 'ru', 'sh', 'so', 'sq', 'ta', 'ti', 'tr', 'uk', 'zh'],
    );
  });

  it('has exactly five right-to-left languages: Arabic, Farsi, Dari, Pashto and Sorani', () => {
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code).sort()).toEqual(['ar', 'ckb', 'fa', 'prs', 'ps']);
  });

  it('uses unique codes, unique endonyms and well-formed BCP 47 tags', () => {
    expect(new Set(localeCodes).size).toBe(locales.length);
    expect(new Set(locales.map((l) => l.endonym)).size).toBe(locales.length);
    for (const l of locales) {
      // Throws on a malformed tag. (`sh-Latn` is valid BCP 47; Intl maps it to its CLDR alias sr-Latn.)
      expect(() => Intl.getCanonicalLocales(l.tag), l.code).not.toThrow();
      expect(l.tag, l.code).toMatch(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/);
      expect(l.code, 'URL segment').toMatch(/^[a-z]{2,3}$/);
    }
    expect(new Set(locales.map((l) => l.tag.toLowerCase())).size, 'one pagefind index per tag').toBe(locales.length);
  });

  it('tells known codes from unknown ones', () => {
    expect(isLocaleCode('ti')).toBe(true);
    expect(isLocaleCode('xx')).toBe(false);
    expect(isLocaleCode('DE')).toBe(false);
    expect(getLocale('ar').dir).toBe('rtl');
    expect(() => getLocale('xx')).toThrow(/Unknown locale "xx"/);
  });
});
