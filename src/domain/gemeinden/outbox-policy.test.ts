import { describe, expect, it } from 'vitest';
import { afterFailedSend, OUTBOX_MAX_ATTEMPTS, retryDelayMs } from './outbox-policy.ts';

describe('outbox retry policy', () => {
  it('backs off exponentially up to one hour', () => {
    expect([1, 2, 3].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });
  it('keeps a mail pending until the last attempt, then marks it failed', () => {
    expect(afterFailedSend(OUTBOX_MAX_ATTEMPTS - 1).status).toBe('pending');
    expect(afterFailedSend(OUTBOX_MAX_ATTEMPTS).status).toBe('failed');
  });
  it("waits at least as long as Resend's retry-after asks", () => {
    expect(afterFailedSend(1, 90_000).delayMs).toBe(90_000);
    expect(afterFailedSend(3, 1_000).delayMs).toBe(120_000);
  });
});
