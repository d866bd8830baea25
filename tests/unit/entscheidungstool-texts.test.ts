// Translations of the Entscheidungstool's questions, options, results and offer summaries
// (content/entscheidungstool-texts/{locale}.yaml): one file per language, no stale keys, every text translated
// in every language (the person takes the result home in their language), made from the current German.
import { describe, expect, it } from 'vitest';
import { locales, SOURCE_LOCALE_CODE } from '../../src/domain/i18n/locales.ts';
import { missingKeys, sourceTexts, textKey, textLookup, unknownKeys } from '../../src/domain/decision-tree/texts.ts';
import { canonicalRecord, sourceHash } from '../../src/domain/i18n/source-hash.ts';
import { loadOffers, loadTree, loadTreeTexts } from '../support/decision-tree.ts';

const tree = loadTree();
const source = sourceTexts(tree, loadOffers());
const files = loadTreeTexts();
const others = locales.filter((l) => l.code !== SOURCE_LOCALE_CODE).map((l) => l.code);
/** Keys every language must translate: what a reader needs to answer and to see where they ended. */
const coreKeys = [
  ...tree.attributes.flatMap((a) => [textKey.question(a.id), ...a.values.map((v) => textKey.option(a.id, v.id))]),
  ...tree.outcomes.map((o) => textKey.title(o.id)),
];

describe('content/entscheidungstool-texts', () => {
  it('has one file per language other than German', () => {
    expect(files.map((f) => f.locale).sort()).toEqual([...others].sort());
  });

  it.each(others)('%s: no keys the German no longer has', (code) => {
    expect(unknownKeys(source, files.find((f) => f.locale === code)!)).toEqual([]);
  });

  it.each(others)('%s: every question, option and result title is translated', (code) => {
    const t = textLookup(source, files.find((f) => f.locale === code));
    expect(coreKeys.filter((k) => t(k).german)).toEqual([]);
  });

  it.each(others)('%s: every tool text is translated (no German fallback in the result a person takes home)', (code) => {
    expect(missingKeys(source, files.find((f) => f.locale === code))).toEqual([]);
  });

  it.each(others)('%s: was made from the current German (sourceHash)', async (code) => {
    expect(files.find((f) => f.locale === code)!.sourceHash).toBe(await sourceHash(canonicalRecord(source)));
  });

  it.each(others)('%s: a missing text would fall back to German, marked as German', (code) => {
    const file = files.find((f) => f.locale === code)!;
    const t = textLookup(source, file);
    for (const key of Object.keys(source)) {
      const text = t(key);
      expect(text.text.length, key).toBeGreaterThan(0);
      expect(text.german, key).toBe(file.strings[key] === undefined);
      if (text.german) expect(text.text).toBe(source[key]);
    }
  });

  // Naturalisation in Solothurn needs B2 oral since 1 January 2026; a fide-Test only goes up to B1. No language may
  // say that B1 or the fide-Test is enough (facts.md "fide language levels").
  it.each(['de', ...others])('%s: the fide summary names B2 for naturalisation', (code) => {
    const t = textLookup(source, code === 'de' ? undefined : files.find((f) => f.locale === code));
    expect(t(textKey.offerSummary('fide')).text).toMatch(/B2/);
  });

  it('German reads from the tree and the offers, never marked as fallback', () => {
    const t = textLookup(source, undefined);
    expect(t('q.ausweis')).toEqual({ text: 'Welchen Ausweis hat die Person?', german: false });
    expect(() => t('q.gibt-es-nicht')).toThrow(/No German text/);
  });
});
