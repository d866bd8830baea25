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

/** A copy of `response` with the security headers set (responses from fetch/ASSETS have immutable headers). */
export function withSecurityHeaders(response: Response): Response {
  const secured = new Response(response.body, response);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) secured.headers.set(name, value);
  return secured;
}
