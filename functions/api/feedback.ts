// POST /api/feedback: stores one "Was this page helpful?" answer.
// A form post (the footer form, no JavaScript) is answered with a redirect back to the page's
// thank-you note, or with the error page in the reader's language; JSON with JSON.
import { feedbackSchema } from '../../src/domain/schemas/feedback.ts';
import { readBody } from '../../src/http/read-body.ts';
import { errorLocale } from '../../src/http/error-pages.ts';
import { fieldErrors } from '../../src/domain/validation.ts';
import { FEEDBACK_LIMIT_PER_CLIENT } from '../../src/domain/gemeinden/session.ts';
import type { Env } from '../_lib/env.ts';
import { clientKey } from '../_lib/forms.ts';
import { limitOf, rateCounter } from '../_lib/rate-limit.ts';
import { methodNotAllowed, refuseCrossSite } from '../_lib/http.ts';
import { errorPage, json, jsonError } from '../_lib/responses.ts';

const MAX_BODY_BYTES = 2048;

async function pageExists(env: Env, request: Request, page: string): Promise<boolean> {
  try {
    const res = await env.ASSETS.fetch(new URL(page, request.url));
    await res.body?.cancel();
    return res.status === 200 && (res.headers.get('content-type') ?? '').includes('text/html');
  } catch {
    return false;
  }
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const body = await readBody(request, MAX_BODY_BYTES);
  const locale = () => {
    const value = body.ok && typeof body.value === 'object' && body.value ? (body.value as { locale?: unknown }).locale : undefined;
    return errorLocale(new URL(request.url).pathname, request.headers.get('accept-language'), typeof value === 'string' ? value : null);
  };
  if (!body.ok) {
    return body.kind === 'form' && body.status === 400 ? errorPage(env, request, locale(), 400) : jsonError(body.status, body.message);
  }
  const parsed = feedbackSchema.safeParse(body.value);
  if (!parsed.success) {
    return body.kind === 'form'
      ? errorPage(env, request, locale(), 400)
      : jsonError(400, 'Die Rückmeldung ist ungültig.', fieldErrors(parsed.error));
  }
  const { locale: feedbackLocale, page, helpful } = parsed.data;
  const refuse = async (status: 400 | 429, message: string) => {
    if (body.kind !== 'form') return jsonError(status, message, status === 400 ? { page: message } : undefined);
    // No page of its own for 429: the "try again later" page (503) says what to do.
    const page = await errorPage(env, request, locale(), status === 429 ? 503 : 400);
    return new Response(page.body, { status, headers: page.headers });
  };
  // Only pages of the built site: the asset server knows them (no list to keep in step by hand).
  if (!(await pageExists(env, request, page))) return refuse(400, 'Diese Seite gibt es nicht.');
  try {
    const [counted] = await env.DB.batch<{ count: number }>([await rateCounter(env, 'feedback:client', clientKey(request), Date.now())]);
    if ((counted?.results[0]?.count ?? 0) > limitOf(env.FEEDBACK_RATE_LIMIT, 0, FEEDBACK_LIMIT_PER_CLIENT)) {
      return refuse(429, 'Zu viele Rückmeldungen. Bitte versuchen Sie es später noch einmal.');
    }
    await env.DB.prepare('INSERT INTO page_feedback (locale, page, helpful) VALUES (?1, ?2, ?3)')
      .bind(feedbackLocale, page, helpful === 'yes' ? 1 : 0)
      .run();
  } catch (error) {
    console.error('feedback: insert failed', error);
    return body.kind === 'form'
      ? errorPage(env, request, locale(), 503)
      : jsonError(503, 'Die Rückmeldung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es später noch einmal.');
  }
  if (body.kind === 'form') {
    return new Response(null, { status: 303, headers: { location: `${page}#feedback-thanks`, 'cache-control': 'no-store' } });
  }
  return json({ ok: true }, 201);
};

export const onRequest = methodNotAllowed('POST');
