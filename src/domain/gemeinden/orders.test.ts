import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation.ts';
import type { Catalogue } from '../schemas/publications.ts';
import { formToOrderInput, languageName, mapErrorsToRows, orderSchema } from './orders.ts';

const catalogue: Catalogue = [
  { id: 'mappe', title: 'Mappe', kind: 'erstinformationsmappe', description: 'x', languages: ['de', 'ti'], unit: 'Mappe', maxPerOrder: 50, order: 0, sample: true },
  { id: 'aip', title: 'AIP', kind: 'broschuere', description: 'x', languages: ['de'], unit: 'Stück', maxPerOrder: 10, order: 1, sample: true },
];
const schema = orderSchema(catalogue, languageName);
const valid = {
  idempotencyKey: 'abcdefghijklmnop',
  items: [{ publication: 'mappe', language: 'ti', quantity: 20 }, { publication: 'aip', language: 'de', quantity: 5 }],
  deliveryAddress: 'Gemeindeverwaltung\nBeispiel',
  contactPerson: 'Demo',
};
const errorsOf = (value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? {} : fieldErrors(r.error);
};

describe('orderSchema', () => {
  it('accepts a valid order and defaults the remark', () => {
    expect(schema.parse(valid).remark).toBe('');
  });
  it.each([
    ['quantity 0', { quantity: 0 }, 'items.0.quantity', /mindestens 1/],
    ['negative quantity', { quantity: -3 }, 'items.0.quantity', /mindestens 1/],
    ['non-integer quantity', { quantity: 1.5 }, 'items.0.quantity', /ganze Zahl/],
    ['quantity as text', { quantity: 'zwei' }, 'items.0.quantity', /ganze Zahl/],
    ['quantity over the maximum', { quantity: 51 }, 'items.0.quantity', /höchstens 50/],
    ['unknown publication', { publication: 'nope' }, 'items.0.publication', /gibt es nicht/],
    ['unknown language', { language: 'xx' }, 'items.0.language', /gibt es nicht auf xx\. Es gibt sie auf: /],
  ])('rejects %s', (_n, patch, path, message) => {
    const errors = errorsOf({ ...valid, items: [{ ...valid.items[0], ...patch }] });
    expect(errors[path]).toMatch(message);
  });
  it('refuses a German-only publication in another language and says which language it has', () => {
    const errors = errorsOf({ ...valid, items: [{ publication: 'aip', language: 'ti', quantity: 5 }] });
    expect(errors['items.0.language']).toBe('„AIP“ gibt es nur auf Deutsch. Bitte wählen Sie Deutsch.');
  });
  it('rejects duplicated items, extra fields, missing fields, over-long and hostile text', () => {
    expect(errorsOf({ ...valid, items: [valid.items[0], valid.items[0]] })['items.1.publication']).toMatch(/schon/);
    expect(errorsOf({ ...valid, admin: true })['_']).toMatch(/Unbekannte Felder: admin/);
    expect(errorsOf({ ...valid, contactPerson: undefined })['contactPerson']).toMatch(/Kontaktperson/);
    expect(errorsOf({ ...valid, remark: 'x'.repeat(1001) })['remark']).toMatch(/höchstens 1000/);
    expect(errorsOf({ ...valid, remark: 'a\u0000b' })['remark']).toMatch(/Steuerzeichen/);
    expect(errorsOf({ ...valid, contactPerson: 'a\nb' })['contactPerson']).toMatch(/Steuerzeichen/);
    expect(errorsOf({ ...valid, contactPerson: '<script>alert(1)</script>' })['contactPerson']).toMatch(/spitzen Klammern/);
    expect(errorsOf({ ...valid, items: [] })['items']).toMatch(/mindestens eine/);
    expect(errorsOf({ ...valid, idempotencyKey: 'short' })['idempotencyKey']).toMatch(/Schlüssel/);
  });
});

describe('formToOrderInput', () => {
  it('skips empty rows and maps errors back to the form row', () => {
    const { input, rows } = formToOrderInput({
      idempotencyKey: 'abcdefghijklmnop', deliveryAddress: 'A', contactPerson: 'B', remark: '',
      'items.0.publication': '', 'items.0.language': '', 'items.0.quantity': '',
      'items.3.publication': 'mappe', 'items.3.language': 'ti', 'items.3.quantity': '2.5',
    });
    expect(input['items']).toEqual([{ publication: 'mappe', language: 'ti', quantity: 2.5 }]);
    expect(rows).toEqual([3]);
    const errors = mapErrorsToRows(errorsOf(input), rows);
    expect(errors['items.3.quantity']).toMatch(/ganze Zahl/);
  });
});
