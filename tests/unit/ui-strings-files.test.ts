// Every language of the registry has a complete, valid file of UI strings in content/ui/.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/domain/i18n/locales.ts';
import { validateYaml } from '../../src/domain/content/yaml-errors.ts';
import { uiStringKeys, uiStringsFileSchema } from '../../src/domain/schemas/ui-strings.ts';
import { formatContentError } from '../../src/domain/content/yaml-errors.ts';

const dir = new URL('../../content/ui/', import.meta.url);
const load = (code: string) => validateYaml(`content/ui/${code}.yaml`, readFileSync(new URL(`${code}.yaml`, dir), 'utf8'), uiStringsFileSchema);
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();

describe('content/ui', () => {
  it('has one file per locale and no file for an unknown locale', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', '')).sort())
      .toEqual(locales.map((l) => l.code).sort());
  });

  const german = load('de').data!.strings as Record<string, string>;

  it.each(locales.map((l) => l.code))('%s: valid, complete, placeholders kept', (code) => {
    const { data, errors } = load(code);
    expect(errors.map(formatContentError)).toEqual([]);
    expect(data!.locale).toBe(code);
    const strings = data!.strings as Record<string, string | undefined>;
    expect(uiStringKeys.filter((k) => strings[k] === undefined), 'keys that would show German').toEqual([]);
    for (const key of uiStringKeys) expect(placeholders(strings[key]!), `${code}.${key}`).toBe(placeholders(german[key]!));
  });
});
