// Fixed-window counters in D1 (table rate_limits; keys are hashes, never addresses or IPs in clear).
import { sha256Hex } from '../../src/domain/gemeinden/crypto.ts';
import { RATE_WINDOW_MS } from '../../src/domain/gemeinden/session.ts';
import type { Env } from './env.ts';

export function windowStartOf(now: number): number {
  return now - (now % RATE_WINDOW_MS);
}

/** Counts one hit for `key` (e.g. `login:client:<value>`) in the current window; RETURNING count. */
export async function rateCounter(env: Env, kind: string, value: string, now: number): Promise<D1PreparedStatement> {
  return env.DB.prepare(
    `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
     ON CONFLICT (key) DO UPDATE SET count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
       window_start = excluded.window_start
     RETURNING count`,
  ).bind(`${kind}:${await sha256Hex(value)}`, windowStartOf(now));
}

/** A limit from an env setting (tests raise them), or the default. */
export function limitOf(setting: string | undefined, index: number, fallback: number): number {
  return Number((setting ?? '').split(',')[index]) || fallback;
}
