// The admin order list with 500 orders: pages of 50, search by order number and Gemeinde, status filter,
// and saving a status returns to the same view with a confirmation. The orders are seeded straight into
// D1 for a Gemeinde of this file's own, dated 2020, so other tests' newer orders stay on top of their lists.
import { beforeAll, describe, expect, it } from 'vitest';
import { queryD1, writeD1 } from '../support/d1.ts';
import { base, DEMO, login, postForm } from '../support/gemeinden.ts';

const letters = () => Array.from({ length: 2 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
const prefix = letters();
const gemeinde = `Seitenweise ${prefix} (Test)`;
const qParam = new URLSearchParams({ q: gemeinde }).toString();
const orderId = (i: number) => `B-${prefix}${String(i).padStart(6, '0')}`;
let admin: string;

beforeAll(async () => {
  admin = await login(DEMO.admin, '10.7.9.1');
  writeD1('INSERT INTO gemeinden (name, delivery_address, sample) VALUES (?, ?, 1)', gemeinde, 'Testadresse');
  // Every 4th order is versandt (125 of 500); order i is i seconds after 2020-01-01, so order 500 is the newest.
  writeD1(`INSERT INTO orders (id, gemeinde_id, idempotency_key, status, delivery_address, contact_person, created_at)
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
    SELECT 'B-' || ?1 || printf('%06d', i), (SELECT id FROM gemeinden WHERE name = ?2), 'seed-' || i,
      CASE WHEN i % 4 = 0 THEN 'versandt' ELSE 'eingegangen' END, 'Testadresse', 'Test Person',
      strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || i || ' seconds') FROM n`, prefix, gemeinde);
  // By this file's Gemeinde, not by the number's prefix alone: an order another test placed can start with the same
  // two letters (the app's numbers are B- and 8 letters or digits), and it has its own items.
  writeD1(`INSERT INTO order_items (order_id, position, publication, language, quantity)
    SELECT id, 0, 'erstinformationsmappe', 'ti', 1 FROM orders WHERE gemeinde_id = (SELECT id FROM gemeinden WHERE name = ?1)`, gemeinde);
});

async function adminList(query: string): Promise<{ status: number; html: string; rows: string[]; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${base}/gemeinden/admin/?${query}`, { headers: { cookie: admin } });
  const html = await res.text();
  return { status: res.status, html, rows: [...html.matchAll(/<tr id="order-(B-[A-Z0-9]{8})"/g)].map((m) => m[1]!), ms: performance.now() - started };
}

describe('admin order list with 500 orders', () => {
  it('shows 50 per page, newest first, with links to the other pages', async () => {
    expect(queryD1<{ n: number }>('SELECT count(*) AS n FROM orders WHERE gemeinde_id = (SELECT id FROM gemeinden WHERE name = ?)', gemeinde)[0]!.n).toBe(500);
    const first = await adminList(`q=${encodeURIComponent(gemeinde)}`);
    expect(first.status).toBe(200);
    expect(first.rows).toEqual(Array.from({ length: 50 }, (_, i) => orderId(500 - i)));
    expect(first.html).toContain('500 Bestellungen, hier 1 bis 50.');
    expect(first.html).toContain('Seite 1 von 10');
    expect(first.html).toContain(`href="/gemeinden/admin/?${qParam}&amp;seite=2" rel="next"`);
    // One page stays small enough to load and read on a phone.
    expect(first.html.length).toBeLessThan(250_000);

    const last = await adminList(`q=${encodeURIComponent(gemeinde)}&seite=10`);
    expect(last.rows).toHaveLength(50);
    expect(last.rows.at(-1)).toBe(orderId(1));
    expect(last.html).toContain('Seite 10 von 10');
    expect(last.html).not.toContain('rel="next"');
  });

  it('finds one order by its number, in any case', async () => {
    const found = await adminList(`q=${orderId(123).toLowerCase()}`);
    expect(found.rows).toEqual([orderId(123)]);
    expect(found.html).toContain('1 Bestellung.');
  });

  it('filters by status together with the search', async () => {
    const versandt = await adminList(`q=${encodeURIComponent(gemeinde)}&status=versandt&seite=3`);
    expect(versandt.html).toContain('125 Bestellungen, hier 101 bis 125.');
    expect(versandt.rows).toHaveLength(25);
    expect(versandt.rows.every((id) => Number(id.slice(4)) % 4 === 0)).toBe(true);
  });

  it('takes % and _ in the search literally, and survives a bad page number', async () => {
    expect((await adminList('q=%25')).html).toContain('Keine Bestellungen gefunden.');
    const bad = await adminList(`q=${encodeURIComponent(gemeinde)}&seite=abc`);
    expect(bad.status).toBe(200);
    expect(bad.html).toContain('Seite 1 von 10');
  });

  it('after saving a status, returns to the same search and page and confirms', async () => {
    const id = orderId(380);
    const res = await postForm('/api/admin/order-status', { orderId: id, status: 'in_bearbeitung', back: `q=${encodeURIComponent(gemeinde)}&seite=3` }, { cookie: admin });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/gemeinden/admin/?${qParam}&seite=3&gespeichert=${id}#order-${id}`);
    const page = await adminList(location.slice('/gemeinden/admin/?'.length).split('#')[0]!);
    expect(page.html).toContain(`Gespeichert: Bestellung ${id} hat jetzt den Status „in Bearbeitung“.`);
    expect(page.rows).toContain(id);
    // A "back" that points elsewhere cannot leave the admin list.
    const evil = await postForm('/api/admin/order-status', { orderId: id, status: 'in_bearbeitung', back: '//evil.example/' }, { cookie: admin });
    expect(evil.headers.get('location')).toBe(`/gemeinden/admin/?gespeichert=${id}#order-${id}`);
  });
});
