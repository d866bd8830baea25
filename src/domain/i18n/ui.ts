import type { StringsFile } from '../schemas/strings-file.ts';
import type { TranslationStatus } from '../schemas/translation.ts';
import { PLURAL_VARIANT_CATEGORIES } from './plural.ts';

const pluralVariantPattern = new RegExp(`_(${PLURAL_VARIANT_CATEGORIES.join('|')})$`);
/** `searchResultCount_one` and the like: forms of one language, never filled in from German (plural.ts). */
const isPluralVariant = (key: string) => pluralVariantPattern.test(key);

export interface ResolvedStrings<K extends string> {
  strings: Record<K, string>;
  /** `source` for German; for a translation its own status. */
  status: TranslationStatus | 'source';
  /** Keys that fell back to German because the translation lacks them. */
  fallbackKeys: K[];
}

/** Merges a translation over the German source, so a missing key shows German rather than nothing. */
export function resolveStrings<K extends string>(source: StringsFile<K>, translation: StringsFile<K> | undefined): ResolvedStrings<K> {
  if (source.status !== 'source') throw new Error('resolveStrings needs the German source file first');
  if (!translation || translation.status === 'source') {
    return { strings: source.strings, status: 'source', fallbackKeys: [] };
  }
  const strings = { ...source.strings };
  const fallbackKeys: K[] = [];
  for (const key of Object.keys(source.strings) as K[]) {
    if (isPluralVariant(key)) {
      // German "1 Treffer" is no French form: a language without its own variant uses its own base text.
      delete strings[key];
      continue;
    }
    const translated = translation.strings[key];
    if (translated === undefined) fallbackKeys.push(key);
    else strings[key] = translated;
  }
  for (const key of Object.keys(translation.strings) as K[]) {
    if (isPluralVariant(key)) strings[key] = translation.strings[key]!;
  }
  return { strings, status: translation.status, fallbackKeys };
}

/** Fills `{name}` placeholders; an unknown placeholder is a programming error, not a reader's one. */
export function format(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for placeholder {${name}} in "${template}"`);
    return value;
  });
}
