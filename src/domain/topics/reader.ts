import { localeCodes, SOURCE_LOCALE_CODE, type LocaleCode } from '../i18n/locales.ts';

/** The part of a topic entry that decides what a reader gets. */
export interface TopicEntryLike {
  data: { status?: 'draft' | 'reviewed' | undefined; sourceHash?: string | undefined };
}

export interface TopicSet<E extends TopicEntryLike> {
  slug: string;
  german: E;
  /** Source hash of the current German page (`topicSourceHash` of its title, summary and body). */
  germanHash: string;
  /** Translations by locale code. */
  translations: ReadonlyMap<string, E>;
}

export interface TopicForReader<E extends TopicEntryLike> {
  slug: string;
  entry: E;
  /** The reader gets the German page because the locale has no translation: notice, and not indexed for search. */
  fallbackToGerman: boolean;
  /** The reader gets a translation made from an older German page (its `sourceHash` differs): notice with a link to the German. */
  stale: boolean;
  status: 'source' | 'draft' | 'reviewed';
  /** Locale whose text `entry` holds. */
  contentLocale: string;
  /** Locales that have the page (German always), for the language picker. */
  availableLocales: LocaleCode[];
}

export function forReader<E extends TopicEntryLike>(set: TopicSet<E>, locale: string): TopicForReader<E> {
  const translation = locale === SOURCE_LOCALE_CODE ? undefined : set.translations.get(locale);
  return {
    slug: set.slug,
    entry: translation ?? set.german,
    fallbackToGerman: locale !== SOURCE_LOCALE_CODE && !translation,
    stale: translation !== undefined && translation.data.sourceHash !== set.germanHash,
    status: translation?.data.status ?? 'source',
    contentLocale: translation ? locale : SOURCE_LOCALE_CODE,
    availableLocales: localeCodes.filter((c) => c === SOURCE_LOCALE_CODE || set.translations.has(c)),
  };
}
