/**
 * CSRF guard for state-changing requests: a browser always sends Origin (or Sec-Fetch-Site) on a
 * cross-site POST, so either header naming another site means the request did not come from our pages.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  return origin !== new URL(request.url).origin;
}
