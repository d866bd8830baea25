import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrors, textField } from './validation.ts';

const messages = (schema: z.core.$ZodType, value: unknown) => {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('the German zod error map', () => {
  it('answers in German wherever a schema names no message', () => {
    const schema = z.strictObject({ name: z.string(), count: z.number().int().max(3), tags: z.array(z.string()).min(1), mail: z.email(), kind: z.enum(['a', 'b']) });
    const errors = messages(schema, { name: 5, count: 9, tags: [], mail: 'x', kind: 'c', extra: 1 });
    expect(errors).toEqual({
      name: 'Bitte als Text angeben.', count: 'Höchstens 3.', tags: 'Bitte mindestens einen Eintrag angeben.', mail: 'Bitte eine gültige E-Mail-Adresse angeben.',
      kind: 'Dieser Wert ist nicht erlaubt.', _: 'Unbekannte Felder: extra.',
    });
    expect(messages(schema, {})).toMatchObject({ name: 'Bitte ausfüllen.' });
  });

  it('leaves a schema’s own message alone', () => {
    expect(messages(z.string({ error: 'Eigene Meldung.' }), 1)).toEqual({ _: 'Eigene Meldung.' });
  });
});

describe('textField', () => {
  const name = textField('Name', 20);
  const address = textField('Adresse', 50, { multiline: true });
  it.each([
    ['a bidi override', 'Anna \u202Eredro'], ['a bidi isolate', 'Anna \u2067x'], ['an Arabic letter mark', 'Anna \u061C'],
    ['a control character', 'Anna\u0007'], ['a line break in a single line', 'Anna\nMuster'], ['a lone surrogate', 'Anna \uD800'],
  ])('refuses %s', (_label, value) => {
    expect(messages(name, value)).toEqual({ _: 'Name: enthält unerlaubte Steuerzeichen.' });
  });

  it('refuses angle brackets, empty and long text, and keeps good text trimmed', () => {
    expect(messages(name, 'a<b')).toEqual({ _: 'Name: bitte keine spitzen Klammern (< >) verwenden.' });
    expect(messages(name, '  ')).toEqual({ _: 'Name: bitte ausfüllen.' });
    expect(messages(name, 'x'.repeat(21))).toEqual({ _: 'Name: höchstens 20 Zeichen.' });
    expect(name.parse('  Anna Muster 😀 ')).toBe('Anna Muster 😀');
    expect(address.parse('Gemeindeverwaltung\nZuchwil')).toBe('Gemeindeverwaltung\nZuchwil');
    expect(name.parse('محمد')).toBe('محمد');
  });
});
