import { z } from 'zod';
import { localeCodes } from '../i18n/locales.ts';

/** One "Was this page helpful?" answer, as posted by the footer form or as JSON. */
export const feedbackSchema = z
  .strictObject({
    locale: z.enum(localeCodes as [string, ...string[]], { error: 'Unbekannte Sprache.' }),
    page: z
      .string({ error: 'Die Seite fehlt.' })
      .max(200, 'Der Seitenpfad ist zu lang.')
      .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'Der Seitenpfad ist ungültig.'),
    helpful: z.enum(['yes', 'no'], { error: 'Bitte antworten Sie mit Ja oder Nein.' }),
  })
  .refine((f) => f.page.startsWith(`/${f.locale}/`), { path: ['page'], error: 'Die Seite gehört nicht zur Sprache.' });

export type Feedback = z.infer<typeof feedbackSchema>;
