// Shared test of a folder of per-language string files: one valid, complete file per locale,
// placeholders kept. Call it from a test file: `describeStringsFolder('content/ui', uiStringsFileSchema, uiStringKeys)`.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { locales } from '../../src/domain/i18n/locales.ts';
import { formatContentError, validateYaml } from '../../src/domain/content/yaml-errors.ts';
import { missingPluralForms, PLURAL_VARIANT_CATEGORIES, pluralVariantKey } from '../../src/domain/i18n/plural.ts';

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();

const isSubset = (variant: string, base: string) => (variant.match(/\{\w+\}/g) ?? []).every((p) => base.includes(p));

/** `pluralKeys`: counted texts; every language must give the plural forms its Intl.PluralRules distinguish. */
export function describeStringsFolder(folder: string, schema: z.ZodType, keys: readonly string[], pluralKeys: readonly string[] = []): void {
  const dir = new URL(`../../${folder}/`, import.meta.url);
  const load = (code: string) =>
    validateYaml(`${folder}/${code}.yaml`, readFileSync(new URL(`${code}.yaml`, dir), 'utf8'), schema) as {
      data?: { locale: string; strings: Record<string, string | undefined> };
      errors: Parameters<typeof formatContentError>[0][];
    };

  describe(folder, () => {
    it('has one file per locale and no file for an unknown locale', () => {
      expect(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', '')).sort())
        .toEqual(locales.map((l) => l.code).sort());
    });

    it.each(locales.map((l) => l.code))('%s: valid, complete, placeholders kept', (code) => {
      const german = load('de').data!.strings;
      const { data, errors } = load(code);
      expect(errors.map(formatContentError)).toEqual([]);
      expect(data!.locale).toBe(code);
      expect(keys.filter((k) => data!.strings[k] === undefined), 'keys that would show German').toEqual([]);
      for (const key of keys) expect(placeholders(data!.strings[key]!), `${code}.${key}`).toBe(placeholders(german[key]!));
      const tag = locales.find((l) => l.code === code)!.tag;
      for (const key of pluralKeys) {
        expect(missingPluralForms(data!.strings, key, tag), `${code}.${key}: plural forms of ${tag}`).toEqual([]);
        // A form may leave out the number ("نتيجتان", two results) but adds no placeholder of its own.
        for (const c of PLURAL_VARIANT_CATEGORIES) {
          const variant = data!.strings[pluralVariantKey(key, c)];
          if (variant !== undefined) expect(isSubset(variant, german[key]!), `${code}.${pluralVariantKey(key, c)}`).toBe(true);
        }
      }
    });
  });
}
