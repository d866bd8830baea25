/** Bindings of the Pages project (wrangler.toml). */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  // LOGIN area (README, "Configuration"): all optional; without RESEND_API_KEY mails are not sent.
  RESEND_API_KEY?: string;
  RESEND_BASE_URL?: string;
  /** Requests per second that Resend accepts for the account (default 2, Resend's default limit). */
  RESEND_SENDS_PER_SECOND?: string;
  MAIL_FROM?: string;
  KOORDINATIONSSTELLE_EMAIL?: string;
  /** Bearer token for POST /api/outbox/drain (the scheduled job). */
  OUTBOX_DRAIN_TOKEN?: string;
  /** Login rate limits "perAddress,perClient" per 15 minutes (default 5,30); tests raise them. */
  LOGIN_RATE_LIMITS?: string;
  /**
   * Origin of every absolute link in mails (login links, admin and Infomail links), e.g.
   * https://integration.so.ch. Required in production; local runs fall back to http://127.0.0.1:8788.
   */
  SITE_ORIGIN?: string;
  /** Feedback answers per client and 15 minutes (default 20). */
  FEEDBACK_RATE_LIMIT?: string;
  /** "1" only in local runs (`npm start`, tests): enables /dev/mailbox/ and the demo
   * accounts, and even then only for requests from loopback. Never set in production. */
  DEV_MAILBOX?: string;
  // CMS at /admin/ (README, "Editors"): GitHub OAuth app of the Koordinationsstelle and the content repository.
  CMS_GITHUB_CLIENT_ID?: string;
  CMS_GITHUB_CLIENT_SECRET?: string;
  /** owner/name; the login is refused to accounts without push access. */
  CMS_REPO?: string;
}
