// Finding 7 of issue 12: the same text rules for every stored field (contact names like order fields), lone
// surrogates never stored, and German messages only, never zod's English defaults.
import { beforeAll, describe, expect, it } from 'vitest';
import { queryD1 } from '../support/d1.ts';
import { DEMO, login, postJson } from '../support/gemeinden.ts';

let admin: string;
let zuchwil: string;
beforeAll(async () => {
  admin = await login(DEMO.admin, '10.34.0.1');
  zuchwil = await login(DEMO.zuchwil, '10.34.0.1');
});
const contactRows = (email: string) => queryD1<{ n: number }>('SELECT COUNT(*) AS n FROM contacts WHERE email = ?', email)[0]!.n;

describe('contact names follow the rules of order fields', () => {
  it.each([
    ['a right-to-left override', 'Anna \u202Eredro'],
    ['a left-to-right isolate', 'Anna \u2066x'],
    ['a line break', 'Anna\nMuster'],
    ['angle brackets', 'Anna <b>'],
  ])('refuses %s with a German message and stores nothing', async (_name, name) => {
    const email = `hygiene-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const res = await postJson('/api/admin/contacts', { action: 'add', email, name, role: 'koordinationsstelle' }, { cookie: admin });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; fields: Record<string, string> } };
    expect(error.fields['name']).toMatch(/^Name: /);
    expect(contactRows(email)).toBe(0);
  });
});

describe('lone surrogates', () => {
  it('are refused in a contact name and in an order, so nothing invalid reaches the database', async () => {
    const contact = await postJson('/api/admin/contacts', '{"action":"add","email":"surrogat@example.org","name":"Anna \\ud800","role":"koordinationsstelle"}', { cookie: admin });
    expect(contact.status).toBe(400);
    expect(contactRows('surrogat@example.org')).toBe(0);
    const order = await postJson('/api/orders', '{"idempotencyKey":"surrogate-key-00000001","items":[{"publication":"erstinformationsmappe","language":"de","quantity":1}],"deliveryAddress":"A","contactPerson":"B","remark":"x\\udfffy"}', { cookie: zuchwil });
    expect(order.status).toBe(400);
    expect(queryD1("SELECT COUNT(*) AS n FROM orders WHERE idempotency_key = 'surrogate-key-00000001'")).toEqual([{ n: 0 }]);
    expect(((await order.json()) as { error: { message: string } }).error.message).toMatch(/ungültiges Zeichen/);
  });
});

describe('German messages only', () => {
  it.each([
    ['a name that is not text', '/api/admin/contacts', { action: 'add', email: 'typ@example.org', name: 5, role: 'gemeinde', gemeinde: 'Zuchwil (Beispiel)' }, 'admin'],
    ['a Gemeinde that is not text', '/api/admin/contacts', { action: 'add', email: 'typ2@example.org', name: 'A', role: 'gemeinde', gemeinde: [] }, 'admin'],
    ['an item that is not an object', '/api/orders', { idempotencyKey: 'german-key-000000001', items: [5], deliveryAddress: 'A', contactPerson: 'B' }, 'zuchwil'],
    ['an item with an extra field', '/api/orders', { idempotencyKey: 'german-key-000000002', items: [{ publication: 'x', language: 'de', quantity: 1, preis: 0 }], deliveryAddress: 'A', contactPerson: 'B' }, 'zuchwil'],
    ['a status change with an extra field', '/api/admin/order-status', { orderId: 'B-AAAAAAAA', status: 'versandt', x: 1 }, 'admin'],
    ['feedback with an extra field', '/api/feedback', { locale: 'de', page: '/de/', helpful: 'yes', email: 'x@example.org' }, undefined],
  ])('answers %s in German', async (_name, path, body, who) => {
    const cookie = who === 'admin' ? admin : who === 'zuchwil' ? zuchwil : undefined;
    const res = await postJson(path, body, cookie ? { cookie } : {});
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/Invalid|expected|received|Unrecognized|Too big|Too small/);
    const messages = JSON.stringify(JSON.parse(text));
    expect(messages).toMatch(/[äöüÄÖÜ]|Bitte|Unbekannt|ungültig|Angabe|Feld/i);
  });
});
