// `npm run bench:orders` (after `npm run build`): a benchmark, not a test. Starts the local server (real workerd +
// D1, loopback only) with a fake Resend, logs in 50 sessions, and sends 20 orders per session, all sessions at
// once (every 5th order is submitted twice, as a double click would). Reports orders stored, duplicates, mails
// in the outbox and p50/p95 latency; then repeats with the fake Resend failing (500) to show the latency does
// not depend on the mail service. Bounded: 1,000 orders per round, 3 minutes per round at most.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { projectRoot } from './lib/wrangler.ts';
import { startFakeResend } from './lib/fake-resend.ts';
import { d1SqliteFile, startLocalServer } from './lib/local-server.ts';

const SESSIONS = 50;
const ORDERS_PER_SESSION = 20;
const ROUND_LIMIT_MS = 180_000;

const fake = await startFakeResend();
const server = await startLocalServer({
  RESEND_API_KEY: 're_bench_fake', RESEND_BASE_URL: fake.url, KOORDINATIONSSTELLE_EMAIL: 'koordination@example.org',
  LOGIN_RATE_LIMITS: '1000,1000',
  // The sessions log in as the demo Gemeinden, which only local development (DEV_MAILBOX, loopback) accepts.
  DEV_MAILBOX: '1',
});
const base = server.baseUrl;
const query = <T>(sql: string): T[] => {
  const db = new DatabaseSync(d1SqliteFile(server.persistDir), { readOnly: true });
  try { return db.prepare(sql).all() as T[]; } finally { db.close(); }
};
const post = (path: string, body: unknown, cookie = '') => fetch(`${base}${path}`, {
  method: 'POST', headers: { 'content-type': 'application/json', origin: base, cookie }, body: JSON.stringify(body),
});

async function login(i: number): Promise<string> {
  const email = i % 2 === 0 ? 'demo-zuchwil@example.org' : 'demo-biberist@example.org';
  const before = ((await (await fetch(`${fake.url}/_control/emails`)).json()) as { text: string; to: string }[]).filter((m) => m.to === email).length;
  await post('/api/login/request', { email });
  for (;;) {
    const mails = ((await (await fetch(`${fake.url}/_control/emails`)).json()) as { text: string; to: string }[]).filter((m) => m.to === email);
    if (mails.length > before) {
      const token = /token=([A-Za-z0-9_-]+)/.exec(mails[before]!.text)![1];
      const res = await post('/api/login/verify', { token });
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function round(label: string, cookies: string[], ordersPerSession = ORDERS_PER_SESSION): Promise<RoundFigures> {
  const ordersBefore = query<{ n: number }>('SELECT COUNT(*) AS n FROM orders')[0]!.n;
  const outboxBefore = query<{ n: number }>('SELECT COUNT(*) AS n FROM outbox')[0]!.n;
  const latencies: number[] = [];
  const keys = new Set<string>();
  let errors = 0;
  const deadline = Date.now() + ROUND_LIMIT_MS;
  const started = performance.now();
  await Promise.all(cookies.map(async (cookie) => {
    for (let n = 0; n < ordersPerSession && Date.now() < deadline; n++) {
      const body = {
        idempotencyKey: randomUUID(),
        items: [{ publication: 'erstinformationsmappe', language: 'ti', quantity: 1 + (n % 50) }, { publication: 'aip-broschuere-einfache-sprache', language: 'de', quantity: 5 }],
        deliveryAddress: 'Benchmark\nBeispieladresse', contactPerson: 'Benchmark', remark: '',
      };
      keys.add(body.idempotencyKey);
      const sends = n % 5 === 0 ? 2 : 1;
      await Promise.all(Array.from({ length: sends }, async () => {
        const t = performance.now();
        const res = await post('/api/orders', body, cookie);
        latencies.push(performance.now() - t);
        if (res.status !== 201 && res.status !== 200) errors += 1;
        await res.arrayBuffer();
      }));
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const stored = query<{ n: number }>('SELECT COUNT(*) AS n FROM orders')[0]!.n - ordersBefore;
  const duplicates = query<{ n: number }>('SELECT COUNT(*) AS n FROM (SELECT idempotency_key FROM orders GROUP BY gemeinde_id, idempotency_key HAVING COUNT(*) > 1)')[0]!.n;
  const mails = query<{ n: number }>('SELECT COUNT(*) AS n FROM outbox')[0]!.n - outboxBefore;
  latencies.sort((a, b) => a - b);
  console.log(`\n${label}`);
  console.log(`  requests ${latencies.length} (${keys.size} orders, every 5th sent twice) in ${seconds.toFixed(1)} s, errors ${errors}`);
  console.log(`  orders stored ${stored} of ${keys.size}: lost ${keys.size - stored}, duplicated ${duplicates}`);
  console.log(`  mails in outbox ${mails} (expected ${keys.size * 2})`);
  const figures = { sessions: cookies.length, orders: keys.size, stored, lost: keys.size - stored, duplicated: duplicates, mails, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  console.log(`  latency p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms (target p95 < 100 ms)`);
  return figures;
}

interface RoundFigures { sessions: number; orders: number; stored: number; lost: number; duplicated: number; mails: number; p50: number; p95: number }

try {
  console.log(`server ${base}, logging in ${SESSIONS} sessions …`);
  const cookies: string[] = [];
  for (let i = 0; i < SESSIONS; i++) cookies.push(await login(i));
  // The same work one order at a time: the time one order takes, without waiting behind the others.
  // Under 50 at once on one local workerd the latency is mostly this time multiplied by the queue.
  const alone = await round('Round 0: one session, one order at a time (no queue)', cookies.slice(0, 1), 100);
  const answering = await round('Round 1: Resend answers', cookies);
  await fetch(`${fake.url}/_control/mode`, { method: 'POST', body: JSON.stringify({ mode: 'fail500' }) });
  const failing = await round('Round 2: Resend fails with 500 on every mail', cookies);
  writeFileSync(join(projectRoot, 'bench/orders.json'), `${JSON.stringify({ alone, answering, failing }, null, 2)}\n`);
  const pending = query<{ status: string; n: number }>('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status');
  console.log(`\noutbox by status: ${pending.map((p) => `${p.status} ${p.n}`).join(', ')} (failed sends wait for the retry path)`);
} finally {
  await server.stop();
  await fake.stop();
}
