// The probe table of the LOGIN area (issue 12): one row per request an attacker might send, with the answer
// it must get. A new endpoint joins by adding rows. Every row also checks what no answer may ever do:
// answer 5xx, or carry zod's English default text.
import { beforeAll, describe, expect, it } from 'vitest';
import { base, DEMO, login } from '../support/gemeinden.ts';

type Session = 'gemeinde' | 'admin';
interface Probe {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A string is sent as it is (JSON unless headers say otherwise); an object as JSON. */
  body?: string | Record<string, unknown>;
  session?: Session;
  /** Follow redirects and judge the final answer (the status of the last hop). */
  follow?: boolean;
  status: number | number[];
  location?: string;
  /** Texts the answer must not contain (admin page shell, Infomail texts …). */
  not?: string[];
}

const ADMIN_SHELL = ['Alle Bestellungen', 'data-slot="admin-orders"'];
const INFOMAILS = ['"slug":', 'Willkommen im neuen Login-Bereich'];
const CROSS_SITE = { origin: 'https://evil.example' };
const SAME = { origin: base };
const LONE_SURROGATE = '{"email":"a\\ud800@example.org"}';
/** `bodyless`: the endpoint reads no body (logout, the drain), so a broken one does not matter to it. */
const POST_ENDPOINTS: { path: string; session?: Session; body: Record<string, unknown>; bodyless?: true }[] = [
  { path: '/api/login/request', body: { email: 'probe@example.org' } },
  { path: '/api/login/verify', body: { token: 'x'.repeat(43) } },
  { path: '/api/logout', body: {}, bodyless: true },
  { path: '/api/feedback', body: { locale: 'de', page: '/de/', helpful: 'yes' } },
  { path: '/api/orders', session: 'gemeinde', body: {} },
  { path: '/api/outbox/drain', session: 'admin', body: {}, bodyless: true },
  { path: '/api/admin/order-status', session: 'admin', body: { orderId: 'B-AAAAAAAA', status: 'versandt' } },
  { path: '/api/admin/contacts', session: 'admin', body: { action: 'remove', email: 'niemand@example.org' } },
  { path: '/api/admin/outbox-retry', session: 'admin', body: { id: 1 } },
  { path: '/api/admin/infomail-send', session: 'admin', body: { slug: 'gibt-es-nicht' } },
];

