import { describe, expect, it } from 'vitest';
import { languageName, orderSchema } from '../../domain/gemeinden/orders.ts';
import { fieldErrors } from '../../domain/validation.ts';
import type { Catalogue } from '../../domain/schemas/publications.ts';
import { zodResolver } from './zod-resolver.ts';

const catalogue: Catalogue = [
  { id: 'mappe', title: 'Mappe', kind: 'erstinformationsmappe', description: 'x', languages: ['de', 'ti'], unit: 'Mappe', maxPerOrder: 50, order: 0, sample: true },
  { id: 'aip', title: 'AIP', kind: 'broschuere', description: 'x', languages: ['de'], unit: 'Stück', maxPerOrder: 10, order: 1, sample: true },
];
const schema = orderSchema(catalogue, languageName);
const resolve = zodResolver(schema);
const options = { fields: {}, shouldUseNativeValidation: false } as unknown as Parameters<typeof resolve>[2];
const valid = {
  idempotencyKey: 'abcdefghijklmnop',
  items: [{ publication: 'mappe', language: 'ti', quantity: 20 }],
  deliveryAddress: '  Gemeindeverwaltung\nBeispiel ',
  contactPerson: 'Demo',
  remark: '',
};

/** The resolver's nested errors as `{ path: message }`, the shape the island shows. */
function flat(errors: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value?.message === 'string') out[path] = value.message;
    else Object.assign(out, flat(value, path));
  }
  return out;
}

async function errorsOf(value: typeof valid | Record<string, unknown>) {
  return flat((await resolve(value as never, undefined, options)).errors);
}

describe('zodResolver (order form island)', () => {
  it('returns the parsed order: trimmed text, as the server stores it', async () => {
    const result = await resolve(valid as never, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ deliveryAddress: 'Gemeindeverwaltung\nBeispiel' });
  });

  it.each([
    ['empty fields and a bad row', {
      ...valid, deliveryAddress: ' ', contactPerson: 'a<b\u0007', // two issues on one field: the first one counts
      items: [{ publication: '', language: 'de', quantity: Number.NaN }, { publication: 'aip', language: 'ti', quantity: 11 }],
    }],
    ['a quantity over the maximum and a duplicate row', {
      ...valid, items: [{ publication: 'mappe', language: 'ti', quantity: 51 }, { publication: 'mappe', language: 'ti', quantity: 1.5 }],
    }],
    ['an unknown publication and a remark too long', { ...valid, items: [{ publication: 'nope', language: 'de', quantity: 1 }], remark: 'x'.repeat(1001) }],
  ])('maps every issue to its field with the schema\'s German message (%s)', async (_name, order) => {
    const parsed = schema.safeParse(order);
    expect(parsed.success).toBe(false);
    // The server's summary (fieldErrors, first message per field) is the reference.
    expect(await errorsOf(order)).toEqual(fieldErrors(parsed.error!));
  });

  it('puts an issue about the whole list under items.root, where react-hook-form keeps field-array errors', async () => {
    expect(await errorsOf({ ...valid, items: [] })).toEqual({ 'items.root': 'Bitte mindestens eine Publikation bestellen.' });
  });
});
