// Loads a collection of per-language string files once per build and resolves a locale over German.
import { getCollection, type CollectionKey } from 'astro:content';
import { resolveStrings, type ResolvedStrings } from '../domain/i18n/ui.ts';
import { SOURCE_LOCALE_CODE } from '../domain/i18n/locales.ts';
import type { StringsFile } from '../domain/schemas/strings-file.ts';
import type { UiStringKey } from '../domain/schemas/ui-strings.ts';

const cache = new Map<CollectionKey, Promise<Map<string, StringsFile<string>>>>();

async function filesOf(collection: CollectionKey): Promise<Map<string, StringsFile<string>>> {
  let files = cache.get(collection);
  if (!files) {
    files = getCollection(collection).then((entries) => new Map(entries.map((e) => [(e.data as StringsFile<string>).locale, e.data as StringsFile<string>])));
    cache.set(collection, files);
  }
  return files;
}

/** Strings of `collection` (a strings-file collection of content-registry.ts) for one language. */
export async function stringsFor<K extends string>(collection: CollectionKey, localeCode: string): Promise<ResolvedStrings<K>> {
  const all = await filesOf(collection);
  const source = all.get(SOURCE_LOCALE_CODE);
  if (!source) throw new Error(`The German source file of the "${collection}" strings is missing`);
  return resolveStrings(source, all.get(localeCode)) as ResolvedStrings<K>;
}

/** The portal's own fixed texts (content/ui). */
export function uiStrings(localeCode: string): Promise<ResolvedStrings<UiStringKey>> {
  return stringsFor<UiStringKey>('ui', localeCode);
}
