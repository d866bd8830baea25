// The scheduler Worker (workers/scheduler/) under `wrangler dev --test-scheduled`, on the same local D1 as the
// Pages dev server of this run (same --persist-to folder, same database id): one scheduled event sends a
// pending mail exactly once, to a fake Resend of its own, and deletes expired links, sessions and rate-limit rows.
import type { ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnWrangler } from '../../scripts/lib/wrangler.ts';
import { queryD1, writeD1 } from '../support/d1.ts';
import { startFakeResend, type FakeMail } from '../../scripts/lib/fake-resend.ts';
import { freePort } from '../../scripts/lib/local-server.ts';

let worker: ChildProcess;
let workerUrl: string;
let logFile: string;
let resend: Awaited<ReturnType<typeof startFakeResend>>;

beforeAll(async () => {
  resend = await startFakeResend();
  const persistDir = inject('persistDir');
  const [port, inspectorPort] = [await freePort(), await freePort()];
  logFile = join(persistDir, `scheduler-${port}.log`);
  const log = openSync(logFile, 'a');
  worker = spawnWrangler(
    ['dev', '-c', 'workers/scheduler/wrangler.toml', '--test-scheduled', '--ip', '127.0.0.1', '--port', String(port),
      '--inspector-port', String(inspectorPort), '--persist-to', persistDir,
      '--var', 'RESEND_API_KEY:re_test_scheduler', '--var', `RESEND_BASE_URL:${resend.url}`, '--var', 'MAIL_FROM:Test <noreply@example.org>'],
    { detached: true, stdio: ['ignore', log, log] },
  );
  workerUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (worker.exitCode !== null) throw new Error(`wrangler dev (scheduler) exited early; see ${logFile}`);
    // Any answer means the Worker listens (it has no fetch handler, so / is an error page).
    if (await fetch(`${workerUrl}/`).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the scheduler Worker did not start within 90 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 120_000);

afterAll(async () => {
  if (worker?.pid) {
    try { process.kill(-worker.pid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + 10_000;
    const alive = () => { try { process.kill(-worker.pid!, 0); return true; } catch { return false; } };
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (alive()) process.kill(-worker.pid, 'SIGKILL');
  }
  await resend?.stop();
});

async function scheduledEvent(): Promise<void> {
  const res = await fetch(`${workerUrl}/__scheduled?cron=*+*+*+*+*`);
  expect(res.status, readFileSync(logFile, 'utf8').slice(-2000)).toBe(200);
}

const mailsWithKey = async (key: string) =>
  ((await (await fetch(`${resend.url}/_control/emails`)).json()) as FakeMail[]).filter((m) => m.idempotencyKey === key);

describe('scheduler Worker (Cron Trigger every minute)', () => {
  it('sends a pending mail with one scheduled event, exactly once', async () => {
    const key = `scheduler-test-${randomUUID()}`;
    const to = `scheduler-${randomUUID()}@example.org`;
    writeD1(`INSERT INTO outbox (kind, to_email, subject, html, text, idempotency_key) VALUES ('infomail', ?, 'Terminplan', '<p>Hallo</p>', 'Hallo', ?)`, to, key);

    await scheduledEvent();
    const [row] = queryD1<{ status: string; attempts: number; provider_id: string }>('SELECT status, attempts, provider_id FROM outbox WHERE idempotency_key = ?', key);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    const sent = await mailsWithKey(key);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to, subject: 'Terminplan', id: row!.provider_id, apiKey: 're_test_scheduler' });

    // The next minute's event finds nothing due for this mail: no second attempt.
    await scheduledEvent();
    expect(queryD1<{ attempts: number }>('SELECT attempts FROM outbox WHERE idempotency_key = ?', key)[0]!.attempts).toBe(1);
    expect(await mailsWithKey(key)).toHaveLength(1);
  });

  it('deletes expired login links, sessions and old rate-limit rows, and keeps current ones', async () => {
    const now = Date.now();
    const [contact] = queryD1<{ id: number }>('SELECT id FROM contacts ORDER BY id LIMIT 1');
    const tag = randomUUID();
    writeD1('INSERT INTO login_tokens (token_hash, contact_id, expires_at) VALUES (?, ?, ?), (?, ?, ?)',
      `expired-${tag}`, contact!.id, now - 60_000, `current-${tag}`, contact!.id, now + 15 * 60_000);
    writeD1('INSERT INTO sessions (id_hash, contact_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)',
      `expired-${tag}`, contact!.id, now - 13 * 3_600_000, now - 3 * 3_600_000, now - 3_600_000,
      `current-${tag}`, contact!.id, now, now, now + 3_600_000);
    writeD1('INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, 1), (?, ?, 1)',
      `expired-${tag}`, now - 2 * 3_600_000, `current-${tag}`, now);

    await scheduledEvent();
    const left = (table: string, column: string) =>
      queryD1<{ k: string }>(`SELECT ${column} AS k FROM ${table} WHERE ${column} LIKE ?`, `%-${tag}`).map((r) => r.k);
    expect(left('login_tokens', 'token_hash')).toEqual([`current-${tag}`]);
    expect(left('sessions', 'id_hash')).toEqual([`current-${tag}`]);
    expect(left('rate_limits', 'key')).toEqual([`current-${tag}`]);
  });
});
