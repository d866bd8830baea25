// The login and feedback limits count in fixed windows of RATE_WINDOW_MS on the clock (functions/_lib/rate-limit.ts):
// a burst that straddles a window's end is counted in two windows, and a test of "the 31st is refused" would then
// see it accepted. A burst that straddled an end is sent once more; the callback gets the attempt number to use a
// fresh address, client or page. The next window is minutes long, so the second burst lies inside one.
import { RATE_WINDOW_MS } from '../../src/domain/gemeinden/session.ts';

const windowOf = (t: number) => t - (t % RATE_WINDOW_MS);

export async function inOneRateWindow<T>(burst: (attempt: number) => Promise<T>): Promise<T> {
  const start = Date.now();
  const first = await burst(0);
  return windowOf(start) === windowOf(Date.now()) ? first : burst(1);
}
