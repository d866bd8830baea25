/**
 * Which tool and catalogue pages a topic page points to ("related" list below the text), as data:
 * add a line here when a topic gains a matching tool or catalogue page. Targets are kinds, not URLs, so
 * each reader gets the page in their language; a course-finder target may carry a filter (the finder's own
 * query string, e.g. `literacy=1`), which the finder applies when it opens.
 */
import { parseFilterQuery, type FilterKey } from '../courses/filter.ts';

export type RelatedTarget =
  /** The course finder, optionally filtered by one of its checkbox filters. */
  | { kind: 'courses'; filter?: Extract<FilterKey, 'childcare' | 'literacy' | 'fide'> }
  /** The Entscheidungstool (for counsellors; issue 16 keeps it reachable from the topics). */
  | { kind: 'decisionTool' };

export const relatedByTopic: Readonly<Record<string, readonly RelatedTarget[]>> = {
  'deutsch-lernen': [{ kind: 'courses' }, { kind: 'courses', filter: 'literacy' }, { kind: 'courses', filter: 'fide' }],
  ankommen: [{ kind: 'courses' }],
  aufenthalt: [{ kind: 'courses', filter: 'fide' }],
  'kinder-familie': [{ kind: 'courses', filter: 'childcare' }],
  arbeit: [{ kind: 'courses' }, { kind: 'decisionTool' }],
  'schule-ausbildung': [{ kind: 'decisionTool' }],
  'beratung-dolmetschen': [{ kind: 'decisionTool' }],
  'aip-einfach': [{ kind: 'courses' }],
  'aip-fachpersonen': [{ kind: 'courses' }, { kind: 'decisionTool' }],
  'ueber-uns': [{ kind: 'courses' }, { kind: 'decisionTool' }],
};

/** The path of a target for a reader of `locale`. */
export function relatedHref(target: RelatedTarget, locale: string): string {
  if (target.kind === 'decisionTool') return `/${locale}/entscheidungstool/`;
  const query = target.filter ? `?${target.filter}=1` : '';
  // The finder must accept the filter, or the reader would land on a "filter reset" note.
  if (target.filter && parseFilterQuery(new URLSearchParams(query), []).invalid.length > 0) {
    throw new Error(`related: the course finder does not accept "${query}"`);
  }
  return `/${locale}/deutschkurse/${query}`;
}

export function relatedFor(slug: string): readonly RelatedTarget[] {
  return relatedByTopic[slug] ?? [];
}
