// Per-request parts of the LOGIN-area pages, by path.
import { randomToken } from '../../src/domain/gemeinden/crypto.ts';
import { html } from '../../src/views/html.ts';
import { ADMIN_PAGE_SIZE, parseAdminQuery } from '../../src/domain/gemeinden/admin-list.ts';
import type { OrderStatus } from '../../src/domain/gemeinden/orders.ts';
import { renderOrderForm } from '../../src/components/order-form/server.ts';
import { renderAdminOrders, renderContacts, renderHistory, renderOutbox, type ContactRow, type GemeindeRow, type OutboxRow } from '../../src/views/gemeinden/render.ts';
import type { Session } from './auth.ts';
import { loadCatalogue } from './catalogue.ts';
import type { Env } from './env.ts';
import { countOrders, listOrders } from './orders-db.ts';
import type { Slots } from './pages.ts';

export async function renderPageSlots(env: Env, request: Request, session: Session, url: URL): Promise<Slots> {
  const slots: Slots = {
    user: html`${session.name} (${session.gemeindeName ?? 'Koordinationsstelle'})`,
    'admin-link': session.role === 'koordinationsstelle' ? html`<a href="/gemeinden/admin/">Verwaltung</a>` : html``,
  };
  switch (url.pathname) {
    case '/gemeinden/bestellen/': {
      const catalogue = await loadCatalogue(env, request);
      slots['order-form'] = session.gemeindeId === null
        ? html`<p>Bestellen können nur Kontakte einer Gemeinde.</p>`
        : renderOrderForm(catalogue, {
          idempotencyKey: randomToken(18), deliveryAddress: session.deliveryAddress, contactPerson: session.name, remark: '', items: {},
        });
      break;
    }
    case '/gemeinden/bestellungen/': {
      const catalogue = await loadCatalogue(env, request);
      const orders = session.gemeindeId === null ? [] : await listOrders(env, { gemeindeId: session.gemeindeId });
      slots['history'] = renderHistory(catalogue, orders, url.searchParams.get('neu') ?? undefined);
      break;
    }
    case '/gemeinden/admin/': {
      const catalogue = await loadCatalogue(env, request);
      const query = parseAdminQuery(url.searchParams);
      const filter = { status: query.status, search: query.q };
      const [total, orders] = await Promise.all([
        countOrders(env, filter),
        listOrders(env, { ...filter, limit: ADMIN_PAGE_SIZE, offset: (query.page - 1) * ADMIN_PAGE_SIZE }),
      ]);
      const savedId = url.searchParams.get('gespeichert') ?? '';
      const saved = /^B-[A-Z0-9]{8}$/.test(savedId)
        ? await env.DB.prepare('SELECT id, status FROM orders WHERE id = ?1').bind(savedId).first<{ id: string; status: OrderStatus }>() ?? undefined
        : undefined;
      slots['admin-orders'] = renderAdminOrders(catalogue, { orders, total, query, saved });
      break;
    }
    case '/gemeinden/admin/kontakte/': {
      const contacts = (await env.DB.prepare(
        'SELECT c.id, c.email, c.name, c.role, g.name AS gemeinde, c.demo FROM contacts c LEFT JOIN gemeinden g ON g.id = c.gemeinde_id ORDER BY c.email',
      ).all<ContactRow>()).results;
      const gemeinden = (await env.DB.prepare('SELECT id, name, sample FROM gemeinden ORDER BY name').all<GemeindeRow>()).results;
      slots['admin-contacts'] = renderContacts(contacts, gemeinden);
      break;
    }
    case '/gemeinden/admin/postausgang/': {
      const rows = (await env.DB.prepare(
        'SELECT id, kind, to_email, subject, status, attempts, last_error, created_at, sent_at FROM outbox ORDER BY id DESC LIMIT 200',
      ).all<OutboxRow>()).results;
      slots['admin-outbox'] = renderOutbox(rows);
      break;
    }
  }
  return slots;
}
