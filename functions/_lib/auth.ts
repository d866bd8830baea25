// Sessions of the LOGIN area: cookie → contact, with idle and absolute expiry. Only hashes are stored.
import { isTokenShaped, randomToken, sha256Hex } from '../../src/domain/gemeinden/crypto.ts';
import { readCookie, sessionAlive, sessionCookie, SESSION_ABSOLUTE_MS, SESSION_COOKIE, SESSION_TOUCH_MS } from '../../src/domain/gemeinden/session.ts';
import type { Env } from './env.ts';
import { jsonError } from './responses.ts';

export interface Session {
  idHash: string;
  contactId: number;
  email: string;
  name: string;
  role: 'gemeinde' | 'koordinationsstelle';
  gemeindeId: number | null;
  gemeindeName: string | null;
  deliveryAddress: string;
}

interface SessionRow {
  id_hash: string; contact_id: number; created_at: number; last_seen_at: number; expires_at: number;
  email: string; name: string; role: 'gemeinde' | 'koordinationsstelle'; gemeinde_id: number | null;
  gemeinde_name: string | null; delivery_address: string | null;
}

export class DatabaseUnavailable extends Error {}

/** The session of the request, undefined without a valid one; throws DatabaseUnavailable if D1 fails. */
export async function getSession(env: Env, request: Request): Promise<Session | undefined> {
  const value = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  if (!isTokenShaped(value)) return undefined;
  const idHash = await sha256Hex(value);
  const now = Date.now();
  let row: SessionRow | null;
  try {
    row = await env.DB.prepare(
      `SELECT s.*, c.email, c.name, c.role, c.gemeinde_id, g.name AS gemeinde_name, g.delivery_address
       FROM sessions s JOIN contacts c ON c.id = s.contact_id LEFT JOIN gemeinden g ON g.id = c.gemeinde_id
       WHERE s.id_hash = ?1`,
    ).bind(idHash).first<SessionRow>();
    if (row && !sessionAlive({ createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at }, now)) {
      await env.DB.prepare('DELETE FROM sessions WHERE id_hash = ?1').bind(idHash).run();
      return undefined;
    }
    if (row && now - row.last_seen_at > SESSION_TOUCH_MS) {
      await env.DB.prepare('UPDATE sessions SET last_seen_at = ?2 WHERE id_hash = ?1').bind(idHash, now).run();
    }
  } catch (error) {
    console.error('session lookup failed', error);
    throw new DatabaseUnavailable();
  }
  if (!row) return undefined;
  return {
    idHash, contactId: row.contact_id, email: row.email, name: row.name, role: row.role, gemeindeId: row.gemeinde_id,
    gemeindeName: row.gemeinde_name, deliveryAddress: row.delivery_address ?? '',
  };
}

/** A new session id: its hash and expiry for the INSERT, the Set-Cookie value for the answer. */
export async function newSession(now: number): Promise<{ idHash: string; expiresAt: number; cookie: string }> {
  const value = randomToken();
  return { idHash: await sha256Hex(value), expiresAt: now + SESSION_ABSOLUTE_MS, cookie: sessionCookie(value) };
}

const D1_DOWN = 'Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.';

/** For APIs: the session, or a 401/403/503 JSON answer. */
export async function requireApiSession(env: Env, request: Request, role?: 'koordinationsstelle'): Promise<Session | Response> {
  let session: Session | undefined;
  try {
    session = await getSession(env, request);
  } catch {
    return jsonError(503, D1_DOWN);
  }
  if (!session) return jsonError(401, 'Bitte melden Sie sich an.');
  if (role && session.role !== role) return jsonError(403, 'Diese Funktion ist nur für die Koordinationsstelle.');
  return session;
}

export { D1_DOWN };
