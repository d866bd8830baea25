// The Infomails as JSON for the Functions that send them (read with env.ASSETS; the path is behind the login).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { renderInfomailContent } from '../../views/gemeinden/infomail-content.ts';

export const GET: APIRoute = async () => {
  // Markdown → mail HTML and plain text once, here at build time; the Functions only copy them into mails.
  const mails = (await getCollection('infomails')).map((e) => ({ slug: e.id, title: e.data.title, date: e.data.date, ...renderInfomailContent(e.body ?? '') }));
  return new Response(JSON.stringify(mails), { headers: { 'content-type': 'application/json' } });
};
