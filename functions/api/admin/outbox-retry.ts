// POST /api/admin/outbox-retry {id}: send a waiting or failed mail now (same Idempotency-Key, so never twice).
import { z } from 'zod';
import { adminPost } from '../../_lib/admin.ts';
import { D1_DOWN } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { methodNotAllowed } from '../../_lib/http.ts';
import { redirect } from '../../_lib/forms.ts';
import { drainOutbox } from '../../_lib/outbox.ts';
import { json, jsonError } from '../../_lib/responses.ts';

const schema = z.strictObject({ id: z.coerce.number().int().positive() });

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const start = await adminPost(env, request);
  if (start instanceof Response) return start;
  const parsed = schema.safeParse(start.value);
  if (!parsed.success) return jsonError(400, 'Die Mail-Nummer ist ungültig.');
  let result;
  try {
    const res = await env.DB.prepare(
      `UPDATE outbox SET status = 'pending', next_attempt_at = 0, locked_until = 0 WHERE id = ?1 AND status IN ('pending', 'failed')`,
    ).bind(parsed.data.id).run();
    if (res.meta.changes === 0) return jsonError(409, 'Diese Mail ist schon gesendet oder wird gerade gesendet.');
    result = await drainOutbox(env, { ids: [parsed.data.id] });
  } catch (error) {
    console.error('outbox retry failed', error);
    return jsonError(503, D1_DOWN);
  }
  return start.kind === 'form' ? redirect(`/gemeinden/admin/postausgang/#mail-${parsed.data.id}`) : json({ ok: true, result });
};

export const onRequest = methodNotAllowed('POST');
