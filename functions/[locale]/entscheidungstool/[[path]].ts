// Every step and result of the Entscheidungstool is a static page. A URL without a page (unknown,
// skipped or extra answer, tampered path) never shows a wrong result: it goes back to the first
// question lacking a valid answer, where the #hinweis-antworten fragment shows a short message.
import { indexTree } from '../../../src/domain/decision-tree/engine.ts';
import { repairTarget } from '../../../src/domain/decision-tree/repair.ts';
import { parseToolUrl } from '../../../src/domain/decision-tree/urls.ts';
import { isLocaleCode } from '../../../src/domain/i18n/locales.ts';
import type { DecisionTree } from '../../../src/domain/schemas/decision-tree.ts';
import type { Env } from '../../_lib/env.ts';

const TREE_JSON_PATH = '/entscheidungstool-tree.json';

export const onRequestGet: PagesFunction<Env> = async ({ request, env, next }) => {
  const response = await next();
  if (response.status !== 404) return response;
  const url = new URL(request.url);
  const parsed = parseToolUrl(url.pathname);
  if (!parsed || !isLocaleCode(parsed.locale)) return response;
  const treeResponse = await env.ASSETS.fetch(new URL(TREE_JSON_PATH, url));
  if (!treeResponse.ok) return response;
  const target = repairTarget(indexTree(await treeResponse.json<DecisionTree>()), parsed.locale, parsed.page, parsed.answers);
  if (!target) return response;
  return new Response(null, { status: 302, headers: { location: target, 'cache-control': 'no-store' } });
};
