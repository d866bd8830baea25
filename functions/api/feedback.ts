// POST /api/feedback: stores one "Was this page helpful?" answer.
// A form post (the footer form, no JavaScript) is answered with a redirect back to the page's
// thank-you note, or with the error page in the reader's language; JSON with JSON.
import { feedbackSchema } from '../../src/domain/schemas/feedback.ts';
import { readBody } from '../../src/domain/http/read-body.ts';
import { isCrossSiteRequest } from '../../src/domain/http/same-origin.ts';
import { errorLocale } from '../../src/domain/error-pages.ts';
import { fieldErrors } from '../../src/domain/validation.ts';
import type { Env } from '../_lib/env.ts';
import { errorPage, json, jsonError } from '../_lib/responses.ts';

const MAX_BODY_BYTES = 2048;

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  if (isCrossSiteRequest(request)) return jsonError(403, 'Anfragen von anderen Websites sind nicht erlaubt.');
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
  try {
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

export const onRequest: PagesFunction<Env> = async () =>
  jsonError(405, 'Diese Adresse nimmt nur POST-Anfragen an.', undefined, { allow: 'POST' });
