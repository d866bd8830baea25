// POST /api/login/request: step 1 of the passwordless login. The answer is the same whether or not the
// address is registered; a registered one gets a one-time link (15 minutes, single use) by mail.
import { z } from 'zod';
import { randomToken, sha256Hex } from '../../../src/domain/gemeinden/crypto.ts';
import { loginMail } from '../../../src/domain/gemeinden/mails.ts';
import { safeReturnPath } from '../../../src/domain/gemeinden/return-path.ts';
import { LOGIN_TOKEN_TTL_MS, RATE_LIMIT_PER_ADDRESS, RATE_LIMIT_PER_CLIENT, RATE_WINDOW_MS, SESSION_IDLE_MS } from '../../../src/domain/gemeinden/session.ts';
import { readBody } from '../../../src/domain/http/read-body.ts';
import { isCrossSiteRequest } from '../../../src/domain/http/same-origin.ts';
import { D1_DOWN } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { clientKey, loginError, redirect } from '../../_lib/forms.ts';
import { drainOutbox, outboxInsert } from '../../_lib/outbox.ts';
import { json, jsonError } from '../../_lib/responses.ts';

const schema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  returnTo: z.string().max(300).optional(),
});

export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) => {
  if (isCrossSiteRequest(request)) return jsonError(403, 'Anfragen von anderen Websites sind nicht erlaubt.');
  const body = await readBody(request, 4096);
  if (!body.ok) return loginError(env, request, body.kind, body.status, body.message);
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return loginError(env, request, body.kind, 400, 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  const { email } = parsed.data;
  const returnTo = safeReturnPath(parsed.data.returnTo);
  const now = Date.now();
  const windowStart = now - (now % RATE_WINDOW_MS);
  const counter = (key: string) => env.DB.prepare(
    `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
     ON CONFLICT (key) DO UPDATE SET count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
       window_start = excluded.window_start
     RETURNING count`,
  ).bind(key, windowStart);
  let mailIds: number[] = [];
  try {
    const [byAddress, byClient] = await env.DB.batch<{ count: number }>([
      counter(`login:address:${await sha256Hex(email)}`),
      counter(`login:client:${await sha256Hex(clientKey(request))}`),
    ]);
    const [perAddress, perClient] = (env.LOGIN_RATE_LIMITS ?? '').split(',').map(Number);
    const tooMany = (byAddress?.results[0]?.count ?? 0) > (perAddress || RATE_LIMIT_PER_ADDRESS)
      || (byClient?.results[0]?.count ?? 0) > (perClient || RATE_LIMIT_PER_CLIENT);
    if (tooMany) {
      return loginError(env, request, body.kind, 429, 'Zu viele Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann noch einmal.');
    }
    // The same statements run for every address, registered or not: the token row and the mail are
    // written only for a contact, decided inside the batch. So the answer takes as long either way
    // and its timing does not tell whether an address is registered.
    const token = randomToken();
    const link = new URL(`/gemeinden/login/bestaetigen/?token=${token}`, request.url).toString();
    const results = await env.DB.batch<{ id: number }>([
      // Data retention: expired links and sessions go whenever someone asks for a link.
      env.DB.prepare('DELETE FROM login_tokens WHERE expires_at < ?1').bind(now),
      env.DB.prepare('DELETE FROM sessions WHERE expires_at < ?1 OR last_seen_at < ?2').bind(now, now - SESSION_IDLE_MS),
      env.DB.prepare('DELETE FROM rate_limits WHERE window_start < ?1').bind(windowStart),
      env.DB.prepare(
        'INSERT INTO login_tokens (token_hash, contact_id, return_to, expires_at) SELECT ?1, id, ?3, ?4 FROM contacts WHERE email = ?2',
      ).bind(await sha256Hex(token), email, returnTo, now + LOGIN_TOKEN_TTL_MS),
      outboxInsert(env, { kind: 'login', to: email, ...loginMail(link), scrubAfterSend: true }, { onlyToContact: true }),
    ]);
    mailIds = (results.at(-1)?.results ?? []).map((r) => r.id);
  } catch (error) {
    console.error('login request failed', error);
    return body.kind === 'form' ? loginError(env, request, 'form', 503, D1_DOWN) : jsonError(503, D1_DOWN);
  }
  if (mailIds.length > 0) waitUntil(drainOutbox(env, { ids: mailIds }));
  const message = 'Ist die Adresse registriert, kommt in wenigen Minuten eine E-Mail mit einem Link zum Anmelden.';
  return body.kind === 'form' ? redirect('/gemeinden/login/gesendet/') : json({ ok: true, message }, 202);
};

export const onRequest: PagesFunction<Env> = async () =>
  jsonError(405, 'Diese Adresse nimmt nur POST-Anfragen an.', undefined, { allow: 'POST' });
