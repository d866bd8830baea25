import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/schemas/publications.ts';
import { renderOrderForm } from './server.ts';

const catalogue: Catalogue = [
  { id: 'mappe', title: 'Mappe', kind: 'erstinformationsmappe', description: 'x', languages: ['de', 'ti'], unit: 'Mappe', maxPerOrder: 50, order: 0, sample: true },
  { id: 'aip', title: 'AIP-Broschüre', kind: 'broschuere', description: 'x', languages: ['de'], unit: 'Broschüre', maxPerOrder: 100, order: 1, sample: true },
];
const empty = { idempotencyKey: 'k'.repeat(16), deliveryAddress: '', contactPerson: '', remark: '', items: {} };

describe('renderOrderForm (server, no JavaScript)', () => {
  it('links every error in the summary to its field and marks the field', () => {
    const out = renderOrderForm(catalogue, { ...empty, deliveryAddress: '<b>', items: { 0: { publication: 'mappe', language: 'ti', quantity: '0' } } },
      { 'items.0.quantity': 'Menge: mindestens 1.' }).value;
    expect(out).toContain('<a href="#items-0-quantity">Menge: mindestens 1.</a>');
    expect(out).toMatch(/id="items-0-quantity"[^>]*aria-invalid="true" aria-describedby="items-0-quantity-error"/);
    expect(out).toContain('>&lt;b&gt;</textarea>');
    expect(out).toMatch(/<option value="ti" selected="">Tigrinya<\/option>/);
    // The form posts to the API without a script. Attribute order and case are React's choice (HTML reads
    // attribute names case-insensitively), so each attribute is checked on its own.
    const formTag = /<form\b[^>]*>/.exec(out)?.[0] ?? '';
    for (const attribute of ['id="order-form"', 'class="order-form"', 'novalidate=""', 'action="/api/orders"', 'method="post"']) {
      expect(formTag.toLowerCase(), attribute).toContain(attribute);
    }
    expect(out).toContain(`<input type="hidden" name="idempotencyKey" value="${'k'.repeat(16)}"/>`);
  });
  it('has no error summary without errors, six rows, and no buttons that need a script', () => {
    const out = renderOrderForm(catalogue, empty).value;
    expect(out).not.toContain('error-summary');
    expect(out.match(/<legend>Position/g)).toHaveLength(6);
    expect(out).not.toContain('entfernen');
    expect(out).not.toContain('Weitere Position');
  });
  it('offers only the languages of the chosen publication, and names the German-only ones', () => {
    const out = renderOrderForm(catalogue, { ...empty, items: { 0: { publication: 'aip', language: 'ti', quantity: '3' } } }).value;
    const row0 = /<select id="items-0-language"[^>]*>(.*?)<\/select>/.exec(out)![1]!;
    expect(row0).toBe('<option value="de">Deutsch</option>');
    const row1 = /<select id="items-1-language"[^>]*>(.*?)<\/select>/.exec(out)![1]!;
    expect(row1).toContain('Tigrinya');
    expect(out).toContain('Nur auf Deutsch gibt es: AIP-Broschüre.');
  });
});
