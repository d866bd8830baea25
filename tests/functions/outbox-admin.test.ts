// The outbox against a failing Resend (fake: 500, 429, slow), the retry paths, admin status changes with
// their mail, CSV export, contact management and Infomails (never twice to one contact).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { queryD1 } from '../support/d1.ts';
import { base, DEMO, fakeResend, login, postForm, postJson, until } from '../support/gemeinden.ts';

const CLIENT = '10.7.3.1';
let zuchwil: string;
let admin: string;
beforeAll(async () => {
  zuchwil = await login(DEMO.zuchwil, CLIENT);
  admin = await login(DEMO.admin, CLIENT);
});
afterEach(async () => {
  await fakeResend.mode('ok');
});

async function placeOrder(remark = ''): Promise<{ id: string; ms: number }> {
  const started = performance.now();
  const res = await postJson('/api/orders', {
    idempotencyKey: randomUUID(), items: [{ publication: 'erstinformationsmappe', language: 'ti', quantity: 20 }],
    deliveryAddress: 'Adresse', contactPerson: 'Demo', remark,
  }, { cookie: zuchwil });
  const ms = performance.now() - started;
  expect(res.status).toBe(201);
  return { id: ((await res.json()) as { order: { id: string } }).order.id, ms };
}
type Row = { id: number; status: string; attempts: number; last_error: string | null; idempotency_key: string };
const rowsOf = (orderId: string) => queryD1<Row>('SELECT id, status, attempts, last_error, idempotency_key FROM outbox WHERE order_id = ? ORDER BY id', orderId);
const delivered = async (key: string) => (await fakeResend.emails()).filter((m) => m.idempotencyKey === key).length;
const retry = (id: number) => postJson('/api/admin/outbox-retry', { id }, { cookie: admin });

