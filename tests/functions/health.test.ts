// GET /api/health for the uptime check: 200 with the database, outbox and build date while mail flows;
// 503 once a mail has waited more than 30 minutes.
import { readdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { writeD1 } from '../support/d1.ts';
import { base } from '../support/gemeinden.ts';

// Far in the future, so no drain of this run picks the row up while the test looks at it.
const NEVER_DUE = 8_000_000_000_000;
const inserted: string[] = [];
function waitingMail(ageMinutes: number): void {
  const key = `health-test-${randomUUID()}`;
  inserted.push(key);
  writeD1(`INSERT INTO outbox (kind, to_email, subject, html, text, idempotency_key, next_attempt_at, created_at)
           VALUES ('infomail', 'health@example.org', 'Test', '<p>t</p>', 't', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?))`,
    key, NEVER_DUE, `-${ageMinutes} minutes`);
}
afterEach(() => {
  for (const key of inserted.splice(0)) writeD1('DELETE FROM outbox WHERE idempotency_key = ?', key);
});

type Health = { status: string; database: string; schemaVersion: string; buildDate: string; outbox: { pending: number; oldestPendingAgeSeconds: number | null; failed: number; stuck: boolean } };
const health = async () => {
  const res = await fetch(`${base}/api/health`);
  return { status: res.status, body: (await res.json()) as Health };
};

describe('GET /api/health', () => {
  it('reports the database, the schema, the outbox and the build date', async () => {
    const newest = readdirSync(new URL('../../migrations/', import.meta.url)).filter((f) => f.endsWith('.sql')).sort().at(-1);
    waitingMail(1);
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: 'ok', schemaVersion: newest, outbox: { stuck: false } });
    expect(body.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.outbox.pending).toBeGreaterThanOrEqual(1);
    expect(body.outbox.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(60);
    expect(body.outbox.oldestPendingAgeSeconds).toBeLessThan(30 * 60);
    expect(body.outbox.failed).toBeGreaterThanOrEqual(0);
  });

  it('answers 503 while a mail has waited more than 30 minutes, and 200 again once it is out', async () => {
    waitingMail(31);
    const stuck = await health();
    expect(stuck.status).toBe(503);
    expect(stuck.body).toMatchObject({ status: 'degraded', database: 'ok', outbox: { stuck: true } });
    expect(stuck.body.outbox.oldestPendingAgeSeconds).toBeGreaterThan(30 * 60);

    writeD1(`UPDATE outbox SET status = 'sent' WHERE idempotency_key = ?`, inserted[0]!);
    expect((await health()).status).toBe(200);
  });
});
