import { z } from 'zod';
import { localeCodes, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { reviewFields, sourceHashSchema, translationStatusSchema } from './translation.ts';
import { PLURAL_VARIANT_CATEGORIES, pluralVariantKey } from '../i18n/plural.ts';

/**
 * Schema of a file of fixed texts for one language (`content/ui/{locale}.yaml` and the per-feature
 * folders). The German file is the source and must have every key; a translation may lack keys
 * (they fall back to German) but says how it was made (`status`) and from which German (`sourceHash`).
 */
export function stringsFileSchema<const K extends string>(keys: readonly K[], pluralKeys: readonly K[] = []) {
  const text = z.string().trim().min(1, 'must not be empty');
  // Counted texts may add `{key}_{category}` forms (src/domain/i18n/plural.ts); which ones a language needs is
  // checked per language by the strings-file tests.
  const variants = Object.fromEntries(pluralKeys.flatMap((k) => PLURAL_VARIANT_CATEGORIES.map((c) => [pluralVariantKey(k, c), text.optional()])));
  const full = z.strictObject({ ...(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>), ...variants });
  return z.discriminatedUnion('status', [
    z.strictObject({ locale: z.literal(SOURCE_LOCALE_CODE), status: z.literal('source'), strings: full }),
    z.strictObject({
      locale: z.enum(localeCodes as [string, ...string[]]).refine((c) => c !== SOURCE_LOCALE_CODE, 'the source locale must have status "source"'),
      status: translationStatusSchema,
      sourceHash: sourceHashSchema,
      ...reviewFields,
      strings: full.partial(),
    }),
  ]);
}

export type StringsFile<K extends string> =
  | { locale: string; status: 'source'; strings: Record<K, string> }
  | { locale: string; status: 'draft' | 'reviewed'; sourceHash: string; reviewedBy?: string | undefined; reviewedOn?: string | undefined; strings: Partial<Record<K, string>> };
