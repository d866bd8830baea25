// Findings 1, 3, 6 (lock-out), 8 and the demo accounts of issue 12, in real workerd + D1: links come from
// SITE_ORIGIN, links die with the session, a known client gets past a flooded address, and the dev-only
// parts answer only to this computer.
import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryD1 } from '../support/d1.ts';
import { base, DEMO, fakeResend, login, postJson, requestLoginToken, until } from '../support/gemeinden.ts';
import { inOneRateWindow } from '../support/rate-window.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const verify = (token: string, headers: Record<string, string> = {}) => postJson('/api/login/verify', { token }, headers);

/** A raw HTTP request, so the Host header can be a foreign one (fetch would not send it). */
function rawRequest(path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; text: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let admin: string;
/** A fresh (non-demo) contact of a Gemeinde, added the way the Koordinationsstelle does it. */
async function newContact(): Promise<string> {
  const email = `sec-${randomUUID().slice(0, 8)}@example.org`;
  const res = await postJson('/api/admin/contacts', { action: 'add', email, name: 'Test Sicherheit', role: 'gemeinde', gemeinde: 'Zuchwil (Beispiel)' }, { cookie: admin });
  if (res.status !== 201) throw new Error(`add contact: ${res.status} ${await res.text()}`);
  return email;
}

beforeAll(async () => {
  admin = await login(DEMO.admin, '10.31.0.1');
});

describe('finding 1: absolute links come from SITE_ORIGIN, never from the Host header', () => {
  it.each([
    ['a foreign Host', { host: 'evil.example' }],
    ['X-Forwarded-Host', { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }],
  ])('puts the configured origin into the login mail under %s', async (_name, headers) => {
    const email = await newContact();
    const body = JSON.stringify({ email });
    const res = await rawRequest('/api/login/request', {
      method: 'POST', body,
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'cf-connecting-ip': '10.31.1.1', ...headers },
    });
    expect(res.status).toBe(202);
    const mail = await until(async () => (await fakeResend.emails()).find((m) => m.to === email), `login mail to ${email}`);
    expect(mail.text).toMatch(new RegExp(`${base.replaceAll('.', '\\.')}/gemeinden/login/bestaetigen/\\?token=[A-Za-z0-9_-]{43}`));
    expect(`${mail.text}${mail.html}`).not.toContain('evil.example');
  });

  it('puts the configured origin into the admin link of the order notification', async () => {
    const zuchwil = await login(DEMO.zuchwil, '10.31.1.2');
    const body = JSON.stringify({
      idempotencyKey: randomUUID(), items: [{ publication: 'erstinformationsmappe', language: 'de', quantity: 1 }],
      deliveryAddress: 'Gemeindeverwaltung Zuchwil', contactPerson: 'Demo Zuchwil',
    });
    const res = await rawRequest('/api/orders', {
      method: 'POST', body,
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), cookie: zuchwil, host: 'evil.example' },
    });
    expect(res.status).toBe(201);
    const { order } = JSON.parse(res.text) as { order: { id: string } };
    const mail = await until(async () => (await fakeResend.emails()).find((m) => m.to === 'koordination-inbox@example.org' && m.subject.includes(order.id)), 'notification');
    expect(mail.text).toContain(`${base}/gemeinden/admin/`);
    expect(`${mail.text}${mail.html}`).not.toContain('evil.example');
  });
});

describe('finding 3: outstanding links die with the session and with a newer login', () => {
  it('"Auf allen Geräten abmelden" ends every link requested before', async () => {
    const email = await newContact();
    const session = await login(email, '10.31.2.1');
    const pending = await requestLoginToken(email, '10.31.2.1');
    expect((await postJson('/api/logout', { everywhere: true }, { cookie: session })).status).toBe(200);
    const res = await verify(pending);
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('a login with a newer link ends the older ones', async () => {
    const email = await newContact();
    const older = await requestLoginToken(email, '10.31.2.2');
    const newer = await requestLoginToken(email, '10.31.2.2');
    expect((await verify(newer)).status).toBe(200);
    expect((await verify(older)).status).toBe(400);
    expect(queryD1('SELECT COUNT(*) AS n FROM login_tokens WHERE token_hash = ? AND used_at IS NULL', sha(older))).toEqual([{ n: 0 }]);
  });

  it('removing a contact ends its links and sessions', async () => {
    const email = await newContact();
    const session = await login(email, '10.31.2.3');
    const pending = await requestLoginToken(email, '10.31.2.3');
    expect((await postJson('/api/admin/contacts', { action: 'remove', email }, { cookie: admin })).status).toBe(200);
    expect((await verify(pending)).status).toBe(400);
    expect((await fetch(`${base}/api/orders`, { headers: { cookie: session } })).status).toBe(401);
  });
});

describe('finding 6: nobody can lock a contact out of login', () => {
  it('lets a client that used a valid link of the address past the per-address limit', async () => {
    const email = await newContact();
    const owner = '10.31.3.1';
    const token = await requestLoginToken(email, owner);
    expect((await verify(token, { 'cf-connecting-ip': owner })).status).toBe(200);
    // A third party floods the address from many clients (the test server allows 30 per address).
    const { flood, next } = await inOneRateWindow(async (attempt) => {
      const flood: number[] = [];
      for (let i = 0; i < 31; i++) flood.push((await postJson('/api/login/request', { email }, { 'cf-connecting-ip': `10.31.${4 + 10 * attempt}.${i}` })).status);
      return { flood, next: (await postJson('/api/login/request', { email }, { 'cf-connecting-ip': `10.31.${5 + 10 * attempt}.1` })).status };
    });
    expect(flood.at(-1)).toBe(429);
    expect(next).toBe(429);
    // The owner still gets a link, and it works.
    const again = await requestLoginToken(email, owner);
    expect((await verify(again, { 'cf-connecting-ip': owner })).status).toBe(200);
  });
});

describe('finding 8 and issue 18: dev-only parts need a request from this computer', () => {
  it('shows the dev mailbox only to a loopback client', async () => {
    expect((await fetch(`${base}/dev/mailbox/`)).status).toBe(200);
    const foreign = await fetch(`${base}/dev/mailbox/`, { headers: { 'cf-connecting-ip': '203.0.113.7' } });
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('Dev-Postfach');
  });

  it('lets a demo account log in only from this computer', async () => {
    const token = await requestLoginToken(DEMO.biberist, '10.31.6.1');
    const remote = await verify(token, { 'cf-connecting-ip': '203.0.113.7' });
    expect(remote.status).toBe(400);
    expect(remote.headers.get('set-cookie')).toBeNull();
    // The link is not spent by the refused attempt: from this computer it still works.
    expect((await verify(token)).status).toBe(200);
  });
});
