import { describe, expect, it } from 'vitest';
import { ageSeconds, mailStuck, STUCK_MAIL_MS } from './health.ts';

describe('health rules', () => {
  const now = Date.parse('2026-12-01T12:00:00.000Z');
  it('reads the age of the oldest waiting mail from its ISO timestamp', () => {
    expect(ageSeconds('2026-12-01T11:29:00.000Z', now)).toBe(31 * 60);
    expect(ageSeconds(null, now)).toBeNull();
    expect(ageSeconds('not a date', now)).toBeNull();
  });
  it('calls mail stuck only after more than 30 minutes', () => {
    expect(STUCK_MAIL_MS).toBe(30 * 60_000);
    expect(mailStuck({ oldestPendingAgeSeconds: null })).toBe(false);
    expect(mailStuck({ oldestPendingAgeSeconds: 30 * 60 })).toBe(false);
    expect(mailStuck({ oldestPendingAgeSeconds: 30 * 60 + 1 })).toBe(true);
  });
});
