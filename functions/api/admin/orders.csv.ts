// GET /api/admin/orders.csv[?status=…]: all orders with one line per item, for Excel in Switzerland
// (semicolons, BOM, Zurich time: src/views/gemeinden/csv.ts).
import { toCsv, zurichDateTime } from '../../../src/views/gemeinden/csv.ts';
import { describeItem, languageName, ORDER_STATUSES, STATUS_LABELS, type OrderStatus } from '../../../src/domain/gemeinden/orders.ts';
import { D1_DOWN, requireApiSession } from '../../_lib/auth.ts';
import { loadCatalogue } from '../../_lib/catalogue.ts';
import type { Env } from '../../_lib/env.ts';
import { listOrders } from '../../_lib/orders-db.ts';
import { methodNotAllowed } from '../../_lib/http.ts';
import { jsonError } from '../../_lib/responses.ts';

export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const session = await requireApiSession(env, request, 'koordinationsstelle');
  if (session instanceof Response) return session;
  const requested = new URL(request.url).searchParams.get('status') ?? '';
  if (requested && !(ORDER_STATUSES as readonly string[]).includes(requested)) return jsonError(400, 'Unbekannter Status.');
  try {
    const catalogue = await loadCatalogue(env, request);
    const orders = await listOrders(env, { ...(requested ? { status: requested as OrderStatus } : {}), limit: 10_000 });
    const rows = orders.flatMap((o) => o.items.map((item) => [
      o.id, zurichDateTime(o.created_at), STATUS_LABELS[o.status], o.gemeinde, o.contact_person, o.delivery_address, o.remark,
      catalogue.find((p) => p.id === item.publication)?.title ?? item.publication, languageName(item.language), item.quantity,
      describeItem(catalogue, item),
    ]));
    const csv = toCsv(['Bestellnummer', 'Datum', 'Status', 'Gemeinde', 'Kontaktperson', 'Lieferadresse', 'Bemerkung', 'Publikation', 'Sprache', 'Menge', 'Position'], rows);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="bestellungen${requested ? `-${requested}` : ''}.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    console.error('csv export failed', error);
    return jsonError(503, D1_DOWN);
  }
};

export const onRequest = methodNotAllowed('GET');
