// Topic pages (content/topics/{locale}/{slug}.mdx) for the routes: German source, translations,
// and which page a reader of a locale gets (translation, or German with a fallback notice; a translation
// made from an older German page is stale).
import { getCollection, type CollectionEntry } from 'astro:content';
import { SOURCE_LOCALE_CODE } from '../domain/i18n/locales.ts';
import { topicSourceHash } from '../domain/topics/mdx-file.ts';
import { forReader as domainForReader, type TopicForReader as DomainTopicForReader } from '../domain/topics/reader.ts';

type TopicEntry = CollectionEntry<'topics'>;

export interface TopicSet {
  slug: string;
  german: TopicEntry;
  /** Source hash of the German page, as `npm run i18n:report` computes it: stale translations differ. */
  germanHash: string;
  translations: Map<string, TopicEntry>;
}

let cached: Promise<TopicSet[]> | undefined;

function split(id: string): [string, string] {
  const [locale = '', slug = ''] = id.split('/');
  return [locale, slug];
}

/** All topics in their `order`, each with its German page and translations. */
export function topicSets(): Promise<TopicSet[]> {
  cached ??= getCollection('topics').then(async (entries) => {
    const sets = new Map<string, TopicSet>();
    for (const e of entries) {
      const [locale, slug] = split(e.id);
      if (locale !== SOURCE_LOCALE_CODE) continue;
      const germanHash = await topicSourceHash(e.data.title, e.data.summary, e.body ?? '');
      sets.set(slug, { slug, german: e, germanHash, translations: new Map() });
    }
    for (const e of entries) {
      const [locale, slug] = split(e.id);
      if (locale !== SOURCE_LOCALE_CODE) sets.get(slug)?.translations.set(locale, e);
    }
    return [...sets.values()].sort((a, b) => a.german.data.order - b.german.data.order);
  });
  return cached;
}

export type TopicForReader = DomainTopicForReader<TopicEntry> & { group: TopicEntry['data']['group'] };

export function forReader(set: TopicSet, locale: string): TopicForReader {
  return { ...domainForReader(set, locale), group: set.german.data.group };
}

/** Every topic as a reader of `locale` sees it, in order. */
export async function topicsForReader(locale: string): Promise<TopicForReader[]> {
  return (await topicSets()).map((s) => forReader(s, locale));
}

export async function topicForReader(locale: string, slug: string): Promise<TopicForReader> {
  const set = (await topicSets()).find((s) => s.slug === slug);
  if (!set) throw new Error(`No German topic page content/topics/de/${slug}.mdx`);
  return forReader(set, locale);
}
