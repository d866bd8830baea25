// Logs a demo contact in against the local server the way a newcomer does with `npm start`: ask for a
// link, read it from the dev mailbox (no Resend key, DEV_MAILBOX=1), post the token. Returns the cookie.
import { DatabaseSync } from 'node:sqlite';
import { d1SqliteFile } from '../scripts/lib/local-server.ts';

export const DEMO_LOGINS = { gemeinde: 'demo-zuchwil@example.org', koordinationsstelle: 'demo-koordination@example.org' } as const;

function newestLoginLink(persistDir: string, email: string): string | undefined {
  const db = new DatabaseSync(d1SqliteFile(persistDir), { readOnly: true });
  try {
    const row = db.prepare('SELECT text FROM dev_mailbox WHERE to_email = ? ORDER BY id DESC LIMIT 1').get(email) as { text: string } | undefined;
    return row ? /token=([A-Za-z0-9_-]+)/.exec(row.text)?.[1] : undefined;
  } finally {
    db.close();
  }
}

export async function devMailboxLogin(baseUrl: string, persistDir: string, email: string): Promise<string> {
  const post = (path: string, body: unknown) => fetch(`${baseUrl}${path}`, {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify(body),
  });
  const before = newestLoginLink(persistDir, email);
  const asked = await post('/api/login/request', { email });
  if (asked.status !== 202) throw new Error(`login request for ${email}: ${asked.status}`);
  const deadline = Date.now() + 20_000;
  let token: string | undefined;
  while ((token = newestLoginLink(persistDir, email)) === undefined || token === before) {
    if (Date.now() > deadline) throw new Error(`no login mail for ${email} in the dev mailbox within 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const verified = await post('/api/login/verify', { token });
  const cookie = (verified.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(`login verify for ${email}: ${verified.status}, no session cookie`);
  return cookie;
}
