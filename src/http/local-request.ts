/**
 * Dev-only parts (the dev mailbox, the demo accounts) need a request from this very computer, besides
 * their environment variable, so a mistaken production setting exposes nothing. Behind Cloudflare,
 * CF-Connecting-IP is the real client and never a loopback address; `wrangler pages dev` sets it from
 * the socket (a local client can only pose as another local client).
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackAddress(ip: string | null): boolean {
  if (!ip) return false;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip) || ip === '::1' || /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(ip);
}

export function isLoopbackRequest(request: Request): boolean {
  return isLoopbackAddress(request.headers.get('cf-connecting-ip')) && LOOPBACK_HOSTS.has(new URL(request.url).hostname);
}

/** The local development mode: DEV_MAILBOX=1 (set by `npm start` and the tests) and a loopback request. */
export function isLocalDevRequest(env: { DEV_MAILBOX?: string | undefined }, request: Request): boolean {
  return env.DEV_MAILBOX === '1' && isLoopbackRequest(request);
}
