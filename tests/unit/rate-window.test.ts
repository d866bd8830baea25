// The test helper that keeps rate-limit bursts inside one fixed window (tests/support/rate-window.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inOneRateWindow } from '../support/rate-window.ts';
import { RATE_WINDOW_MS } from '../../src/domain/gemeinden/session.ts';

afterEach(() => { vi.useRealTimers(); });

describe('inOneRateWindow', () => {
  it('sends a burst once when it stays inside one window', async () => {
    vi.useFakeTimers({ now: 10 * RATE_WINDOW_MS + 1_000 });
    const attempts: number[] = [];
    expect(await inOneRateWindow(async (attempt) => { attempts.push(attempt); vi.advanceTimersByTime(5_000); return attempt; })).toBe(0);
    expect(attempts).toEqual([0]);
  });

  it('sends it once more, as attempt 1, when it straddled the end of a window', async () => {
    vi.useFakeTimers({ now: 11 * RATE_WINDOW_MS - 2_000 });
    const attempts: number[] = [];
    expect(await inOneRateWindow(async (attempt) => { attempts.push(attempt); vi.advanceTimersByTime(5_000); return attempt; })).toBe(1);
    expect(attempts).toEqual([0, 1]);
  });
});
