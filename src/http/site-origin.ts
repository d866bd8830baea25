/**
 * The origin every absolute link in a mail is built from (login links, the admin link, Infomail links).
 * Never the request's Host header: a request with a foreign Host would put a link to that host into a real
 * mail. SITE_ORIGIN is required in production; only local development may go without it.
 */
export const LOCAL_SITE_ORIGIN = 'http://127.0.0.1:8788';

export class SiteOriginMissing extends Error {
  constructor(detail: string) {
    super(`SITE_ORIGIN: ${detail}`);
  }
}

export function resolveSiteOrigin(configured: string | undefined, localDev: boolean): string {
  if (configured) {
    let url: URL;
    try {
      url = new URL(configured);
    } catch {
      throw new SiteOriginMissing(`"${configured}" ist keine URL.`);
    }
    if (!/^https?:$/.test(url.protocol) || url.origin !== configured.replace(/\/$/, '')) {
      throw new SiteOriginMissing(`"${configured}" ist kein Origin (Schema, Host, allenfalls Port; kein Pfad).`);
    }
    return url.origin;
  }
  if (localDev) return LOCAL_SITE_ORIGIN;
  throw new SiteOriginMissing('ist in Produktion nicht gesetzt.');
}
