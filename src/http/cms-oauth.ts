// GitHub OAuth for the CMS (Decap's GitHub backend): our own Pages Function does the code → token exchange,
// no third-party auth service. Pure helpers; functions/api/cms-auth/ does the HTTP.

export const GITHUB_AUTHORIZE = 'https://github.com/login/oauth/authorize';
export const GITHUB_TOKEN = 'https://github.com/login/oauth/access_token';
export const STATE_COOKIE = 'cms_oauth_state';

export function authorizeUrl(clientId: string, redirectUri: string, state: string): string {
  const url = new URL(GITHUB_AUTHORIZE);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  // repo: Decap reads and writes the content files through the GitHub API.
  url.searchParams.set('scope', 'repo');
  url.searchParams.set('state', state);
  return url.href;
}

/** Reads one cookie from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/**
 * The popup page's message to the CMS window, in Decap's protocol:
 * `authorization:github:success:{"token":…}` or `authorization:github:error:{"message":…}`.
 */
export function decapMessage(result: { token: string } | { error: string }): string {
  return 'token' in result
    ? `authorization:github:success:${JSON.stringify({ token: result.token, provider: 'github' })}`
    : `authorization:github:error:${JSON.stringify({ message: result.error })}`;
}

/**
 * The popup page. Decap first sends "authorizing:github" from the CMS window; the popup answers to that
 * window's origin only (the site's own origin), never to "*".
 */
export function popupHtml(message: string, origin: string, nonce: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Anmeldung CMS</title><meta name="robots" content="noindex"></head>
<body><p>${esc(message.includes(':success:') ? 'Angemeldet. Dieses Fenster schliesst sich.' : 'Anmeldung nicht möglich: ' + (JSON.parse(message.replace(/^authorization:github:error:/, '')) as { message: string }).message)}</p>
<script nonce="${esc(nonce)}">
(function () {
  var message = ${JSON.stringify(message).replace(/</g, '\\u003c')};
  var origin = ${JSON.stringify(origin).replace(/</g, '\\u003c')};
  function receive(e) {
    if (e.origin !== origin) return;
    window.opener.postMessage(message, origin);
    window.removeEventListener('message', receive);
  }
  window.addEventListener('message', receive);
  if (window.opener) window.opener.postMessage('authorizing:github', origin);
})();
</script></body></html>`;
}
