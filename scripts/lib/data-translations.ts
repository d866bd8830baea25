// Translation state of the data files with translatable texts (content/adressen, content/begriffe):
// the hash of each German file's texts, and each translation file's status and sourceHash.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SOURCE_LOCALE_CODE } from '../../src/domain/i18n/locales.ts';
import { directoryFileSchema, type DirectoryEntry } from '../../src/domain/schemas/directory.ts';
import { glossaryFileSchema, type GlossaryTerm } from '../../src/domain/schemas/glossary.ts';
import { directorySourceHash, glossarySourceHash } from '../../src/domain/directory/resolve.ts';
import type { TranslationInfo } from '../../src/domain/topics/report.ts';

/** Report column names: the folder names, so a translator knows which files they stand for. */
export const DATA_FILES = { adressen: 'content/adressen', begriffe: 'content/begriffe' } as const;

/** Hash of the German texts of `content/adressen/de.yaml` or `content/begriffe/de.yaml`. */
export async function germanDataHash(root: string, name: keyof typeof DATA_FILES): Promise<string> {
  const raw = parse(await readFile(join(root, DATA_FILES[name], `${SOURCE_LOCALE_CODE}.yaml`), 'utf8'));
  if (name === 'adressen') return directorySourceHash((directoryFileSchema.parse(raw) as { entries: DirectoryEntry[] }).entries);
  return glossarySourceHash((glossaryFileSchema.parse(raw) as { terms: GlossaryTerm[] }).terms);
}

export async function dataTranslationInfo(root: string): Promise<{ hashes: Map<string, string>; translations: TranslationInfo[] }> {
  const hashes = new Map<string, string>();
  const translations: TranslationInfo[] = [];
  for (const name of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
    hashes.set(name, await germanDataHash(root, name));
    for (const file of await readdir(join(root, DATA_FILES[name]))) {
      if (!file.endsWith('.yaml') || file === `${SOURCE_LOCALE_CODE}.yaml`) continue;
      const data = parse(await readFile(join(root, DATA_FILES[name], file), 'utf8')) as { locale: string; status: 'draft' | 'reviewed'; sourceHash: string };
      translations.push({ locale: data.locale, slug: name, status: data.status, sourceHash: String(data.sourceHash) });
    }
  }
  return { hashes, translations };
}
