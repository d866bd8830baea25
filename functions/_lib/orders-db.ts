// Reading orders with their items (history, admin list, CSV export).
import { likePattern } from '../../src/domain/gemeinden/admin-list.ts';
import type { OrderItem, OrderStatus } from '../../src/domain/gemeinden/orders.ts';
import type { OrderRow } from '../../src/views/gemeinden/render.ts';
import type { Env } from './env.ts';

export interface OrderRecord extends OrderRow { gemeinde: string; delivery_address: string; remark: string; updated_at: string }

export interface OrderFilter {
  gemeindeId?: number;
  status?: OrderStatus | undefined;
  /** Part of the order number or of the Gemeinde's name (case-insensitive). */
  search?: string | undefined;
  limit?: number;
  offset?: number;
}

function whereOf(filter: OrderFilter): { where: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.gemeindeId !== undefined) { params.push(filter.gemeindeId); where.push(`o.gemeinde_id = ?${params.length}`); }
  if (filter.status) { params.push(filter.status); where.push(`o.status = ?${params.length}`); }
  if (filter.search) {
    params.push(likePattern(filter.search));
    where.push(`(o.id LIKE ?${params.length} ESCAPE '\\' OR g.name LIKE ?${params.length} ESCAPE '\\')`);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** How many orders match (for the admin list's pages). */
export async function countOrders(env: Env, filter: OrderFilter): Promise<number> {
  const { where, params } = whereOf(filter);
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM orders o JOIN gemeinden g ON g.id = o.gemeinde_id ${where}`)
    .bind(...params).first<{ n: number }>();
  return row?.n ?? 0;
}

export async function listOrders(env: Env, filter: OrderFilter): Promise<OrderRecord[]> {
  const { where, params } = whereOf(filter);
  params.push(filter.limit ?? 200);
  const limitAt = params.length;
  params.push(filter.offset ?? 0);
  const sql = `SELECT o.id, o.status, o.created_at, o.updated_at, o.contact_person, o.delivery_address, o.remark, g.name AS gemeinde
    FROM orders o JOIN gemeinden g ON g.id = o.gemeinde_id ${where}
    ORDER BY o.created_at DESC, o.id LIMIT ?${limitAt} OFFSET ?${params.length}`;
  const orders = (await env.DB.prepare(sql).bind(...params).all<Omit<OrderRecord, 'items'>>()).results;
  if (orders.length === 0) return [];
  const ids = orders.map((o) => o.id);
  const items = (await env.DB.prepare(
    `SELECT order_id, publication, language, quantity FROM order_items WHERE order_id IN (SELECT value FROM json_each(?1)) ORDER BY order_id, position`,
  ).bind(JSON.stringify(ids)).all<OrderItem & { order_id: string }>()).results;
  const byOrder = new Map<string, OrderItem[]>();
  for (const { order_id, ...item } of items) {
    const list = byOrder.get(order_id) ?? [];
    list.push(item);
    byOrder.set(order_id, list);
  }
  return orders.map((o) => ({ ...o, items: byOrder.get(o.id) ?? [] }));
}
