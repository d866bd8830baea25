// Loads the Entscheidungstool data (tree, offers, translations, fixed texts) once per build.
import { getCollection } from 'astro:content';
import { allPaths, indexTree, walk, type Position, type TreeIndex } from '../domain/decision-tree/engine.ts';
import { missingKeys, sourceTexts, textLookup, type TextLookup } from '../domain/decision-tree/texts.ts';
import { selectOffers, type Selection } from '../domain/decision-tree/eligibility.ts';
import type { Step } from '../domain/decision-tree/engine.ts';
import { toolStringKeys } from '../domain/schemas/decision-tool-strings.ts';
import type { StringsFile } from '../domain/schemas/strings-file.ts';
import { locales, SOURCE_LOCALE_CODE } from '../domain/i18n/locales.ts';
import type { DecisionTree, Offer, Outcome, TreeTextsFile } from '../domain/schemas/decision-tree.ts';
import type { ToolStringKey } from '../domain/schemas/decision-tool-strings.ts';
import type { ResolvedStrings } from '../domain/i18n/ui.ts';
import { stringsFor } from './ui-strings.ts';

export interface ToolData {
  index: TreeIndex;
  tree: DecisionTree;
  offers: Map<string, Offer>;
  source: Record<string, string>;
  translations: Map<string, TreeTextsFile>;
}

let data: Promise<ToolData> | undefined;

export function toolData(): Promise<ToolData> {
  data ??= (async () => {
    const [trees, offerEntries, texts, uiFiles] = await Promise.all([
      getCollection('entscheidungstool'), getCollection('angebote'), getCollection('entscheidungstoolTexts'), getCollection('entscheidungstoolUi'),
    ]);
    const tree = trees[0]?.data as DecisionTree | undefined;
    if (!tree) throw new Error('content/entscheidungstool/tree.yaml is missing');
    const offers = offerEntries.map((e) => e.data as Offer);
    const source = sourceTexts(tree, offers);
    const translations = new Map(texts.map((e) => [(e.data as TreeTextsFile).locale, e.data as TreeTextsFile]));
    const uis = new Map(uiFiles.map((e) => [(e.data as StringsFile<string>).locale, e.data as StringsFile<string>]));
    // Every tool text is required in every language: the person takes the result home in their language.
    const gaps = locales.filter((l) => l.code !== SOURCE_LOCALE_CODE).flatMap((l) => {
      const texts = missingKeys(source, translations.get(l.code)).map((k) => `content/entscheidungstool-texts/${l.code}.yaml: ${k}`);
      const ui = toolStringKeys.filter((k) => uis.get(l.code)?.strings[k] === undefined).map((k) => `content/entscheidungstool-ui/${l.code}.yaml: ${k}`);
      return [...texts, ...ui];
    });
    if (gaps.length > 0) throw new Error(`Entscheidungstool texts missing (${gaps.length}):\n  ${gaps.slice(0, 40).join('\n  ')}`);
    return {
      index: indexTree(tree),
      tree,
      offers: new Map(offers.map((o) => [o.id, o])),
      source,
      translations,
    };
  })();
  return data;
}

export interface ToolLocale {
  data: ToolData;
  t: TextLookup;
  /** Status of the page texts in this language: the weaker of tree texts and fixed texts. */
  status: 'source' | 'draft' | 'reviewed';
  ui: ResolvedStrings<ToolStringKey>;
  /** Tree texts of German, for the side-by-side handout. */
  de: TextLookup;
}

export async function toolLocale(locale: string): Promise<ToolLocale> {
  const d = await toolData();
  // A language without a file shows German everywhere, marked as German.
  const translation = locale === SOURCE_LOCALE_CODE
    ? undefined
    : d.translations.get(locale) ?? { locale, status: 'draft' as const, sourceHash: '0'.repeat(16), strings: {} };
  const ui = await stringsFor<ToolStringKey>('entscheidungstoolUi', locale);
  const textStatus = translation?.status ?? 'source';
  const status = ui.status === 'draft' || textStatus === 'draft' ? 'draft' : ui.status === 'reviewed' || textStatus === 'reviewed' ? 'reviewed' : 'source';
  return { data: d, t: textLookup(d.source, translation), status, ui, de: textLookup(d.source, undefined) };
}

/** getStaticPaths of the pages that exist once per complete path (check, result, handout), per locale. */
export async function outcomeStaticPaths(localeCodes: readonly string[] = locales.map((l) => l.code)) {
  const paths = allPaths((await toolData()).index);
  return localeCodes.flatMap((locale) => paths.map((p) => ({ params: { locale, answers: p.answers.join('/') } })));
}

/** The outcome reached by the answers of a page's `[...answers]` parameter; the build fails if there is none. */
export async function outcomeOf(answersParam: string | undefined): Promise<{ answers: string[] } & Extract<Position, { kind: 'outcome' }>> {
  const answers = answersParam?.split('/') ?? [];
  const position = walk((await toolData()).index, answers);
  if (position.kind !== 'outcome') throw new Error(`No outcome after ${answers.join('/')}`);
  return { answers, ...position };
}

/** The offers a result shows and those its outcome leaves out (src/domain/decision-tree/eligibility.ts). */
export async function selectionFor(outcome: Outcome, steps: readonly Step[]): Promise<Selection> {
  const d = await toolData();
  return selectOffers(outcome, steps, [...d.offers.values()], d.index.attributes);
}
