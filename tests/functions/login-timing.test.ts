// Finding 5 of issue 12: the login request's timing does not tell whether an address is registered.
// Runs on its own server (mails to the dev mailbox, so the 120 requests neither wait for nor use up the
// shared server's Resend pace), over 60 interleaved pairs, and compares the medians.
// The same server runs without SITE_ORIGIN, as a production mistake would (finding 1): local development
// falls back to the local origin, anything else is refused instead of trusting the Host header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { d1SqliteFile, startLocalServer, type LocalServer } from '../../scripts/lib/local-server.ts';

const PAIRS = 60;
/**
 * Before the fix a registered address took 20–30 ms longer (66 vs 44 ms median on a quiet machine, 69 vs
 * 40 ms on a busy one). After it both wait for the same floor, and the medians differ by under 5 ms even on
 * a busy 2-core machine (200.5 vs 204.4 ms with seven engineers' tests running).
 */
const TOLERANCE_MS = 12;

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ DEV_MAILBOX: '1', LOGIN_RATE_LIMITS: '1000,1000', SITE_ORIGIN: '' });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

const loginRequest = (email: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}/api/login/request`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email }),
});

async function timed(email: string): Promise<number> {
  const start = performance.now();
  const res = await loginRequest(email);
  await res.text();
  const took = performance.now() - start;
  if (res.status !== 202) throw new Error(`login request: ${res.status}`);
  return took;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

describe('login request on a server without SITE_ORIGIN', () => {
  it('is the same for a registered and an unknown address (medians over 60 interleaved requests each)', async () => {
    const registered: number[] = [];
    const unknown: number[] = [];
    const byPrev: Record<string, number[]> = {};
    let prev = '';
    for (let i = -5; i < PAIRS; i++) {
      // Alternate which goes first: the mail work after a registered address's answer runs in the same local
      // workerd as the next request, so each kind must follow each kind equally often.
      const order = i % 2 === 0 ? ['r', 'u'] : ['u', 'r'];
      for (const which of order) {
        const took = which === 'r'
          ? await timed('demo-zuchwil@example.org')
          : await timed(`niemand-${i + 10}@example.org`);
        if (i < 0) { prev = which; continue; } // warm-up
        (which === 'r' ? registered : unknown).push(took);
        (byPrev[`${prev}->${which}`] ??= []).push(took);
        prev = which;
      }
    }
    const [r, u] = [median(registered), median(unknown)];
    console.log(Object.entries(byPrev).map(([k, v]) => `${k}: n=${v.length} median ${median(v).toFixed(1)}`).join('; '));
    console.log(`login request medians: registered ${r.toFixed(1)} ms, unknown ${u.toFixed(1)} ms`);
    expect(Math.abs(r - u)).toBeLessThan(TOLERANCE_MS);
  }, 120_000);

  it('without SITE_ORIGIN refuses a request that is not local development (503), and sends nothing', async () => {
    const res = await loginRequest('demo-biberist@example.org', { 'cf-connecting-ip': '203.0.113.20' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/nicht vollständig eingerichtet/);
    const db = new DatabaseSync(d1SqliteFile(server.persistDir), { readOnly: true, timeout: 10_000 });
    try {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM login_tokens t JOIN contacts c ON c.id = t.contact_id WHERE c.email = 'demo-biberist@example.org'`).get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
