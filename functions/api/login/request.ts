// POST /api/login/request: step 1 of the passwordless login. The answer is the same whether or not the
// address is registered; a registered one gets a one-time link (15 minutes, single use) by mail.
import { z } from 'zod';
import { randomToken, sha256Hex } from '../../../src/domain/gemeinden/crypto.ts';
import { loginMail } from '../../../src/views/gemeinden/mails.ts';
import { safeReturnPath } from '../../../src/domain/gemeinden/return-path.ts';
import { LOGIN_ANSWER_MIN_MS, LOGIN_TOKEN_TTL_MS, RATE_LIMIT_PER_ADDRESS, RATE_LIMIT_PER_CLIENT, SESSION_IDLE_MS } from '../../../src/domain/gemeinden/session.ts';
import { readBody } from '../../../src/http/read-body.ts';
import { D1_DOWN } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { clientKey, loginError, redirect } from '../../_lib/forms.ts';
import { methodNotAllowed, refuseCrossSite, SETUP_INCOMPLETE, siteOriginOr } from '../../_lib/http.ts';
import { drainOutbox, outboxInsert } from '../../_lib/outbox.ts';
import { limitOf, rateCounter, windowStartOf } from '../../_lib/rate-limit.ts';
import { json, jsonError } from '../../_lib/responses.ts';

const schema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  returnTo: z.string().max(300).optional(),
});

/** How long after the answer the link and its mail are written and sent. */
const MAIL_WORK_DELAY_MS = 100;

const TOO_MANY = 'Zu viele Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann noch einmal.';

/**
 * The link and its mail, written and sent after the decision to answer: the same statements run for every
 * address (the token row and the mail are written only for a contact, decided inside the batch).
 */
async function queueLoginMail(env: Env, { email, returnTo, origin, now }: { email: string; returnTo: string; origin: string; now: number }): Promise<void> {
  try {
    const token = randomToken();
    const link = `${origin}/gemeinden/login/bestaetigen/?token=${token}`;
    const results = await env.DB.batch<{ id: number }>([
      // Data retention: expired links, sessions, known clients and counters go whenever someone asks for a link.
      env.DB.prepare('DELETE FROM login_tokens WHERE expires_at < ?1').bind(now),
      env.DB.prepare('DELETE FROM sessions WHERE expires_at < ?1 OR last_seen_at < ?2').bind(now, now - SESSION_IDLE_MS),
      env.DB.prepare('DELETE FROM login_known_clients WHERE expires_at < ?1').bind(now),
      env.DB.prepare('DELETE FROM rate_limits WHERE window_start < ?1').bind(windowStartOf(now)),
      env.DB.prepare(
        'INSERT INTO login_tokens (token_hash, contact_id, return_to, expires_at) SELECT ?1, id, ?3, ?4 FROM contacts WHERE email = ?2',
      ).bind(await sha256Hex(token), email, returnTo, now + LOGIN_TOKEN_TTL_MS),
      outboxInsert(env, { kind: 'login', to: email, ...loginMail(link), scrubAfterSend: true }, { onlyToContact: true }),
    ]);
    const mailIds = (results.at(-1)?.results ?? []).map((r) => r.id);
    if (mailIds.length > 0) await drainOutbox(env, { ids: mailIds });
  } catch (error) {
    console.error('login request: queueing the mail failed', error);
  }
}

async function answerNoSoonerThan(deadline: number, answer: Response | Promise<Response>): Promise<Response> {
  const response = await answer;
  const wait = deadline - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return response;
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) => {
  const started = Date.now();
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const body = await readBody(request, 4096);
  if (!body.ok) return loginError(env, request, body.kind, body.status, body.message);
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return loginError(env, request, body.kind, 400, 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  const { email } = parsed.data;
  const returnTo = safeReturnPath(parsed.data.returnTo);
  const origin = siteOriginOr(env, request, 'login request', () => loginError(env, request, body.kind, 503, SETUP_INCOMPLETE));
  if (typeof origin !== 'string') return origin;
  const deadline = started + LOGIN_ANSWER_MIN_MS;
  const now = Date.now();
  const client = clientKey(request);
  try {
    const [byAddress, byClient, known] = await env.DB.batch<{ count?: number }>([
      await rateCounter(env, 'login:address', email, now),
      await rateCounter(env, 'login:client', client, now),
      // A client that already logged in with a link of this address is not locked out by others' requests.
      env.DB.prepare(
        `SELECT 1 AS count FROM login_known_clients k JOIN contacts c ON c.id = k.contact_id
         WHERE c.email = ?1 AND k.client_hash = ?2 AND k.expires_at > ?3`,
      ).bind(email, await sha256Hex(client), now),
    ]);
    const knownClient = (known?.results.length ?? 0) > 0;
    const tooMany = (!knownClient && (byAddress?.results[0]?.count ?? 0) > limitOf(env.LOGIN_RATE_LIMITS, 0, RATE_LIMIT_PER_ADDRESS))
      || (byClient?.results[0]?.count ?? 0) > limitOf(env.LOGIN_RATE_LIMITS, 1, RATE_LIMIT_PER_CLIENT);
    if (tooMany) return answerNoSoonerThan(deadline, loginError(env, request, body.kind, 429, TOO_MANY));
  } catch (error) {
    console.error('login request failed', error);
    return body.kind === 'form' ? loginError(env, request, 'form', 503, D1_DOWN) : jsonError(503, D1_DOWN);
  }
  // The mail work starts only after the answer is out (for every address, registered or not), and the answer
  // waits for a fixed floor: neither the work nor its competition for the CPU shows in the answer's timing.
  // Started at once, the extra writes for a registered address slowed its own answer on a busy machine
  // (registered 271 vs unknown 224 ms median); MAIL_WORK_DELAY_MS later they no longer do.
  let answered = () => {};
  const answer = new Promise<void>((resolve) => { answered = resolve; });
  waitUntil(answer
    .then(() => new Promise((resolve) => setTimeout(resolve, MAIL_WORK_DELAY_MS)))
    .then(() => queueLoginMail(env, { email, returnTo, origin, now })));
  const message = 'Ist die Adresse registriert, kommt in wenigen Minuten eine E-Mail mit einem Link zum Anmelden.';
  const response = await answerNoSoonerThan(deadline, body.kind === 'form' ? redirect('/gemeinden/login/gesendet/') : json({ ok: true, message }, 202));
  answered();
  return response;
};

export const onRequest = methodNotAllowed('POST');
