import { describe, expect, it } from 'vitest';
import { missingPluralForms, pluralCategoriesOf, pluralTemplate, pluralForms } from './plural.ts';

const fr = {
  count: '{count} résultats',
  count_one: '{count} résultat',
  count_many: '{count} de résultats',
};

describe('plural texts', () => {
  it('picks the form of the count in the language', () => {
    expect(pluralTemplate(fr, 'count', 1, 'fr-CH')).toBe('{count} résultat');
    expect(pluralTemplate(fr, 'count', 0, 'fr-CH')).toBe('{count} résultat');
    expect(pluralTemplate(fr, 'count', 2, 'fr-CH')).toBe('{count} résultats');
    expect(pluralTemplate(fr, 'count', 1_000_000, 'fr-CH')).toBe('{count} de résultats');
  });

  it('falls back to the base text where a variant is missing', () => {
    expect(pluralTemplate({ count: 'x {count}' }, 'count', 1, 'de-CH')).toBe('x {count}');
  });

  it('knows which forms a language needs', () => {
    expect(pluralCategoriesOf('de-CH')).toEqual(['one']);
    expect(pluralCategoriesOf('ar')).toEqual(['zero', 'one', 'two', 'few', 'many']);
    expect(pluralCategoriesOf('zh-Hans')).toEqual([]);
    expect(missingPluralForms({ count: 'x' }, 'count', 'ru')).toEqual(['one', 'few', 'many']);
    expect(missingPluralForms(fr, 'count', 'fr-CH')).toEqual([]);
  });

  it('hands all forms to a browser script', () => {
    expect(pluralForms(fr, 'count')).toEqual({ other: '{count} résultats', one: '{count} résultat', many: '{count} de résultats' });
  });
});
