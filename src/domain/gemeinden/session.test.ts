import { describe, expect, it } from 'vitest';
import { readCookie, SESSION_IDLE_MS, sessionAlive, sessionCookie } from './session.ts';

describe('sessions', () => {
  it('sets an HttpOnly, Secure, SameSite=Lax cookie and reads it back', () => {
    expect(sessionCookie('abc')).toMatch(/^gemeinde_session=abc; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    expect(readCookie('a=1; gemeinde_session=abc', 'gemeinde_session')).toBe('abc');
    expect(readCookie(null, 'x')).toBeUndefined();
  });
  it('ends after the idle time and at the absolute expiry', () => {
    const s = { createdAt: 0, lastSeenAt: 0, expiresAt: 10 * SESSION_IDLE_MS };
    expect(sessionAlive(s, SESSION_IDLE_MS - 1)).toBe(true);
    expect(sessionAlive(s, SESSION_IDLE_MS)).toBe(false);
    expect(sessionAlive({ ...s, lastSeenAt: 10 * SESSION_IDLE_MS }, 10 * SESSION_IDLE_MS)).toBe(false);
  });
});
