import { describe, expect, it } from 'vitest';
import { forReader, type TopicEntryLike } from './reader.ts';

const germanHash = '0123456789abcdef';
const german: TopicEntryLike = { data: {} };
const arabic: TopicEntryLike = { data: { status: 'draft', sourceHash: germanHash } };
const french: TopicEntryLike = { data: { status: 'reviewed', sourceHash: germanHash } };
// Made from an older German page: its hash is not the current German's.
const turkish: TopicEntryLike = { data: { status: 'reviewed', sourceHash: 'fedcba9876543210' } };
const set = {
  slug: 'wohnen',
  german,
  germanHash,
  translations: new Map<string, TopicEntryLike>([['ar', arabic], ['fr', french], ['tr', turkish]]),
};

describe('forReader', () => {
  it('gives German readers the source', () => {
    expect(forReader(set, 'de')).toMatchObject({ entry: german, fallbackToGerman: false, stale: false, status: 'source', contentLocale: 'de' });
  });

  it('gives a translated locale its translation with its status', () => {
    expect(forReader(set, 'ar')).toMatchObject({ entry: arabic, fallbackToGerman: false, status: 'draft', contentLocale: 'ar' });
    expect(forReader(set, 'fr').status).toBe('reviewed');
  });

  it('falls back to German where the translation is missing', () => {
    expect(forReader(set, 'ti')).toMatchObject({ entry: german, fallbackToGerman: true, status: 'source', contentLocale: 'de' });
  });

  it('marks a translation stale when its sourceHash is not the current German hash', () => {
    expect(forReader(set, 'tr')).toMatchObject({ entry: turkish, fallbackToGerman: false, stale: true, status: 'reviewed', contentLocale: 'tr' });
  });

  it('does not mark current translations, German fallback or the German page stale', () => {
    expect(forReader(set, 'ar').stale).toBe(false);
    expect(forReader(set, 'fr').stale).toBe(false);
    expect(forReader(set, 'ti').stale).toBe(false);
    expect(forReader(set, 'de').stale).toBe(false);
  });

  it('lists German and the translated locales, in registry order, for the language picker', () => {
    expect(forReader(set, 'ti').availableLocales).toEqual(['de', 'fr', 'ar', 'tr']);
  });
});
