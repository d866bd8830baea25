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
