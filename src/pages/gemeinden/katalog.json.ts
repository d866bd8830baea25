// The Bestellservice catalogue as JSON for the Functions (read with env.ASSETS; the path is behind the login).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const publications = (await getCollection('publications')).map((e) => e.data).sort((a, b) => a.order - b.order);
  return new Response(JSON.stringify(publications), { headers: { 'content-type': 'application/json' } });
};
