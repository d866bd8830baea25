// GET /api/health, for an uptime check (README, "Operations"): the database, the schema version, the outbox
// (oldest waiting mail's age, failed count) and the build date. 503 when the database does not answer or mail
// has been stuck for more than 30 minutes (scheduler Worker or Resend down), so the check alerts.
import { ageSeconds, mailStuck, type OutboxHealth } from '../../src/domain/ops/health.ts';
import type { Env } from '../_lib/env.ts';
import { json } from '../_lib/responses.ts';

async function readBuildDate(env: Env, request: Request): Promise<string | null> {
  try {
    const res = await env.ASSETS.fetch(new URL('/build-info.json', request.url));
    if (!res.ok) return null;
    return ((await res.json()) as { buildDate?: string }).buildDate ?? null;
  } catch {
    return null;
  }
}

export const onRequestGet: PagesFunction<Env> = async ({ env, request }) => {
  const buildDate = await readBuildDate(env, request);
  try {
    const [migration, waiting, failed] = await env.DB.batch<Record<string, unknown>>([
      env.DB.prepare('SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1'),
      env.DB.prepare(`SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE status IN ('pending', 'sending')`),
      env.DB.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'failed'`),
    ]);
    const w = waiting?.results[0] as { n: number; oldest: string | null } | undefined;
    const outbox: OutboxHealth = {
      pending: w?.n ?? 0,
      oldestPendingAgeSeconds: ageSeconds(w?.oldest, Date.now()),
      failed: (failed?.results[0] as { n: number } | undefined)?.n ?? 0,
    };
    const stuck = mailStuck(outbox);
    return json({
      status: stuck ? 'degraded' : 'ok',
      database: 'ok',
      schemaVersion: (migration?.results[0] as { name: string } | undefined)?.name ?? null,
      outbox: { ...outbox, stuck },
      buildDate,
    }, stuck ? 503 : 200);
  } catch (error) {
    console.error('health: database check failed', error);
    return json({ status: 'degraded', database: 'unavailable', buildDate }, 503);
  }
};
