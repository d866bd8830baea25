import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../schemas/publications.ts';
import { renderHistory, renderOrderForm } from './render.ts';
import { sqlString } from './contacts.ts';

const catalogue: Catalogue = [
  { id: 'mappe', title: 'Mappe', kind: 'erstinformationsmappe', description: 'x', languages: ['de', 'ti'], unit: 'Mappe', maxPerOrder: 50, order: 0, sample: true },
];

describe('renderOrderForm', () => {
  it('links every error in the summary to its field and marks the field', () => {
    const out = renderOrderForm(catalogue, { idempotencyKey: 'k'.repeat(16), deliveryAddress: '<b>', contactPerson: '', remark: '', items: { 0: { publication: 'mappe', language: 'ti', quantity: '0' } } },
      { 'items.0.quantity': 'Menge: mindestens 1.' }).value;
    expect(out).toContain('<a href="#items-0-quantity">Menge: mindestens 1.</a>');
    expect(out).toMatch(/id="items-0-quantity"[^>]*aria-invalid="true" aria-describedby="items-0-quantity-error"/);
    expect(out).toContain('>&lt;b&gt;</textarea>');
    expect(out).toContain('<option value="ti" selected>Tigrinya</option>');
  });
  it('has no error summary without errors, and six rows', () => {
    const out = renderOrderForm(catalogue, { idempotencyKey: 'k'.repeat(16), deliveryAddress: '', contactPerson: '', remark: '', items: {} }).value;
    expect(out).not.toContain('error-summary');
    expect(out.match(/<legend>Position/g)).toHaveLength(6);
  });
});

describe('renderHistory', () => {
  it('shows status labels and escapes', () => {
    const out = renderHistory(catalogue, [{ id: 'B-1', status: 'in_bearbeitung', created_at: '2026-11-23T10:00:00Z', contact_person: 'x', items: [{ publication: 'mappe', language: 'ti', quantity: 20 }] }]).value;
    expect(out).toContain('in Bearbeitung');
    expect(out).toContain('20 × Mappe (Tigrinya), Mappe');
  });
});

describe('sqlString', () => {
  it('doubles quotes for the CLI', () => {
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
  });
});
