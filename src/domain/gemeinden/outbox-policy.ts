// The outbox retry policy: how long a failed mail waits before the next attempt, and when it gives up.
// Used by the drain (Pages Function and scheduler Worker) and documented in README "Outbox draining".

/** After this many failed sends a mail is `failed` and waits for an admin ("Jetzt senden"). */
export const OUTBOX_MAX_ATTEMPTS = 10;

/** Retry delay after `attempts` failed sends: 30 s, 1 min, 2 min … at most 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** What happens to a mail whose send just failed for the `attempts`-th time. */
export function afterFailedSend(attempts: number, retryAfterMs = 0): { status: 'failed' | 'pending'; delayMs: number } {
  return {
    status: attempts >= OUTBOX_MAX_ATTEMPTS ? 'failed' : 'pending',
    delayMs: Math.max(retryDelayMs(attempts), retryAfterMs),
  };
}
