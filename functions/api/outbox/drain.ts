// POST /api/outbox/drain: the scheduled jobs on demand (functions/_lib/scheduled-jobs.ts, which the scheduler
// Worker runs every minute): deletes expired login links, sessions, rate-limit rows and known login clients, then sends due mails.
// Called with `Authorization: Bearer $OUTBOX_DRAIN_TOKEN` (README, "Operations"), or by a logged-in Koordinationsstelle.
import { sha256Hex } from '../../../src/domain/gemeinden/crypto.ts';
import { requireApiSession } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { methodNotAllowed, refuseCrossSite } from '../../_lib/http.ts';
import { json, jsonError } from '../../_lib/responses.ts';
import { deleteExpired, SCHEDULED_DRAIN_LIMIT } from '../../_lib/scheduled-jobs.ts';
import { drainOutbox } from '../../_lib/outbox.ts';

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
  try {
    await deleteExpired(env.DB);
  } catch (error) {
    console.error('drain: cleanup failed', error);
    return jsonError(503, 'Die Datenbank ist gerade nicht erreichbar.');
  }
  return json({ ok: true, result: await drainOutbox(env, { limit: SCHEDULED_DRAIN_LIMIT }) });
};

export const onRequest = methodNotAllowed('POST');
