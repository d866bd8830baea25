import { describe, expect, it } from 'vitest';
import { localizePath, splitLocalePath } from './paths.ts';

describe('localizePath', () => {
  it('keeps the page and swaps the language', () => {
    expect(localizePath('/ar/themen/', 'de')).toBe('/de/themen/');
    expect(localizePath('/de/', 'ti')).toBe('/ti/');
    expect(localizePath('/prs/deutschkurse/olten/', 'fa')).toBe('/fa/deutschkurse/olten/');
  });

  it('sends paths outside the language tree to the home page of the language', () => {
    expect(localizePath('/', 'ar')).toBe('/ar/');
    expect(localizePath('/gemeinden/', 'fr')).toBe('/fr/');
    expect(localizePath('/xx/themen/', 'de')).toBe('/de/');
  });
});

describe('splitLocalePath', () => {
  it('finds the locale only in the first segment', () => {
    expect(splitLocalePath('/de/ar/')).toEqual({ locale: 'de', rest: '/ar/' });
    expect(splitLocalePath('/de')).toEqual({ locale: 'de', rest: '/' });
    expect(splitLocalePath('/api/de/')).toEqual({ locale: undefined, rest: '/api/de/' });
  });
});
