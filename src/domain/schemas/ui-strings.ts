import { z } from 'zod';
import { localeCodes, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { translationStatusSchema, sourceHashSchema } from './translation.ts';

/**
 * The portal's fixed texts. The German file is the source and must have every key;
 * a translation may lack keys (they fall back to German) but must say how it was made
 * and from which German version (`sourceHash`).
 */
export const uiStringKeys = [
  'siteName', 'siteTagline', 'skipToContent', 'mainNavLabel', 'languagePickerLabel', 'languagePickerCurrent',
  'languageNotTranslated', 'allLanguagesLink', 'navHome', 'navTopics', 'navDecisionTool', 'navCourses',
  'navGemeinden', 'navSearch', 'homeTitle', 'homeIntro', 'homeSectionsTitle', 'homeTopicsText',
  'homeDecisionToolText', 'homeCoursesText', 'homeGemeindenText', 'placeholderTitle', 'placeholderText',
  'notFoundTitle', 'notFoundText', 'notFoundHomeLink', 'footerPublisher', 'footerLastReviewed', 'footerSources',
  'draftTranslationNotice', 'fallbackNotice', 'feedbackQuestion', 'feedbackYes', 'feedbackNo',
  'feedbackThanksTitle', 'feedbackThanksText', 'feedbackBackLink', 'feedbackInvalid', 'serviceUnavailable',
] as const;

export type UiStringKey = (typeof uiStringKeys)[number];
export type UiStrings = Record<UiStringKey, string>;

const text = z.string().trim().min(1, 'must not be empty');
const fullStrings = z.strictObject(Object.fromEntries(uiStringKeys.map((k) => [k, text])) as Record<UiStringKey, typeof text>);
const partialStrings = fullStrings.partial();

export const uiStringsFileSchema = z.discriminatedUnion('status', [
  z.strictObject({
    locale: z.literal(SOURCE_LOCALE_CODE),
    status: z.literal('source'),
    strings: fullStrings,
  }),
  z.strictObject({
    locale: z.enum(localeCodes as [string, ...string[]]).refine((c) => c !== SOURCE_LOCALE_CODE, 'the source locale must have status "source"'),
    status: translationStatusSchema,
    sourceHash: sourceHashSchema,
    strings: partialStrings,
  }),
]);

export type UiStringsFile = z.infer<typeof uiStringsFileSchema>;
