import { z } from 'zod';

/** `draft`: machine-assisted, readers see a notice. `reviewed`: a human checked it against the German source. */
export const translationStatusSchema = z.enum(['draft', 'reviewed']);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

/** Hash of the German source a translation was made from (see `src/domain/i18n/source-hash.ts`). */
export const sourceHashSchema = z.string().regex(/^[0-9a-f]{16}$/, 'must be the 16 hex digits printed by `npm run i18n:hash`');
