// GET /dev/mailbox/: local development only: DEV_MAILBOX=1 (which `npm start` and the tests set; never in
// production) AND a request from this computer (loopback), so a mistaken production setting shows nothing.
// Shows the mails the portal sent, so a newcomer can follow the login link without a mail account.
import { html } from '../../../src/views/html.ts';
import { isLocalDevRequest } from '../../../src/http/local-request.ts';
import type { Env } from '../../_lib/env.ts';
import { siteOrigin } from '../../_lib/http.ts';

interface Mail { id: number; to_email: string; subject: string; text: string; created_at: string }

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export const onRequestGet: PagesFunction<Env> = async ({ env, request }) => {
  if (!isLocalDevRequest(env, request)) return notFound();
  const mails = (await env.DB.prepare('SELECT id, to_email, subject, text, created_at FROM dev_mailbox ORDER BY id DESC LIMIT 50').all<Mail>()).results;
  const origin = siteOrigin(env, request);
  const linkify = (text: string) => text.split(/(https?:\/\/\S+)/).map((part) =>
    part.startsWith(origin) ? html`<a href="${part}">${part}</a>` : part);
  const body = html`<!doctype html><html lang="de-CH"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dev-Postfach (nur lokal)</title></head>
<body><main><h1>Dev-Postfach (nur lokal)</h1><p>Diese Seite gibt es nur auf Ihrem Computer. Hier landen alle Mails, die das Portal lokal sendet. Neueste zuerst.</p>
${mails.length === 0 ? html`<p>Noch keine Mails.</p>` : mails.map((m) => html`<article id="mail-${m.id}"><h2>${m.subject}</h2><p>An: ${m.to_email} · ${m.created_at}</p><pre>${linkify(m.text)}</pre></article>`)}
</main></body></html>`;
  return new Response(body.value, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
};
