import { z } from 'zod';
import { localeCodes, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { sourceHashSchema, translationStatusSchema } from './translation.ts';

/**
 * The Entscheidungstool as data (content/entscheidungstool/tree.yaml and content/angebote/*.yaml).
 * Texts in these files are the German source; translations live in content/entscheidungstool-texts/.
 * Ids appear in URLs (`/de/entscheidungstool/ergebnis/b-c-f-n-s/ab-36/…/`): lower-case words joined by "-", and never
 * renamed lightly, because bookmarked and printed results (QR code) use them.
 *
 * The tree asks about **attributes** of the person (permit, age, German …). Each offer states its own **rules** over
 * these attributes, taken from its sources; an outcome names the **areas** it covers, and the engine shows every offer
 * of those areas whose rules the answers satisfy (src/domain/decision-tree/eligibility.ts).
 */
const text = z.string().trim().min(1, 'must not be empty');
export const nodeIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and "-" only');
// Astro's YAML loader turns an unquoted 2026-11-23 into a Date; the yaml package keeps it a string.
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
);

/** One possible answer about the person. `min`/`max`: the ages this answer stands for (age attribute only). */
export const attributeValueSchema = z.strictObject({
  id: nodeIdSchema,
  label: text,
  /** Short form for the one-line rules of the offers overview ("Deutsch unter B1"). */
  short: text.optional(),
  min: z.number().int().min(0).optional(),
  max: z.number().int().max(120).optional(),
});

/** What the tool asks about the person: the question text once, reused by every question node that asks it. */
export const attributeSchema = z.strictObject({
  id: nodeIdSchema,
  text,
  help: text.optional(),
  values: z.array(attributeValueSchema).min(2, 'an attribute needs at least 2 values'),
});

export const optionSchema = z.strictObject({
  /** A value id of the attribute the question asks. */
  id: nodeIdSchema,
  /** Id of the next question or of an outcome. */
  goto: nodeIdSchema,
});

export const questionSchema = z.strictObject({
  id: nodeIdSchema,
  /** Id of the attribute asked; text and option labels come from it. */
  ask: nodeIdSchema,
  options: z.array(optionSchema).min(2, 'a question needs at least 2 options'),
});

export const offerAreas = ['sprache', 'bildung', 'arbeit', 'soziales'] as const;
export type OfferArea = (typeof offerAreas)[number];

export const outcomeSchema = z.strictObject({
  id: nodeIdSchema,
  title: text,
  /** The outcome shows every offer of these areas whose rules the answers satisfy … */
  areas: z.array(z.enum(offerAreas)).min(1, 'an outcome covers at least 1 area'),
  /** … except these, each with the reason why it does not fit here although its rules allow it. */
  exclude: z.array(z.strictObject({ offer: nodeIdSchema, reason: text })).default([]),
  /** Written to the person who takes the printed result home ("Melden Sie sich …"). */
  nextSteps: z.array(text).min(1, 'an outcome names at least 1 next step'),
});

export const decisionTreeSchema = z.strictObject({
  /** `draft` until the Koordinationsstelle Integration has confirmed the criteria; pages say so. */
  status: z.enum(['draft', 'confirmed']),
  lastReviewed: isoDate,
  start: nodeIdSchema,
  attributes: z.array(attributeSchema).min(1),
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
});

export const ageRangeSchema = z.strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().max(120).optional() });
/**
 * Who an offer is for, as named by its sources: attribute id → the allowed value ids, or for the age attribute
 * `{ min, max }` in years. An attribute the sources do not limit has no rule.
 */
export const offerRulesSchema = z.record(nodeIdSchema, z.union([z.array(nodeIdSchema).min(1), ageRangeSchema]));

export const offerSchema = z.strictObject({
  id: nodeIdSchema,
  name: text,
  area: z.enum(offerAreas),
  provider: text,
  targetGroup: text,
  rules: offerRulesSchema.default({}),
  /**
   * true when the sources name every limit of the offer. Otherwise (the default) the offer says
   * "Voraussetzungen bei der Stelle erfragen".
   */
  rulesComplete: z.boolean().default(false),
  languageLevel: text.optional(),
  /** Price and who pays, incl. Kostengutsprache / Kostenerlass where relevant. Only facts with a source. */
  cost: text,
  summary: text,
  /** Why the offer fits, written to the person ("Sie lernen …"). */
  why: text,
  /** The provider's or the canton's own page (https). News articles go into `sources` only. */
  link: z.url({ protocol: /^https$/, error: 'must be an https link' }),
  sources: z.array(z.url()).min(1, 'every offer needs a source'),
  lastReviewed: isoDate,
  /** Data not (yet) confirmed by a source: the page labels it as sample data. */
  sample: z.boolean().default(false),
});

export type AttributeValue = z.infer<typeof attributeValueSchema>;
export type Attribute = z.infer<typeof attributeSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type DecisionTree = z.infer<typeof decisionTreeSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type OfferRules = z.infer<typeof offerRulesSchema>;

/**
 * Translation of the tree's and the offers' texts into one language. Keys are those of
 * `sourceTexts()` (src/domain/decision-tree/texts.ts); every key is required (the build fails on a missing one).
 */
export const treeTextsFileSchema = z.strictObject({
  locale: z.enum(localeCodes as [string, ...string[]]).refine((c) => c !== SOURCE_LOCALE_CODE, 'German texts live in tree.yaml and the offers'),
  status: translationStatusSchema,
  sourceHash: sourceHashSchema,
  strings: z.record(z.string().regex(/^[a-z0-9.-]+$/), text),
});
export type TreeTextsFile = z.infer<typeof treeTextsFileSchema>;
