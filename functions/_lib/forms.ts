// Shared answers of the LOGIN-area APIs: a form post (no JavaScript) gets a page, JSON gets JSON.
import type { BodyKind } from '../../src/http/read-body.ts';
import { html } from '../../src/views/html.ts';
import type { Env } from './env.ts';
import { jsonError } from './responses.ts';
import { pageWithSlots } from './pages.ts';

export function redirect(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...headers } });
}

/** A 4xx with a German message: for forms the login page showing it, for JSON the usual error shape. */
export async function loginError(env: Env, request: Request, kind: BodyKind | undefined, status: number, message: string): Promise<Response> {
  if (kind === 'form') {
    return pageWithSlots(env, request, '/gemeinden/login/', {
      'login-notice': html`<div class="error-summary" role="alert"><p>${message}</p></div>`,
      'return-to': { attribute: 'value', value: '/gemeinden/' },
    }, status);
  }
  return jsonError(status, message);
}

/** A German message page for form posts of the admin area (success or error), with a link back. */
export function messagePage(env: Env, request: Request, status: number, message: string, back: string): Promise<Response> {
  return pageWithSlots(env, request, '/gemeinden/meldung/', {
    message: html`<div class="${status < 400 ? 'success-notice' : 'error-summary'}" role="${status < 400 ? 'status' : 'alert'}"><p>${message}</p></div><p><a href="${back}">Zurück</a></p>`,
    user: html``,
  }, status);
}

export function clientKey(request: Request): string {
  return request.headers.get('cf-connecting-ip') ?? 'local';
}
