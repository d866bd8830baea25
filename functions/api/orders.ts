// POST /api/orders: stores an order, its items and its mails (outbox) in one D1 batch, answers, and
// sends the mails after the response. The idempotency key makes a repeated submit return the same order.
// GET /api/orders: the history of the contact's Gemeinde.
import { randomToken } from '../../src/domain/gemeinden/crypto.ts';
import { orderConfirmationMail, orderNotificationMail } from '../../src/domain/gemeinden/mails.ts';
import { formToOrderInput, mapErrorsToRows, orderSchema, type Order } from '../../src/domain/gemeinden/orders.ts';
import { renderOrderForm, type OrderFormValues } from '../../src/components/order-form/server.ts';
import { readBody } from '../../src/domain/http/read-body.ts';
import { isCrossSiteRequest } from '../../src/domain/http/same-origin.ts';
import { fieldErrors } from '../../src/domain/validation.ts';
import { D1_DOWN, requireApiSession, type Session } from '../_lib/auth.ts';
import { loadCatalogue } from '../_lib/catalogue.ts';
import type { Env } from '../_lib/env.ts';
import { redirect } from '../_lib/forms.ts';
import { listOrders } from '../_lib/orders-db.ts';
import { drainOutbox, outboxInsert } from '../_lib/outbox.ts';
import { pageWithSlots } from '../_lib/pages.ts';
import { json, jsonError } from '../_lib/responses.ts';
import { html } from '../../src/domain/gemeinden/html.ts';

export const MAX_ORDER_BYTES = 32 * 1024;
const INVALID = 'Die Bestellung ist unvollständig oder ungültig. Bitte prüfen Sie die markierten Felder.';

function formValues(form: Record<string, string>): OrderFormValues {
  const items: OrderFormValues['items'] = {};
  for (const [key, value] of Object.entries(form)) {
    const m = /^items\.(\d{1,2})\.(publication|language|quantity)$/.exec(key);
    if (m) (items[Number(m[1])] ??= {})[m[2] as 'publication'] = value;
  }
  return {
    idempotencyKey: /^[A-Za-z0-9_-]{16,64}$/.test(form['idempotencyKey'] ?? '') ? form['idempotencyKey']! : randomToken(18),
    deliveryAddress: form['deliveryAddress'] ?? '', contactPerson: form['contactPerson'] ?? '', remark: form['remark'] ?? '', items,
  };
}

async function existingOrder(env: Env, session: Session, key: string): Promise<string | undefined> {
  const row = await env.DB.prepare('SELECT id FROM orders WHERE gemeinde_id = ?1 AND idempotency_key = ?2')
    .bind(session.gemeindeId, key).first<{ id: string }>();
  return row?.id;
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) => {
  if (isCrossSiteRequest(request)) return jsonError(403, 'Anfragen von anderen Websites sind nicht erlaubt.');
  const session = await requireApiSession(env, request);
  if (session instanceof Response) return session;
  if (session.gemeindeId === null) return jsonError(403, 'Bestellen können nur Kontakte einer Gemeinde.');
  const body = await readBody(request, MAX_ORDER_BYTES);
  if (!body.ok) return jsonError(body.status, body.message);
  let catalogue;
  try {
    catalogue = await loadCatalogue(env, request);
  } catch (error) {
    console.error('orders: catalogue missing', error);
    return jsonError(503, 'Der Bestellservice ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal.');
  }
  const isForm = body.kind === 'form';
  const form = isForm ? (body.value as Record<string, string>) : {};
  const { input, rows } = isForm ? formToOrderInput(form) : { input: body.value, rows: [] as number[] };
  const parsed = orderSchema(catalogue).safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (isForm) {
      return pageWithSlots(env, request, '/gemeinden/bestellen/', {
        'order-form': renderOrderForm(catalogue, formValues(form), mapErrorsToRows(errors, rows)),
        user: html`${session.name} (${session.gemeindeName ?? ''})`,
        'admin-link': html``,
      }, 400);
    }
    return jsonError(400, INVALID, errors);
  }
  const order: Order = parsed.data;
  const orderId = `B-${randomToken(6).toUpperCase().replace(/[-_]/g, 'X')}`;
  const origin = new URL(request.url).origin;
  const mailData = { orderId, gemeinde: session.gemeindeName ?? '', contactPerson: order.contactPerson, deliveryAddress: order.deliveryAddress, remark: order.remark, items: order.items };
  const statements = [
    env.DB.prepare(
      `INSERT INTO orders (id, gemeinde_id, contact_id, idempotency_key, delivery_address, contact_person, remark) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
    ).bind(orderId, session.gemeindeId, session.contactId, order.idempotencyKey, order.deliveryAddress, order.contactPerson, order.remark),
    ...order.items.map((item, position) => env.DB.prepare(
      'INSERT INTO order_items (order_id, position, publication, language, quantity) VALUES (?1, ?2, ?3, ?4, ?5)',
    ).bind(orderId, position, item.publication, item.language, item.quantity)),
    outboxInsert(env, { kind: 'order-confirmation', to: session.email, orderId, ...orderConfirmationMail(catalogue, mailData) }),
  ];
  if (env.KOORDINATIONSSTELLE_EMAIL) {
    statements.push(outboxInsert(env, {
      kind: 'order-notification', to: env.KOORDINATIONSSTELLE_EMAIL, orderId,
      ...orderNotificationMail(catalogue, mailData, `${origin}/gemeinden/admin/`),
    }));
  }
  let id = orderId;
  let created = true;
  let mailIds: number[] = [];
  try {
    try {
      // Only the outbox INSERTs return rows (RETURNING id): the mails to send after the response.
      const results = await env.DB.batch<{ id: number }>(statements);
      mailIds = results.flatMap((r) => r.results.map((row) => row.id));
    } catch (error) {
      // A repeated submit (same idempotency key) hits the UNIQUE constraint; the batch wrote nothing.
      const existing = await existingOrder(env, session, order.idempotencyKey);
      if (!existing) throw error;
      id = existing;
      created = false;
    }
  } catch (error) {
    console.error('orders: insert failed', error);
    return jsonError(503, 'Die Bestellung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es in einigen Minuten noch einmal.');
  }
  if (created) waitUntil(drainOutbox(env, { ids: mailIds }));
  if (isForm) return redirect(`/gemeinden/bestellungen/?neu=${encodeURIComponent(id)}#order-${id}`);
  return json({ ok: true, order: { id, created } }, created ? 201 : 200);
};

export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const session = await requireApiSession(env, request);
  if (session instanceof Response) return session;
  try {
    const orders = session.gemeindeId === null ? [] : await listOrders(env, { gemeindeId: session.gemeindeId });
    return json({ orders: orders.map(({ id, status, created_at, items }) => ({ id, status, createdAt: created_at, items })) });
  } catch (error) {
    console.error('orders: list failed', error);
    return jsonError(503, D1_DOWN);
  }
};

export const onRequest: PagesFunction<Env> = async () =>
  jsonError(405, 'Diese Adresse nimmt GET und POST an.', undefined, { allow: 'GET, POST' });
