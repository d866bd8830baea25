import { describe, expect, it } from 'vitest';
import { translationState, type TranslationState } from './leitfaden.ts';

const t = (status: TranslationState['status'], fallbackToGerman = false, stale = false): TranslationState => ({ status, fallbackToGerman, stale });

describe('translationState', () => {
  it('says the German guide is the source text', () => {
    expect(translationState([t('source'), t('source')])).toBe('2 Themen: deutscher Ausgangstext');
  });

  it('counts reviewed, draft and German fallback topics', () => {
    expect(translationState([t('reviewed'), t('draft'), t('draft'), t('source', true)]))
      .toBe('4 Themen: 1 übersetzt und geprüft, 2 maschinell übersetzt (Entwurf, noch nicht geprüft), 1 noch nicht übersetzt (auf Deutsch)');
  });

  it('says how many translations are older than their German page', () => {
    expect(translationState([t('reviewed', false, true), t('draft', false, true), t('draft'), t('source', true)]))
      .toBe('4 Themen: 1 übersetzt und geprüft, 2 maschinell übersetzt (Entwurf, noch nicht geprüft), 1 noch nicht übersetzt (auf Deutsch); 2 davon nicht mehr aktuell (die deutsche Seite wurde seither geändert)');
  });

  it('leaves out what does not occur', () => {
    expect(translationState([t('draft')])).toBe('1 Thema: 1 maschinell übersetzt (Entwurf, noch nicht geprüft)');
  });
});
