// Finding 4 of issue 12: an idempotency key is bound to the order it was first sent with. The same key with
// the same order is a repeated submit (the stored order); with a different order it is a 409, never a
// silent success that drops the new order.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryD1 } from '../support/d1.ts';
import { DEMO, login, postForm, postJson } from '../support/gemeinden.ts';

let zuchwil: string;
beforeAll(async () => {
  zuchwil = await login(DEMO.zuchwil, '10.32.0.1');
});

const orderOf = (idempotencyKey: string, quantity: number) => ({
  idempotencyKey, items: [{ publication: 'erstinformationsmappe', language: 'de', quantity }],
  deliveryAddress: 'Gemeindeverwaltung Zuchwil', contactPerson: 'Demo Zuchwil', remark: '',
});
const stored = (key: string) => queryD1<{ id: string; quantity: number }>(
  'SELECT o.id, i.quantity FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.idempotency_key = ?', key);

describe('a reused idempotency key', () => {
  it('with the same order answers the stored order (a repeated submit)', async () => {
    const key = randomUUID();
    const first = await postJson('/api/orders', orderOf(key, 3), { cookie: zuchwil });
    expect(first.status).toBe(201);
    const again = await postJson('/api/orders', orderOf(key, 3), { cookie: zuchwil });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { order: { created: boolean } }).order.created).toBe(false);
  });

  it('with a different order answers 409 in German as JSON, and keeps the first order', async () => {
    const key = randomUUID();
    const first = await postJson('/api/orders', orderOf(key, 3), { cookie: zuchwil });
    const { order } = (await first.json()) as { order: { id: string } };
    const other = await postJson('/api/orders', orderOf(key, 7), { cookie: zuchwil });
    expect(other.status).toBe(409);
    const body = (await other.json()) as { error: { message: string }; order: { id: string } };
    expect(body.error.message).toContain('schon gesendet');
    expect(body.error.message).toContain(order.id);
    expect(body.order.id).toBe(order.id);
    expect(stored(key)).toEqual([{ id: order.id, quantity: 3 }]);
  });

  it('with a different order sent by the form answers a 409 page that shows the order already sent', async () => {
    const key = randomUUID();
    const form = (quantity: string) => ({
      idempotencyKey: key, 'items.0.publication': 'erstinformationsmappe', 'items.0.language': 'de', 'items.0.quantity': quantity,
      deliveryAddress: 'Gemeindeverwaltung Zuchwil', contactPerson: 'Demo Zuchwil', remark: '',
    });
    expect((await postForm('/api/orders', form('2'), { cookie: zuchwil })).status).toBe(303);
    const { id } = stored(key)[0]!;
    const res = await postForm('/api/orders', form('9'), { cookie: zuchwil });
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(page).toContain('schon gesendet');
    expect(page).toContain(`id="order-${id}"`);
    expect(page).toContain('2 × Erstinformationsmappe (Deutsch)');
    expect(page).not.toContain('Danke!');
    expect(stored(key)).toEqual([{ id, quantity: 2 }]);
  });
});
