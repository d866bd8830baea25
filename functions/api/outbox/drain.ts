// POST /api/outbox/drain: sends every due mail of the outbox and deletes expired login links and sessions.
// Called on a schedule in production (README, "Outbox draining") with `Authorization: Bearer $OUTBOX_DRAIN_TOKEN`,
// or by a logged-in Koordinationsstelle.
import { SESSION_IDLE_MS } from '../../../src/domain/gemeinden/session.ts';
import { sha256Hex } from '../../../src/domain/gemeinden/crypto.ts';
import { requireApiSession } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { methodNotAllowed, refuseCrossSite } from '../../_lib/http.ts';
import { drainOutbox } from '../../_lib/outbox.ts';
import { json, jsonError } from '../../_lib/responses.ts';

async function bearerOk(env: Env, request: Request): Promise<boolean> {
  const header = request.headers.get('authorization') ?? '';
  if (!env.OUTBOX_DRAIN_TOKEN || !header.startsWith('Bearer ')) return false;
  // Compare hashes, so the time taken says nothing about the token.
  return (await sha256Hex(header.slice(7))) === (await sha256Hex(env.OUTBOX_DRAIN_TOKEN));
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  if (!(await bearerOk(env, request))) {
    const session = await requireApiSession(env, request, 'koordinationsstelle');
    if (session instanceof Response) return session;
  }
  const now = Date.now();
  try {
    await env.DB.batch([
      env.DB.prepare('DELETE FROM login_tokens WHERE expires_at < ?1').bind(now),
      env.DB.prepare('DELETE FROM sessions WHERE expires_at < ?1 OR last_seen_at < ?2').bind(now, now - SESSION_IDLE_MS),
      env.DB.prepare('DELETE FROM rate_limits WHERE window_start < ?1').bind(now - 60 * 60_000),
      env.DB.prepare('DELETE FROM login_known_clients WHERE expires_at < ?1').bind(now),
    ]);
  } catch (error) {
    console.error('drain: cleanup failed', error);
    return jsonError(503, 'Die Datenbank ist gerade nicht erreichbar.');
  }
  return json({ ok: true, result: await drainOutbox(env, { limit: 100 }) });
};

export const onRequest = methodNotAllowed('POST');
