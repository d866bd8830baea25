// A local stand-in for Resend's public HTTP API (POST /emails → { id }), so the real SDK in workerd can be
// tested offline. It honours Idempotency-Key like Resend (same key → same id, no second mail) and can be told
// to answer 500, 429 or slowly. Like Resend it allows 2 requests per second (a token bucket of 2,
// refilled at 2 per second) and answers 429 with retry-after above that, so a sender that does not pace
// itself shows up in the tests. Control over HTTP, so test files in other workers can use it:
//   GET  /_control/emails      → mails delivered (one per idempotency key)
//   GET  /_control/requests    → { requests, rateLimited }: POST /emails received, and how many got 429 for the rate
//   POST /_control/mode {mode: 'ok'|'fail500'|'rate429'|'slow', delayMs?}
//   POST /_control/reset
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';

export interface FakeMail { id: string; idempotencyKey: string | null; from: string; to: string | string[]; subject: string; html?: string; text?: string; apiKey: string }
export type FakeMode = 'ok' | 'fail500' | 'rate429' | 'slow';

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

export async function startFakeResend(): Promise<{ url: string; stop(): Promise<void> }> {
  let mode: FakeMode = 'ok';
  let delayMs = 8_000;
  let requests = 0;
  let rateLimited = 0;
  // Resend's default limit: 2 requests per second. Half a token of slack absorbs loopback jitter
  // between two requests sent exactly 500 ms apart.
  const RATE_PER_SECOND = 2;
  let tokens = RATE_PER_SECOND;
  let refilledAt = performance.now();
  const takeToken = (): boolean => {
    const now = performance.now();
    tokens = Math.min(RATE_PER_SECOND, tokens + ((now - refilledAt) / 1000) * RATE_PER_SECOND);
    refilledAt = now;
    if (tokens < 0.5) return false;
    tokens -= 1;
    return true;
  };
  const mails: FakeMail[] = [];
  const byKey = new Map<string, FakeMail>();
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.method === 'GET' && req.url === '/_control/emails') return send(200, mails);
      if (req.method === 'GET' && req.url === '/_control/requests') return send(200, { requests, rateLimited });
      if (req.method === 'POST' && req.url === '/_control/reset') {
        mails.length = 0; byKey.clear(); mode = 'ok'; requests = 0; rateLimited = 0;
        return send(200, { ok: true });
      }
      if (req.method === 'POST' && req.url === '/_control/mode') {
        const body = (await readJson(req)) as { mode: FakeMode; delayMs?: number };
        mode = body.mode;
        if (body.delayMs) delayMs = body.delayMs;
        return send(200, { ok: true });
      }
      if (req.method === 'POST' && req.url === '/emails') {
        requests += 1;
        const auth = req.headers['authorization'] ?? '';
        const body = (await readJson(req)) as Omit<FakeMail, 'id' | 'idempotencyKey' | 'apiKey'>;
        if (!auth.startsWith('Bearer re_')) return send(401, { name: 'missing_api_key', message: 'Missing API key', statusCode: 401 });
        if (!takeToken()) {
          rateLimited += 1;
          return send(429, { name: 'rate_limit_exceeded', message: 'Too many requests. You can only make 2 requests per second.', statusCode: 429 }, { 'retry-after': '1' });
        }
        if (mode === 'fail500') return send(500, { name: 'internal_server_error', message: 'fake outage', statusCode: 500 });
        if (mode === 'rate429') return send(429, { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 }, { 'retry-after': '1' });
        if (mode === 'slow') await new Promise((r) => setTimeout(r, delayMs));
        const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
        const existing = key ? byKey.get(key) : undefined;
        if (existing) return send(200, { id: existing.id });
        const mail: FakeMail = { ...body, id: randomUUID(), idempotencyKey: key, apiKey: auth.slice(7) };
        mails.push(mail);
        if (key) byKey.set(key, mail);
        return send(200, { id: mail.id });
      }
      send(404, { name: 'not_found', message: 'Not found', statusCode: 404 });
    } catch (error) {
      send(400, { name: 'validation_error', message: String(error), statusCode: 400 });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
