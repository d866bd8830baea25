import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/schemas/publications.ts';
import { renderAdminOrders, renderHistory } from './render.ts';
import { sqlString } from '../../domain/gemeinden/contacts.ts';

const catalogue: Catalogue = [
  { id: 'mappe', title: 'Mappe', kind: 'erstinformationsmappe', description: 'x', languages: ['de', 'ti'], unit: 'Mappe', maxPerOrder: 50, order: 0, sample: true },
];

describe('renderHistory', () => {
  it('shows status labels and escapes', () => {
    const out = renderHistory(catalogue, [{ id: 'B-1', status: 'in_bearbeitung', created_at: '2026-11-23T10:00:00Z', contact_person: 'x', items: [{ publication: 'mappe', language: 'ti', quantity: 20 }] }]).value;
    expect(out).toContain('in Bearbeitung');
    expect(out).toContain('20 × Mappe (Tigrinya), Mappe');
  });
});

describe('renderAdminOrders', () => {
  const order = (n: number) => ({ id: `B-0000000${n}`, status: 'eingegangen' as const, created_at: '2026-11-23T10:00:00Z', gemeinde: 'Zuchwil', contact_person: 'x', items: [] });
  it('keeps search, filter and page in the status forms and the page links, and confirms a save', () => {
    const out = renderAdminOrders(catalogue, {
      orders: [order(1)], total: 120, query: { q: 'Zuch', status: 'eingegangen', page: 2 }, saved: { id: 'B-00000001', status: 'versandt' },
    }).value;
    expect(out).toContain('Gespeichert: Bestellung B-00000001 hat jetzt den Status „versandt“.');
    expect(out).toContain('<input type="hidden" name="back" value="q=Zuch&amp;status=eingegangen&amp;seite=2">');
    expect(out).toContain('Seite 2 von 3');
    expect(out).toContain('href="/gemeinden/admin/?q=Zuch&amp;status=eingegangen&amp;seite=3" rel="next"');
    expect(out).toContain('href="/gemeinden/admin/?q=Zuch&amp;status=eingegangen" rel="prev"');
    expect(out).toContain('value="Zuch"');
  });
  it('has no page links when everything fits on one page', () => {
    expect(renderAdminOrders(catalogue, { orders: [order(1)], total: 1, query: { q: '', status: undefined, page: 1 } }).value).not.toContain('pagination');
  });
});

describe('sqlString', () => {
  it('doubles quotes for the CLI', () => {
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
  });
});
