import { z } from 'zod';
import { localeCodes, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { reviewFields, sourceHashSchema, translationStatusSchema, refineUniqueIds } from './translation.ts';

/**
 * The glossary of official words (`content/begriffe/de.yaml`): the German word stays visible in every
 * language; `explanation` (and an optional `gloss`, a short translation of the word) come from
 * `content/begriffe/{locale}.yaml` with status + sourceHash.
 */
const text = z.string().trim().min(1, 'must not be empty');
export const glossaryIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower case with hyphens');

export const glossaryTermSchema = z.strictObject({
  id: glossaryIdSchema,
  /** The official German word, exactly as it appears on the topic pages. */
  term: text,
  /** One or two plain sentences (A2–B1). */
  explanation: text,
  sources: z.array(z.url({ protocol: /^https?$/ })).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossaryFileSchema = z.discriminatedUnion('status', [
  z.strictObject({
    locale: z.literal(SOURCE_LOCALE_CODE),
    status: z.literal('source'),
    terms: z.array(glossaryTermSchema).min(1).superRefine(refineUniqueIds),
  }),
  z.strictObject({
    locale: z.enum(localeCodes as [string, ...string[]]).refine((c) => c !== SOURCE_LOCALE_CODE, 'the source locale must have status "source"'),
    status: translationStatusSchema,
    sourceHash: sourceHashSchema,
    ...reviewFields,
    terms: z.record(glossaryIdSchema, z.strictObject({ gloss: text.optional(), explanation: text.optional() })),
  }),
]);
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;

export function glossaryTranslatableTexts(terms: readonly GlossaryTerm[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of terms) {
    out[`${t.id}.term`] = t.term;
    out[`${t.id}.explanation`] = t.explanation;
  }
  return out;
}