const probes: Probe[] = [
  // Finding 2: the guard judges the decoded, normalised path. Without a session:
  { name: 'encoded slash into the admin area', path: '/gemeinden%2fadmin/', status: 400, not: ADMIN_SHELL },
  { name: 'encoded slash, upper case', path: '/gemeinden%2Fadmin/', status: 400, not: ADMIN_SHELL },
  { name: 'encoded backslash', path: '/gemeinden%5cadmin/', status: 400, not: ADMIN_SHELL },
  { name: 'encoded letter in the area name', path: '/%67emeinden/infomails.json', status: 308, location: '/gemeinden/infomails.json', not: INFOMAILS },
  { name: 'encoded letter, followed', path: '/%67emeinden/infomails.json', follow: true, status: 200, not: INFOMAILS },
  { name: 'encoded letter into the admin area', path: '/%67emeinden/admin/', follow: true, status: 200, not: ADMIN_SHELL },
  { name: 'double slash', path: '/gemeinden//admin/', status: 308, location: '/gemeinden/admin/', not: ADMIN_SHELL },
  { name: 'leading double slash', path: '//gemeinden/admin/', status: [308, 400], not: ADMIN_SHELL },
  { name: 'encoded dot-dot', path: '/gemeinden/login/..%2fadmin/', status: 400, not: ADMIN_SHELL },
  { name: 'encoded dots', path: '/gemeinden/login/%2e%2e/admin/', status: [302, 400], not: ADMIN_SHELL },
  { name: 'upper case', path: '/GEMEINDEN/ADMIN/', status: 308, location: '/gemeinden/admin/', not: ADMIN_SHELL },
  { name: 'no trailing slash', path: '/gemeinden/admin', status: [302, 307, 308], not: ADMIN_SHELL },
  { name: 'the catalogue', path: '/gemeinden/katalog.json', status: 302 },
  { name: 'the Infomails', path: '/gemeinden/infomails.json', status: 302, not: INFOMAILS },
  { name: 'bad percent-encoding', path: '/gemeinden/%E0%A4%A/', status: 400 },
  { name: 'an encoded NUL', path: '/gemeinden/%00/', status: 400 },
  // … and with the session of a Gemeinde (not the Koordinationsstelle):
  { name: 'Gemeinde: double slash into admin', path: '/gemeinden//admin/', session: 'gemeinde', follow: true, status: 403, not: ADMIN_SHELL },
  { name: 'Gemeinde: encoded dot-dot into admin', path: '/gemeinden/login/..%2fadmin/', session: 'gemeinde', status: 400, not: ADMIN_SHELL },
  { name: 'Gemeinde: dot segment into admin', path: '/gemeinden/./admin/', session: 'gemeinde', follow: true, status: 403, not: ADMIN_SHELL },
  { name: 'Gemeinde: mixed case into admin', path: '/Gemeinden/Admin/', session: 'gemeinde', follow: true, status: 403, not: ADMIN_SHELL },
  { name: 'Gemeinde: admin without trailing slash', path: '/gemeinden/admin', session: 'gemeinde', follow: true, status: 403, not: ADMIN_SHELL },
  { name: 'Gemeinde: admin index file', path: '/gemeinden/admin/index.html', session: 'gemeinde', follow: true, status: 403, not: ADMIN_SHELL },
  { name: 'Gemeinde: POST to a disguised path', method: 'POST', path: '/gemeinden//admin/', session: 'gemeinde', headers: SAME, body: {}, status: 400 },
  // Finding 8: the dev mailbox answers only requests from this computer.
  { name: 'dev mailbox from another client', path: '/dev/mailbox/', headers: { 'cf-connecting-ip': '203.0.113.9' }, status: 404, not: ['Dev-Postfach'] },
  { name: 'dev mailbox, disguised', path: '/dev/mailbo%78/', headers: { 'cf-connecting-ip': '203.0.113.9' }, follow: true, status: 404, not: ['Dev-Postfach'] },
  // Finding 6: feedback only for pages that exist.
  { name: 'feedback for a page that does not exist', method: 'POST', path: '/api/feedback', headers: SAME, body: { locale: 'de', page: '/de/gibt-es-nicht/', helpful: 'yes' }, status: 400 },
  // Finding 7: input hygiene, German messages only.
  { name: 'contact name with a bidi override', method: 'POST', path: '/api/admin/contacts', session: 'admin', headers: SAME, body: { action: 'add', email: 'bidi@example.org', name: 'Anna \u202Egnirts', role: 'koordinationsstelle' }, status: 400 },
  { name: 'contact name with a lone surrogate', method: 'POST', path: '/api/admin/contacts', session: 'admin', headers: SAME, body: '{"action":"add","email":"lone@example.org","name":"Anna \\ud800","role":"koordinationsstelle"}', status: 400 },
  { name: 'contact name not text', method: 'POST', path: '/api/admin/contacts', session: 'admin', headers: SAME, body: { action: 'add', email: 'typ@example.org', name: 5, role: 'gemeinde', gemeinde: 'Zuchwil (Beispiel)' }, status: 400 },
  { name: 'order with an item that is not an object', method: 'POST', path: '/api/orders', session: 'gemeinde', headers: SAME, body: { idempotencyKey: 'probe-key-0000000001', items: [5], deliveryAddress: 'A', contactPerson: 'B' }, status: 400 },
  { name: 'order with an extra field in an item', method: 'POST', path: '/api/orders', session: 'gemeinde', headers: SAME, body: { idempotencyKey: 'probe-key-0000000002', items: [{ publication: 'x', language: 'de', quantity: 1, price: 0 }], deliveryAddress: 'A', contactPerson: 'B' }, status: 400 },
  { name: 'order with a lone surrogate', method: 'POST', path: '/api/orders', session: 'gemeinde', headers: SAME, body: '{"idempotencyKey":"probe-key-0000000003","items":[],"deliveryAddress":"\\udc00","contactPerson":"B"}', status: 400 },
  { name: 'feedback with an extra field', method: 'POST', path: '/api/feedback', headers: SAME, body: { locale: 'de', page: '/de/', helpful: 'yes', email: 'x@example.org' }, status: 400 },
  { name: 'status change with an extra field', method: 'POST', path: '/api/admin/order-status', session: 'admin', headers: SAME, body: { orderId: 'B-AAAAAAAA', status: 'versandt', x: 1 }, status: 400 },
  { name: 'CSV export with an unknown status', path: '/api/admin/orders.csv?status=x', session: 'admin', status: 400 },
  { name: 'CSV export without a session', path: '/api/admin/orders.csv', status: 401 },
  { name: 'CSV export for a Gemeinde', path: '/api/admin/orders.csv', session: 'gemeinde', status: 403 },
  { name: 'CSV export by POST', method: 'POST', path: '/api/admin/orders.csv', session: 'admin', headers: SAME, body: {}, status: 405 },
  { name: 'order history without a session', path: '/api/orders', status: 401 },
  { name: 'contact name with an encoded broken UTF-8 sequence (form)', method: 'POST', path: '/api/admin/contacts', session: 'admin', headers: { ...SAME, 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=add&email=kaputt%40example.org&name=%ED%A0%80&role=koordinationsstelle', status: [201, 400] },
  { name: 'login link for a token of the wrong shape', path: '/gemeinden/login/bestaetigen/?token=%3Cscript%3E', status: 200, not: ['<script>'] },
  // Every state-changing endpoint: other sites, other methods, broken and odd bodies.
  ...POST_ENDPOINTS.flatMap(({ path, session, body, bodyless }): Probe[] => [
    { name: `${path}: cross-site POST`, method: 'POST', path, headers: CROSS_SITE, body, ...(session ? { session } : {}), status: 403 },
    { name: `${path}: same-site (sibling) POST`, method: 'POST', path, headers: { 'sec-fetch-site': 'same-site' }, body, ...(session ? { session } : {}), status: 403 },
    { name: `${path}: PUT`, method: 'PUT', path, headers: SAME, body, ...(session ? { session } : {}), status: 405 },
    { name: `${path}: DELETE`, method: 'DELETE', path, headers: SAME, ...(session ? { session } : {}), status: 405 },
    { name: `${path}: malformed JSON`, method: 'POST', path, headers: SAME, body: '{"a":', ...(session ? { session } : {}), status: bodyless ? [200, 400] : 400 },
    { name: `${path}: lone surrogate`, method: 'POST', path, headers: SAME, body: LONE_SURROGATE, ...(session ? { session } : {}), status: bodyless ? [200, 400] : 400 },
    { name: `${path}: text/plain`, method: 'POST', path, headers: { ...SAME, 'content-type': 'text/plain' }, body: 'x', ...(session ? { session } : {}), status: bodyless ? [200, 415] : 415 },
    { name: `${path}: JSON array`, method: 'POST', path, headers: SAME, body: '[1,2]', ...(session ? { session } : {}), status: bodyless ? [200, 400] : 400 },
  ]),
];

const ENGLISH_ZOD = /Invalid input|Invalid option|expected \w+, received|Unrecognized key|Too (big|small)|Invalid (string|email)/;

let cookies: Record<Session, string>;
beforeAll(async () => {
  cookies = { gemeinde: await login(DEMO.zuchwil, '10.12.0.1'), admin: await login(DEMO.admin, '10.12.0.2') };
});

async function send(probe: Probe): Promise<{ status: number; location: string | null; text: string }> {
  const headers: Record<string, string> = { ...(probe.body !== undefined ? { 'content-type': 'application/json' } : {}), ...probe.headers };
  if (probe.session) headers['cookie'] = cookies[probe.session];
  const body = probe.body === undefined ? null : typeof probe.body === 'string' ? probe.body : JSON.stringify(probe.body);
  const res = await fetch(`${base}${probe.path}`, { method: probe.method ?? 'GET', headers, body, redirect: probe.follow ? 'follow' : 'manual' });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

describe('security probes of the LOGIN area', () => {
  it.each(probes.map((p) => [p.name, p] as const))('%s', async (_name, probe) => {
    const res = await send(probe);
    expect(res.status, 'no 5xx').toBeLessThan(500);
    expect([probe.status].flat(), `status (got ${res.status})`).toContain(res.status);
    if (probe.location) expect(res.location).toBe(probe.location);
    for (const text of probe.not ?? []) expect(res.text, `must not contain ${text}`).not.toContain(text);
    expect(res.text).not.toMatch(ENGLISH_ZOD);
  });
});
