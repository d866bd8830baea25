import { z } from 'zod';
import { localeCodes } from '../i18n/locales.ts';

/**
 * One item of the Bestellservice catalogue (`content/publications/{id}.yaml`). The same data drives
 * the order form, the server-side order check and the mails.
 */
export const publicationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens only'),
  title: z.string().trim().min(1),
  kind: z.enum(['broschuere', 'erstinformationsmappe', 'arbeitsinstrument']),
  description: z.string().trim().min(1),
  /** Locale codes this item exists in. */
  languages: z.array(z.enum(localeCodes as [string, ...string[]])).min(1),
  unit: z.string().trim().min(1),
  maxPerOrder: z.number().int().min(1).max(1000),
  order: z.number().int().min(0).default(0),
  /** True while languages, units or maxima are placeholders and not confirmed by the Koordinationsstelle. */
  sample: z.boolean(),
});

export type Publication = z.infer<typeof publicationSchema>;
export const catalogueSchema = z.array(publicationSchema);
export type Catalogue = Publication[];
