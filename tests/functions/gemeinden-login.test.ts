// Passwordless login of the LOGIN area in real workerd + D1: one-time links, sessions, the guard of
// /gemeinden/ and its APIs, roles, Origin checks, rate limits, return paths and data retention.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { queryD1 } from '../support/d1.ts';
import { inOneRateWindow } from '../support/rate-window.ts';
import { base, cookieOf, DEMO, fakeResend, login, postForm, postJson, requestLoginToken, until, writeD1 } from '../support/gemeinden.ts';

const CLIENT = '10.7.1.1';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

describe('guard of /gemeinden/', () => {
  it.each(['/gemeinden/', '/gemeinden/bestellen/', '/gemeinden/bestellungen/', '/gemeinden/infomails/', '/gemeinden/admin/', '/gemeinden/katalog.json'])(
    'sends %s without a session to the login page, with the path to return to', async (path) => {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/gemeinden/login/?return=${encodeURIComponent(path)}`);
    });

  it('shows the login page to everyone, with the return path in the form', async () => {
    const res = await fetch(`${base}/gemeinden/login/?return=%2Fgemeinden%2Fbestellungen%2F`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('name="returnTo" value="/gemeinden/bestellungen/"');
  });

  it('never puts a foreign return path into the form', async () => {
    const html = await (await fetch(`${base}/gemeinden/login/?return=https%3A%2F%2Fevil.example%2F`)).text();
    expect(html).toContain('name="returnTo" value="/gemeinden/"');
    expect(html).not.toContain('evil.example');
  });

  it.each([
    ['GET', '/api/orders'], ['POST', '/api/orders'], ['GET', '/api/admin/orders.csv'], ['POST', '/api/admin/order-status'],
    ['POST', '/api/admin/contacts'], ['POST', '/api/admin/outbox-retry'], ['POST', '/api/admin/infomail-send'], ['POST', '/api/outbox/drain'],
  ])('answers %s %s without a session with 401 JSON in German', async (method, path) => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', origin: base }, body: method === 'POST' ? '{}' : null });
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toBe('Bitte melden Sie sich an.');
  });

  it('treats a forged session cookie like none', async () => {
    const forged = 'gemeinde_session=' + 'A'.repeat(43);
    expect((await fetch(`${base}/gemeinden/`, { redirect: 'manual', headers: { cookie: forged } })).status).toBe(302);
    expect((await fetch(`${base}/api/orders`, { headers: { cookie: forged } })).status).toBe(401);
    expect((await fetch(`${base}/api/orders`, { headers: { cookie: 'gemeinde_session=<script>' } })).status).toBe(401);
  });
});

describe('login link', () => {
  it('answers the same whether or not the address is registered, and mails only a registered one', async () => {
    const before = (await fakeResend.emails()).length;
    const unknown = await postJson('/api/login/request', { email: 'niemand@example.org' }, { 'cf-connecting-ip': CLIENT });
    const known = await postJson('/api/login/request', { email: DEMO.biberist }, { 'cf-connecting-ip': CLIENT });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(await unknown.json()).toEqual(await known.json());
    // A positive barrier instead of a pause: the registered address's mail, asked for after the unknown
    // one, has arrived; a mail to the unknown address would have come before it.
    const mails = await until(async () => {
      const since = (await fakeResend.emails()).slice(before);
      return since.some((m) => m.to === DEMO.biberist) ? since : undefined;
    }, 'the login mail to the registered address');
    expect(mails.map((m) => m.to)).toEqual([DEMO.biberist]);
    // Nor is one waiting to be sent later: the outbox has no row for the unknown address.
    expect(queryD1('SELECT COUNT(*) AS n FROM outbox WHERE to_email = ?', 'niemand@example.org')).toEqual([{ n: 0 }]);
  });

  it('answers a form post with the "check your mail" page', async () => {
    const res = await postForm('/api/login/request', { email: 'niemand@example.org', returnTo: '/gemeinden/' }, { 'cf-connecting-ip': CLIENT });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/gemeinden/login/gesendet/');
  });

  it('stores only the hash of the token, and the mail body is gone once sent', async () => {
    const token = await requestLoginToken(DEMO.biberist, CLIENT);
    expect(queryD1('SELECT token_hash FROM login_tokens WHERE token_hash = ?', sha(token))).toHaveLength(1);
    expect(queryD1("SELECT COUNT(*) AS n FROM login_tokens WHERE token_hash = ?", token)).toEqual([{ n: 0 }]);
    // The fake Resend has the mail before the outbox row is marked sent and emptied: wait for that write.
    await expect
      .poll(() => queryD1("SELECT COUNT(*) AS n FROM outbox WHERE text LIKE ? OR html LIKE ?", `%${token}%`, `%${token}%`), { timeout: 10_000 })
      .toEqual([{ n: 0 }]);
  });

  it('is not used up by opening it (mail scanners): only the button logs in, once', async () => {
    const token = await requestLoginToken(DEMO.biberist, CLIENT, '/gemeinden/bestellungen/');
    for (let i = 0; i < 2; i++) {
      const page = await fetch(`${base}/gemeinden/login/bestaetigen/?token=${token}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`name="token" value="${token}"`);
    }
    const res = await postForm('/api/login/verify', { token });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/gemeinden/bestellungen/');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gemeinde_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax; Max-Age=\d+$/);
    const session = cookieOf(res);
    expect(queryD1('SELECT COUNT(*) AS n FROM sessions WHERE id_hash = ?', sha(session.split('=')[1]!))).toEqual([{ n: 1 }]);
    const page = await fetch(`${base}/gemeinden/bestellungen/`, { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Demo Biberist');

    const reused = await postJson('/api/login/verify', { token });
    expect(reused.status).toBe(400);
    expect(await errorOf(reused)).toMatch(/ungültig, schon benutzt oder abgelaufen/);
  });

  it('shows the error on the login page for a reused link posted as a form', async () => {
    const token = await requestLoginToken(DEMO.biberist, CLIENT);
    expect((await postForm('/api/login/verify', { token })).status).toBe(303);
    const again = await postForm('/api/login/verify', { token });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Der Link ist ungültig, schon benutzt oder abgelaufen.');
  });

  it('rejects an expired link', async () => {
    const token = await requestLoginToken(DEMO.biberist, CLIENT);
    writeD1('UPDATE login_tokens SET expires_at = ? WHERE token_hash = ?', Date.now() - 1000, sha(token));
    const res = await postJson('/api/login/verify', { token });
    expect(res.status).toBe(400);
    expect(queryD1('SELECT used_at FROM login_tokens WHERE token_hash = ?', sha(token))).toEqual([{ used_at: null }]);
  });

  it.each([
    ['a tampered token', async () => { const t = await requestLoginToken(DEMO.biberist, CLIENT); return { token: (t[0] === 'A' ? 'B' : 'A') + t.slice(1) }; }],
    ['a foreign token (right shape, never issued)', async () => ({ token: 'x'.repeat(43) })],
    ['a malformed token', async () => ({ token: 'abc' })],
    ['a token that is not text', async () => ({ token: 42 })],
    ['an extra field', async () => ({ token: 'x'.repeat(43), role: 'koordinationsstelle' })],
  ])('rejects %s with 400 and starts no session', async (_name, make) => {
    const sessions = queryD1<{ n: number }>('SELECT COUNT(*) AS n FROM sessions')[0]!.n;
    const res = await postJson('/api/login/verify', await make());
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await errorOf(res)).toMatch(/ungültig/);
    expect(queryD1<{ n: number }>('SELECT COUNT(*) AS n FROM sessions')[0]!.n).toBe(sessions);
  });

  it.each([
    ['malformed JSON', () => postJson('/api/login/request', '{"email":', { 'cf-connecting-ip': CLIENT }), 400],
    ['the wrong content type', () => fetch(`${base}/api/login/request`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }), 415],
    ['a body over 4 KB', () => postJson('/api/login/request', { email: 'a@example.org', pad: 'x'.repeat(5000) }), 413],
    ['an invalid address', () => postJson('/api/login/request', { email: 'keine-adresse' }, { 'cf-connecting-ip': CLIENT }), 400],
    ['an extra field', () => postJson('/api/login/request', { email: 'a@example.org', admin: true }, { 'cf-connecting-ip': CLIENT }), 400],
  ])('rejects a login request with %s', async (_name, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(await errorOf(res)).toMatch(/[äöüÄÖÜ]|Bitte|Anfrage/);
  });

  it('goes only to paths inside the LOGIN area after login (no open redirect)', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/', '/\\evil.example', '/de/']) {
      const token = await requestLoginToken(DEMO.biberist, CLIENT, returnTo);
      const res = await postForm('/api/login/verify', { token });
      expect(res.status, returnTo).toBe(303);
      expect(res.headers.get('location'), returnTo).toBe('/gemeinden/');
    }
  });
});

