// POST /api/outbox/drain: the scheduled jobs on demand (functions/_lib/scheduled-jobs.ts, which the scheduler
// Worker runs every minute): deletes expired login links, sessions and rate-limit rows, then sends due mails.
// Called with `Authorization: Bearer $OUTBOX_DRAIN_TOKEN` (README, "Operations"), or by a logged-in Koordinationsstelle.
import { isCrossSiteRequest } from '../../../src/domain/http/same-origin.ts';
import { sha256Hex } from '../../../src/domain/gemeinden/crypto.ts';
import { requireApiSession } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
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
  if (isCrossSiteRequest(request)) return jsonError(403, 'Anfragen von anderen Websites sind nicht erlaubt.');
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

export const onRequest: PagesFunction<Env> = async () => jsonError(405, 'Diese Adresse nimmt nur POST-Anfragen an.', undefined, { allow: 'POST' });
