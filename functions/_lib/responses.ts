import { errorPagePath, type ErrorStatus } from '../../src/http/error-pages.ts';
import type { LocaleCode } from '../../src/domain/i18n/locales.ts';
import type { Env } from './env.ts';
// Installs the German zod error map for every handler (all of them answer through this module).
import '../../src/domain/validation.ts';

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** `{ error: { message } }` with a German message: the shape every API error has. */
export function jsonError(status: number, message: string, fields?: Record<string, string>, headers: HeadersInit = {}): Response {
  return json({ error: fields ? { message, fields } : { message } }, status, headers);
}

/** The static error page of `locale` (built at /{locale}/{status}/), answered with the real status. */
export async function errorPage(env: Env, request: Request, locale: LocaleCode, status: ErrorStatus): Promise<Response> {
  const page = await env.ASSETS.fetch(new URL(errorPagePath(locale, status), request.url));
  return new Response(page.ok ? page.body : `${status}`, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
