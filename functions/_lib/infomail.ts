// Puts one Infomail into the outbox for every contact. The dedupe key (slug + contact) makes sure nobody
// gets the same Infomail twice, however often it is sent.
import { infomailDedupeKey, infomailMail } from '../../src/views/gemeinden/mails.ts';
import { loadInfomails } from './catalogue.ts';
import type { Env } from './env.ts';
import { outboxInsert } from './outbox.ts';

/** `origin`: SITE_ORIGIN (functions/_lib/http.ts), for the link to the Infomail's page. */
export async function queueInfomail(env: Env, request: Request, slug: string, origin: string): Promise<{ found: boolean; queued: number; ids: number[] }> {
  const mail = (await loadInfomails(env, request)).find((m) => m.slug === slug);
  if (!mail) return { found: false, queued: 0, ids: [] };
  const contacts = (await env.DB.prepare('SELECT id, email FROM contacts ORDER BY id').all<{ id: number; email: string }>()).results;
  const content = infomailMail(mail.title, mail, `${origin}/gemeinden/infomails/${slug}/`);
  const ids: number[] = [];
  for (let i = 0; i < contacts.length; i += 50) {
    const results = await env.DB.batch<{ id: number }>(contacts.slice(i, i + 50).map((c) =>
      outboxInsert(env, { kind: 'infomail', to: c.email, dedupeKey: infomailDedupeKey(slug, c.id), ...content })));
    ids.push(...results.flatMap((r) => r.results.map((row) => row.id)));
  }
  return { found: true, queued: ids.length, ids };
}
