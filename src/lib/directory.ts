// Loads the address directory and the glossary (content/adressen, content/begriffe) once per build.
import { getCollection } from 'astro:content';
import { SOURCE_LOCALE_CODE } from '../domain/i18n/locales.ts';
import type { DirectoryEntry, DirectoryFile } from '../domain/schemas/directory.ts';
import type { GlossaryFile, GlossaryTerm } from '../domain/schemas/glossary.ts';
import { localizeEntry, localizeTerm, type LocalizedEntry, type LocalizedTerm } from '../domain/directory/resolve.ts';

let directoryFiles: Promise<Map<string, DirectoryFile>> | undefined;
let glossaryFiles: Promise<Map<string, GlossaryFile>> | undefined;

function loadDirectory() {
  directoryFiles ??= getCollection('adressen').then((es) => new Map(es.map((e) => [(e.data as DirectoryFile).locale, e.data as DirectoryFile])));
  return directoryFiles;
}
function loadGlossary() {
  glossaryFiles ??= getCollection('begriffe').then((es) => new Map(es.map((e) => [(e.data as GlossaryFile).locale, e.data as GlossaryFile])));
  return glossaryFiles;
}

async function germanEntries(): Promise<DirectoryEntry[]> {
  const de = (await loadDirectory()).get(SOURCE_LOCALE_CODE);
  if (!de || de.status !== 'source') throw new Error('content/adressen/de.yaml (the German address directory) is missing');
  return de.entries;
}

export async function directoryFor(locale: string): Promise<LocalizedEntry[]> {
  const files = await loadDirectory();
  const t = files.get(locale);
  const translation = t && t.status !== 'source' ? t : undefined;
  return (await germanEntries()).map((e) => localizeEntry(e, translation));
}

/** One entry by id; an unknown id fails the build (a `<Contact id>` on a topic page that points nowhere). */
export async function directoryEntry(id: string, locale: string): Promise<LocalizedEntry> {
  const entry = (await directoryFor(locale)).find((e) => e.id === id);
  if (!entry) {
    const ids = (await germanEntries()).map((e) => e.id).join(', ');
    throw new Error(`<Contact id="${id}" />: there is no entry "${id}" in content/adressen/de.yaml (known ids: ${ids})`);
  }
  return entry;
}

export async function glossaryFor(locale: string): Promise<LocalizedTerm[]> {
  const files = await loadGlossary();
  const de = files.get(SOURCE_LOCALE_CODE);
  if (!de || de.status !== 'source') throw new Error('content/begriffe/de.yaml (the German glossary) is missing');
  const t = files.get(locale);
  const translation = t && t.status !== 'source' ? t : undefined;
  return de.terms.map((term: GlossaryTerm) => localizeTerm(term, translation));
}
