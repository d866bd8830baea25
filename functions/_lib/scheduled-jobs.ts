// The jobs that run every minute in production: delete expired login links, sessions, rate-limit rows and
// known login clients, then send due mails. One definition for both callers: the scheduler Worker's Cron Trigger
// (workers/scheduler/index.ts) and POST /api/outbox/drain (by hand, or as a fallback schedule).
import { SESSION_IDLE_MS } from '../../src/domain/gemeinden/session.ts';
import { drainOutbox, type DrainResult, type MailEnv } from './outbox.ts';

/** Rate-limit rows are kept this long after their window started (the longest window is 15 minutes). */
const RATE_LIMIT_ROW_MS = 60 * 60_000;
/** Mails one scheduled run sends at most (Resend's pace and the drain's 20 s budget allow about 40). */
export const SCHEDULED_DRAIN_LIMIT = 100;

/** Deletes expired login links, sessions and old rate-limit counters in one batch. Throws when D1 fails. */
export async function deleteExpired(db: D1Database, now = Date.now()): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM login_tokens WHERE expires_at < ?1').bind(now),
    db.prepare('DELETE FROM sessions WHERE expires_at < ?1 OR last_seen_at < ?2').bind(now, now - SESSION_IDLE_MS),
    db.prepare('DELETE FROM rate_limits WHERE window_start < ?1').bind(now - RATE_LIMIT_ROW_MS),
    db.prepare('DELETE FROM login_known_clients WHERE expires_at < ?1').bind(now),
  ]);
}

export interface ScheduledRun { cleanup: 'ok' | 'failed'; outbox: DrainResult }

/** Cleanup, then the outbox drain. Never throws: a failed cleanup must not keep mails from going out. */
export async function runScheduledJobs(env: MailEnv): Promise<ScheduledRun> {
  let cleanup: ScheduledRun['cleanup'] = 'ok';
  try {
    await deleteExpired(env.DB);
  } catch (error) {
    console.error('scheduled: cleanup failed', error);
    cleanup = 'failed';
  }
  return { cleanup, outbox: await drainOutbox(env, { limit: SCHEDULED_DRAIN_LIMIT }) };
}
