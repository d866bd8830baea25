// POST /api/login/verify: the "Jetzt anmelden" button. Spends the one-time token (so it works once, within
// 15 minutes), starts a session, and ends every other outstanding link of the contact, all in one batch.
import { isTokenShaped, sha256Hex } from '../../../src/domain/gemeinden/crypto.ts';
import { safeReturnPath } from '../../../src/domain/gemeinden/return-path.ts';
import { KNOWN_CLIENT_TTL_MS } from '../../../src/domain/gemeinden/session.ts';
import { isLocalDevRequest } from '../../../src/http/local-request.ts';
import { readBody } from '../../../src/http/read-body.ts';
import { D1_DOWN, newSession } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { clientKey, loginError, redirect } from '../../_lib/forms.ts';
import { methodNotAllowed, refuseCrossSite } from '../../_lib/http.ts';
import { json, jsonError } from '../../_lib/responses.ts';

const INVALID = 'Der Link ist ungültig, schon benutzt oder abgelaufen. Bitte fordern Sie einen neuen Link an.';

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const body = await readBody(request, 4096);
  if (!body.ok) return loginError(env, request, body.kind, body.status, body.message);
  const value = body.value as { token?: unknown } | null;
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  if (!value || keys.some((k) => k !== 'token') || !isTokenShaped(value.token)) {
    return loginError(env, request, body.kind, 400, INVALID);
  }
  const tokenHash = await sha256Hex(value.token);
  const now = Date.now();
  // Demo accounts (seeds/demo.sql) log in only in local development, from this computer.
  const demoAllowed = isLocalDevRequest(env, request) ? 1 : 0;
  const session = await newSession(now);
  // The statements after the first act only on the token this request spent (used_at = now).
  const spentContact = 'SELECT contact_id FROM login_tokens WHERE token_hash = ?1 AND used_at = ?2';
  try {
    const [spent] = await env.DB.batch<{ contact_id: number; return_to: string }>([
      env.DB.prepare(
        `UPDATE login_tokens SET used_at = ?2 WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2
           AND (?3 = 1 OR contact_id NOT IN (SELECT id FROM contacts WHERE demo = 1))
         RETURNING contact_id, return_to`,
      ).bind(tokenHash, now, demoAllowed),
      // A new login ends every older link of the contact, used or not.
      env.DB.prepare(`DELETE FROM login_tokens WHERE token_hash <> ?1 AND contact_id = (${spentContact})`).bind(tokenHash, now),
      env.DB.prepare(
        `INSERT INTO sessions (id_hash, contact_id, created_at, last_seen_at, expires_at) SELECT ?3, contact_id, ?2, ?2, ?4 FROM (${spentContact})`,
      ).bind(tokenHash, now, session.idHash, session.expiresAt),
      env.DB.prepare(
        `INSERT INTO login_known_clients (contact_id, client_hash, expires_at) SELECT contact_id, ?3, ?4 FROM (${spentContact}) WHERE true
         ON CONFLICT (contact_id, client_hash) DO UPDATE SET expires_at = excluded.expires_at`,
      ).bind(tokenHash, now, await sha256Hex(clientKey(request)), now + KNOWN_CLIENT_TTL_MS),
    ]);
    const row = spent?.results[0];
    if (!row) return loginError(env, request, body.kind, 400, INVALID);
    const returnTo = safeReturnPath(row.return_to);
    return body.kind === 'form'
      ? redirect(returnTo, { 'set-cookie': session.cookie })
      : json({ ok: true, returnTo }, 200, { 'set-cookie': session.cookie });
  } catch (error) {
    console.error('login verify failed', error);
    return body.kind === 'form' ? loginError(env, request, 'form', 503, D1_DOWN) : jsonError(503, D1_DOWN);
  }
};

export const onRequest = methodNotAllowed('POST');
