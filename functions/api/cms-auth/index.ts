// GET /api/cms-auth?provider=github — start of the CMS login (Decap opens it in a popup): to GitHub's consent page.
import { authorizeUrl, STATE_COOKIE } from '../../../src/http/cms-oauth.ts';
import type { Env } from '../../_lib/env.ts';

export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  if (!env.CMS_GITHUB_CLIENT_ID || !env.CMS_GITHUB_CLIENT_SECRET) {
    return new Response('CMS-Anmeldung ist nicht eingerichtet (CMS_GITHUB_CLIENT_ID / CMS_GITHUB_CLIENT_SECRET fehlen).', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const url = new URL(request.url);
  const state = crypto.randomUUID();
  return new Response(null, {
    status: 302,
    headers: {
      location: authorizeUrl(env.CMS_GITHUB_CLIENT_ID, `${url.origin}/api/cms-auth/callback`, state),
      // The callback accepts only the state this browser was given (no login CSRF).
      'set-cookie': `${STATE_COOKIE}=${state}; Path=/api/cms-auth; HttpOnly; Secure; SameSite=Lax; Max-Age=600`,
      'cache-control': 'no-store',
    },
  });
};
