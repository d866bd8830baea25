// GET /api/health: the site and its database answer, and which migration the schema is at.
import type { Env } from '../_lib/env.ts';
import { json } from '../_lib/responses.ts';

export const onRequestGet: PagesFunction<Env> = async ({ env }) => {
  try {
    const row = await env.DB.prepare('SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1').first<{ name: string }>();
    return json({ status: 'ok', database: 'ok', schemaVersion: row?.name ?? null });
  } catch (error) {
    console.error('health: database check failed', error);
    return json({ status: 'degraded', database: 'unavailable' }, 503);
  }
};
