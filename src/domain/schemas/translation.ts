import { z } from 'zod';

/** `draft`: machine-assisted, readers see a notice. `reviewed`: a human checked it against the German source. */
export const translationStatusSchema = z.enum(['draft', 'reviewed']);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

/** Hash of the German source a translation was made from (see `src/domain/i18n/source-hash.ts`). */
export const sourceHashSchema = z.string({
  // A hash of digits only (or one like 1e12…) is a number to YAML unless quoted, and its leading zeros are lost.
  error: (issue) => (typeof issue.input === 'number'
    ? 'write the hash in quotes, e.g. sourceHash: "0123456789abcdef" (without quotes YAML reads it as a number)'
    : undefined),
}).regex(/^[0-9a-f]{16}$/, 'must be the 16 hex digits printed by `npm run i18n:hash`');

/**
 * Who checked a `status: reviewed` translation against the German, and when (written by `npm run i18n:import`
 * from the XLIFF file's notes). Optional: translations reviewed before the XLIFF workflow have none.
 */
export const reviewFields = {
  reviewedBy: z.string().trim().min(1, 'must name the reviewer').optional(),
  reviewedOn: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-01'),
  ).optional(),
};

/**
 * A list of records whose `id` must be unique (directory entries, glossary terms): a second one with the same id
 * is reported at its own index, so the content error names the file, line and field.
 */
export function refineUniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}
