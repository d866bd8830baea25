// Runs before every route that is not excluded in public/_routes.json (static pages too):
// sets the security headers and turns a plain 404 into the error page in the reader's language.
import { errorLocale, statusOfErrorPagePath } from '../src/domain/error-pages.ts';
import { withSecurityHeaders } from '../src/domain/security-headers.ts';
import type { Env } from './_lib/env.ts';
import { errorPage } from './_lib/responses.ts';

export const onRequest: PagesFunction<Env> = async ({ request, env, next }) => {
  const url = new URL(request.url);
  let response = await next();
  const ownStatus = statusOfErrorPagePath(url.pathname);
  if (ownStatus && response.ok) {
    // /de/404/ visited directly is still a "not found" page, not a 200.
    response = new Response(response.body, { status: ownStatus, headers: response.headers });
  } else if (response.status === 404 && (request.method === 'GET' || request.method === 'HEAD')) {
    const isApi = url.pathname.startsWith('/api/');
    if (!isApi) {
      response = await errorPage(env, request, errorLocale(url.pathname, request.headers.get('accept-language')), 404);
    }
  }
  return withSecurityHeaders(response, url.pathname);
};
