// The mail outbox: rows are written in the same D1 batch as what caused them, and sent here, after the
// response (waitUntil) or on the retry path. Each row has its own Resend Idempotency-Key, so a retry after
// a timeout never delivers a second mail; failures back off exponentially.
import { Resend } from 'resend';
import { randomToken } from '../../src/domain/gemeinden/crypto.ts';
import type { Mail } from '../../src/views/gemeinden/mails.ts';
import { afterFailedSend } from '../../src/domain/gemeinden/outbox-policy.ts';
import type { Env } from './env.ts';

export const SEND_TIMEOUT_MS = 5_000;
const LOCK_MS = 60_000;
/** Resend's default rate limit: requests per second per account. */
const DEFAULT_SENDS_PER_SECOND = 2;
/**
 * How long one drain may go on booking send times. waitUntil work ends 30 s after the response;
 * what does not fit stays pending for the next drain.
 */
const DRAIN_BUDGET_MS = 20_000;

/**
 * What sending needs: every binding of the Pages project but its static assets. The scheduler Worker
 * (workers/scheduler/) has the same bindings, so it runs this very code.
 */
export type MailEnv = Omit<Env, 'ASSETS'>;

export interface OutboxMail extends Mail {
  kind: 'login' | 'order-confirmation' | 'order-notification' | 'order-status' | 'infomail';
  to: string;
  dedupeKey?: string;
  scrubAfterSend?: boolean;
  orderId?: string;
}

/**
 * The INSERT for one mail, to put into the caller's batch. A repeated dedupe key is skipped.
 * `onlyToContact`: written only when the recipient is a registered contact (decided inside the batch,
 * so the caller runs the same statements for every address).
 */
