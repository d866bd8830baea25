// Pure helpers for the address directory and the glossary: which text a reader of a locale gets,
// and whether a translation file is current (its sourceHash equals the hash of the German texts).
import { canonicalRecord, sourceHash } from '../i18n/source-hash.ts';
import { directoryTranslatableTexts, type DirectoryEntry, type DirectoryFile } from '../schemas/directory.ts';
import { glossaryTranslatableTexts, type GlossaryFile, type GlossaryTerm } from '../schemas/glossary.ts';

type Translation<F> = Extract<F, { status: 'draft' | 'reviewed' }>;

export function directorySourceHash(entries: readonly DirectoryEntry[]): Promise<string> {
  return sourceHash(canonicalRecord(directoryTranslatableTexts(entries)));
}

export function glossarySourceHash(terms: readonly GlossaryTerm[]): Promise<string> {
  return sourceHash(canonicalRecord(glossaryTranslatableTexts(terms)));
}

export interface LocalizedEntry extends DirectoryEntry {
  /** Language of `description` / `openingNote` (German when not translated). */
  textLocale: string;
}

/** The entry with the translated texts of `translation` where present, German otherwise. */
export function localizeEntry(entry: DirectoryEntry, translation: Translation<DirectoryFile> | undefined): LocalizedEntry {
  const t = translation?.entries[entry.id];
  if (!t?.description) return { ...entry, textLocale: 'de' };
  return { ...entry, description: t.description, openingNote: t.openingNote ?? entry.openingNote, textLocale: translation!.locale };
}

export interface LocalizedTerm extends GlossaryTerm {
  gloss?: string | undefined;
  textLocale: string;
}

export function localizeTerm(term: GlossaryTerm, translation: Translation<GlossaryFile> | undefined): LocalizedTerm {
  const t = translation?.terms[term.id];
  if (!t?.explanation) return { ...term, textLocale: 'de' };
  return { ...term, explanation: t.explanation, gloss: t.gloss, textLocale: translation!.locale };
}
