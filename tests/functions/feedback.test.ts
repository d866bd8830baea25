// POST /api/feedback in real workerd with a real local D1: what lands in the database, and what never does.
import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { queryD1 } from '../support/d1.ts';

const base = inject('baseUrl');
const url = `${base}/api/feedback`;
const countRows = () => queryD1<{ n: number }>('SELECT COUNT(*) AS n FROM page_feedback')[0]!.n;

const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
const postJson = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, ...headers }, body });

describe('POST /api/feedback', () => {
  let before: number;
  beforeEach(() => {
    before = countRows();
  });

  it('stores a form answer and sends the reader back to the thank-you note on the same page', async () => {
    const res = await postForm({ locale: 'ar', page: '/ar/themen/', helpful: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/ar/themen/#feedback-thanks');
    const rows = queryD1<{ locale: string; page: string; helpful: number }>(
      'SELECT locale, page, helpful FROM page_feedback ORDER BY id DESC LIMIT 1',
    );
    expect(rows).toEqual([{ locale: 'ar', page: '/ar/themen/', helpful: 1 }]);
    expect(countRows()).toBe(before + 1);
  });

  it('stores a JSON answer', async () => {
    const res = await postJson(JSON.stringify({ locale: 'ti', page: '/ti/', helpful: 'no' }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true });
    expect(queryD1('SELECT locale, page, helpful FROM page_feedback ORDER BY id DESC LIMIT 1')).toEqual([
      { locale: 'ti', page: '/ti/', helpful: 0 },
    ]);
  });

  it('answers a tampered form with the 400 page in the reader’s language and stores nothing', async () => {
    const res = await postForm({ locale: 'fa', page: '/fa/', helpful: 'maybe' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(countRows()).toBe(before);
  });

  it.each([
    ['malformed JSON', () => postJson('{"locale":'), 400, /kein gültiges JSON/],
    ['a missing field', () => postJson(JSON.stringify({ locale: 'de', page: '/de/' })), 400, /ungültig/],
    ['an extra field', () => postJson(JSON.stringify({ locale: 'de', page: '/de/', helpful: 'yes', email: 'x@y.z' })), 400, /ungültig/],
    ['the wrong content type', () => fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' }), 415, /JSON oder als Formular/],
    ['a body over 2 KB', () => postJson(JSON.stringify({ locale: 'de', page: '/de/', helpful: 'yes', pad: 'x'.repeat(4000) })), 413, /zu gross/],
    ['a cross-site post', () => postForm({ locale: 'de', page: '/de/', helpful: 'yes' }, { origin: 'https://evil.example' }), 403, /anderen Websites/],
    ['a GET', () => fetch(url), 405, /nur POST/],
  ])('rejects %s with a 4xx and a German message, writing nothing', async (_name, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(message);
    expect(countRows()).toBe(before);
  });
});

describe('POST /api/feedback field errors', () => {
  it('names the field, so a form can link its error summary to it', async () => {
    const res = await postJson(JSON.stringify({ locale: 'de', page: '/ar/', helpful: 'yes' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { message: 'Die Rückmeldung ist ungültig.', fields: { page: 'Die Seite gehört nicht zur Sprache.' } },
    });
  });
});

describe('GET /api/health', () => {
  it('reads the database and reports the applied schema', async () => {
    // The newest migration: the server applies all of them at start.
    const newest = readdirSync(new URL('../../migrations/', import.meta.url)).filter((f) => f.endsWith('.sql')).sort().at(-1);
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok', schemaVersion: newest });
  });
});
