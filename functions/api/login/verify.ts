// POST /api/login/verify: the "Jetzt anmelden" button. Spends the one-time token with one conditional
// UPDATE (so it works once, within 15 minutes) and starts a session.
import { isTokenShaped, sha256Hex } from '../../../src/domain/gemeinden/crypto.ts';
import { safeReturnPath } from '../../../src/domain/gemeinden/return-path.ts';
import { readBody } from '../../../src/domain/http/read-body.ts';
import { isCrossSiteRequest } from '../../../src/domain/http/same-origin.ts';
import { createSession, D1_DOWN } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { loginError, redirect } from '../../_lib/forms.ts';
import { json, jsonError } from '../../_lib/responses.ts';

const INVALID = 'Der Link ist ungültig, schon benutzt oder abgelaufen. Bitte fordern Sie einen neuen Link an.';

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  if (isCrossSiteRequest(request)) return jsonError(403, 'Anfragen von anderen Websites sind nicht erlaubt.');
  const body = await readBody(request, 4096);
  if (!body.ok) return loginError(env, request, body.kind, body.status, body.message);
  const value = body.value as { token?: unknown } | null;
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  if (!value || keys.some((k) => k !== 'token') || !isTokenShaped(value.token)) {
    return loginError(env, request, body.kind, 400, INVALID);
  }
  try {
    const spent = await env.DB.prepare(
      'UPDATE login_tokens SET used_at = ?2 WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2 RETURNING contact_id, return_to',
    ).bind(await sha256Hex(value.token), Date.now()).first<{ contact_id: number; return_to: string }>();
    if (!spent) return loginError(env, request, body.kind, 400, INVALID);
    const session = await createSession(env, spent.contact_id);
    await session.statement.run();
    const returnTo = safeReturnPath(spent.return_to);
    return body.kind === 'form'
      ? redirect(returnTo, { 'set-cookie': session.cookie })
      : json({ ok: true, returnTo }, 200, { 'set-cookie': session.cookie });
  } catch (error) {
    console.error('login verify failed', error);
    return body.kind === 'form' ? loginError(env, request, 'form', 503, D1_DOWN) : jsonError(503, D1_DOWN);
  }
};

export const onRequest: PagesFunction<Env> = async () =>
  jsonError(405, 'Diese Adresse nimmt nur POST-Anfragen an.', undefined, { allow: 'POST' });
