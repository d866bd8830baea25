/**
 * The translatable texts of the tree and the offers, as one flat record of keys → German text.
 * Translations (content/entscheidungstool-texts/{locale}.yaml) use the same keys. Every key is required in
 * every language (`missingKeys`; the build fails on a gap); the German fallback only guards a page against a
 * crash and is marked as German on the page.
 */
import type { DecisionTree, Offer } from '../schemas/decision-tree.ts';
import type { TreeTextsFile } from '../schemas/decision-tree.ts';

export const textKey = {
  /** The question about an attribute (the same text in every question node that asks it). */
  question: (attribute: string) => `q.${attribute}`,
  help: (attribute: string) => `q.${attribute}.help`,
  option: (attribute: string, value: string) => `q.${attribute}.o.${value}`,
  short: (attribute: string, value: string) => `q.${attribute}.s.${value}`,
  title: (outcome: string) => `r.${outcome}`,
  step: (outcome: string, n: number) => `r.${outcome}.step.${n + 1}`,
  excluded: (outcome: string, offer: string) => `r.${outcome}.not.${offer}`,
  offerSummary: (offer: string) => `offer.${offer}.summary`,
  offerWhy: (offer: string) => `offer.${offer}.why`,
};

export function sourceTexts(tree: DecisionTree, offers: readonly Offer[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const a of tree.attributes) {
    texts[textKey.question(a.id)] = a.text;
    if (a.help) texts[textKey.help(a.id)] = a.help;
    for (const v of a.values) {
      texts[textKey.option(a.id, v.id)] = v.label;
      if (v.short) texts[textKey.short(a.id, v.id)] = v.short;
    }
  }
  for (const r of tree.outcomes) {
    texts[textKey.title(r.id)] = r.title;
    r.nextSteps.forEach((s, n) => (texts[textKey.step(r.id, n)] = s));
    for (const e of r.exclude) texts[textKey.excluded(r.id, e.offer)] = e.reason;
  }
  for (const offer of offers) {
    texts[textKey.offerSummary(offer.id)] = offer.summary;
    texts[textKey.offerWhy(offer.id)] = offer.why;
  }
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

/** German keys a translation lacks. Every tool text is required in every language. */
export function missingKeys(source: Readonly<Record<string, string>>, translation: TreeTextsFile | undefined): string[] {
  return Object.keys(source).filter((k) => translation?.strings[k] === undefined);
}