export function outboxInsert(env: MailEnv, mail: OutboxMail, { onlyToContact = false } = {}): D1PreparedStatement {
  const values = onlyToContact
    ? 'SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE EXISTS (SELECT 1 FROM contacts WHERE email = ?2)'
    : 'VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)';
  return env.DB.prepare(
    `INSERT INTO outbox (kind, to_email, subject, html, text, idempotency_key, dedupe_key, scrub_after_send, order_id)
     ${values} ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
  ).bind(mail.kind, mail.to, mail.subject, mail.html, mail.text, `outbox-${randomToken(16)}`, mail.dedupeKey ?? null,
    mail.scrubAfterSend ? 1 : 0, mail.orderId ?? null);
}

interface Row { id: number; to_email: string; subject: string; html: string; text: string; idempotency_key: string; scrub_after_send: number; attempts: number }

type SendResult = { ok: true; providerId: string } | { ok: false; error: string; retryAfterMs?: number };

async function send(env: MailEnv, row: Row): Promise<SendResult> {
  if (!env.RESEND_API_KEY) {
    // Local runs without a key: the mail only goes to the dev mailbox.
    if (env.DEV_MAILBOX === '1') return { ok: true, providerId: 'dev-mailbox' };
    return { ok: false, error: 'RESEND_API_KEY ist nicht gesetzt.' };
  }
  const resend = new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  const options = { idempotencyKey: row.idempotency_key, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SendResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `Zeitüberschreitung nach ${SEND_TIMEOUT_MS} ms` }), SEND_TIMEOUT_MS + 500);
  });
  const attempt = resend.emails
    .send(
      { from: env.MAIL_FROM ?? 'Integration Kanton Solothurn <noreply@example.org>', to: row.to_email, subject: row.subject, html: row.html, text: row.text },
      options as { idempotencyKey: string },
    )
    .then(({ data, error, headers }): SendResult => {
      if (data?.id) return { ok: true, providerId: data.id };
      const retryAfter = Number(headers?.['retry-after'] ?? 'NaN');
      const status = error && 'statusCode' in error ? error.statusCode : null;
      return {
        ok: false,
        error: `Resend: ${status ?? 'keine Antwort'} ${error?.message ?? ''}`.trim().slice(0, 300),
        ...(Number.isFinite(retryAfter) ? { retryAfterMs: retryAfter * 1000 } : {}),
      };
    })
    .catch((e: unknown): SendResult => ({ ok: false, error: `Senden fehlgeschlagen: ${String(e)}`.slice(0, 300) }));
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for this mail's turn at Resend: books the next free send time in D1 (shared by all isolates),
 * spaced 1/rate seconds apart, so concurrent drains together stay under Resend's limit instead of
 * running into 429s. False when no time before `deadline` is left: the mail waits for a later drain.
 * The dev mailbox (no key) needs no pacing.
 */
async function waitForSendSlot(env: MailEnv, deadline: number): Promise<boolean> {
  if (!env.RESEND_API_KEY) return true;
  const perSecond = Number(env.RESEND_SENDS_PER_SECOND) || DEFAULT_SENDS_PER_SECOND;
  const gap = Math.ceil(1000 / perSecond);
  const booked = await env.DB.prepare(
    `INSERT INTO mail_send_pace (id, next_slot_at) VALUES (1, ?1 + ?2)
     ON CONFLICT (id) DO UPDATE SET next_slot_at = max(next_slot_at, ?1) + ?2 WHERE max(next_slot_at, ?1) <= ?3
     RETURNING next_slot_at - ?2 AS slot_at`,
  ).bind(Date.now(), gap, deadline).first<{ slot_at: number }>();
  if (!booked) return false;
  const wait = booked.slot_at - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  return true;
}

async function claim(env: MailEnv, id: number, now: number): Promise<Row | null> {
  return env.DB.prepare(
    `UPDATE outbox SET status = 'sending', locked_until = ?2, attempts = attempts + 1
     WHERE id = ?1 AND ((status = 'pending' AND next_attempt_at <= ?3) OR (status = 'sending' AND locked_until < ?3))
     RETURNING id, to_email, subject, html, text, idempotency_key, scrub_after_send, attempts`,
  ).bind(id, now + LOCK_MS, now).first<Row>();
}

/** `deferred`: due, but left pending for a later drain (Resend's rate limit, see waitForSendSlot). */
export interface DrainResult { sent: number; failed: number; retrying: number; deferred: number }

/** Sends due mails (all due ones, or only `ids`), at most `limit`, a few at a time. Never throws. */
export async function drainOutbox(env: MailEnv, { ids, limit = 25 }: { ids?: number[]; limit?: number } = {}): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, failed: 0, retrying: 0, deferred: 0 };
  try {
    const now = Date.now();
    const due = ids
      ? ids.slice(0, limit)
      : (await env.DB.prepare(
        `SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= ?1) OR (status = 'sending' AND locked_until < ?1)
         ORDER BY id LIMIT ?2`,
      ).bind(now, limit).all<{ id: number }>()).results.map((r) => r.id);
    const queue = [...due];
    const deadline = now + DRAIN_BUDGET_MS;
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        if (!(await waitForSendSlot(env, deadline))) {
          result.deferred += queue.length + 1;
          queue.length = 0;
          break;
        }
        const row = await claim(env, id, Date.now());
        if (!row) continue;
        const sent = await send(env, row);
        if (sent.ok) {
          const statements = [env.DB.prepare(
            `UPDATE outbox SET status = 'sent', sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), provider_id = ?2, last_error = NULL, locked_until = 0,
             html = CASE WHEN scrub_after_send = 1 THEN '(nach dem Versand gelöscht)' ELSE html END,
             text = CASE WHEN scrub_after_send = 1 THEN '(nach dem Versand gelöscht)' ELSE text END
             WHERE id = ?1`,
          ).bind(row.id, sent.providerId)];
          if (env.DEV_MAILBOX === '1') {
            statements.unshift(env.DB.prepare('INSERT INTO dev_mailbox (to_email, subject, html, text) VALUES (?1, ?2, ?3, ?4)')
              .bind(row.to_email, row.subject, row.html, row.text));
          }
          await env.DB.batch(statements);
          result.sent += 1;
        } else {
          const next = afterFailedSend(row.attempts, sent.retryAfterMs);
          await env.DB.prepare(
            `UPDATE outbox SET status = ?2, next_attempt_at = ?3, last_error = ?4, locked_until = 0 WHERE id = ?1`,
          ).bind(row.id, next.status, Date.now() + next.delayMs, sent.error).run();
          if (next.status === 'failed') result.failed += 1;
          else result.retrying += 1;
        }
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  } catch (error) {
    console.error('outbox: drain failed', error);
  }
  return result;
}

/** Ids of outbox rows just written for an order (for the waitUntil send). */
export async function outboxIdsOfOrder(env: MailEnv, orderId: string): Promise<number[]> {
  const rows = await env.DB.prepare(`SELECT id FROM outbox WHERE order_id = ?1 AND status = 'pending'`).bind(orderId).all<{ id: number }>();
  return rows.results.map((r) => r.id);
}
