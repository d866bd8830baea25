// Helpers for tests of the LOGIN area: the fake Resend's control API, logging in through the real
// magic-link flow (the link is read from the mail the fake received), and requests with a session.
import { inject } from 'vitest';
import type { FakeMail, FakeMode } from '../../scripts/lib/fake-resend.ts';

export const base = inject('baseUrl');
const fakeUrl = inject('fakeResendUrl');

const counters = async () => (await fetch(`${fakeUrl}/_control/requests`)).json() as Promise<{ requests: number; rateLimited: number }>;

export const fakeResend = {
  emails: async (): Promise<FakeMail[]> => (await fetch(`${fakeUrl}/_control/emails`)).json() as Promise<FakeMail[]>,
  requests: async (): Promise<number> => (await counters()).requests,
  /** Requests the fake refused for going over Resend's 2 per second. */
  rateLimited: async (): Promise<number> => (await counters()).rateLimited,
  mode: async (mode: FakeMode, delayMs?: number) => {
    await fetch(`${fakeUrl}/_control/mode`, { method: 'POST', body: JSON.stringify({ mode, delayMs }) });
  },
};

export async function until<T>(get: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Asks for a login link and returns the token from the mail the fake Resend received. */
export async function requestLoginToken(email: string, client: string, returnTo?: string): Promise<string> {
  const before = (await fakeResend.emails()).filter((m) => m.to === email).length;
  const res = await postJson('/api/login/request', { email, ...(returnTo ? { returnTo } : {}) }, { 'cf-connecting-ip': client });
  if (res.status !== 202) throw new Error(`login request: ${res.status} ${await res.text()}`);
  // The first new mail to this address that carries a link: an order mail of the same contact can arrive first,
  // since the login mail is sent a moment after the answer (the timing defence).
  const mail = await until(async () => (await fakeResend.emails()).filter((m) => m.to === email).slice(before)
    .find((m) => /token=/.test(m.text ?? '')), `login mail to ${email}`);
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
  if (!token) throw new Error('no token in the login mail');
  return token;
}

/** Logs in through the real flow; returns the Cookie header to send. */
export async function login(email: string, client: string): Promise<string> {
  const token = await requestLoginToken(email, client);
  const res = await postJson('/api/login/verify', { token });
  if (res.status !== 200) throw new Error(`login verify: ${res.status} ${await res.text()}`);
  return cookieOf(res);
}

export function cookieOf(res: Response): string {
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export { writeD1 } from './d1.ts';

export const DEMO = { zuchwil: 'demo-zuchwil@example.org', biberist: 'demo-biberist@example.org', admin: 'demo-koordination@example.org' };
