/**
 * The translatable texts of the tree and the offers, as one flat record of keys → German text.
 * Translations (content/entscheidungstool-texts/{locale}.yaml) use the same keys; a missing key
 * falls back to German, and the page marks that text as German.
 */
import type { DecisionTree, Offer } from '../schemas/decision-tree.ts';
import type { TreeTextsFile } from '../schemas/decision-tree.ts';

export const textKey = {
  question: (q: string) => `q.${q}`,
  help: (q: string) => `q.${q}.help`,
  option: (q: string, o: string) => `q.${q}.o.${o}`,
  title: (outcome: string) => `r.${outcome}`,
  why: (outcome: string, offer: string) => `r.${outcome}.why.${offer}`,
  step: (outcome: string, n: number) => `r.${outcome}.step.${n + 1}`,
  offerSummary: (offer: string) => `offer.${offer}.summary`,
};

export function sourceTexts(tree: DecisionTree, offers: readonly Offer[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const q of tree.questions) {
    texts[textKey.question(q.id)] = q.text;
    if (q.help) texts[textKey.help(q.id)] = q.help;
    for (const o of q.options) texts[textKey.option(q.id, o.id)] = o.label;
  }
  for (const r of tree.outcomes) {
    texts[textKey.title(r.id)] = r.title;
    for (const o of r.offers) texts[textKey.why(r.id, o.offer)] = o.why;
    r.nextSteps.forEach((s, n) => (texts[textKey.step(r.id, n)] = s));
  }
  for (const offer of offers) texts[textKey.offerSummary(offer.id)] = offer.summary;
  return texts;
}

export interface LocalText {
  text: string;
  /** The text is the German source because the translation lacks it. */
  german: boolean;
}

export type TextLookup = (key: string) => LocalText;

/** Lookup of one language over German. `de` (or no file) gives German, not marked as fallback. */
export function textLookup(source: Readonly<Record<string, string>>, translation: TreeTextsFile | undefined): TextLookup {
  return (key) => {
    const german = source[key];
    if (german === undefined) throw new Error(`No German text for key "${key}"`);
    if (!translation) return { text: german, german: false };
    const own = translation.strings[key];
    return own === undefined ? { text: german, german: true } : { text: own, german: false };
  };
}

/** Keys of a translation that the German no longer has (renamed or removed nodes). */
export function unknownKeys(source: Readonly<Record<string, string>>, translation: TreeTextsFile): string[] {
  return Object.keys(translation.strings).filter((k) => !(k in source));
}
