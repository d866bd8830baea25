// The Infomails as JSON for the Functions that send them (read with env.ASSETS; the path is behind the login).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const mails = (await getCollection('infomails')).map((e) => ({ slug: e.id, title: e.data.title, date: e.data.date, text: (e.body ?? '').trim() }));
  return new Response(JSON.stringify(mails), { headers: { 'content-type': 'application/json' } });
};
