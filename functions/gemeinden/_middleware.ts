// Guards everything under /gemeinden/ (static pages too) and fills the per-contact parts of the pages.
// Not logged in: redirect to the login page with a return path. Admin pages: role koordinationsstelle.
import { isTokenShaped } from '../../src/domain/gemeinden/crypto.ts';
import { html } from '../../src/views/html.ts';
import { judgePath } from '../../src/http/path.ts';
import { safeReturnPath } from '../../src/domain/gemeinden/return-path.ts';
import { DatabaseUnavailable, getSession, type Session } from '../_lib/auth.ts';
import type { Env } from '../_lib/env.ts';
import { errorPage } from '../_lib/responses.ts';
import { fillSlots, type Slots } from '../_lib/pages.ts';
import { renderPageSlots } from '../_lib/page-slots.ts';

const PUBLIC = ['/gemeinden/login/', '/gemeinden/login/gesendet/', '/gemeinden/login/bestaetigen/'];
const NO_ACCESS = '/gemeinden/kein-zugang/';

export const onRequest: PagesFunction<Env> = async (context) => {
  const { request, env, next } = context;
  const url = new URL(request.url);
  // The root middleware already sent every other spelling to the canonical path; judge that one only.
  const verdict = judgePath(url.pathname);
  if (!verdict.ok || !verdict.canonical) return errorPage(env, request, 'de', 400);
  const path = verdict.path;
  if (PUBLIC.includes(path)) {
    const response = await next();
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
    const slots: Slots = {};
    if (path === '/gemeinden/login/') {
      slots['return-to'] = { attribute: 'value', value: safeReturnPath(url.searchParams.get('return')) };
      const notice = url.searchParams.get('hinweis');
      const text = notice === 'abgemeldet' ? 'Sie sind abgemeldet.'
        : notice === 'ungueltig' ? 'Der Link ist ungültig, schon benutzt oder abgelaufen. Bitte fordern Sie einen neuen Link an.'
          : notice === 'zu-viele' ? 'Zu viele Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann noch einmal.' : undefined;
      slots['login-notice'] = text ? html`<p class="sample-note" role="status">${text}</p>` : html``;
    }
    if (path === '/gemeinden/login/bestaetigen/') {
      const token = url.searchParams.get('token') ?? '';
      slots['token'] = { attribute: 'value', value: isTokenShaped(token) ? token : '' };
    }
    return fillSlots(response, slots);
  }
  let session: Session | undefined;
  try {
    session = await getSession(env, request);
  } catch (error) {
    if (error instanceof DatabaseUnavailable) return errorPage(env, request, 'de', 503);
    throw error;
  }
  if (!session) {
    const back = safeReturnPath(path + url.search);
    return new Response(null, {
      status: 302,
      headers: { location: `/gemeinden/login/?return=${encodeURIComponent(back)}`, 'cache-control': 'no-store' },
    });
  }
  const admin = path === '/gemeinden/admin' || path.startsWith('/gemeinden/admin/');
  // A Gemeinde contact on an admin page gets the "Kein Zugang" page of the area (with its navigation), as 403.
  const denied = (admin && session.role !== 'koordinationsstelle') || path === NO_ACCESS;
  const response = denied ? await env.ASSETS.fetch(new URL(NO_ACCESS, request.url)) : await next();
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) {
    const headers = new Headers(response.headers);
    headers.set('cache-control', 'private, no-store');
    return new Response(response.body, { status: response.status, headers });
  }
  try {
    const slots = await renderPageSlots(env, request, session, denied ? new URL(NO_ACCESS, url) : url);
    return fillSlots(response, slots, denied ? 403 : undefined);
  } catch (error) {
    console.error('gemeinden: page data failed', error);
    return errorPage(env, request, 'de', 503);
  }
};
