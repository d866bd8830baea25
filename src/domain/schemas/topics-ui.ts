import { stringsFileSchema, type StringsFile } from './strings-file.ts';

/** Fixed texts around the topic pages: boxes, topic list, search, Downloadcenter, print footer (`content/topics-ui/{locale}.yaml`). */
export const topicsUiKeys = [
  'topicsTitle', 'topicsIntro', 'moreTitle', 'mustDoTitle', 'helpTitle', 'pendingTitle', 'backToTopics',
  'searchLabel', 'searchButton', 'searchTitle', 'searchIntro', 'searchNoResult', 'searchResultCount',
  'searchNeedsScript', 'searchLoading', 'downloadTitle', 'downloadIntro', 'downloadLink', 'printFooter',
  'homeTopicsTitle',
  // Address directory and glossary (/{locale}/adressen/, /{locale}/begriffe/, <Contact id> boxes).
  'directoryTitle', 'directoryIntro', 'directoryKindEmergency', 'directoryKindCanton', 'directoryKindFederal',
  'directoryKindCounselling', 'directoryKindSozialregion', 'directoryKindGemeinde', 'contactPhone', 'contactEmail',
  'contactWeb', 'contactAsk', 'contactReviewed', 'contactSources', 'glossaryTitle', 'glossaryIntro',
] as const;

export type TopicsUiKey = (typeof topicsUiKeys)[number];
/** Texts with a count: each language adds the plural forms it needs (`searchResultCount_one` …). */
export const topicsUiPluralKeys = ['searchResultCount'] as const satisfies readonly TopicsUiKey[];
export const topicsUiFileSchema = stringsFileSchema(topicsUiKeys, topicsUiPluralKeys);
export type TopicsUiFile = StringsFile<TopicsUiKey>;
