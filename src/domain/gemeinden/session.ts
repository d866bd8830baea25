// Session and login-link rules, in one place for the Functions, the docs and the tests.
export const LOGIN_TOKEN_TTL_MS = 15 * 60_000;
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
export const SESSION_TOUCH_MS = 5 * 60_000;
export const SESSION_COOKIE = 'gemeinde_session';
export const RATE_WINDOW_MS = 15 * 60_000;
export const RATE_LIMIT_PER_ADDRESS = 5;
export const RATE_LIMIT_PER_CLIENT = 30;
/** Feedback answers one client may store per window (a reader answers on a few pages, not hundreds). */
export const FEEDBACK_LIMIT_PER_CLIENT = 20;
/**
 * A client that used a valid link of an address is remembered this long (hash of its IP), so it can ask
 * for a new link even when someone else has used up the address's limit.
 */
export const KNOWN_CLIENT_TTL_MS = 30 * 24 * 60 * 60_000;
/**
 * Every login request is answered no sooner than this, and the mail work runs beside it (waitUntil),
 * so the answer's timing is the same whether or not the address is registered.
 */
export const LOGIN_ANSWER_MIN_MS = 150;

export function sessionCookie(value: string): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${SESSION_ABSOLUTE_MS / 1000}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`;
}

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export interface SessionTimes { createdAt: number; lastSeenAt: number; expiresAt: number }

export function sessionAlive(s: SessionTimes, now: number): boolean {
  return now < s.expiresAt && now - s.lastSeenAt < SESSION_IDLE_MS;
}
