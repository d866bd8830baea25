/**
 * Translation status of the Entscheidungstool's texts for the i18n report: how many texts (tree and offers plus
 * fixed texts) each language lacks, and which languages were made from an older German (sourceHash differs).
 */
import { sourceTexts, missingKeys } from './texts.ts';
import { canonicalRecord, sourceHash } from '../i18n/source-hash.ts';
import type { DecisionTree, Offer, TreeTextsFile } from '../schemas/decision-tree.ts';

export interface ToolI18nStatus {
  texts: number;
  languages: number;
  missing: number;
  stale: string[];
}

export async function toolI18nStatus(
  tree: DecisionTree,
  offers: readonly Offer[],
  translations: readonly TreeTextsFile[],
  ui: { german: Record<string, string>; files: readonly { locale: string; sourceHash: string; strings: Record<string, string | undefined> }[] },
  locales: readonly string[],
): Promise<ToolI18nStatus> {
  const source = sourceTexts(tree, offers);
  const treeHash = await sourceHash(canonicalRecord(source));
  const uiHash = await sourceHash(canonicalRecord(ui.german));
  let missing = 0;
  const stale: string[] = [];
  for (const locale of locales) {
    const texts = translations.find((f) => f.locale === locale);
    const fixed = ui.files.find((f) => f.locale === locale);
    missing += missingKeys(source, texts).length + Object.keys(ui.german).filter((k) => fixed?.strings[k] === undefined).length;
    if ((texts && texts.sourceHash !== treeHash) || (fixed && fixed.sourceHash !== uiHash)) stale.push(locale);
  }
  return { texts: Object.keys(source).length + Object.keys(ui.german).length, languages: locales.length, missing, stale };
}

export function formatToolI18nStatus(s: ToolI18nStatus): string {
  return `i18n Entscheidungstool: ${s.texts} texts × ${s.languages} languages: ${s.missing} missing, ${s.stale.length} stale${s.stale.length ? ` (${s.stale.join(', ')})` : ''}`;
}
