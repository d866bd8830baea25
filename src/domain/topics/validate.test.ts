import { describe, expect, it } from 'vitest';
import { formatContentError } from '../content/yaml-errors.ts';
import { validateTopicFiles } from './validate.ts';

const fm = (extra = '') => `---
title: Wohnen
summary: Fragen zum Wohnen.
icon: house
group: topic
audience: newcomers
order: 8
lastReviewed: 2026-11-23
sources:
  - https://so.ch/
${extra}---
`;
const body = '\nText mit [Link](../arbeit/).\n\n<Help>\n\n- Hilfe\n\n</Help>\n';
const de = [
  { path: 'content/topics/de/wohnen.mdx', text: fm() + body },
  { path: 'content/topics/de/arbeit.mdx', text: fm().replace('Wohnen', 'Arbeit') + '\nText.\n' },
];
const errorsOf = (files: { path: string; text: string }[]) => validateTopicFiles([...de, ...files]).errors.map(formatContentError);
const translation = (extra: string, text = body) => ({ path: 'content/topics/ar/wohnen.mdx', text: fm(extra) + text });
const ok = 'locale: ar\nstatus: draft\nsourceHash: 0123456789abcdef\n';

describe('validateTopicFiles', () => {
  it('accepts the German pages and a complete translation', () => {
    expect(errorsOf([translation(ok)])).toEqual([]);
  });

  it('rejects a folder that is no locale', () => {
    expect(errorsOf([{ path: 'content/topics/xx/wohnen.mdx', text: fm(ok) + body }]))
      .toEqual(['content/topics/xx/wohnen.mdx:1 (folder): unknown locale "xx" (see src/domain/i18n/locales.ts)']);
  });

  it('names the missing source hash of a translation', () => {
    expect(errorsOf([translation('locale: ar\nstatus: draft\n')])).toEqual([
      'content/topics/ar/wohnen.mdx:2 sourceHash: a translation needs the hash of its German source (npm run i18n:hash -- content/topics/de/<slug>.mdx)',
    ]);
  });

  it('names a missing required field and a locale that is not its folder', () => {
    const text = fm('locale: fr\nstatus: draft\nsourceHash: 0123456789abcdef\n').replace('icon: house\n', '') + body;
    const errors = errorsOf([{ path: 'content/topics/ar/wohnen.mdx', text }]);
    expect(errors).toContain('content/topics/ar/wohnen.mdx:2 icon: Invalid option: expected one of "home"|"passport"|"language"|"work"|"school"|"family"|"health"|"house"|"money"|"help"|"shield"|"emergency"|"info"|"brochure"');
    expect(errorsOf([translation('locale: fr\nstatus: draft\nsourceHash: 0123456789abcdef\n')]))
      .toEqual(['content/topics/ar/wohnen.mdx:11 locale: must be "ar", the name of its folder']);
  });

  it('names a broken internal link with its line', () => {
    expect(errorsOf([translation(ok, body.replace('../arbeit/', '../arbeiten/'))]))
      .toEqual(['content/topics/ar/wohnen.mdx:16 (link): broken link: there is no topic "arbeiten" (found "../arbeiten/")']);
    expect(errorsOf([translation(ok, body.replace('../arbeit/', '/de/themen/arbeit/'))])[0]).toContain('internal links are written as ../<slug>/');
  });

  it('rejects unknown components, changed boxes and translations without a German page', () => {
    expect(errorsOf([translation(ok, body.replaceAll('Help>', 'Hilfe>'))])[0]).toContain('unknown component <Hilfe>');
    expect(errorsOf([translation(ok, '\nText.\n')])[0]).toContain("keep the German page's boxes in the same order: <Help> </Help>");
    expect(errorsOf([{ path: 'content/topics/ar/schule.mdx', text: fm(ok) + body }])).toEqual([
      'content/topics/ar/schule.mdx:1 (file name): there is no German page content/topics/de/schule.mdx',
    ]);
  });

  it('rejects status and hash on the German source', () => {
    expect(validateTopicFiles([{ path: 'content/topics/de/wohnen.mdx', text: fm('status: draft\n') + body }, de[1]!]).errors.map((e) => e.field)).toEqual(['status']);
  });
});

describe('<Contact id> references to the address directory', () => {
  const withContact = (id: string) => ({ path: 'content/topics/de/notfall.mdx', text: fm().replace('Wohnen', 'Notfall') + `\nText.\n\n<Contact id="${id}" />\n` });

  it('accepts a known id and names the file, line and id of an unknown one', () => {
    const ids = new Set(['polizei']);
    expect(validateTopicFiles([...de, withContact('polizei')], ids).errors).toEqual([]);
    expect(validateTopicFiles([...de, withContact('polizie')], ids).errors.map(formatContentError)).toEqual([
      'content/topics/de/notfall.mdx:15 (Contact): unknown address-directory id "polizie" (see content/adressen/de.yaml)',
    ]);
  });

  it('holds a current translation to the German boxes and contacts, but not a stale one', () => {
    const german = { path: 'content/topics/de/wohnen.mdx', text: fm() + body.replace('</Help>', '<Contact id="polizei" />\n\n</Help>') };
    const files = (hash: string) => [german, de[1]!, translation(`locale: ar\nstatus: draft\nsourceHash: "${hash}"\n`)];
    const hashes = new Map([['wohnen', '0123456789abcdef'], ['arbeit', 'ffffffffffffffff']]);
    expect(validateTopicFiles(files('0123456789abcdef'), new Set(['polizei']), hashes).errors.map((e) => e.field)).toEqual(['(component)']);
    expect(validateTopicFiles(files('1111111111111111'), new Set(['polizei']), hashes).errors).toEqual([]);
  });
});
