// The answers and checks every API handler shares: one definition each.
import { isLocalDevRequest } from '../../src/http/local-request.ts';
import { isCrossSiteRequest } from '../../src/http/same-origin.ts';
import { resolveSiteOrigin, SiteOriginMissing } from '../../src/http/site-origin.ts';
import type { Env } from './env.ts';
import { jsonError } from './responses.ts';

/** The catch-all `onRequest` of a handler: 405 with the methods it takes, in German. */
export function methodNotAllowed(...methods: ('GET' | 'POST')[]): PagesFunction<Env> {
  const message = methods.length === 1 ? `Diese Adresse nimmt nur ${methods[0]}-Anfragen an.` : `Diese Adresse nimmt ${methods.join(' und ')} an.`;
  return async () => jsonError(405, message, undefined, { allow: methods.join(', ') });
}

/** CSRF guard of every state-changing handler: a 403 answer for a request from another site, else undefined. */
export function refuseCrossSite(request: Request): Response | undefined {
  return isCrossSiteRequest(request) ? jsonError(403, 'Anfragen von anderen Websites sind nicht erlaubt.') : undefined;
}

export const SETUP_INCOMPLETE = 'Der Dienst ist noch nicht vollständig eingerichtet. Bitte versuchen Sie es später noch einmal.';

/**
 * The configured origin for absolute links in mails (README, "Security and privacy"). Throws
 * SiteOriginMissing when production runs without SITE_ORIGIN; callers answer 503 and log it.
 */
export function siteOrigin(env: Env, request: Request): string {
  return resolveSiteOrigin(env.SITE_ORIGIN, isLocalDevRequest(env, request));
}

/**
 * `siteOrigin`, or the handler's own 503 answer (`missing`) when production runs without SITE_ORIGIN; the
 * cause is logged under `where`. One place for the check every mail-sending handler makes.
 */
export function siteOriginOr<T>(env: Env, request: Request, where: string, missing: () => T): string | T {
  try {
    return siteOrigin(env, request);
  } catch (error) {
    if (!(error instanceof SiteOriginMissing)) throw error;
    console.error(`${where}:`, error.message);
    return missing();
  }
}

export { SiteOriginMissing };
