// POST /api/orders in real workerd + D1: one batch for order, items and mails; idempotent repeats;
// every bad input answers 4xx with a German message and writes nothing; the no-JavaScript form.
import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { queryD1 } from '../support/d1.ts';
import { base, DEMO, fakeResend, login, postForm, postJson, until } from '../support/gemeinden.ts';
import { d1SqliteFile } from '../../scripts/lib/local-server.ts';

const CLIENT = '10.7.2.1';
let zuchwil: string;
let biberist: string;
beforeAll(async () => {
  zuchwil = await login(DEMO.zuchwil, CLIENT);
  biberist = await login(DEMO.biberist, CLIENT);
});

const counts = () => queryD1<{ o: number; i: number; m: number }>(
  'SELECT (SELECT COUNT(*) FROM orders) AS o, (SELECT COUNT(*) FROM order_items) AS i, (SELECT COUNT(*) FROM outbox) AS m',
)[0]!;
const key = () => randomUUID();
const valid = () => ({
  idempotencyKey: key(),
  items: [
    { publication: 'erstinformationsmappe', language: 'ti', quantity: 20 },
    { publication: 'aip-broschuere-einfache-sprache', language: 'de', quantity: 5 },
  ],
  deliveryAddress: 'Gemeindeverwaltung Zuchwil\nBeispieladresse',
  contactPerson: 'Demo Zuchwil',
  remark: 'Bitte bis Ende Monat.',
});
const order = (body: unknown, headers: Record<string, string> = {}) => postJson('/api/orders', body, { cookie: zuchwil, ...headers });

