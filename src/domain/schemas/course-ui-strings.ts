import { stringsFileSchema, type StringsFile } from './strings-file.ts';

/** Fixed texts of the course catalogue (`content/deutschkurse-ui/{locale}.yaml`). */
export const courseUiStringKeys = [
  'title', 'intro', 'sampleNotice', 'sampleBadge', 'browseTitle', 'byPlace', 'byLevel', 'placeTitle',
  'levelTitle', 'filterTitle', 'filterLevel', 'filterPlace', 'filterType', 'filterTime', 'filterDay',
  'filterMore', 'filterChildcare', 'filterLiteracy', 'filterFide', 'filterFrom', 'filterMaxPrice', 'filterAny',
  'filterReset', 'filterInvalid', 'resultsTitle', 'resultCount', 'noResults', 'shareHint', 'printList',
  'levelA0', 'typeIntensiv', 'typeAlphabetisierung', 'typeAbendSamstag', 'typeZertifikat',
  'typeElternkurs', 'timeMorning', 'timeAfternoon', 'timeEvening', 'dayMo', 'dayDi', 'dayMi', 'dayDo', 'dayFr',
  'daySa', 'cardTitle', 'labelProvider', 'labelLevel', 'labelAddress', 'labelSchedule', 'labelDates',
  'dateRange', 'labelLessons', 'lessonsValue', 'labelPrice', 'priceSubsidised', 'priceFull', 'labelChildcare',
  'labelFide', 'yes', 'no', 'labelUpdated', 'registerTitle', 'registerText', 'registerEmail', 'registerLink',
  'whoPaysTitle', 'whoPaysCanton', 'whoPaysYou', 'whoPaysSocial', 'whoPaysPrivate', 'whoCanTitle',
  'whoCanText', 'fideTitle', 'fideIntro', 'fideB', 'fideC', 'fideNaturalisation', 'fideLabel', 'backToFinder',
  'printedOn'
] as const;

export type CourseUiStringKey = (typeof courseUiStringKeys)[number];
export type CourseUiStrings = Record<CourseUiStringKey, string>;
export const courseUiStringsFileSchema = stringsFileSchema(courseUiStringKeys);
export type CourseUiStringsFile = StringsFile<CourseUiStringKey>;
