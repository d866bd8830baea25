// Runs before every route that is not excluded in public/_routes.json (static pages too):
// refuses disguised paths, sets the security headers and turns a plain 404 into the error page in the reader's language.
import { errorLocale, statusOfErrorPagePath } from '../src/http/error-pages.ts';
import { isGuardedPath, judgePath } from '../src/http/path.ts';
import { withSecurityHeaders } from '../src/http/security-headers.ts';
import type { Env } from './_lib/env.ts';
import { errorPage } from './_lib/responses.ts';

/**
 * The asset server decodes and normalises a path before it looks for the file, so a guard that compared the
 * raw path could be walked around (`/%67emeinden/…`, `/gemeinden//admin/`). Encoded separators are refused
 * outright; any other spelling of a guarded path is sent to its one canonical spelling, where the guards run.
 */
async function refuseDisguisedPath(env: Env, request: Request, url: URL): Promise<Response | undefined> {
  const verdict = judgePath(url.pathname);
  const bad = () => errorPage(env, request, errorLocale('/', request.headers.get('accept-language')), 400);
  if (!verdict.ok) {
    // An encoded separator is refused everywhere (`/de/..%2fgemeinden/` could reach the area from outside);
    // a broken escape only where it touches a guarded area (elsewhere e.g. the Entscheidungstool repairs it).
    return verdict.reason === 'encoded-separator' || isGuardedPath(verdict.path) ? bad() : undefined;
  }
  if (verdict.canonical || !isGuardedPath(verdict.path)) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') return bad();
  return new Response(null, { status: 308, headers: { location: `${verdict.path}${url.search}`, 'cache-control': 'no-store' } });
}

export const onRequest: PagesFunction<Env> = async ({ request, env, next }) => {
  const url = new URL(request.url);
  const refused = await refuseDisguisedPath(env, request, url);
  if (refused) return withSecurityHeaders(refused);
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