describe('POST /api/orders', () => {
  it('stores the order, its items and both mails in one go, answers at once, and mails after the response', async () => {
    const before = counts();
    const body = valid();
    const res = await order(body);
    expect(res.status).toBe(201);
    const { order: created } = (await res.json()) as { order: { id: string; created: boolean } };
    expect(created.id).toMatch(/^B-[A-Z0-9]{8}$/);
    expect(counts()).toEqual({ o: before.o + 1, i: before.i + 2, m: before.m + 2 });
    expect(queryD1('SELECT publication, language, quantity FROM order_items WHERE order_id = ? ORDER BY position', created.id)).toEqual([
      { publication: 'erstinformationsmappe', language: 'ti', quantity: 20 },
      { publication: 'aip-broschuere-einfache-sprache', language: 'de', quantity: 5 },
    ]);
    expect(queryD1('SELECT kind, to_email FROM outbox WHERE order_id = ? ORDER BY id', created.id)).toEqual([
      { kind: 'order-confirmation', to_email: DEMO.zuchwil },
      { kind: 'order-notification', to_email: 'koordination-inbox@example.org' },
    ]);
    const mails = await until(async () => {
      const m = (await fakeResend.emails()).filter((x) => x.subject.includes(created.id));
      return m.length === 2 ? m : undefined;
    }, 'two order mails');
    expect(mails.map((m) => m.to).sort()).toEqual(['demo-zuchwil@example.org', 'koordination-inbox@example.org']);
    const confirmation = mails.find((m) => m.to === DEMO.zuchwil)!;
    expect(confirmation.text).toContain('20 × Erstinformationsmappe (Tigrinya)');
    expect(confirmation.html).toContain('<li>5 × Broschüre Arbeitsmarktintegrationsprogramme (AIP) – in einfacher Sprache (Deutsch), Broschüre</li>');
  });

  it('returns the same order for a repeated submit with the same idempotency key, never a second one', async () => {
    const body = valid();
    const first = (await (await order(body)).json()) as { order: { id: string } };
    const before = counts();
    const [a, b] = await Promise.all([order(body), order(body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(((await a.json()) as { order: { id: string } }).order.id).toBe(first.order.id);
    expect(((await b.json()) as { order: { id: string } }).order.id).toBe(first.order.id);
    expect(counts()).toEqual(before);
  });

  it('lists the order in the history of its Gemeinde only', async () => {
    const body = valid();
    const { order: created } = (await (await order(body)).json()) as { order: { id: string } };
    const mine = (await (await fetch(`${base}/api/orders`, { headers: { cookie: zuchwil } })).json()) as { orders: { id: string; status: string }[] };
    expect(mine.orders.find((o) => o.id === created.id)?.status).toBe('eingegangen');
    const theirs = (await (await fetch(`${base}/api/orders`, { headers: { cookie: biberist } })).json()) as { orders: { id: string }[] };
    expect(theirs.orders.some((o) => o.id === created.id)).toBe(false);
    const page = await (await fetch(`${base}/gemeinden/bestellungen/?neu=${created.id}`, { headers: { cookie: zuchwil } })).text();
    expect(page).toContain(`Ihre Bestellung ${created.id} ist eingegangen`);
    expect(page).toContain('20 × Erstinformationsmappe (Tigrinya), Mappe');
  });
});

describe('POST /api/orders bad input', () => {
  let before: { o: number; i: number; m: number };
  beforeEach(() => {
    before = counts();
  });
  const withItem = (patch: Record<string, unknown>) => ({ ...valid(), items: [{ publication: 'erstinformationsmappe', language: 'ti', quantity: 2, ...patch }] });

  it.each([
    ['malformed JSON', () => order('{"items":['), 400, /kein gültiges JSON/],
    ['the wrong content type', () => fetch(`${base}/api/orders`, { method: 'POST', headers: { cookie: zuchwil, origin: base, 'content-type': 'text/plain' }, body: 'x' }), 415, /JSON oder als Formular/],
    ['a body over 32 KB', () => order({ ...valid(), remark: 'x'.repeat(33_000) }), 413, /zu gross/],
    ['a missing field', () => order({ ...valid(), contactPerson: undefined }), 400, /ungültig/],
    ['an extra field', () => order({ ...valid(), status: 'versandt' }), 400, /ungültig/],
    ['quantity 0', () => order(withItem({ quantity: 0 })), 400, /ungültig/],
    ['a negative quantity', () => order(withItem({ quantity: -5 })), 400, /ungültig/],
    ['a quantity over the maximum', () => order(withItem({ quantity: 51 })), 400, /ungültig/],
    ['a non-integer quantity', () => order(withItem({ quantity: 2.5 })), 400, /ungültig/],
    ['a quantity as text', () => order(withItem({ quantity: '3' })), 400, /ungültig/],
    ['an unknown publication', () => order(withItem({ publication: 'gibt-es-nicht' })), 400, /ungültig/],
    ['an unknown language', () => order(withItem({ language: 'xx' })), 400, /ungültig/],
    ['a language the publication is not offered in', () => order({ ...valid(), items: [{ publication: 'entscheidungstool', language: 'ti', quantity: 1 }] }), 400, /ungültig/],
    ['duplicated items', () => order({ ...valid(), items: [withItem({}).items[0], withItem({}).items[0]] }), 400, /ungültig/],
    ['no items', () => order({ ...valid(), items: [] }), 400, /ungültig/],
    ['over-long text', () => order({ ...valid(), contactPerson: 'x'.repeat(121) }), 400, /ungültig/],
    ['control characters', () => order({ ...valid(), remark: 'a\u0007b' }), 400, /ungültig/],
    ['script in a text field', () => order({ ...valid(), remark: '<script>alert(1)</script>' }), 400, /ungültig/],
    ['a bad idempotency key', () => order({ ...valid(), idempotencyKey: 'x' }), 400, /ungültig/],
    ['a cross-origin post', () => order(valid(), { origin: 'https://evil.example' }), 403, /anderen Websites/],
    ['no session', () => postJson('/api/orders', valid()), 401, /melden Sie sich an/],
    ['a forged session', () => postJson('/api/orders', valid(), { cookie: `gemeinde_session=${'Z'.repeat(43)}` }), 401, /melden Sie sich an/],
    ['a PUT', () => fetch(`${base}/api/orders`, { method: 'PUT', headers: { cookie: zuchwil } }), 405, /GET und POST/],
  ])('rejects %s with a 4xx and a German message, writing nothing', async (_name, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(counts()).toEqual(before);
  });

  it('names the field of each problem, so the form can link to it', async () => {
    const res = await order({ ...valid(), items: [{ publication: 'erstinformationsmappe', language: 'ti', quantity: 0 }], contactPerson: '' });
    const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({ 'items.0.quantity': 'Menge: mindestens 1.', contactPerson: 'Kontaktperson: bitte ausfüllen.' });
  });

  it('answers 503 with a German message and writes nothing while D1 is unavailable', async () => {
    // Hold a write lock on the SQLite file of D1: every write of the Worker fails.
    const db = new DatabaseSync(d1SqliteFile(inject('persistDir')));
    // Waits for a write the server may still be doing (an outbox drain of an earlier test), then holds the lock.
    db.exec('PRAGMA busy_timeout = 10000; BEGIN EXCLUSIVE');
    let res: Response;
    try {
      res = await order(valid());
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/nicht (gespeichert|erreichbar)/);
    expect(counts()).toEqual(before);
  });
});

describe('order form without JavaScript', () => {
  const form = (fields: Record<string, string>) => postForm('/api/orders', fields, { cookie: zuchwil });
  it('is prefilled with the delivery address of the Gemeinde', async () => {
    const html = await (await fetch(`${base}/gemeinden/bestellen/`, { headers: { cookie: zuchwil } })).text();
    expect(html).toMatch(/<textarea id="deliveryAddress"[^>]*>Gemeindeverwaltung Zuchwil\nBeispieladresse \(bitte ersetzen\)\nZuchwil<\/textarea>/);
    expect(html).toMatch(/name="idempotencyKey" value="[A-Za-z0-9_-]{24}"/);
  });

  it('shows errors on the page with a summary linked to the fields, keeping what was typed', async () => {
    const before = counts();
    const res = await form({
      idempotencyKey: key(), deliveryAddress: 'Adresse', contactPerson: '', remark: 'Danke',
      'items.0.publication': '', 'items.0.language': 'de', 'items.0.quantity': '',
      'items.1.publication': 'erstinformationsmappe', 'items.1.language': 'ti', 'items.1.quantity': '500',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<a href="#items-1-quantity">Menge: höchstens 50 pro Bestellung.</a>');
    expect(html).toContain('<a href="#contactPerson">Kontaktperson: bitte ausfüllen.</a>');
    const quantity = /<input id="items-1-quantity"[^>]*>/.exec(html)?.[0] ?? '';
    expect(quantity).toContain('value="500"');
    expect(quantity).toContain('aria-invalid="true"');
    expect(html).toContain('>Danke</textarea>');
    expect(counts()).toEqual(before);
  });

  it('stores a valid order and shows it in the history', async () => {
    const res = await form({
      idempotencyKey: key(), deliveryAddress: 'Adresse', contactPerson: 'Demo', remark: '',
      'items.0.publication': 'entscheidungstool', 'items.0.language': 'de', 'items.0.quantity': '3',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/gemeinden\/bestellungen\/\?neu=B-[A-Z0-9]{8}#order-B-/);
  });
});
