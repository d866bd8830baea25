// POST /api/logout: ends this session, or with everywhere=1 every session of the contact, and then also
// every outstanding login link and the clients remembered for it.
import { isTokenShaped, sha256Hex } from '../../src/domain/gemeinden/crypto.ts';
import { clearedSessionCookie, readCookie, SESSION_COOKIE } from '../../src/domain/gemeinden/session.ts';
import { bodyKind, readBody } from '../../src/http/read-body.ts';
import { D1_DOWN } from '../_lib/auth.ts';
import type { Env } from '../_lib/env.ts';
import { redirect } from '../_lib/forms.ts';
import { methodNotAllowed, refuseCrossSite } from '../_lib/http.ts';
import { json, jsonError } from '../_lib/responses.ts';

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const kind = bodyKind(request);
  const body = kind ? await readBody(request, 1024) : { ok: true as const, kind: undefined, value: {} };
  if (!body.ok) return jsonError(body.status, body.message);
  const everywhere = (body.value as { everywhere?: unknown } | null)?.everywhere;
  const value = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  try {
    if (isTokenShaped(value)) {
      const hash = await sha256Hex(value);
      if (everywhere === '1' || everywhere === true) {
        const contact = 'SELECT contact_id FROM sessions WHERE id_hash = ?1';
        // Sessions last: the statements before find the contact through this session.
        await env.DB.batch([
          env.DB.prepare(`DELETE FROM login_tokens WHERE contact_id = (${contact})`).bind(hash),
          env.DB.prepare(`DELETE FROM login_known_clients WHERE contact_id = (${contact})`).bind(hash),
          env.DB.prepare(`DELETE FROM sessions WHERE contact_id = (${contact})`).bind(hash),
        ]);
      } else {
        await env.DB.prepare('DELETE FROM sessions WHERE id_hash = ?1').bind(hash).run();
      }
    }
  } catch (error) {
    console.error('logout failed', error);
    return jsonError(503, D1_DOWN);
  }
  const headers = { 'set-cookie': clearedSessionCookie() };
  return kind === 'form' ? redirect('/gemeinden/login/?hinweis=abgemeldet', headers) : json({ ok: true }, 200, headers);
};

export const onRequest = methodNotAllowed('POST');
