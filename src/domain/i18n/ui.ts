import type { StringsFile } from '../schemas/strings-file.ts';
import type { TranslationStatus } from '../schemas/translation.ts';

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
    const translated = translation.strings[key];
    if (translated === undefined) fallbackKeys.push(key);
    else strings[key] = translated;
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
