// GET /api/cms-auth/callback?code&state — GitHub sends the editor back here. We exchange the code for a token
// with the client secret (env), check that the user may push to the repository, and hand the token to the CMS
// window. Anyone else gets a clear German message, never a token.
import { cookieValue, decapMessage, GITHUB_TOKEN, popupHtml, STATE_COOKIE } from '../../../src/http/cms-oauth.ts';
import type { Env } from '../../_lib/env.ts';

export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const url = new URL(request.url);
  const nonce = crypto.randomUUID().replaceAll('-', '');
  const page = (result: { token: string } | { error: string }, status = 200) => new Response(popupHtml(decapMessage(result), url.origin, nonce), {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      'set-cookie': `${STATE_COOKIE}=; Path=/api/cms-auth; HttpOnly; Secure; SameSite=Lax; Max-Age=0`,
      // The middleware keeps this CSP (see security-headers.ts): only this page's own script runs.
      'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; frame-ancestors 'none'; base-uri 'none'`,
    },
  });
  if (!env.CMS_GITHUB_CLIENT_ID || !env.CMS_GITHUB_CLIENT_SECRET) return page({ error: 'Die CMS-Anmeldung ist nicht eingerichtet.' }, 404);
  const code = url.searchParams.get('code');
  const state = url.searchParams.get('state');
  if (!code || !state || state !== cookieValue(request.headers.get('cookie'), STATE_COOKIE)) {
    return page({ error: 'Die Anmeldung ist abgelaufen oder ungültig. Bitte melden Sie sich neu an.' }, 400);
  }
  const tokenResponse = await fetch(GITHUB_TOKEN, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: env.CMS_GITHUB_CLIENT_ID, client_secret: env.CMS_GITHUB_CLIENT_SECRET, code }),
  });
  const data = (await tokenResponse.json().catch(() => ({}))) as { access_token?: string };
  if (!data.access_token) return page({ error: 'GitHub hat die Anmeldung nicht bestätigt. Bitte versuchen Sie es neu.' }, 400);
  if (env.CMS_REPO) {
    // Only people who may push to the content repository get a token for the CMS.
    const repo = await fetch(`https://api.github.com/repos/${env.CMS_REPO}`, {
      headers: { authorization: `Bearer ${data.access_token}`, accept: 'application/vnd.github+json', 'user-agent': 'integration-solothurn-cms' },
    });
    const info = (await repo.json().catch(() => ({}))) as { permissions?: { push?: boolean } };
    if (!repo.ok || !info.permissions?.push) return page({ error: 'Ihr GitHub-Konto hat keinen Schreibzugriff auf das Repository. Bitte wenden Sie sich an die Koordinationsstelle.' }, 403);
  }
  return page({ token: data.access_token });
};
