import { INVALID_FRAGMENT, toolUrl, type ToolPage } from './urls.ts';
import { walk, type TreeIndex } from './engine.ts';

/**
 * Where a tool URL that has no page should send the reader. A wrong, skipped or extra answer never
 * yields a result: the reader goes back to the first question that lacks a valid answer, and the
 * fragment shows a short message there. Returns null when the URL is valid as it is.
 */
export function repairTarget(index: TreeIndex, locale: string, page: ToolPage, answers: readonly string[]): string | null {
  const position = walk(index, answers);
  const valid = position.steps.map((s) => s.option.id);
  if (position.kind === 'outcome') return page === 'frage' ? `${toolUrl(locale, 'pruefen', valid)}` : null;
  if (position.kind === 'question' && page === 'frage') return null;
  return `${toolUrl(locale, 'frage', valid)}#${INVALID_FRAGMENT}`;
}
