import { describe, expect, it } from 'vitest';
import { forReader, type TopicEntryLike } from './reader.ts';

const german: TopicEntryLike = { data: {} };
const arabic: TopicEntryLike = { data: { status: 'draft' } };
const french: TopicEntryLike = { data: { status: 'reviewed' } };
const set = { slug: 'wohnen', german, translations: new Map<string, TopicEntryLike>([['ar', arabic], ['fr', french]]) };

describe('forReader', () => {
  it('gives German readers the source', () => {
    expect(forReader(set, 'de')).toMatchObject({ entry: german, fallbackToGerman: false, status: 'source', contentLocale: 'de' });
  });

  it('gives a translated locale its translation with its status', () => {
    expect(forReader(set, 'ar')).toMatchObject({ entry: arabic, fallbackToGerman: false, status: 'draft', contentLocale: 'ar' });
    expect(forReader(set, 'fr').status).toBe('reviewed');
  });

  it('falls back to German where the translation is missing', () => {
    expect(forReader(set, 'ti')).toMatchObject({ entry: german, fallbackToGerman: true, status: 'source', contentLocale: 'de' });
  });

  it('lists German and the translated locales, in registry order, for the language picker', () => {
    expect(forReader(set, 'ti').availableLocales).toEqual(['de', 'fr', 'ar']);
  });
});
