// Finding 6 of issue 12 for "Was this page helpful?": answers are limited per client, and only pages of
// the built site are accepted.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { queryD1 } from '../support/d1.ts';
import { inOneRateWindow } from '../support/rate-window.ts';

const base = inject('baseUrl');
const rows = (page: string) => queryD1<{ n: number }>('SELECT COUNT(*) AS n FROM page_feedback WHERE page = ?', page)[0]!.n;
const post = (body: Record<string, string>, client: string) => fetch(`${base}/api/feedback`, {
  method: 'POST', headers: { 'content-type': 'application/json', origin: base, 'cf-connecting-ip': client }, body: JSON.stringify(body),
});

describe('feedback limits', () => {
  it('stores at most 20 answers per client in 15 minutes, then answers 429 in German; other clients go on', async () => {
    const { page, client, before, statuses } = await inOneRateWindow(async (attempt) => {
      const [locale, page, client] = attempt === 0 ? ['fr', '/fr/', '10.33.0.1'] : ['it', '/it/', '10.33.0.3'];
      const before = rows(page);
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) statuses.push((await post({ locale, page, helpful: 'yes' }, client)).status);
      return { page, client, before, statuses };
    });
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
    expect(rows(page)).toBe(before + 20);
    const refused = await post({ locale: page.slice(1, 3), page, helpful: 'no' }, client);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Zu viele Rückmeldungen/);
    expect((await post({ locale: 'fr', page, helpful: 'no' }, '10.33.0.2')).status).toBe(201);
  });

  it.each(['/de/gibt-es-nicht/', '/de/themen/gibt-es-nicht/', '/de/404/x/'])('refuses %s, a page the site does not have, and stores nothing', async (page) => {
    const res = await post({ locale: 'de', page, helpful: 'yes' }, '10.33.1.1');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ page: 'Diese Seite gibt es nicht.' });
    expect(rows(page)).toBe(0);
  });
});
