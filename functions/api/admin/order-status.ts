// POST /api/admin/order-status {orderId, status}: the Koordinationsstelle changes an order's status.
// "versandt" puts a mail to the ordering contact into the outbox, in the same batch.
import { z } from 'zod';
import { orderStatusMail } from '../../../src/views/gemeinden/mails.ts';
import { adminHref, parseAdminQuery } from '../../../src/domain/gemeinden/admin-list.ts';
import { ORDER_STATUSES, STATUS_LABELS, type OrderItem } from '../../../src/domain/gemeinden/orders.ts';
import { fieldErrors } from '../../../src/domain/validation.ts';
import { adminPost } from '../../_lib/admin.ts';
import { D1_DOWN } from '../../_lib/auth.ts';
import { loadCatalogue } from '../../_lib/catalogue.ts';
import type { Env } from '../../_lib/env.ts';
import { methodNotAllowed } from '../../_lib/http.ts';
import { messagePage, redirect } from '../../_lib/forms.ts';
import { drainOutbox, outboxIdsOfOrder, outboxInsert } from '../../_lib/outbox.ts';
import { json, jsonError } from '../../_lib/responses.ts';

const schema = z.strictObject({
  orderId: z.string().regex(/^B-[A-Z0-9]{8}$/, { error: 'Unbekannte Bestellnummer.' }),
  status: z.enum(ORDER_STATUSES, { error: 'Unbekannter Status.' }),
  /** The admin list's view (search, filter, page) to return to after saving. */
  back: z.string().max(400).optional(),
});

export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) => {
  const start = await adminPost(env, request);
  if (start instanceof Response) return start;
  const parsed = schema.safeParse(start.value);
  if (!parsed.success) {
    return start.kind === 'form'
      ? messagePage(env, request, 400, 'Die Statusänderung ist ungültig.', '/gemeinden/admin/')
      : jsonError(400, 'Die Statusänderung ist ungültig.', fieldErrors(parsed.error));
  }
  const { orderId, status, back } = parsed.data;
  try {
    const order = await env.DB.prepare(
      'SELECT o.status, c.email FROM orders o LEFT JOIN contacts c ON c.id = o.contact_id WHERE o.id = ?1',
    ).bind(orderId).first<{ status: string; email: string | null }>();
    if (!order) {
      return start.kind === 'form' ? messagePage(env, request, 404, 'Diese Bestellung gibt es nicht.', '/gemeinden/admin/') : jsonError(404, 'Diese Bestellung gibt es nicht.');
    }
    if (order.status !== status) {
      const statements = [
        env.DB.prepare(`UPDATE orders SET status = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1`).bind(orderId, status),
      ];
      if (status === 'versandt' && order.email) {
        // The mail lists what was shipped, so the Gemeinde can check the parcel against it.
        const [catalogue, items] = await Promise.all([
          loadCatalogue(env, request),
          env.DB.prepare('SELECT publication, language, quantity FROM order_items WHERE order_id = ?1 ORDER BY position').bind(orderId).all<OrderItem>(),
        ]);
        statements.push(outboxInsert(env, {
          kind: 'order-status', to: order.email, orderId, dedupeKey: `versandt:${orderId}`,
          ...orderStatusMail(orderId, status, { catalogue, items: items.results }),
        }));
      }
      await env.DB.batch(statements);
      waitUntil(outboxIdsOfOrder(env, orderId).then((ids) => drainOutbox(env, { ids })).catch(() => undefined));
    }
  } catch (error) {
    console.error('order-status failed', error);
    return jsonError(503, D1_DOWN);
  }
  return start.kind === 'form'
    ? redirect(adminHref(parseAdminQuery(new URLSearchParams(back ?? '')), { gespeichert: orderId }, `#order-${orderId}`))
    : json({ ok: true, order: { id: orderId, status, label: STATUS_LABELS[status] } });
};

export const onRequest = methodNotAllowed('POST');
