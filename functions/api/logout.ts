// POST /api/logout: ends this session, or with everywhere=1 every session of the contact.
import { sha256Hex } from '../../src/domain/gemeinden/crypto.ts';
import { clearedSessionCookie, readCookie, SESSION_COOKIE } from '../../src/domain/gemeinden/session.ts';
import { bodyKind, readBody } from '../../src/domain/http/read-body.ts';
import { isCrossSiteRequest } from '../../src/domain/http/same-origin.ts';
import { D1_DOWN } from '../_lib/auth.ts';
import type { Env } from '../_lib/env.ts';
import { redirect } from '../_lib/forms.ts';
import { json, jsonError } from '../_lib/responses.ts';

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  if (isCrossSiteRequest(request)) return jsonError(403, 'Anfragen von anderen Websites sind nicht erlaubt.');
  const kind = bodyKind(request);
  const body = kind ? await readBody(request, 1024) : { ok: true as const, kind: undefined, value: {} };
  if (!body.ok) return jsonError(body.status, body.message);
  const everywhere = (body.value as { everywhere?: unknown } | null)?.everywhere;
  const value = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  try {
    if (value && /^[A-Za-z0-9_-]{43}$/.test(value)) {
      const hash = await sha256Hex(value);
      await (everywhere === '1' || everywhere === true
        ? env.DB.prepare('DELETE FROM sessions WHERE contact_id = (SELECT contact_id FROM sessions WHERE id_hash = ?1)').bind(hash).run()
        : env.DB.prepare('DELETE FROM sessions WHERE id_hash = ?1').bind(hash).run());
    }
  } catch (error) {
    console.error('logout failed', error);
    return jsonError(503, D1_DOWN);
  }
  const headers = { 'set-cookie': clearedSessionCookie() };
  return kind === 'form' ? redirect('/gemeinden/login/?hinweis=abgemeldet', headers) : json({ ok: true }, 200, headers);
};

export const onRequest: PagesFunction<Env> = async () =>
  jsonError(405, 'Diese Adresse nimmt nur POST-Anfragen an.', undefined, { allow: 'POST' });
