// The Entscheidungstool as served: every step and result is a page; a bad URL goes back to the first
// question lacking a valid answer. Its size in dist/ is a gate: tests/gates/entscheidungstool-size.test.ts.
import { describe, expect, it, inject } from 'vitest';
import { allPaths, allQuestionPrefixes, indexTree } from '../../src/domain/decision-tree/engine.ts';
import { toolUrl } from '../../src/domain/decision-tree/urls.ts';
import { loadTree } from '../support/decision-tree.ts';

const base = inject('baseUrl');
const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });
const index = indexTree(loadTree());

describe('tool pages', () => {
  it.each(['de', 'ar'])('serves every question, check, result and handout page (%s)', async (locale) => {
    const urls = [
      ...allQuestionPrefixes(index).map((p) => toolUrl(locale, 'frage', p)),
      ...allPaths(index).flatMap((p) => [toolUrl(locale, 'pruefen', p.answers), toolUrl(locale, 'ergebnis', p.answers)]),
      ...(locale === 'de' ? [] : allPaths(index).map((p) => toolUrl(locale, 'handout', p.answers))),
      `/${locale}/entscheidungstool/`, `/${locale}/entscheidungstool/angebote/`,
    ];
    for (const url of urls) expect((await get(url)).status, url).toBe(200);
  });
});

describe('bad tool URLs', () => {
  it.each([
    ['an unknown answer', '/de/entscheidungstool/ergebnis/b-c-f-n-s/hundert/', '/de/entscheidungstool/frage/b-c-f-n-s/#hinweis-antworten'],
    ['a skipped question', '/ar/entscheidungstool/ergebnis/b-c-f-n-s/ab-36/', '/ar/entscheidungstool/frage/b-c-f-n-s/ab-36/#hinweis-antworten'],
    ['an answer of another question', '/de/entscheidungstool/frage/b-c-f-n-s/unter-b1/', '/de/entscheidungstool/frage/b-c-f-n-s/#hinweis-antworten'],
    ['answers after the outcome', '/de/entscheidungstool/pruefen/andere/ab-36/', '/de/entscheidungstool/frage/#hinweis-antworten'],
    ['a tampered escape', '/de/entscheidungstool/handout/%E0%A4%A/', '/de/entscheidungstool/frage/#hinweis-antworten'],
  ])('%s goes back to the first question lacking a valid answer', async (_, path, target) => {
    const res = await get(path);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(target);
  });

  it('sends a complete question URL to the check page', async () => {
    const res = await get('/de/entscheidungstool/frage/andere/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/de/entscheidungstool/pruefen/andere/');
  });

  it('keeps a real 404 for paths that are not tool steps', async () => {
    expect((await get('/de/entscheidungstool/gibt-es-nicht/')).status).toBe(404);
    expect((await get('/xx/entscheidungstool/frage/b-c-f-n-s/')).status).toBe(404);
  });
});
