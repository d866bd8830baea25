// Loads the validated UI string files once per build and resolves each locale over German.
import { getCollection } from 'astro:content';
import { resolveUiStrings, type ResolvedUiStrings } from '../domain/i18n/ui.ts';
import { SOURCE_LOCALE_CODE } from '../domain/i18n/locales.ts';
import type { UiStringsFile } from '../domain/schemas/ui-strings.ts';

let cache: Map<string, UiStringsFile> | undefined;

async function files(): Promise<Map<string, UiStringsFile>> {
  cache ??= new Map((await getCollection('ui')).map((e) => [e.data.locale, e.data]));
  return cache;
}

export async function uiStrings(localeCode: string): Promise<ResolvedUiStrings> {
  const all = await files();
  const source = all.get(SOURCE_LOCALE_CODE);
  if (!source) throw new Error('content/ui/de.yaml (the German source of the UI strings) is missing');
  return resolveUiStrings(source, all.get(localeCode));
}
