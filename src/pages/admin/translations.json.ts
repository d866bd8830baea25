// /admin/translations.json: each translation's sourceHash by topic and language, so the CMS preview can tell an
// editor which languages a change of the German text makes stale (src/pages/admin/index.astro).
import type { APIRoute } from 'astro';
import { topicSets } from '../../lib/topics.ts';

export const GET: APIRoute = async () => {
  const out: Record<string, Record<string, string>> = {};
  for (const set of await topicSets()) {
    out[set.slug] = Object.fromEntries([...set.translations].map(([locale, entry]) => [locale, String(entry.data.sourceHash)]));
  }
  return new Response(JSON.stringify(out), { headers: { 'content-type': 'application/json' } });
};
