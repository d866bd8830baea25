// POST /api/orders: stores an order, its items and its mails (outbox) in one D1 batch, answers, and
// sends the mails after the response. The idempotency key makes a repeated submit return the same order.
// GET /api/orders: the history of the contact's Gemeinde.
import { randomToken, sha256Hex } from '../../src/domain/gemeinden/crypto.ts';
import { orderConfirmationMail, orderNotificationMail } from '../../src/views/gemeinden/mails.ts';
import { formRows, formToOrderInput, IDEMPOTENCY_KEY, languageName, mapErrorsToRows, orderSchema, type Order } from '../../src/domain/gemeinden/orders.ts';
import { renderHistory } from '../../src/views/gemeinden/render.ts';
import { renderOrderForm, type OrderFormValues } from '../../src/components/order-form/server.ts';
import type { Catalogue } from '../../src/domain/schemas/publications.ts';
import { readBody } from '../../src/http/read-body.ts';
import { fieldErrors } from '../../src/domain/validation.ts';
import { D1_DOWN, requireApiSession, type Session } from '../_lib/auth.ts';
import { loadCatalogue } from '../_lib/catalogue.ts';
import type { Env } from '../_lib/env.ts';
import { methodNotAllowed, refuseCrossSite, SETUP_INCOMPLETE, siteOriginOr } from '../_lib/http.ts';
import { redirect } from '../_lib/forms.ts';
import { listOrders } from '../_lib/orders-db.ts';
import { drainOutbox, outboxInsert } from '../_lib/outbox.ts';
import { pageWithSlots } from '../_lib/pages.ts';
import { json, jsonError } from '../_lib/responses.ts';
import { html } from '../../src/views/html.ts';

export const MAX_ORDER_BYTES = 32 * 1024;
const INVALID = 'Die Bestellung ist unvollständig oder ungültig. Bitte prüfen Sie die markierten Felder.';

/** The form as typed, to show it again with its errors (rows by form index, as formRows reads them). */
function formValues(form: Record<string, string>): OrderFormValues {
  const { rows, rest } = formRows(form);
  const key = rest['idempotencyKey'] ?? '';
  return {
    idempotencyKey: IDEMPOTENCY_KEY.test(key) ? key : randomToken(18),
    deliveryAddress: rest['deliveryAddress'] ?? '', contactPerson: rest['contactPerson'] ?? '', remark: rest['remark'] ?? '',
    items: Object.fromEntries(rows),
  };
}

/** Hash of what the order says (not how it was sent): the same order as JSON or as a form hashes the same. */
function orderBodyHash(order: Order): Promise<string> {
  const { deliveryAddress, contactPerson, remark, items } = order;
  return sha256Hex(JSON.stringify({ deliveryAddress, contactPerson, remark, items }));
}

async function existingOrder(env: Env, session: Session, key: string): Promise<{ id: string; body_hash: string | null } | null> {
  return env.DB.prepare('SELECT id, body_hash FROM orders WHERE gemeinde_id = ?1 AND idempotency_key = ?2')
    .bind(session.gemeindeId, key).first<{ id: string; body_hash: string | null }>();
}

const ALREADY_SENT = (id: string) => `Diese Bestellung wurde schon gesendet (Nummer ${id}). Die geänderten Angaben wurden nicht gespeichert. `
  + 'Für eine weitere Bestellung öffnen Sie das Bestellformular neu.';

/** 409 for a repeated key with a different order: JSON for the island, for the form a page showing the stored order. */
async function alreadySent(env: Env, request: Request, session: Session, catalogue: Catalogue, id: string, isForm: boolean): Promise<Response> {
  if (!isForm) return json({ error: { message: ALREADY_SENT(id) }, order: { id } }, 409);
  const stored = session.gemeindeId === null ? [] : await listOrders(env, { gemeindeId: session.gemeindeId })
    .then((orders) => orders.filter((o) => o.id === id), () => []);
  return pageWithSlots(env, request, '/gemeinden/meldung/', {
    message: html`<div class="error-summary" role="alert"><h2>Schon gesendet</h2><p>${ALREADY_SENT(id)}</p></div>
${renderHistory(catalogue, stored)}
<p><a href="/gemeinden/bestellen/">Neue Bestellung</a> · <a href="/gemeinden/bestellungen/">Alle Bestellungen</a></p>`,
    user: html`${session.name} (${session.gemeindeName ?? ''})`,
    'admin-link': html``,
  }, 409);
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) => {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
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
  const parsed = orderSchema(catalogue, languageName).safeParse(input);
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
  const origin = siteOriginOr(env, request, 'orders', () => jsonError(503, SETUP_INCOMPLETE));
  if (typeof origin !== 'string') return origin;
  const bodyHash = await orderBodyHash(order);
  const mailData = { orderId, gemeinde: session.gemeindeName ?? '', contactPerson: order.contactPerson, deliveryAddress: order.deliveryAddress, remark: order.remark, items: order.items };
  const statements = [
    env.DB.prepare(
      `INSERT INTO orders (id, gemeinde_id, contact_id, idempotency_key, delivery_address, contact_person, remark, body_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    ).bind(orderId, session.gemeindeId, session.contactId, order.idempotencyKey, order.deliveryAddress, order.contactPerson, order.remark, bodyHash),
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
  let conflict = false;
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
      id = existing.id;
      created = false;
      // The same key with another order: not a repeated submit, and never silently dropped as one.
      conflict = existing.body_hash !== null && existing.body_hash !== bodyHash;
    }
  } catch (error) {
    console.error('orders: insert failed', error);
    return jsonError(503, 'Die Bestellung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es in einigen Minuten noch einmal.');
  }
  if (conflict) return alreadySent(env, request, session, catalogue, id, isForm);
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

export const onRequest = methodNotAllowed('GET', 'POST');
