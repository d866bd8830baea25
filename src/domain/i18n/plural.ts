/**
 * Counted texts in every language ("1 résultat", "2 résultats", Arabic's six forms) with the platform's
 * Intl.PluralRules: no library, and the same function runs at build time and in the browser.
 * A strings file holds the base key (the `other` form) and one key per further category of its language,
 * `{key}_{category}`, e.g. `searchResultCount_one`.
 */
export const PLURAL_VARIANT_CATEGORIES = ['zero', 'one', 'two', 'few', 'many'] as const;
export type PluralVariantCategory = (typeof PLURAL_VARIANT_CATEGORIES)[number];

export function pluralVariantKey(base: string, category: PluralVariantCategory): string {
  return `${base}_${category}`;
}

/** The categories a language distinguishes besides `other` (German: one; Arabic: zero, one, two, few, many). */
export function pluralCategoriesOf(tag: string): PluralVariantCategory[] {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as readonly string[];
  return PLURAL_VARIANT_CATEGORIES.filter((c) => categories.includes(c));
}

/** The forms of one counted text by category (`other` is the base text), e.g. for a browser script. */
export type PluralForms = { other: string } & Partial<Record<PluralVariantCategory, string>>;

/** The form for `count` in language `tag`: the one of its category, else `other`. */
export function pickPluralForm(forms: PluralForms, count: number, tag: string): string {
  const category = new Intl.PluralRules(tag).select(count);
  return (category === 'other' ? undefined : forms[category as PluralVariantCategory]) ?? forms.other;
}

/** The template of `base` for `count` in language `tag`. */
export function pluralTemplate(strings: Readonly<Record<string, string | undefined>>, base: string, count: number, tag: string): string {
  return pickPluralForm(pluralForms(strings, base), count, tag);
}

/** Categories of `tag` for which `strings` lacks the variant of `base` (a file test lists them). */
export function missingPluralForms(strings: Readonly<Record<string, string | undefined>>, base: string, tag: string): PluralVariantCategory[] {
  return pluralCategoriesOf(tag).filter((c) => strings[pluralVariantKey(base, c)] === undefined);
}

/** Base text and variants of one counted text. */
export function pluralForms(strings: Readonly<Record<string, string | undefined>>, base: string): PluralForms {
  const out: PluralForms = { other: strings[base] ?? '' };
  for (const c of PLURAL_VARIANT_CATEGORIES) {
    const v = strings[pluralVariantKey(base, c)];
    if (v !== undefined) out[c] = v;
  }
  return out;
}
