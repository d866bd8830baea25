import { stringsFileSchema, type StringsFile } from './strings-file.ts';

/** The portal's fixed texts: header, footer, notices, error pages (`content/ui/{locale}.yaml`). */
export const uiStringKeys = [
  'siteName', 'siteTagline', 'skipToContent', 'mainNavLabel', 'languagePickerLabel', 'languagePickerCurrent',
  'languageNotTranslated', 'allLanguagesLink', 'navHome', 'navTopics', 'navDecisionTool', 'navCourses',
  'navGemeinden', 'navSearch', 'homeTitle', 'homeIntro', 'homeSectionsTitle', 'homeTopicsText',
  'homeDecisionToolText', 'homeCoursesText', 'homeGemeindenText', 'placeholderTitle', 'placeholderText',
  'notFoundTitle', 'notFoundText', 'notFoundHomeLink', 'footerPublisher', 'footerLastReviewed', 'footerSources',
  'draftTranslationNotice', 'fallbackNotice', 'staleTranslationNotice', 'staleTranslationLink', 'feedbackQuestion',
  'feedbackYes', 'feedbackNo', 'feedbackThanksTitle', 'feedbackThanksText', 'feedbackBackLink', 'feedbackInvalid',
  'serviceUnavailable',
  // Issue 16: emergency strip, canton mark, full footer, draft link, related pages, compact course filter.
  'siteUnit', 'emergencyTitle', 'emergency144', 'emergency117', 'emergency118', 'emergency112', 'emergencyMoreLink',
  'footerAboutLabel', 'footerImprint', 'footerPrivacy', 'footerAccessibility', 'footerContactTitle', 'draftOriginalLink',
  'relatedTitle', 'courseFilterToggle', 'courseFiltersApplied', 'courseFiltersNone',
  // Issue 17: shown instead of the draft notice on a reviewed translation.
  'reviewedTranslationNotice',
] as const;

export type UiStringKey = (typeof uiStringKeys)[number];
export type UiStrings = Record<UiStringKey, string>;
export const uiStringsFileSchema = stringsFileSchema(uiStringKeys);
export type UiStringsFile = StringsFile<UiStringKey>;