describe('Resend outage', () => {
  it.each([['500', 'fail500' as const, /Resend: 500/], ['429', 'rate429' as const, /Resend: 429/]])(
    'accepts the order at once while Resend answers %s, and sends each mail exactly once later', async (_n, mode, error) => {
      await fakeResend.mode(mode);
      const { id, ms } = await placeOrder();
      expect(ms).toBeLessThan(2000);
      const failed = await until(async () => {
        const rows = rowsOf(id);
        return rows.every((r) => r.attempts === 1 && r.status === 'pending') ? rows : undefined;
      }, 'first failed attempt');
      expect(failed[0]!.last_error).toMatch(error);
      expect(await delivered(failed[0]!.idempotency_key)).toBe(0);

      await fakeResend.mode('ok');
      for (const row of failed) expect((await retry(row.id)).status).toBe(200);
      expect(rowsOf(id).map((r) => r.status)).toEqual(['sent', 'sent']);
      for (const row of failed) expect(await delivered(row.idempotency_key)).toBe(1);
      // A second retry of a sent mail is refused, so nothing goes out twice.
      expect((await retry(failed[0]!.id)).status).toBe(409);
    });

  it('paces the sends of a burst of orders to Resend\'s 2 per second, so none is refused for the rate', async () => {
    const refusedBefore = await fakeResend.rateLimited();
    const orders = await Promise.all([placeOrder(), placeOrder(), placeOrder(), placeOrder()]);
    const rows = await until(async () => {
      const all = orders.flatMap((o) => rowsOf(o.id));
      return all.length === 8 && all.every((r) => r.status === 'sent') ? all : undefined;
    }, 'all 8 mails sent', 30_000);
    // Each mail went out on its first attempt: no 429 and no retry.
    expect(rows.map((r) => r.attempts)).toEqual(Array(8).fill(1));
    expect(await fakeResend.rateLimited()).toBe(refusedBefore);
  });

  it('keeps the response fast while Resend is slow; the retry after the timeout does not send a second mail', async () => {
    await fakeResend.mode('slow', 7_000);
    const { id, ms } = await placeOrder();
    expect(ms).toBeLessThan(2000);
    const timedOut = await until(async () => {
      const rows = rowsOf(id);
      return rows.every((r) => r.status === 'pending' && r.attempts === 1) ? rows : undefined;
    }, 'timeout of the first attempt');
    expect(timedOut[0]!.last_error).toMatch(/Zeitüberschreitung|fehlgeschlagen|keine Antwort/);
    // The slow request still reaches the fake after the Worker gave up.
    await until(async () => ((await delivered(timedOut[0]!.idempotency_key)) === 1 ? true : undefined), 'late delivery', 10_000);
    await fakeResend.mode('ok');
    for (const row of timedOut) expect((await retry(row.id)).status).toBe(200);
    expect(rowsOf(id).map((r) => r.status)).toEqual(['sent', 'sent']);
    for (const row of timedOut) expect(await delivered(row.idempotency_key)).toBe(1);
  }, 40_000);

  it('drains due mails from the scheduled endpoint with its token only', async () => {
    await fakeResend.mode('fail500');
    const { id } = await placeOrder();
    await until(async () => (rowsOf(id).every((r) => r.attempts === 1 && r.status === 'pending') ? true : undefined), 'failed attempt');
    await fakeResend.mode('ok');
    const drain = (auth?: string) => fetch(`${base}/api/outbox/drain`, { method: 'POST', headers: auth ? { authorization: auth } : {} });
    expect((await drain()).status).toBe(401);
    expect((await drain('Bearer falsch')).status).toBe(401);
    // Not due yet (backoff): the drain leaves the rows alone.
    expect((await drain(`Bearer ${inject('drainToken')}`)).status).toBe(200);
    expect(rowsOf(id).map((r) => r.status)).toEqual(['pending', 'pending']);
    const { writeD1 } = await import('../support/gemeinden.ts');
    writeD1('UPDATE outbox SET next_attempt_at = 0 WHERE order_id = ?', id);
    const res = await drain(`Bearer ${inject('drainToken')}`);
    expect(((await res.json()) as { result: { sent: number } }).result.sent).toBeGreaterThanOrEqual(2);
    expect(rowsOf(id).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('shows the outbox status to admins', async () => {
    const html = await (await fetch(`${base}/gemeinden/admin/postausgang/`, { headers: { cookie: admin } })).text();
    expect(html).toContain('<caption>Postausgang, neueste zuerst (höchstens 200)</caption>');
    expect(html).toContain('order-confirmation');
  });
});

describe('admin: orders', () => {
  it('marks an order versandt and mails the Gemeinde once', async () => {
    const { id } = await placeOrder();
    const res = await postForm('/api/admin/order-status', { orderId: id, status: 'versandt' }, { cookie: admin });
    expect(res.status).toBe(303);
    expect(queryD1('SELECT status FROM orders WHERE id = ?', id)).toEqual([{ status: 'versandt' }]);
    const mail = await until(async () => (await fakeResend.emails()).find((m) => m.subject === `Bestellung ${id}: versandt`), 'versandt mail');
    expect(mail.to).toBe(DEMO.zuchwil);
    // It lists what was shipped.
    expect(mail.text).toContain('Im Paket:\n- 20 × Erstinformationsmappe (Tigrinya), Mappe');
    // Setting it again (or back and forth) never sends a second "versandt" mail.
    await postJson('/api/admin/order-status', { orderId: id, status: 'in_bearbeitung' }, { cookie: admin });
    await postJson('/api/admin/order-status', { orderId: id, status: 'versandt' }, { cookie: admin });
    expect(queryD1("SELECT COUNT(*) AS n FROM outbox WHERE order_id = ? AND kind = 'order-status'", id)).toEqual([{ n: 1 }]);
    const history = (await (await fetch(`${base}/api/orders`, { headers: { cookie: zuchwil } })).json()) as { orders: { id: string; status: string }[] };
    expect(history.orders.find((o) => o.id === id)?.status).toBe('versandt');
  });

  it.each([
    ['an unknown status', { orderId: 'B-AAAAAAAA', status: 'verloren' }, 400],
    ['a malformed order number', { orderId: "1' OR 1=1", status: 'versandt' }, 400],
    ['an unknown order', { orderId: 'B-ZZZZZZZZ', status: 'versandt' }, 404],
    ['an extra field', { orderId: 'B-AAAAAAAA', status: 'versandt', note: 'x' }, 400],
  ])('rejects %s', async (_n, body, status) => {
    const res = await postJson('/api/admin/order-status', body, { cookie: admin });
    expect(res.status).toBe(status);
  });

  it('filters the list by status', async () => {
    const html = await (await fetch(`${base}/gemeinden/admin/?status=versandt`, { headers: { cookie: admin } })).text();
    expect(html).toContain('<option value="versandt" selected>');
    expect(html).not.toMatch(/<option value="eingegangen" selected>eingegangen<\/option><option value="in_bearbeitung">in Bearbeitung<\/option><option value="versandt">/);
  });

  it('exports CSV for Swiss Excel (BOM, semicolons, Zurich time) with formula cells neutralised', async () => {
    const { id } = await placeOrder('=HYPERLINK("http://evil.example")');
    const res = await fetch(`${base}/api/admin/orders.csv`, { headers: { cookie: admin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte order mark, so spreadsheet programs read the umlauts as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('Bestellnummer;Datum;Status;Gemeinde')).toBe(true);
    const line = csv.split('\r\n').find((l) => l.startsWith(id))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(line).toContain('Erstinformationsmappe;Tigrinya;20');
    const created = queryD1<{ created_at: string }>('SELECT created_at FROM orders WHERE id = ?', id)[0]!.created_at;
    const zurich = new Intl.DateTimeFormat('de-CH', { timeZone: 'Europe/Zurich', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date(created)).replace(',', '');
    expect(line.split(';')[1]).toBe(zurich);
    expect((await fetch(`${base}/api/admin/orders.csv?status=kaputt`, { headers: { cookie: admin } })).status).toBe(400);
  });
});

describe('admin: contacts', () => {
  it('adds a contact who can then ask for a link, and removes it again', async () => {
    const email = 'neu-test@example.org';
    const add = await postJson('/api/admin/contacts', { action: 'add', email, name: 'Neu Test', role: 'gemeinde', gemeinde: 'Biberist (Beispiel)' }, { cookie: admin });
    expect(add.status).toBe(201);
    expect((await postJson('/api/admin/contacts', { action: 'add', email, name: 'Neu Test', role: 'gemeinde', gemeinde: 'Biberist (Beispiel)' }, { cookie: admin })).status).toBe(409);
    expect(queryD1('SELECT role FROM contacts WHERE email = ?', email)).toEqual([{ role: 'gemeinde' }]);
    const remove = await postJson('/api/admin/contacts', { action: 'remove', email }, { cookie: admin });
    expect(remove.status).toBe(200);
    expect(queryD1('SELECT COUNT(*) AS n FROM contacts WHERE email = ?', email)).toEqual([{ n: 0 }]);
  });

  it.each([
    ['a bad address', { action: 'add', email: 'x', name: 'N', role: 'gemeinde', gemeinde: 'Biberist (Beispiel)' }, 400],
    ['a Gemeinde contact without Gemeinde', { action: 'add', email: 'a@example.org', name: 'N', role: 'gemeinde' }, 400],
    ['an unknown Gemeinde', { action: 'add', email: 'a@example.org', name: 'N', role: 'gemeinde', gemeinde: 'Atlantis' }, 400],
    ['an unknown role', { action: 'add', email: 'a@example.org', name: 'N', role: 'chef' }, 400],
    ['script in the name', { action: 'add', email: 'a@example.org', name: '<script>', role: 'koordinationsstelle' }, 400],
    ['an unknown action', { action: 'promote', email: 'a@example.org' }, 400],
  ])('rejects %s', async (_n, body, status) => {
    expect((await postJson('/api/admin/contacts', body, { cookie: admin })).status).toBe(status);
  });
});

describe('Infomails', () => {
  const slug = '2026-11-willkommen-im-login-bereich';
  it('are in the protected archive', async () => {
    const res = await fetch(`${base}/gemeinden/infomails/${slug}/`, { headers: { cookie: zuchwil } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Willkommen im neuen Login-Bereich (Beispiel)');
    expect((await fetch(`${base}/gemeinden/infomails/${slug}/`, { redirect: 'manual' })).status).toBe(302);
  });

  it('go to every contact through the outbox, never twice', async () => {
    const contacts = queryD1<{ n: number }>('SELECT COUNT(*) AS n FROM contacts')[0]!.n;
    const first = await postJson('/api/admin/infomail-send', { slug }, { cookie: admin });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { queued: number }).queued).toBe(contacts);
    const second = await postJson('/api/admin/infomail-send', { slug }, { cookie: admin });
    expect(((await second.json()) as { queued: number }).queued).toBe(0);
    expect(queryD1("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'infomail'")).toEqual([{ n: contacts }]);
    // The Markdown was rendered at build time: real formatting in the HTML part, no Markdown signs in the text part.
    const mail = queryD1<{ html: string; text: string }>("SELECT html, text FROM outbox WHERE kind = 'infomail' LIMIT 1")[0]!;
    expect(mail.html).toContain('<p><strong>Dies ist ein Beispiel.</strong>');
    expect(mail.text).toContain('Dies ist ein Beispiel.');
    expect(mail.text).not.toContain('**');
    await until(async () => ((await fakeResend.emails()).filter((m) => m.subject.startsWith('Infomail:')).length === contacts ? true : undefined), 'infomails sent');
    expect((await postJson('/api/admin/infomail-send', { slug: 'gibt-es-nicht' }, { cookie: admin })).status).toBe(404);
  });
});
