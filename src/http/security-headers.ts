/**
 * HTTP security headers for every response. The same list is written in public/_headers
 * (static files Cloudflare serves without a Function); a unit test keeps the two equal, and
 * the Functions middleware sets them on everything it answers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Scripts only from our own origin; 'wasm-unsafe-eval' lets pagefind run its WebAssembly search.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // same-origin: no referrer leaks to other sites (a reader's topic can be sensitive),
  // while our own POST forms still send their Origin for the CSRF check.
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The CMS at /admin/ only (issue 17): Decap CMS styles its React UI with inline styles, talks to the GitHub API
 * (production) or to decap-server on the editor's own machine (`npm run cms`), and shows GitHub avatars.
 * Scripts stay 'self' (the bundle is served from our origin); every other page keeps the strict policy.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Decap validates its config with ajv, which compiles validators with new Function(): 'unsafe-eval' here only.
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' https://api.github.com http://localhost:* http://127.0.0.1:*",
  "frame-src 'self' blob:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/** The CSP for a path: the relaxed one under /admin/, the strict one everywhere else. */
export function contentSecurityPolicyFor(pathname: string): string {
  return pathname === '/admin' || pathname.startsWith('/admin/') ? ADMIN_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}

/** A copy of `response` with the security headers set (responses from fetch/ASSETS have immutable headers). */
export function withSecurityHeaders(response: Response, pathname = '/'): Response {
  const secured = new Response(response.body, response);
  // The CMS login popup (/api/cms-auth/callback) sends its own stricter, nonce-based CSP: keep it.
  const own = pathname.startsWith('/api/cms-auth/') ? response.headers.get('content-security-policy') : null;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) secured.headers.set(name, value);
  secured.headers.set('Content-Security-Policy', own ?? contentSecurityPolicyFor(pathname));
  if (pathname.startsWith('/admin/')) secured.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return secured;
}