describe('requests from other sites', () => {
  it.each(['/api/login/request', '/api/login/verify', '/api/logout', '/api/orders', '/api/admin/order-status'])('refuses a cross-origin POST to %s', async (path) => {
    const res = await postJson(path, {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatch(/anderen Websites/);
  });
});

describe('roles', () => {
  it('gives the admin pages and APIs only to the Koordinationsstelle', async () => {
    const gemeinde = await login(DEMO.zuchwil, CLIENT);
    const denied = await fetch(`${base}/gemeinden/admin/kontakte/`, { headers: { cookie: gemeinde }, redirect: 'manual' });
    expect(denied.status).toBe(403);
    // A page of the area, in German, with its navigation: not a bare text, and no admin data in it.
    expect(denied.headers.get('content-type')).toContain('text/html');
    const deniedPage = await denied.text();
    expect(deniedPage).toContain('<h1>Kein Zugang</h1>');
    expect(deniedPage).toContain('nur für die Koordinationsstelle');
    expect(deniedPage).toContain('href="/gemeinden/"');
    expect(deniedPage).not.toContain('demo-koordination@example.org');
    expect((await fetch(`${base}/gemeinden/kein-zugang/`, { headers: { cookie: gemeinde }, redirect: 'manual' })).status).toBe(403);
    const csv = await fetch(`${base}/api/admin/orders.csv`, { headers: { cookie: gemeinde } });
    expect(csv.status).toBe(403);
    expect(await errorOf(csv)).toMatch(/nur für die Koordinationsstelle/);
    const status = await postJson('/api/admin/order-status', { orderId: 'B-AAAAAAAA', status: 'versandt' }, { cookie: gemeinde });
    expect(status.status).toBe(403);

    const admin = await login(DEMO.admin, CLIENT);
    const page = await fetch(`${base}/gemeinden/admin/`, { headers: { cookie: admin } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('sessions', () => {
  it('ends after the idle time', async () => {
    const cookie = await login(DEMO.biberist, CLIENT);
    writeD1('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', Date.now() - 3 * 60 * 60_000, sha(cookie.split('=')[1]!));
    expect((await fetch(`${base}/api/orders`, { headers: { cookie } })).status).toBe(401);
    expect(queryD1('SELECT COUNT(*) AS n FROM sessions WHERE id_hash = ?', sha(cookie.split('=')[1]!))).toEqual([{ n: 0 }]);
  });

  it('logs out here, or everywhere on demand', async () => {
    const a = await login(DEMO.biberist, CLIENT);
    const b = await login(DEMO.biberist, CLIENT);
    const out = await postForm('/api/logout', {}, { cookie: a });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${base}/api/orders`, { headers: { cookie: a } })).status).toBe(401);
    expect((await fetch(`${base}/api/orders`, { headers: { cookie: b } })).status).toBe(200);

    const c = await login(DEMO.biberist, CLIENT);
    expect((await postForm('/api/logout', { everywhere: '1' }, { cookie: c })).status).toBe(303);
    expect((await fetch(`${base}/api/orders`, { headers: { cookie: b } })).status).toBe(401);
    expect(queryD1("SELECT COUNT(*) AS n FROM sessions s JOIN contacts c ON c.id = s.contact_id WHERE c.email = ?", DEMO.biberist)).toEqual([{ n: 0 }]);
  });

  it('deletes expired links and sessions (data retention)', async () => {
    writeD1("INSERT INTO login_tokens (token_hash, contact_id, expires_at) VALUES ('old-token', 1, 1)");
    writeD1("INSERT INTO sessions (id_hash, contact_id, created_at, last_seen_at, expires_at) VALUES ('old-session', 1, 1, 1, 2)");
    await requestLoginToken(DEMO.biberist, CLIENT);
    expect(queryD1("SELECT COUNT(*) AS n FROM login_tokens WHERE token_hash = 'old-token'")).toEqual([{ n: 0 }]);
    expect(queryD1("SELECT COUNT(*) AS n FROM sessions WHERE id_hash = 'old-session'")).toEqual([{ n: 0 }]);
  });
});

describe('rate limits', () => {
  it('limits login requests per address', async () => {
    const statuses = await inOneRateWindow(async (attempt) => {
      const out: number[] = [];
      for (let i = 0; i < 31; i++) {
        out.push((await postJson('/api/login/request', { email: `viel${attempt}@example.org` }, { 'cf-connecting-ip': `10.9.${attempt}.${i}` })).status);
      }
      return out;
    });
    expect(statuses.slice(0, 30).every((s) => s === 202)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('limits login requests per client, with a German message', async () => {
    const last = await inOneRateWindow(async (attempt) => {
      let response: Response | undefined;
      for (let i = 0; i < 61; i++) response = await postJson('/api/login/request', { email: `person${i}-${attempt}@example.org` }, { 'cf-connecting-ip': `10.9.9.${9 + attempt}` });
      return response!;
    });
    expect(last.status).toBe(429);
    expect(await errorOf(last)).toMatch(/Zu viele Versuche/);
  });
});
