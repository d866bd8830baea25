// When the portal counts as unhealthy, for GET /api/health and the uptime check that watches it (README, "Operations").

/** A mail still unsent this long after it was written counts as stuck: the scheduler or Resend is down. */
export const STUCK_MAIL_MS = 30 * 60_000;

export interface OutboxHealth {
  /** Mails waiting to be sent (pending or being sent). */
  pending: number;
  /** Age in seconds of the oldest waiting mail; null when none waits. */
  oldestPendingAgeSeconds: number | null;
  /** Mails that gave up after the last retry and wait for an admin. */
  failed: number;
}

/** Age in seconds of a mail written at `createdAt` (D1's ISO timestamp), or null for no mail. */
export function ageSeconds(createdAt: string | null | undefined, now: number): number | null {
  if (!createdAt) return null;
  const written = Date.parse(createdAt);
  return Number.isFinite(written) ? Math.max(0, Math.floor((now - written) / 1000)) : null;
}

/** True when the oldest waiting mail has waited longer than STUCK_MAIL_MS. */
export function mailStuck(outbox: Pick<OutboxHealth, 'oldestPendingAgeSeconds'>): boolean {
  return outbox.oldestPendingAgeSeconds !== null && outbox.oldestPendingAgeSeconds * 1000 > STUCK_MAIL_MS;
}
