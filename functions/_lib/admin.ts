// Common start of every admin API: same-origin check, koordinationsstelle session, body.
import { readBody } from '../../src/http/read-body.ts';
import { requireApiSession, type Session } from './auth.ts';
import type { Env } from './env.ts';
import { refuseCrossSite } from './http.ts';
import { jsonError } from './responses.ts';

export async function adminPost(env: Env, request: Request, maxBytes = 4096): Promise<{ session: Session; kind: 'json' | 'form'; value: Record<string, unknown> } | Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const session = await requireApiSession(env, request, 'koordinationsstelle');
  if (session instanceof Response) return session;
  const body = await readBody(request, maxBytes);
  if (!body.ok) return jsonError(body.status, body.message);
  if (!body.value || typeof body.value !== 'object' || Array.isArray(body.value)) return jsonError(400, 'Die Anfrage ist ungültig.');
  return { session, kind: body.kind, value: body.value as Record<string, unknown> };
}
