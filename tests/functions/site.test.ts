// The served site: security headers on every kind of response, real 404s in the reader's language.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SECURITY_HEADERS } from '../../src/http/security-headers.ts';
import { locales } from '../../src/domain/i18n/locales.ts';

const base = inject('baseUrl');
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual' });

describe('security headers', () => {
  it.each(['/', '/de/', '/ar/', '/de/does-not-exist/', '/api/health', '/favicon.svg'])('are sent on %s', async (path) => {
    const res = await get(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
  });
});

describe('pages', () => {
  it('serves the language chooser and every locale home page with its lang and dir', async () => {
    expect((await get('/')).status).toBe(200);
    for (const locale of locales) {
      const res = await get(`/${locale.code}/`);
      expect(res.status, locale.code).toBe(200);
      expect(await res.text(), locale.code).toContain(`<html lang="${locale.tag}" dir="${locale.dir}">`);
    }
  });
});

describe('not found', () => {
  it('answers an unknown page with status 404 in the language of the path', async () => {
    const res = await get('/ar/gibt-es-nicht/');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('href="/ar/"');
  });

  it('answers an unknown locale with status 404 in the browser language', async () => {
    const res = await get('/xx/themen/', { 'accept-language': 'ti-ER,ti;q=0.9,en;q=0.5' });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="ti" dir="ltr">');
  });

  it('falls back to German when the browser language is not offered', async () => {
    const res = await get('/nirgends/', { 'accept-language': 'ja' });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="de-CH" dir="ltr">');
  });

  it('never answers 200 for the error pages themselves', async () => {
    expect((await get('/de/404/')).status).toBe(404);
    expect((await get('/fr/503/')).status).toBe(503);
  });

  it('answers an unknown API route with 404 and not with a page', async () => {
    const res = await get('/api/nothing');
    expect(res.status).toBe(404);
  });
});
