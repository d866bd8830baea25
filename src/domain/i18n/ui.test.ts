import { describe, expect, it } from 'vitest';
import { format, resolveStrings } from './ui.ts';
import { uiStringKeys, type UiStrings, type UiStringsFile } from '../schemas/ui-strings.ts';

const german = Object.fromEntries(uiStringKeys.map((k) => [k, `de:${k}`])) as UiStrings;
const source: UiStringsFile = { locale: 'de', status: 'source', strings: german };

describe('resolveStrings', () => {
  it('uses the translation and falls back to German key by key', () => {
    const translation: UiStringsFile = { locale: 'en', status: 'draft', sourceHash: '0123456789abcdef', strings: { navHome: 'Home' } };
    const resolved = resolveStrings(source, translation);
    expect(resolved.strings.navHome).toBe('Home');
    expect(resolved.strings.navTopics).toBe('de:navTopics');
    expect(resolved.status).toBe('draft');
    expect(resolved.fallbackKeys).toHaveLength(uiStringKeys.length - 1);
    expect(resolved.fallbackKeys).not.toContain('navHome');
  });

  it('never fills a plural form from German: a language uses its own forms or its own base text', () => {
    const de = { locale: 'de', status: 'source', strings: { count: '{count} Treffer', count_one: '{count} Treffer' } } as const;
    const ar = { locale: 'ar', status: 'draft', sourceHash: '0123456789abcdef', strings: { count: '{count} نتيجة', count_two: 'نتيجتان' } } as const;
    const fr = { locale: 'fr', status: 'draft', sourceHash: '0123456789abcdef', strings: { count: '{count} résultats' } } as const;
    expect(resolveStrings<string>(de, ar).strings).toEqual({ count: '{count} نتيجة', count_two: 'نتيجتان' });
    expect(resolveStrings<string>(de, fr).strings).toEqual({ count: '{count} résultats' });
    expect(resolveStrings<string>(de, fr).fallbackKeys).toEqual([]);
  });

  it('gives German with status source when there is no translation', () => {
    expect(resolveStrings(source, undefined)).toEqual({ strings: german, status: 'source', fallbackKeys: [] });
  });
});

describe('format', () => {
  it('fills placeholders', () => {
    expect(format('Sprache: {language}', { language: 'العربية' })).toBe('Sprache: العربية');
  });

  it('throws on a placeholder without value, so a broken template fails the build', () => {
    expect(() => format('Zuletzt geprüft: {date}', {})).toThrow(/{date}/);
  });
});
