import { stringsFileSchema, type StringsFile } from './strings-file.ts';

/** Fixed texts of the Entscheidungstool pages (`content/entscheidungstool-ui/{locale}.yaml`). */
export const toolStringKeys = [
  'toolTitle', 'toolIntro', 'toolAudience', 'draftTreeNotice', 'orientationNotice', 'startLink', 'overviewLink',
  'questionCounter', 'chooseAnswer', 'backLink', 'restartLink', 'invalidAnswers', 'checkTitle', 'checkIntro',
  'changeLink', 'showResult', 'resultLabel', 'answersHeading', 'offersHeading', 'whyFits', 'provider',
  'targetGroup', 'cost', 'languageLevel', 'offerLink', 'sourceLabel', 'offerReviewed', 'sampleData',
  'nextStepsHeading', 'factsInGerman', 'partialFallback', 'printHint', 'bilingualLink', 'qrLabel', 'dateLabel',
  'notesLabel', 'overviewTitle', 'overviewIntro', 'areaSprache', 'areaBildung', 'areaArbeit', 'areaSoziales',
  'printButton', 'printNoScript', 'handoutChoice', 'handoutChoiceIntro', 'askProvider', 'rulesLabel', 'rulesNone',
  'ruleAgeMin', 'ruleAgeRange', 'excludedHeading', 'overviewDate', 'overviewSecondLanguage',
] as const;

export type ToolStringKey = (typeof toolStringKeys)[number];
export const toolStringsFileSchema = stringsFileSchema(toolStringKeys);
export type ToolStringsFile = StringsFile<ToolStringKey>;
