import { z } from 'zod';
import { localeCodes, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { sourceHashSchema, translationStatusSchema } from './translation.ts';

/**
 * The Entscheidungstool as data (content/entscheidungstool/tree.yaml and content/angebote/*.yaml).
 * Texts in these files are the German source; translations live in content/entscheidungstool-texts/.
 * Ids appear in URLs (`/de/entscheidungstool/ergebnis/ja/ab-26/…/`): lower-case words joined by "-", and never renamed
 * lightly, because bookmarked and printed results (QR code) use them.
 */
const text = z.string().trim().min(1, 'must not be empty');
export const nodeIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and "-" only');
// Astro's YAML loader turns an unquoted 2026-11-23 into a Date; the yaml package keeps it a string.
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
);

export const optionSchema = z.strictObject({
  id: nodeIdSchema,
  label: text,
  /** Id of the next question or of an outcome. */
  goto: nodeIdSchema,
});

export const questionSchema = z.strictObject({
  id: nodeIdSchema,
  text,
  help: text.optional(),
  options: z.array(optionSchema).min(2, 'a question needs at least 2 options'),
});

export const outcomeSchema = z.strictObject({
  id: nodeIdSchema,
  title: text,
  offers: z.array(z.strictObject({ offer: nodeIdSchema, why: text })).min(1, 'an outcome lists at least 1 offer'),
  nextSteps: z.array(text).min(1, 'an outcome names at least 1 next step'),
});

export const decisionTreeSchema = z.strictObject({
  /** `draft` until the Koordinationsstelle Integration has confirmed the criteria; pages say so. */
  status: z.enum(['draft', 'confirmed']),
  lastReviewed: isoDate,
  start: nodeIdSchema,
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
});

export const offerAreas = ['sprache', 'bildung', 'arbeit', 'soziales'] as const;
export type OfferArea = (typeof offerAreas)[number];

export const offerSchema = z.strictObject({
  id: nodeIdSchema,
  name: text,
  area: z.enum(offerAreas),
  provider: text,
  targetGroup: text,
  ageRange: z.strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().max(120).optional() }).optional(),
  languageLevel: text.optional(),
  /** Price and who pays, incl. Kostengutsprache / Kostenerlass where relevant. Only facts with a source. */
  cost: text,
  summary: text,
  link: z.url(),
  sources: z.array(z.url()).min(1, 'every offer needs a source'),
  lastReviewed: isoDate,
  /** Data not (yet) confirmed by a source: the page labels it as sample data. */
  sample: z.boolean().default(false),
});

export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type DecisionTree = z.infer<typeof decisionTreeSchema>;
export type Offer = z.infer<typeof offerSchema>;

/**
 * Translation of the tree's and the offers' texts into one language. Keys are those of
 * `sourceTexts()` (src/domain/decision-tree/texts.ts); a missing key falls back to German.
 */
export const treeTextsFileSchema = z.strictObject({
  locale: z.enum(localeCodes as [string, ...string[]]).refine((c) => c !== SOURCE_LOCALE_CODE, 'German texts live in tree.yaml and the offers'),
  status: translationStatusSchema,
  sourceHash: sourceHashSchema,
  strings: z.record(z.string().regex(/^[a-z0-9.-]+$/), text),
});
export type TreeTextsFile = z.infer<typeof treeTextsFileSchema>;
