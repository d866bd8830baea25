// POST /api/admin/infomail-send {slug}: sends an Infomail to all contacts through the outbox (never twice to one contact).
import { z } from 'zod';
import { adminPost } from '../../_lib/admin.ts';
import { D1_DOWN } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { methodNotAllowed, SETUP_INCOMPLETE, siteOriginOr } from '../../_lib/http.ts';
import { messagePage } from '../../_lib/forms.ts';
import { queueInfomail } from '../../_lib/infomail.ts';
import { drainOutbox } from '../../_lib/outbox.ts';
import { json, jsonError } from '../../_lib/responses.ts';

const schema = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) => {
  const start = await adminPost(env, request);
  if (start instanceof Response) return start;
  const parsed = schema.safeParse(start.value);
  if (!parsed.success) return jsonError(400, 'Unbekannte Infomail.');
  const origin = siteOriginOr(env, request, 'infomail', () => jsonError(503, SETUP_INCOMPLETE));
  if (typeof origin !== 'string') return origin;
  let result;
  try {
    result = await queueInfomail(env, request, parsed.data.slug, origin);
  } catch (error) {
    console.error('infomail failed', error);
    return jsonError(503, D1_DOWN);
  }
  if (!result.found) return jsonError(404, 'Diese Infomail gibt es nicht.');
  if (result.ids.length > 0) waitUntil(drainOutbox(env, { ids: result.ids, limit: result.ids.length }));
  const message = result.queued === 0
    ? 'Alle Kontakte haben diese Infomail schon bekommen. Es wurde nichts neu gesendet.'
    : `Die Infomail geht an ${result.queued} Kontakte.`;
  return start.kind === 'form'
    ? messagePage(env, request, 200, message, '/gemeinden/admin/postausgang/')
    : json({ ok: true, queued: result.queued, message });
};

export const onRequest = methodNotAllowed('POST');
